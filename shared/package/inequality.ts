/**
 * Stage "inequality": one summary per social dimension of the main series (METHODS.md). Ordered
 * dimensions (education, income quartile, cohabitation) get difference, ratio, SII/RII and potential
 * gain, least → most advantaged; labour market and origin have no order, so they are compared with a
 * reference group (beskaeftiget, dansk): the worst group against it, and the potential gain over all.
 * 'ukendt' is left out; any suppressed group suppresses the summary.
 */
import type { InequalitySummary } from '../contract/datapakke';
import type { FamilyQuery } from '../indicators';
import { AGE_BANDS, counterfactualGain, orderedInequality, potentialGain, type GainCell, type OrderedGroup } from '../stats';
import { EDUCATION_GROUPS } from '../text/labels';
import type { SocialDimension } from '../tracks/types';
import type { DraftRow } from './estimates';
import { setKey, standardisationSet, type AggCell, type StrataColumn } from './aggregate';

const ORDER: Record<Exclude<SocialDimension, 'education' | 'labour_market' | 'origin'>, string[]> = {
  income_quartile: ['Q1', 'Q2', 'Q3', 'Q4'],
  cohabitation: ['enlig', 'samlevende'],
};
const REFERENCE: Record<'labour_market' | 'origin', string> = { labour_market: 'beskaeftiget', origin: 'dansk' };

export interface InequalityOptions {
  grouping: '3' | '4' | '6';
  confidence: number;
  favourable: boolean;
  /**
   * The aggregation's cells: the dimension × age band × sex cells give the potential gain in real
   * cases (counterfactualGain). Without them the gain is the crude Σ (y_g − y_best)·n_g.
   */
  cells?: readonly AggCell[];
}

/** A dimension unknown for more than half of the indicator's population gets no summary: its groups are not the population. */
export const MAX_UNKNOWN_SHARE = 0.5;

/** Whether 'ukendt' holds more than MAX_UNKNOWN_SHARE of the main series' population in the dimension's one-way rows. */
export function mostlyUnknown(drafts: readonly DraftRow[], dimension: SocialDimension): boolean {
  const oneWay = drafts.filter((r) => r.series === 0 && r.set.length === 1 && r.set[0] === dimension);
  const everyone = oneWay.reduce((s, r) => s + r.population, 0);
  const unknown = oneWay.filter((r) => r.strata[dimension] === 'ukendt').reduce((s, r) => s + r.population, 0);
  return everyone > 0 && unknown / everyone > MAX_UNKNOWN_SHARE;
}

export interface InequalityResult {
  summary: InequalitySummary;
  /** Whether standardised values were used (all groups had one). */
  standardised: boolean;
}

export function inequalityFor(
  q: FamilyQuery,
  dimension: SocialDimension,
  drafts: DraftRow[],
  suppressed: ReadonlySet<string>,
  o: InequalityOptions,
): InequalityResult | null {
  if (q.kind === 'count' || q.kind === 'share' || !q.dims.includes(dimension)) return null;
  const oneWay = drafts.filter((r) => r.series === 0 && r.set.length === 1 && r.set[0] === dimension);
  const rows = oneWay.filter((r) => r.strata[dimension] !== 'ukendt');
  if (rows.length < 2) return null;
  if (mostlyUnknown(drafts, dimension)) return null;
  if (rows.some((r) => suppressed.has(r.id))) return { summary: { dimension, suppressed: true }, standardised: false };
  const useStd = rows.every((r) => r.standardised !== null);
  const group = (r: DraftRow): OrderedGroup => {
    const v = useStd && r.standardised ? r.standardised : { value: r.value, lower: r.lower ?? r.value, upper: r.upper ?? r.value };
    return { value: v.value, lower: v.lower, upper: v.upper, population: r.population, cases: r.cases };
  };
  const code = (r: DraftRow) => String(r.strata[dimension]);
  let ordered: DraftRow[];
  let isOrdered = true;
  if (dimension === 'education' || dimension === 'income_quartile' || dimension === 'cohabitation') {
    const order = dimension === 'education' ? EDUCATION_GROUPS[o.grouping] : ORDER[dimension];
    ordered = order.map((c) => rows.find((r) => code(r) === c)).filter((r): r is DraftRow => r !== undefined);
  } else {
    isOrdered = false;
    const ref = rows.find((r) => code(r) === REFERENCE[dimension]);
    if (!ref) return null;
    // Worst group first: the highest value of an adverse outcome, the lowest of a favourable one.
    const others = rows.filter((r) => r !== ref).sort((a, b) => (o.favourable ? group(a).value - group(b).value : group(b).value - group(a).value));
    ordered = [...others, ref];
  }
  if (ordered.length < 2) return null;
  const scale = q.kind === 'rate' ? 'rate' : q.kind === 'mean' ? 'mean' : 'proportion';
  const multiplier = q.kind === 'rate' ? 1000 : q.kind === 'mean' ? 1 : 100;
  const result = orderedInequality(ordered.map(group), { scale, multiplier, confidence: o.confidence, favourable: o.favourable });
  if (!result) return null;
  const gain = realCasesGain(q, dimension, ordered.map(code), drafts, o) ?? potentialGain(ordered.map(crude), multiplier, o.favourable);
  const summary: InequalitySummary = {
    dimension,
    suppressed: false,
    difference: result.difference.value,
    potentialGain: { cases: gain.cases, share: gain.share },
  };
  const intervals: NonNullable<Extract<InequalitySummary, { suppressed: false }>['intervals']> = {
    difference: { lower: result.difference.lower, upper: result.difference.upper },
  };
  if (result.ratio) {
    summary.ratio = result.ratio.value;
    intervals.ratio = { lower: result.ratio.lower, upper: result.ratio.upper };
  }
  if (isOrdered && result.sii) {
    summary.sii = result.sii.value;
    intervals.sii = { lower: result.sii.lower, upper: result.sii.upper };
  }
  if (isOrdered && result.rii) {
    summary.rii = result.rii.value;
    intervals.rii = { lower: result.rii.lower, upper: result.rii.upper };
  }
  summary.intervals = intervals;
  return { summary, standardised: useStd };
}

/** A group on its crude value: the potential gain counts cases, so it never uses standardised rates. */
function crude(r: DraftRow): OrderedGroup {
  return { value: r.value, lower: r.lower ?? r.value, upper: r.upper ?? r.value, population: r.population, cases: r.cases };
}

/** The series-0 sums of a cell as cases, population and persons, by aggregation kind. */
function gainCell(q: FamilyQuery, c: AggCell): GainCell | null {
  const s = (name: string) => c.sums[`${name}0`] ?? 0;
  const band = c.strata.age_band;
  const sex = c.strata.sex;
  if (band === undefined || sex === undefined) return null;
  switch (q.kind) {
    case 'proportion':
      return { band: String(band), sex: String(sex), cases: s('n'), population: s('d'), persons: s('d') };
    case 'rate':
      return { band: String(band), sex: String(sex), cases: s('n'), population: s('py'), persons: s('d') };
    case 'survey':
      return { band: String(band), sex: String(sex), cases: s('wy'), population: s('w'), persons: s('d') };
    default:
      return null;
  }
}

/**
 * Potential gain from the dimension × age band × sex cells (METHODS.md): the best-off (last) group's
 * cell rates applied to each group's cell populations; share of all cases in the indicator's total.
 */
function realCasesGain(
  q: FamilyQuery,
  dimension: SocialDimension,
  codes: string[],
  drafts: DraftRow[],
  o: InequalityOptions,
): { cases: number; share: number } | null {
  if (!o.cells) return null;
  const set = standardisationSet([dimension as StrataColumn]);
  if (!set) return null;
  const k = setKey(set);
  const cells = o.cells.filter((c) => setKey(c.set) === k);
  const groups = codes.map((code) =>
    cells
      .filter((c) => String(c.strata[dimension]) === code)
      .map((c) => gainCell(q, c))
      .filter((c): c is GainCell => c !== null),
  );
  if (groups.some((g) => g.length === 0)) return null;
  const total = drafts.find((r) => r.series === 0 && r.set.length === 0);
  const gain = counterfactualGain(groups, groups.length - 1, { favourable: o.favourable, bandOrder: AGE_BANDS, ...(total ? { totalCases: total.cases } : {}) });
  return gain ? { cases: gain.cases, share: gain.share } : null;
}
