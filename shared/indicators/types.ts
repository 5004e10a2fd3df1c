/**
 * The one shape of an indicator family: a builder that turns an indicator definition into a "unit
 * query" (one row per person, person-time or admission, with the strata columns and the measure
 * columns of each series). shared/package/aggregate.ts aggregates every family the same way.
 */
import type { StratumKey } from '../contract/datapakke';
import type { IndicatorDefinition, Text, TrackDefinition } from '../tracks/types';

/**
 * How a series is aggregated. Columns per series i in the unit query:
 * count/share: n{i}; proportion: n{i}, d{i}; rate: n{i} (events), py{i} (person-time), d{i} (persons);
 * mean: d{i}, s{i} (value); survey: n{i}, d{i} (unweighted), w{i} (weight).
 */
export type AggregateKind = 'count' | 'share' | 'proportion' | 'rate' | 'mean' | 'survey';

export interface SeriesSpec {
  /** The stratum key that tells this series apart (absent for the main series). */
  key?: StratumKey;
  value?: string;
}

export interface FamilyQuery {
  kind: AggregateKind;
  unitSql: string;
  /** series[0] is the main series. */
  series: SeriesSpec[];
  dims: StratumKey[];
  twoWay: [StratumKey, StratumKey][];
  ageCurve: boolean;
  notes?: Text[];
}

export interface FamilyContext {
  track: TrackDefinition;
  def: IndicatorDefinition;
  referenceDate: string;
  periodFrom: string;
  tables: ReadonlySet<string>;
  /** One-way breakdowns for this area (municipality only when it has several). */
  defaultDims: StratumKey[];
  caseTable(ruleId: string, at: 'ref' | 'start'): string;
  /** SQL condition "lives in the population's area" on dp_person (the area, or the region for comparison). */
  inScope(alias: string): string;
}

export type FamilyBuilder = (ctx: FamilyContext) => FamilyQuery;

/** The strata columns every unit query exposes, in this order (aggregate.ts relies on it). */
export const STRATA_COLUMNS = [
  'age_band',
  'age',
  'sex',
  'education',
  'labour_market',
  'income_quartile',
  'origin',
  'cohabitation',
  'municipality',
] as const satisfies readonly StratumKey[];

export function personStrata(alias: string): string {
  return STRATA_COLUMNS.map((c) => `${alias}.${c}`).join(', ');
}

/** Residents of the area alive at the reference date, in the indicator's ages. */
export function residents(alias: string, ctx: FamilyContext): string {
  return `${ctx.inScope(alias)} AND ${alias}.alive_ref AND ${alias}.age BETWEEN ${ctx.def.ages.min} AND ${ctx.def.ages.max}`;
}

export function dateSql(iso: string): string {
  return `DATE '${iso.replace(/'/g, '')}'`;
}

export function defaultQueryShape(ctx: FamilyContext): Pick<FamilyQuery, 'dims' | 'twoWay' | 'ageCurve'> {
  return { dims: ctx.defaultDims, twoWay: [['education', 'sex']], ageCurve: ctx.def.ageCurve === true };
}
