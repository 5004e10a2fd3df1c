/**
 * Track definitions as data (TRACKS.md): case rules, code lists and the indicator catalogue. The
 * interpreter (interpreter.ts) turns a case rule into SQL; the indicator families (shared/indicators)
 * turn an indicator entry into an aggregation. Nothing here is code an analyst must read.
 */
import type { Measure, StratumKey, TrackId, Unit } from '../contract/datapakke';

export interface Text {
  da: string;
  en: string;
}

/** Hospital diagnoses that qualify (prefixes of normalised ICD-10 codes, e.g. 'DJ44'). */
export interface DiagnosisArm {
  prefixes: string[];
  /** Extra prefixes that count only below an age (age at the reference date), e.g. DF93 for children. */
  childPrefixes?: { prefixes: string[]; maxAge: number };
  /** Default: A and B diagnoses. */
  diagnosisTypes?: ('A' | 'B')[];
}

/** Redeemed prescriptions that qualify (ATC prefixes). */
export interface PrescriptionArm {
  atcPrefixes: string[];
  excludeAtcPrefixes?: string[];
  /** "≥ minCount redemptions at most withinDays apart" (pair rule); omitted for the count rule. */
  pair?: { withinDays: number };
  /** Age at the reference date below which the arm does not count. */
  minAge?: number;
  /** Redemptions ignored for one sex below an age (e.g. metformin in women under 40: PCOS). */
  ignore?: { atcPrefix: string; sex: 'M' | 'K'; belowAge: number; why: string }[];
  /** Redemptions around a pregnancy ending are ignored (gestational treatment). */
  pregnancy?: { endPrefixes: string[]; weeksBefore: number; weeksAfter: number };
}

export interface CaseRule {
  id: string;
  title: Text;
  /** 'any': a qualifying diagnosis or a qualifying prescription pair; 'events': ≥ minEvents qualifying events of any kind. */
  combine: 'any' | 'events';
  minEvents?: number;
  /** Look-back in years before the date of status; null = all history in the extract. */
  lookbackYears: number | null;
  diagnoses?: DiagnosisArm;
  prescriptions?: PrescriptionArm;
  /** Type classification (diabetes only): the simplified OSDC rule. */
  classifier?: 'osdc_simplified';
  notes: Text[];
}

export type SocialDimension = 'education' | 'labour_market' | 'income_quartile' | 'origin' | 'cohabitation';
export const SOCIAL_DIMENSIONS: readonly SocialDimension[] = ['education', 'labour_market', 'income_quartile', 'origin', 'cohabitation'];

/** Indicator families: each has one builder in shared/indicators with the same shape. */
export type IndicatorFamily =
  | 'population_pyramid'
  | 'population_social'
  | 'survey'
  | 'prevalence'
  | 'incidence'
  | 'acute_admissions'
  | 'readmissions'
  | 'service_uptake'
  | 'employment'
  | 'mortality'
  | 'cost'
  | 'children_with_parent';

export type IndicatorTiming = 'reference_date' | 'period';

export const INDICATOR_TIMING: Record<IndicatorFamily, IndicatorTiming> = {
  population_pyramid: 'reference_date',
  population_social: 'reference_date',
  prevalence: 'reference_date',
  children_with_parent: 'reference_date',
  survey: 'period',
  incidence: 'period',
  acute_admissions: 'period',
  readmissions: 'period',
  service_uptake: 'period',
  employment: 'period',
  mortality: 'period',
  cost: 'period',
};

export interface AgeRange {
  min: number;
  max: number;
}

/**
 * A column an indicator cannot do without (availability.ts): when none of `anyOf` holds a value in the
 * whole extract (not mapped, or mapped but empty), the indicator is left out with a reason instead of
 * showing 0 %.
 */
export interface ColumnNeed {
  table: string;
  /** One of these columns is enough (a mother or a father id). */
  anyOf: string[];
  /** What the column tells, for the reason: "arbejdsmarkedstilknytning" → "Udtrækket har ingen oplysning om …". */
  about: Text;
}

/** What an indicator needs besides its tables: columns with data, and events with the track's codes. */
export interface IndicatorNeeds {
  columns?: ColumnNeed[];
  /** Built on a case rule: needs at least one event in the extract that the rule's codes match. */
  codes?: boolean;
}

export interface IndicatorDefinition {
  /** Stable id without the track prefix, e.g. 'prevalence' (→ 'kol.prevalence'). */
  name: string;
  section: 'population' | 'prevention' | 'disease' | 'care' | 'family';
  family: IndicatorFamily;
  title: Text;
  /** Plain definition printed in the package. */
  definition: Text;
  measure: Measure;
  unit: Unit;
  ages: AgeRange;
  /** Canonical tables that must exist (the indicator is marked unavailable otherwise). */
  requires: string[];
  /** Columns with data and the track's codes (availability.ts); the tables are in `requires`. */
  needs?: IndicatorNeeds;
  /** Which case rule defines "having the disease" (default: the track's main rule). */
  caseRule?: string;
  /** Single-year age rows 0-100 for the life-course curve. */
  ageCurve?: boolean;
  /**
   * Whether the indicator is a status at the reference date or a count over the period; the default
   * follows the family (INDICATOR_TIMING). Charts say "pr. <date>" or "<from> - <to>" accordingly.
   */
  timing?: IndicatorTiming;
  /** Higher is better (employment): inequality is read the other way round. */
  favourable?: boolean;
  /** Family specific parameters (survey column, services, specialty …). */
  params?: {
    surveyFlag?: 'daily_smoker' | 'overweight' | 'obesity' | 'low_mental_wellbeing' | 'physically_inactive';
    services?: string[];
    readmissionSpecialty?: 'psykiatri' | 'somatik';
    diabetesType?: '1' | '2';
    /** Outcome among the comparison population (employment: 'beskaeftiget'; NEET). */
    outcome?: 'employed' | 'neet';
  };
  /** Key-message clause with a {value} slot: "har {value} KOL" → "… har 6,1 % KOL mod …". */
  message: Text;
  /** Who the indicator is about when it is not all residents ("borgere med KOL"), for the key message. */
  population?: Text;
  notes?: Text[];
}

export interface TrackDefinition {
  id: TrackId;
  title: Text;
  /** The disease in a sentence ("KOL", "diabetes"). */
  disease: Text;
  /** The track's code lists as a noun for messages: "diabeteskoder", "KOL-koder". */
  codesName: Text;
  caseRules: CaseRule[];
  /** id of the main case rule. */
  mainRule: string;
  indicators: IndicatorDefinition[];
  notes: Text[];
}

/** The breakdowns every registry indicator gets (TRACKS.md), in output order. */
export const ONE_WAY_BREAKDOWNS: readonly StratumKey[] = [
  'age_band',
  'sex',
  'education',
  'labour_market',
  'income_quartile',
  'origin',
  'cohabitation',
  'municipality',
];
