/**
 * Stage "stats": aggregated cells → draft rows with estimates, intervals and standardised values.
 * Every number comes from shared/stats; this file only decides which cells feed which function.
 */
import type { Interval, Strata } from '../contract/datapakke';
import type { FamilyQuery } from '../indicators';
import { directStandardised, meanEstimate, proportion, rate, weightedProportion } from '../stats';
import { reportedSets, setKey, standardisationSet, isStandardisable, type AggCell, type StrataColumn } from './aggregate';
import { orderValues } from './order';

export interface DraftRow {
  id: string;
  series: number;
  set: StrataColumn[];
  /** Strata including the series key (variant / diabetes_type). */
  strata: Strata;
  numerator?: number;
  denominator?: number;
  weightedDenominator?: number;
  value: number;
  lower: number | null;
  upper: number | null;
  standardised: Interval | null;
  /** Why no standardised value, when one was expected. */
  standardisedNote?: 'too_few_events' | 'no_population';
  zeroPopulationBands?: number;
  /** What disclosure control checks. */
  counts: number[];
  survey: boolean;
  /** Inequality inputs: cases and population (persons, person-years or Σ weights). */
  cases: number;
  population: number;
}

export interface EstimateOptions {
  confidence: number;
  standardWeights: ReadonlyMap<string, number>;
  grouping: '3' | '4' | '6';
  /** False when only the counts matter (disclosure of linked areas): no standardised values. */
  standardise?: boolean;
}

export function rowId(series: number, set: readonly string[], strata: Strata): string {
  return `${series}|${setKey(set)}|${set.map((c) => String(strata[c as keyof Strata])).join('|')}`;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function draftRows(q: FamilyQuery, cells: AggCell[], o: EstimateOptions): DraftRow[] {
  const bySet = new Map<string, AggCell[]>();
  for (const c of cells) {
    const k = setKey(c.set);
    const list = bySet.get(k);
    if (list) list.push(c);
    else bySet.set(k, [c]);
  }
  const rows: DraftRow[] = [];
  q.series.forEach((series, i) => {
    const total = bySet.get('')?.[0];
    for (const set of reportedSets(q)) {
      const setCells = orderValues(bySet.get(setKey(set)) ?? [], set, o.grouping);
      for (const cell of setCells) {
        const row = estimate(q, i, cell, total, o);
        if (!row) continue;
        if (series.key) row.strata = { ...row.strata, [series.key]: series.value };
        const stdSet = o.standardise !== false && isStandardisable(q) ? standardisationSet(set) : null;
        if (stdSet) standardise(q, i, row, cell, bySet.get(setKey(stdSet)) ?? [], o);
        rows.push(row);
      }
    }
  });
  return rows;
}

function estimate(q: FamilyQuery, i: number, cell: AggCell, total: AggCell | undefined, o: EstimateOptions): DraftRow | null {
  const s = (name: string) => cell.sums[`${name}${i}`] ?? 0;
  const base = { id: rowId(i, cell.set, cell.strata), series: i, set: cell.set, strata: { ...cell.strata }, standardised: null, survey: false };
  const n = s('n');
  const d = s('d');
  switch (q.kind) {
    case 'count':
      return { ...base, numerator: n, value: n, lower: null, upper: null, counts: [n], cases: n, population: n };
    case 'share': {
      const all = total?.sums[`n${i}`] ?? 0;
      const e = proportion(n, all, { confidence: o.confidence });
      if (!e) return null;
      return { ...base, numerator: n, denominator: all, value: e.value, lower: e.lower, upper: e.upper, counts: [n], cases: n, population: all };
    }
    case 'proportion': {
      const e = proportion(n, d, { confidence: o.confidence });
      if (!e) return null;
      return { ...base, numerator: n, denominator: d, value: e.value, lower: e.lower, upper: e.upper, counts: [n, d], cases: n, population: d };
    }
    case 'rate': {
      const py = s('py');
      const e = rate(n, py, { confidence: o.confidence, multiplier: 1000 });
      if (!e) return null;
      return { ...base, numerator: n, denominator: round(py, 2), value: e.value, lower: e.lower, upper: e.upper, counts: [n, d], cases: n, population: py };
    }
    case 'mean': {
      if (d <= 0) return null;
      const sum = s('s');
      const e = meanEstimate({ n: d, sum, sumSquares: s('ss') }, { confidence: o.confidence });
      return {
        ...base,
        denominator: d,
        value: e ? e.value : sum / d,
        lower: e?.lower ?? null,
        upper: e?.upper ?? null,
        counts: [d],
        cases: sum,
        population: d,
      };
    }
    case 'survey': {
      const e = weightedProportion({ sumW: s('w'), sumWY: s('wy'), sumW2: s('ww') }, { confidence: o.confidence });
      if (!e) return null;
      return {
        ...base,
        survey: true,
        numerator: n,
        denominator: d,
        weightedDenominator: round(s('w'), 2),
        value: e.value,
        lower: e.lower,
        upper: e.upper,
        counts: [n, d],
        cases: s('wy'),
        population: s('w'),
      };
    }
  }
}

/** Direct standardisation by age within the row's strata (and by sex unless sex is one of them). */
function standardise(q: FamilyQuery, i: number, row: DraftRow, cell: AggCell, bandCells: AggCell[], o: EstimateOptions): void {
  const matching = bandCells.filter((b) => cell.set.every((c) => b.strata[c] === cell.strata[c]));
  const kind = q.kind === 'rate' ? 'rate' : 'proportion';
  const bands = matching.map((b) => {
    const sum = (name: string) => b.sums[`${name}${i}`] ?? 0;
    const count = q.kind === 'survey' ? sum('wy') : sum('n');
    const population = q.kind === 'rate' ? sum('py') : q.kind === 'survey' ? sum('w') : sum('d');
    return { count, population, standardWeight: o.standardWeights.get(String(b.strata.age_band)) ?? 0 };
  });
  const r = directStandardised(bands, { kind, confidence: o.confidence, multiplier: kind === 'rate' ? 1000 : 100 });
  if (r.ok) {
    row.standardised = { value: r.value, lower: r.lower, upper: r.upper };
    if (r.zeroPopulationBands > 0) row.zeroPopulationBands = r.zeroPopulationBands;
  } else {
    row.standardisedNote = r.reason;
  }
}
