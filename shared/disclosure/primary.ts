import type { DisclosureCell, DisclosureRule } from './types';

/**
 * True when the cell must be hidden on its own: a count in 1 … minCount − 1, or a survey cell with
 * fewer than minSurveyN unweighted respondents. A non-finite or negative count is treated as
 * disclosive too, so bad input fails closed.
 */
export function needsPrimarySuppression(cell: DisclosureCell, rule: DisclosureRule): boolean {
  const smallCount = (c: number) => !Number.isFinite(c) || c < 0 || (c > 0 && c < rule.minCount);
  if (cell.counts.some(smallCount)) return true;
  if (cell.survey) {
    const n = cell.counts[cell.counts.length - 1];
    return n === undefined || n < rule.minSurveyN;
  }
  return false;
}
