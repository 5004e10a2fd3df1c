/**
 * Types of `datapakke.json` (DATA-CONTRACT.md §3, schema in design/schemas/datapakke.schema.json).
 * Every export is made from this shape alone. A suppressed row carries no number: the type makes it
 * impossible to write one.
 */

export const DATAPAKKE_FORMAT = 'datapakke/1' as const;

export type TrackId = 'kol' | 'diabetes' | 'angst';
export const TRACK_IDS: readonly TrackId[] = ['kol', 'diabetes', 'angst'];

/** The datapakke schema's `area.type` (an enum in design/schemas/datapakke.schema.json). */
export type AreaType = 'cluster' | 'municipality' | 'region';
/** The finer kind: a sundhedsråd (from 2027) and an analyst's own area are groups of municipalities like a cluster. */
export type AreaKind = AreaType | 'sundhedsraad' | 'custom';
export interface AreaRef {
  /** Within the schema's enum: a sundhedsråd or an own area of municipalities has type 'cluster' and says so in `kind`. */
  type: AreaType;
  /** Set when it differs from `type`: 'sundhedsraad' or 'custom' (shared/areas areaKind()). */
  kind?: AreaKind;
  code: string;
  name: string;
  municipalities: number[];
  /** An own area read from an areas file: the file's name and sha256 (named in the method appendix). */
  source?: { file: string; sha256: string };
}

export type Measure = 'proportion' | 'rate' | 'mean' | 'count';
/** pct = per 100; per1000 = per 1,000 persons or person-years; count; dkk. */
export type Unit = 'pct' | 'per1000' | 'count' | 'dkk';

export type StratumKey =
  | 'age_band'
  | 'age'
  | 'sex'
  | 'education'
  | 'labour_market'
  | 'income_quartile'
  | 'origin'
  | 'cohabitation'
  | 'municipality'
  | 'year'
  | 'diabetes_type'
  | 'variant';
export const STRATUM_KEYS: readonly StratumKey[] = [
  'age_band',
  'age',
  'sex',
  'education',
  'labour_market',
  'income_quartile',
  'origin',
  'cohabitation',
  'municipality',
  'year',
  'diabetes_type',
  'variant',
];
/** A row's position; a key that is absent means "total over it". */
export type Strata = Partial<Record<StratumKey, string | number>>;

export interface Interval {
  value: number;
  lower: number;
  upper: number;
}

export interface SuppressedRow {
  strata: Strata;
  suppressed: true;
  numerator?: null;
  denominator?: null;
  value?: null;
  lower?: null;
  upper?: null;
  standardised?: null;
}

export interface PublishedRow {
  strata: Strata;
  suppressed: false;
  numerator?: number;
  denominator?: number;
  /** Σ weights, for survey-based indicators (numerator/denominator are then unweighted counts). */
  weightedDenominator?: number;
  value: number;
  lower?: number | null;
  upper?: number | null;
  standardised?: Interval | null;
}

export type IndicatorRow = SuppressedRow | PublishedRow;

export interface PotentialGain {
  cases: number;
  share: number;
}

export type InequalitySummary =
  | { dimension: string; suppressed: true }
  | {
      dimension: string;
      suppressed: false;
      difference?: number;
      ratio?: number;
      sii?: number;
      rii?: number;
      potentialGain?: PotentialGain;
      /** Intervals of the measures above (extra to the contract's required shape). */
      intervals?: Partial<Record<'difference' | 'ratio' | 'sii' | 'rii', { lower: number; upper: number }>>;
    };

export interface ChartRef {
  id: string;
  vegaLite: Record<string, unknown>;
}

export interface Indicator {
  id: string;
  title: string;
  available?: boolean;
  reason?: string;
  measure: Measure;
  unit: Unit;
  definition?: string;
  rows?: IndicatorRow[];
  inequality?: InequalitySummary;
  /** Inequality summaries for the other social dimensions (extra to the contract's single one). */
  inequalities?: InequalitySummary[];
  keyMessage?: string;
  charts?: ChartRef[];
  notes?: string[];
  /** Age range of the indicator's population, e.g. "30+" (extra). */
  ages?: string;
  /** Registry (R) or survey (S) based (extra). */
  source?: 'registry' | 'survey';
  /** A status at the reference date, or events over the period (extra). */
  timing?: 'reference_date' | 'period';
  /**
   * How the rows by `year` were made (extra; prevalence only, docs/decisions/004): the look-back every
   * year used, the main figure's own (null = all history) and the first month of the extract's data.
   */
  trend?: { lookbackYears: number; mainLookbackYears: number | null; dataFrom: string };
}

export interface Section {
  id: string;
  title: string;
  indicators: Indicator[];
}

export interface SourceFile {
  table: string;
  files: string[];
  rows: number;
  sha256: string;
}

export interface PackageSettings {
  minCount: number;
  educationGrouping: '3' | '4' | '6';
  standardPopulation: string;
  confidence: number;
  minSurveyN?: number;
  lang?: 'da' | 'en';
}

export interface Datapakke {
  format: typeof DATAPAKKE_FORMAT;
  track: TrackId;
  area: AreaRef;
  referenceDate: string;
  period?: { from: string; to: string };
  generatedAt: string;
  app: { name: string; version: string };
  settings: PackageSettings;
  sources: SourceFile[];
  sections: Section[];
  /** Case definitions, code lists and rules as used (the package prints what it used). */
  method?: Record<string, unknown>;
  disclosure?: DisclosureSummary;
}

/** How the package was protected (docs/decisions/005). */
export interface DisclosureSummary {
  /** The rule in plain words, as the method appendix prints it. */
  rule: string;
  suppressedCells: number;
  /** Cells hidden because they are small themselves, and cells hidden so that no small one can be worked out. */
  primaryCells?: number;
  secondaryCells?: number;
  /** The areas protected together with this one (every area the extract can give a package for). */
  linkedAreas?: string[];
  method?: 'linked-gauss';
}

export function isSuppressed(row: IndicatorRow): row is SuppressedRow {
  return row.suppressed;
}
