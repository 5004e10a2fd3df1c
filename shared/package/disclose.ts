/**
 * Stage "disclosure": every breakdown is published with its total, and the two-way tables with both
 * margins, so those are the additive relations secondary suppression must protect. A suppressed row
 * keeps only its strata (its estimate, interval and standardised value go with it).
 */
import type { IndicatorRow } from '../contract/datapakke';
import { applyDisclosure, type MarginRelation } from '../disclosure';
import type { FamilyQuery } from '../indicators';
import { reportedSets } from './aggregate';
import { rowId, type DraftRow } from './estimates';

export interface DisclosedRows {
  rows: IndicatorRow[];
  suppressed: Set<string>;
  suppressedCount: number;
}

function relationsFor(q: FamilyQuery, rows: DraftRow[]): MarginRelation[] {
  const ids = new Set(rows.map((r) => r.id));
  const relations: MarginRelation[] = [];
  const add = (total: string, parts: string[]) => {
    if (ids.has(total) && parts.length > 0) relations.push({ total, parts });
  };
  q.series.forEach((_, i) => {
    const inSeries = rows.filter((r) => r.series === i);
    const total = rowId(i, [], {});
    for (const set of reportedSets(q)) {
      if (set.length !== 1) continue;
      add(total, inSeries.filter((r) => r.set.length === 1 && r.set[0] === set[0]).map((r) => r.id));
    }
    for (const set of reportedSets(q)) {
      if (set.length !== 2) continue;
      const cells = inSeries.filter((r) => r.set.length === 2 && r.set[0] === set[0] && r.set[1] === set[1]);
      for (const [margin, other] of [[set[0]!, set[1]!], [set[1]!, set[0]!]] as const) {
        void other;
        const values = new Set(cells.map((c) => c.strata[margin]));
        for (const v of values) {
          add(rowId(i, [margin], { [margin]: v }), cells.filter((c) => c.strata[margin] === v).map((c) => c.id));
        }
      }
    }
  });
  return relations;
}

export function disclose(q: FamilyQuery, drafts: DraftRow[], minCount: number, minSurveyN: number): DisclosedRows {
  const result = applyDisclosure(
    drafts.map((r) => ({ id: r.id, counts: r.counts, survey: r.survey })),
    relationsFor(q, drafts),
    { minCount, minSurveyN },
  );
  const suppressed = new Set(result.suppressed.keys());
  const rows: IndicatorRow[] = drafts.map((r) => {
    if (suppressed.has(r.id)) return { strata: r.strata, suppressed: true };
    const row: IndicatorRow = { strata: r.strata, suppressed: false, value: r.value };
    if (r.numerator !== undefined) row.numerator = r.numerator;
    if (r.denominator !== undefined) row.denominator = r.denominator;
    if (r.weightedDenominator !== undefined) row.weightedDenominator = r.weightedDenominator;
    if (r.lower !== null) row.lower = r.lower;
    if (r.upper !== null) row.upper = r.upper;
    if (r.standardised) row.standardised = r.standardised;
    return row;
  });
  return { rows, suppressed, suppressedCount: suppressed.size };
}
