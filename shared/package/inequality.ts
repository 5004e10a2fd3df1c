/**
 * Stage "inequality": one summary per social dimension of the main series (METHODS.md). Ordered
 * dimensions (education, income quartile, cohabitation) get difference, ratio, SII/RII and potential
 * gain, least → most advantaged; labour market and origin have no order, so they are compared with a
 * reference group (beskaeftiget, dansk): the worst group against it, and the potential gain over all.
 * 'ukendt' is left out; any suppressed group suppresses the summary.
 */
import type { InequalitySummary } from '../contract/datapakke';
import type { FamilyQuery } from '../indicators';
import { orderedInequality, type OrderedGroup } from '../stats';
import { EDUCATION_GROUPS } from '../text/labels';
import type { SocialDimension } from '../tracks/types';
import type { DraftRow } from './estimates';

const ORDER: Record<Exclude<SocialDimension, 'education' | 'labour_market' | 'origin'>, string[]> = {
  income_quartile: ['Q1', 'Q2', 'Q3', 'Q4'],
  cohabitation: ['enlig', 'samlevende'],
};
const REFERENCE: Record<'labour_market' | 'origin', string> = { labour_market: 'beskaeftiget', origin: 'dansk' };

export interface InequalityOptions {
  grouping: '3' | '4' | '6';
  confidence: number;
  favourable: boolean;
}

export interface InequalityResult {
  summary: InequalitySummary;
  /** Whether standardised values were used (all groups had one). */
  standardised: boolean;
}

export function inequalityFor(q: FamilyQuery, dimension: SocialDimension, drafts: DraftRow[], suppressed: ReadonlySet<string>, o: InequalityOptions): InequalityResult | null {
  if (q.kind === 'count' || q.kind === 'share' || !q.dims.includes(dimension)) return null;
  const rows = drafts.filter((r) => r.series === 0 && r.set.length === 1 && r.set[0] === dimension && r.strata[dimension] !== 'ukendt');
  if (rows.length < 2) return null;
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
  const summary: InequalitySummary = { dimension, suppressed: false, difference: result.difference.value, potentialGain: result.potentialGain };
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
