/**
 * The shapes the workflow passes between steps. The validation report is shared/contract's, so the
 * command line and the app show the same report.
 */
import type { TrackId } from '../../shared/contract/datapakke';
import type { AreaGroup } from '../../shared/areas/areas';
import type { Lang } from '../../shared/text/format';
import type { PickedFile } from '../../shared/platform';
import type { CsvDialect } from '../features/mapping/profile';

export type { Severity, ValidationProblem as Problem, ValidationReport } from '../../shared/contract/validation';

export interface ExtractFile {
  picked: PickedFile;
  /** A look at the first rows (CSV and Parquet); null for XLSX until it is read. */
  peek: FilePeek | null;
}

/** Headers and a few rows of a picked file; the dialect for a CSV. */
export interface FilePeek {
  headers: string[];
  /** Up to five rows of values as text, by header. */
  preview: Record<string, string>[];
  dialect?: CsvDialect;
}

export interface PackageRequest {
  tracks: TrackId[];
  /** An area spec as on the command line: `sundhedsraad:aarhus`, `cluster:aarhus`, `municipality:751`, `region`, `custom:<code>`. */
  area: string;
  /** "Byg også for hver kommune": the area and then each of its municipalities. */
  eachMunicipality?: boolean;
  /** The analyst's own areas (saved with the profile), for `custom:<code>`. */
  customAreas?: AreaGroup[];
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

export type { ExportFormat } from '../../shared/export/types';
