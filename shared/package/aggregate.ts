/**
 * Stage "aggregation": one query per indicator with GROUPING SETS over its breakdowns, never one
 * query per stratum and never person rows into JS. Besides the published sets it asks for each
 * social set × age band × sex, the inputs of direct standardisation.
 */
import type { Engine } from '../engine';
import type { Strata, StratumKey } from '../contract/datapakke';
import { STRATA_COLUMNS, type FamilyQuery } from '../indicators';

export type StrataColumn = (typeof STRATA_COLUMNS)[number];

export interface AggCell {
  /** The grouped columns, in STRATA_COLUMNS order. */
  set: StrataColumn[];
  strata: Strata;
  /** Sums by column name: n0, d0, py0, s0, ss0, w0, wy0, w20 … */
  sums: Record<string, number>;
}

export function setKey(set: readonly string[]): string {
  return [...set].sort((a, b) => STRATA_COLUMNS.indexOf(a as StrataColumn) - STRATA_COLUMNS.indexOf(b as StrataColumn)).join('+');
}

/** The sets shown in the package: total, one-way, two-way, single-year age. */
export function reportedSets(q: FamilyQuery): StrataColumn[][] {
  const sets: StratumKey[][] = [[], ...q.dims.map((d) => [d]), ...q.twoWay.map(([a, b]) => [a, b])];
  if (q.ageCurve) sets.push(['age']);
  return sets.map((s) => sortSet(s as StrataColumn[]));
}

function sortSet(set: StrataColumn[]): StrataColumn[] {
  return [...new Set(set)].sort((a, b) => STRATA_COLUMNS.indexOf(a) - STRATA_COLUMNS.indexOf(b));
}

export function isStandardisable(q: FamilyQuery): boolean {
  return q.kind === 'proportion' || q.kind === 'rate' || q.kind === 'survey';
}

/** The standardisation input set of a published set, or null when its rows are not standardised. */
export function standardisationSet(set: readonly StrataColumn[]): StrataColumn[] | null {
  if (set.includes('age_band') || set.includes('age')) return null;
  return sortSet([...set, 'age_band', 'sex']);
}

function measureColumns(q: FamilyQuery): string[] {
  const cols: string[] = [];
  const sum = (expr: string, name: string) => cols.push(`CAST(sum(${expr}) AS DOUBLE) AS ${name}`);
  q.series.forEach((_, i) => {
    switch (q.kind) {
      case 'count':
      case 'share':
        sum(`n${i}`, `n${i}`);
        break;
      case 'proportion':
        sum(`n${i}`, `n${i}`);
        sum(`d${i}`, `d${i}`);
        break;
      case 'rate':
        sum(`n${i}`, `n${i}`);
        sum(`d${i}`, `d${i}`);
        sum(`py${i}`, `py${i}`);
        break;
      case 'mean':
        sum(`d${i}`, `d${i}`);
        sum(`s${i}`, `s${i}`);
        sum(`s${i} * s${i}`, `ss${i}`);
        break;
      case 'survey':
        sum(`n${i}`, `n${i}`);
        sum(`d${i}`, `d${i}`);
        sum(`w${i}`, `w${i}`);
        sum(`w${i} * n${i}`, `wy${i}`);
        sum(`w${i} * w${i}`, `ww${i}`);
        break;
    }
  });
  return cols;
}

/** The columns that occur in some grouping set (DuckDB allows only those in GROUPING()). */
function groupedColumns(sets: readonly StrataColumn[][]): StrataColumn[] {
  const used = new Set(sets.flat());
  return STRATA_COLUMNS.filter((c) => used.has(c));
}

/** The published sets and the standardisation input set of each. */
function allSets(q: FamilyQuery): StrataColumn[][] {
  const sets = new Map<string, StrataColumn[]>();
  for (const s of reportedSets(q)) {
    sets.set(setKey(s), s);
    const std = isStandardisable(q) ? standardisationSet(s) : null;
    if (std) sets.set(setKey(std), std);
  }
  return [...sets.values()];
}

export function aggregationSql(q: FamilyQuery, sets: readonly StrataColumn[][] = allSets(q)): string {
  const columns = groupedColumns(sets);
  // Only the total: a plain aggregate (GROUPING() needs at least one column).
  if (columns.length === 0) return `SELECT 0 AS gid, ${measureColumns(q).join(', ')} FROM (${q.unitSql}) u`;
  const groupingSets = sets.map((s) => `(${sortSet(s).join(', ')})`).join(', ');
  return `SELECT GROUPING(${columns.join(', ')}) AS gid, ${columns.join(', ')}, ${measureColumns(q).join(', ')}
FROM (${q.unitSql}) u
GROUP BY GROUPING SETS (${groupingSets})`;
}

/**
 * Runs the aggregation and decodes DuckDB's GROUPING bitmask (first column = most significant bit).
 * `sets` defaults to the published sets and their standardisation inputs.
 */
export async function aggregate(engine: Engine, q: FamilyQuery, sets: readonly StrataColumn[][] = allSets(q)): Promise<AggCell[]> {
  const rows = await engine.query(aggregationSql(q, sets));
  const columns = groupedColumns(sets);
  const n = columns.length;
  const cells: AggCell[] = [];
  for (const row of rows) {
    const gid = Number(row.gid);
    const set = columns.filter((_, i) => ((gid >> (n - 1 - i)) & 1) === 0);
    const strata: Strata = {};
    let complete = true;
    for (const c of set) {
      const v = row[c];
      if (v === null || v === undefined) complete = false;
      else strata[c] = c === 'age' || c === 'municipality' ? Number(v) : String(v);
    }
    // A NULL in a grouped column is a person without that attribute: not a stratum of its own.
    if (!complete) continue;
    const sums: Record<string, number> = {};
    for (const [k, v] of Object.entries(row)) {
      if (k === 'gid' || (STRATA_COLUMNS as readonly string[]).includes(k)) continue;
      sums[k] = typeof v === 'number' ? v : Number(v ?? 0);
    }
    cells.push({ set, strata, sums });
  }
  return cells;
}
