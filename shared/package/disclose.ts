/**
 * Stage "disclosure": the additive relations between the rows a package publishes, and the rows as
 * published. Relations inside one area and one series (never summed over `variant` or `year`):
 * - the total = Σ the rows of every one-way breakdown;
 * - each row and column of a two-way table = Σ its cells (both margins);
 * - a 5-year band = Σ its single years (the life-course curve beside the bands);
 * and across series: the main series = Σ the series of an additive key (diabetes type 1 + type 2).
 * Relations between areas (a cluster = Σ its municipalities) are added by linked.ts.
 * A suppressed row keeps only its strata (its estimate, interval and standardised value go with it).
 */
import type { IndicatorRow } from '../contract/datapakke';
import { applyDisclosure, type DisclosureOptions, type MarginRelation } from '../disclosure';
import type { FamilyQuery } from '../indicators';
import { reportedSets } from './aggregate';
import { rowId, type DraftRow } from './estimates';

export interface DisclosedRows {
  rows: IndicatorRow[];
  suppressed: Set<string>;
  suppressedCount: number;
  /** Of which small cells themselves (the rest hidden so that no small cell can be worked out). */
  primaryCount: number;
}

/** Series keys whose values add up to the main series (every diabetes case is typed 1 or 2). */
const ADDITIVE_SERIES_KEYS = new Set(['diabetes_type']);

/** The 5-year band a single year of age belongs to (AGE_BANDS; 90+ takes 90-100). */
export function bandOfAge(age: number): string {
  if (age >= 90) return '90+';
  const low = Math.floor(age / 5) * 5;
  return `${low}-${low + 4}`;
}

export function relationsFor(q: FamilyQuery, rows: readonly Pick<DraftRow, 'id' | 'series' | 'set' | 'strata'>[]): MarginRelation[] {
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
      add(
        total,
        inSeries.filter((r) => r.set.length === 1 && r.set[0] === set[0]).map((r) => r.id),
      );
    }
    for (const set of reportedSets(q)) {
      if (set.length !== 2) continue;
      const cells = inSeries.filter((r) => r.set.length === 2 && r.set[0] === set[0] && r.set[1] === set[1]);
      for (const margin of set) {
        const values = new Set(cells.map((c) => c.strata[margin]));
        for (const v of values)
          add(
            rowId(i, [margin], { [margin]: v }),
            cells.filter((c) => c.strata[margin] === v).map((c) => c.id),
          );
      }
    }
    const ages = inSeries.filter((r) => r.set.length === 1 && r.set[0] === 'age');
    const bands = new Map<string, string[]>();
    for (const r of ages) {
      const band = bandOfAge(Number(r.strata.age));
      bands.set(band, [...(bands.get(band) ?? []), r.id]);
    }
    for (const [band, parts] of bands) add(rowId(i, ['age_band'], { age_band: band }), parts);
  });
  const additive = q.series.map((s, i) => (s.key && ADDITIVE_SERIES_KEYS.has(s.key) ? i : -1)).filter((i) => i > 0);
  if (additive.length > 1) {
    for (const r of rows) {
      if (r.series !== 0) continue;
      add(
        r.id,
        additive.map((i) => rowId(i, r.set, r.strata)).filter((id) => ids.has(id)),
      );
    }
  }
  return relations;
}

export function disclose(q: FamilyQuery, drafts: DraftRow[], minCount: number, minSurveyN: number, options: DisclosureOptions = {}): DisclosedRows {
  const result = applyDisclosure(
    drafts.map((r) => ({ id: r.id, counts: r.counts, survey: r.survey })),
    relationsFor(q, drafts),
    { minCount, minSurveyN },
    options,
  );
  const suppressed = new Set(result.suppressed.keys());
  const primaryCount = [...result.suppressed.values()].filter((r) => r === 'primary').length;
  return { rows: publishedRows(drafts, suppressed), suppressed, suppressedCount: suppressed.size, primaryCount };
}

export function publishedRows(drafts: readonly DraftRow[], suppressed: ReadonlySet<string>): IndicatorRow[] {
  return drafts.map((r) => {
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
}
