/**
 * The `year` rows of a prevalence indicator (docs/decisions/004): one row per status date of the
 * last five years, each with the same look-back, as proportions with Wilson intervals. Years are
 * never summed over, but an area's year row is the sum of its municipalities' rows, so the rows are
 * counted by municipality over every linked area of the extract and protected together
 * (linkedTrendRows, docs/decisions/005), with the reference year's guard below.
 * The population of an earlier year is today's residents of the area who were alive then: the
 * extract has no moves, and the notes say so. Needs the package's dp_person and the rule's events
 * table (shared/package/build.ts makes both before the indicators).
 */
import type { Indicator, IndicatorRow } from '../contract/datapakke';
import { sqlIdent, sqlString, type Engine } from '../engine';
import { applyDisclosure, needsPrimarySuppression, type DisclosureCell, type MarginRelation, type SuppressionReason } from '../disclosure';
import type { LinkArea } from './linked';
import { proportion } from '../stats';
import { formatDate, type Lang } from '../text/format';
import { eventsSql, eventsTableName } from '../tracks/interpreter';
import { dataFromSql, MIN_TREND_LOOKBACK, trendCasesSql, trendCountsSql, trendLookback, trendYears } from '../tracks/trend';
import type { CaseRule, IndicatorDefinition } from '../tracks/types';
import { completedYearsSql } from './population';

export interface TrendInput {
  rule: CaseRule;
  def: IndicatorDefinition;
  referenceDate: string;
  /** dp_person holds everyone alive at the period's start; the trend adds those who died before. */
  periodFrom: string;
  municipalities: number[];
  tables: ReadonlySet<string>;
  minCount: number;
  confidence: number;
  lang: Lang;
  /** Forces the look-back (tests: the rule's own reproduces the main figure); default: trendLookback. */
  lookbackYears?: number;
  years?: number;
  /** Count every one of these municipalities too (the extract's linked areas); default: the area's. */
  universe?: readonly number[];
}

export interface TrendCounts {
  n: number;
  d: number;
}

export interface TrendResult {
  rows: IndicatorRow[];
  suppressedCount: number;
  note: string;
  method?: NonNullable<Indicator['trend']>;
  /** municipality → year → counts, over the universe (what the linked disclosure sums). */
  byMunicipality?: Map<number, Map<number, TrendCounts>>;
  years?: number[];
}

/** Residents of the area who died before the period: earlier years count them, dp_person does not. */
const EARLIER_DEAD = 'dp_trend_person';

export async function prevalenceTrend(engine: Engine, input: TrendInput): Promise<TrendResult | null> {
  const { rule, lang } = input;
  const fromSql = dataFromSql(rule, input.tables);
  if (!fromSql) return null;
  const [first] = await engine.query(fromSql);
  const dataFrom = first?.d == null ? null : String(first.d);
  if (!dataFrom) return null;
  const list = trendYears(input.referenceDate, input.years ?? 5);
  const lookback = input.lookbackYears ?? trendLookback(rule, list[0]!.statusDate, dataFrom);
  if (lookback < MIN_TREND_LOOKBACK) return { rows: [], suppressedCount: 0, note: tooShortNote(rule, dataFrom, list[0]!.year, lang) };

  const ref = `DATE ${sqlString(input.referenceDate)}`;
  const counted = [...new Set([...input.municipalities, ...(input.universe ?? [])])];
  const area = counted.length ? counted.join(', ') : 'NULL';
  const events = `dp_trend_ev_${rule.id}`;
  const cases = `dp_trend_case_${rule.id}`;
  // dp_person and the rule's events table (built for the package) already hold everyone alive at the
  // period's start; only the earlier dead are added, so the trend costs no second copy of the events.
  const population = `(SELECT person_id, municipality, birth_date, death_date, age_exact AS age FROM dp_person WHERE municipality IN (${area})
    UNION ALL SELECT person_id, municipality, birth_date, death_date, age FROM ${EARLIER_DEAD})`;
  const allEvents = `(SELECT person_id, d, kind FROM ${eventsTableName(rule)} UNION ALL SELECT person_id, d, kind FROM ${events})`;
  try {
    await engine.exec(`CREATE OR REPLACE TEMP TABLE ${EARLIER_DEAD} AS
SELECT person_id, sex, CAST(municipality_code AS INTEGER) AS municipality, CAST(birth_date AS DATE) AS birth_date, CAST(death_date AS DATE) AS death_date,
  ${completedYearsSql('CAST(birth_date AS DATE)', input.referenceDate)} AS age
FROM persons WHERE coalesce(municipality_code IN (${area}), FALSE) AND CAST(birth_date AS DATE) < ${ref}
  AND CAST(death_date AS DATE) < DATE ${sqlString(input.periodFrom)}`);
    await engine.exec(eventsSql(rule, { referenceDate: input.referenceDate, tables: input.tables, personTable: EARLIER_DEAD, target: events }));
    await engine.exec(trendCasesSql(rule, allEvents, list, lookback, cases));
    const counts = await engine.query(trendCountsSql(population, cases, list, Number(input.referenceDate.slice(0, 4)), input.def.ages, true));
    const byMunicipality = new Map<number, Map<number, TrendCounts>>();
    for (const c of counts) {
      const m = Number(c.municipality);
      const perYear = byMunicipality.get(m) ?? new Map<number, TrendCounts>();
      perYear.set(Number(c.year), { n: Number(c.n), d: Number(c.d) });
      byMunicipality.set(m, perYear);
    }
    const rows: IndicatorRow[] = [];
    let suppressedCount = 0;
    for (const y of list) {
      const { n, d } = sumTrend(byMunicipality, input.municipalities, y.year);
      const e = proportion(n, d, { confidence: input.confidence });
      if (!e) continue;
      if (needsPrimarySuppression({ id: `trend:${y.year}`, counts: [n, d], survey: false }, { minCount: input.minCount, minSurveyN: 0 })) {
        rows.push({ strata: { year: y.year }, suppressed: true });
        suppressedCount++;
      } else {
        rows.push({ strata: { year: y.year }, suppressed: false, numerator: n, denominator: d, value: e.value, lower: e.lower, upper: e.upper });
      }
    }
    const method = { lookbackYears: lookback, mainLookbackYears: rule.lookbackYears, dataFrom: dataFrom.slice(0, 7) };
    return {
      rows,
      suppressedCount,
      method,
      byMunicipality,
      years: list.map((y) => y.year),
      note: trendNote(rule, lookback, dataFrom, list[0]!.statusDate, list[list.length - 1]!.statusDate, lang),
    };
  } finally {
    for (const t of [events, cases, EARLIER_DEAD]) await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(t)}`);
  }
}

function sumTrend(byMunicipality: ReadonlyMap<number, ReadonlyMap<number, TrendCounts>>, municipalities: readonly number[], year: number): TrendCounts {
  let n = 0;
  let d = 0;
  for (const m of new Set(municipalities)) {
    const c = byMunicipality.get(m)?.get(year);
    if (c) [n, d] = [n + c.n, d + c.d];
  }
  return { n, d };
}

const monthYear = (iso: string, lang: Lang) => formatDate(`${iso.slice(0, 7)}-01`, lang).replace(/^1\.? /, '');

function trendNote(rule: CaseRule, lookback: number, dataFrom: string, first: string, last: string, lang: Lang): string {
  const own = rule.lookbackYears;
  const shorter = own === null || lookback < own;
  if (lang === 'en') {
    const why = shorter
      ? ` because the extract's data begin in ${monthYear(dataFrom, lang)}; the main figure uses ${own === null ? 'all history in the extract' : `${own} years`}, so the yearly level is lower than it`
      : '';
    return `Trend by year (${formatDate(first, lang)} to ${formatDate(last, lang)}): every year uses the same look-back of ${lookback} years${why}. The population of each year is today's residents of the area who were alive on that date (the extract has no moves); age rules use the age at the reference date.`;
  }
  const why = shorter
    ? `, fordi udtrækkets data begynder ${monthYear(dataFrom, lang)}; hovedtallet bruger ${own === null ? 'al historik i udtrækket' : `${own} år`}, så niveauet pr. år er lavere end det`
    : '';
  return `Udvikling efter år (${formatDate(first, lang)} til ${formatDate(last, lang)}): alle år bruger samme tilbageblik på ${lookback} år${why}. Befolkningen hvert år er områdets nuværende borgere, der levede på datoen (udtrækket har ingen flytninger); aldersgrænser i definitionen bruger alderen på skæringsdatoen.`;
}

function tooShortNote(rule: CaseRule, dataFrom: string, firstYear: number, lang: Lang): string {
  const need = rule.lookbackYears ?? MIN_TREND_LOOKBACK;
  return lang === 'en'
    ? `No trend by year: the extract's data begin in ${monthYear(dataFrom, lang)}, too late for an equal look-back of at least ${MIN_TREND_LOOKBACK} years from ${firstYear} (hospital contacts and prescriptions from ${firstYear - need} would allow the full one).`
    : `Ingen udvikling efter år: udtrækkets data begynder ${monthYear(dataFrom, lang)}, for sent til samme tilbageblik på mindst ${MIN_TREND_LOOKBACK} år fra ${firstYear} (sygehuskontakter og recepter fra ${firstYear - need} ville give det fulde).`;
}

/**
 * The reference year's trend row has the same population as the indicator's total; with a shorter
 * look-back its count differs from the total's only by the cases whose evidence is all older, and a
 * difference of 1 to minCount − 1 would publish such a small cell by subtraction. That row is then
 * left out, as it is when the total itself is (it would bound the total's count).
 */
export function protectAgainstDifferencing(
  rows: IndicatorRow[],
  total: IndicatorRow | undefined,
  referenceYear: number,
  minCount: number,
): { rows: IndicatorRow[]; suppressed: number } {
  let suppressed = 0;
  const out = rows.map((r): IndicatorRow => {
    if (r.suppressed || Number(r.strata.year) !== referenceYear) return r;
    const gap = total && !total.suppressed && total.numerator !== undefined ? Math.abs(total.numerator - (r.numerator ?? 0)) : null;
    if (gap === null || (gap > 0 && gap < minCount)) {
      suppressed++;
      return { strata: r.strata, suppressed: true };
    }
    return r;
  });
  return { rows: out, suppressed };
}

/**
 * The year rows of every linked area protected together: an area's year cell is the sum of its
 * municipalities' cells, so a cluster's year minus its other municipalities' years would give a
 * small one away. Primary cells are the small ones and the reference-year rows the guard above hides
 * (they are treated as small: their difference to the total is); the rest by Gaussian elimination.
 * Returns the requested area's rows with the pattern applied.
 */
export function linkedTrendRows(
  trend: TrendResult,
  areas: readonly LinkArea[],
  requested: string,
  mainTotal: (area: string) => { numerator?: number; suppressed: boolean } | null,
  referenceYear: number,
  minCount: number,
): { rows: IndicatorRow[]; suppressed: number } {
  const byMunicipality = trend.byMunicipality ?? new Map();
  const years = trend.years ?? [];
  const cells: DisclosureCell[] = [];
  const relations: MarginRelation[] = [];
  const forced = new Map<string, SuppressionReason>();
  const id = (area: string, year: number) => `${area}@${year}`;
  for (const area of areas) {
    for (const year of years) {
      const c = sumTrend(byMunicipality, area.municipalities, year);
      if (c.d === 0) continue;
      cells.push({ id: id(area.key, year), counts: [c.n, c.d] });
    }
    const total = mainTotal(area.key);
    const refYear = sumTrend(byMunicipality, area.municipalities, referenceYear);
    if (refYear.d > 0) {
      const totalRow: IndicatorRow | undefined = total
        ? total.suppressed
          ? { strata: {}, suppressed: true }
          : { strata: {}, suppressed: false, value: 0, numerator: total.numerator ?? 0 }
        : undefined;
      const guarded = protectAgainstDifferencing(
        [{ strata: { year: referenceYear }, suppressed: false, value: 0, numerator: refYear.n }],
        totalRow,
        referenceYear,
        minCount,
      );
      if (guarded.suppressed > 0) forced.set(id(area.key, referenceYear), 'primary');
    }
  }
  const present = new Set(cells.map((c) => c.id));
  for (const area of areas) {
    if (area.municipalities.length < 2) continue;
    for (const year of years) {
      const parts = area.municipalities.map((m) => id(String(m), year)).filter((x) => present.has(x));
      if (present.has(id(area.key, year)) && parts.length > 0) relations.push({ total: id(area.key, year), parts });
    }
  }
  const result = applyDisclosure(cells, relations, { minCount, minSurveyN: 0 }, { presuppressed: forced, protect: 'primary' });
  let suppressed = 0;
  const rows = trend.rows.map((r): IndicatorRow => {
    if (r.suppressed || !result.suppressed.has(id(requested, Number(r.strata.year)))) return r;
    suppressed++;
    return { strata: r.strata, suppressed: true };
  });
  return { rows, suppressed };
}
