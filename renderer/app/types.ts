/**
 * The shapes the workflow passes between steps. The validation report is shared/contract's, so the
 * command line and the app show the same report.
 */
import type { TrackId } from '../../shared/contract/datapakke';
import type { Lang } from '../../shared/text/format';
import type { PickedFile } from '../../shared/platform';
import type { CsvPeek } from '../features/data/sniff';

export type { Severity, ValidationProblem as Problem, ValidationReport } from '../../shared/contract/validation';

export interface ExtractFile {
  picked: PickedFile;
  /** A look at the first bytes (CSV only); null for Parquet/XLSX until they are read. */
  peek: CsvPeek | null;
}

export interface PackageRequest {
  tracks: TrackId[];
  /** `cluster:aarhus`, `municipality:751` or `region`. */
  area: string;
  referenceDate: string;
  educationGrouping: '3' | '4' | '6';
  minCount: number;
  standardPopulation: string;
  lang: Lang;
}

export interface Progress {
  /** 0…1 */
  fraction: number;
  label: string;
}
export type OnProgress = (progress: Progress) => void;

export type ExportFormat = 'pptx' | 'xlsx' | 'png' | 'html' | 'pdf' | 'json';
