/**
 * Prevalence over the years up to the reference date (docs/decisions/004): the status on the same
 * day of each of the last years, with the SAME look-back for every year, so a trend never rises only
 * because an early year sees less history. The look-back is the rule's own when the extract's data
 * reach back far enough for the first year, else the whole years the data cover before it.
 *
 * One pass over the rule's events instead of one case finding per year: each piece of evidence
 * (a diagnosis, a pair of redemptions, the k-th of k events) makes a person a case on every status
 * date S with last event < S ≤ first event + W years, the same as "all of it inside [S − W, S)". The
 * equivalence with caseStatusSql is tested (tests/unit/tracks/trend.test.ts).
 */
import { sqlString } from '../engine';
import type { CaseRule } from './types';

export interface TrendYear {
  year: number;
  /** The status date: the reference date's day and month in that year. */
  statusDate: string;
}

/** Minimum look-back (years) for a trend to be worth showing. */
export const MIN_TREND_LOOKBACK = 3;

/** The `count` status dates ending at the reference date, oldest first. */
export function trendYears(referenceDate: string, count = 5): TrendYear[] {
  const [y, m, d] = referenceDate.split('-').map(Number) as [number, number, number];
  const out: TrendYear[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const year = y - k;
    // 29 February exists only in leap years: the day before stands in for it.
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const day = m === 2 && d === 29 && !leap ? 28 : d;
    out.push({ year, statusDate: `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
  }
  return out;
}

/**
 * The look-back every trend year gets: the rule's (null = all history), capped by the whole years
 * between the first month the data cover and the first status date.
 */
export function trendLookback(rule: CaseRule, firstStatusDate: string, dataFrom: string): number {
  const [fy, fm] = firstStatusDate.split('-').map(Number) as [number, number];
  const [dy, dm] = dataFrom.split('-').map(Number) as [number, number];
  const covered = Math.floor(((fy - dy) * 12 + (fm - dm)) / 12);
  return rule.lookbackYears === null ? covered : Math.min(rule.lookbackYears, covered);
}

/** SQL: the earliest event date in the tables the rule reads (null without data). */
export function dataFromSql(rule: CaseRule, tables: ReadonlySet<string>): string | null {
  const parts: string[] = [];
  if (rule.diagnoses && tables.has('hospital_contacts')) parts.push('SELECT min(CAST(start_date AS DATE)) AS d FROM hospital_contacts');
  if (rule.prescriptions && tables.has('prescriptions')) parts.push('SELECT min(dispensing_date) AS d FROM prescriptions');
  return parts.length ? `SELECT CAST(min(d) AS VARCHAR) AS d FROM (${parts.join(' UNION ALL ')})` : null;
}

const years = (list: readonly TrendYear[]) => `(VALUES ${list.map((y) => `(${y.year}, DATE ${sqlString(y.statusDate)})`).join(', ')}) AS yr(year, s)`;

/**
 * CREATE TEMP TABLE `target` (year, person_id): who is a case on each status date with a look-back
 * of `lookback` years, from an events table as eventsSql makes it (person_id, d, kind).
 */
export function trendCasesSql(rule: CaseRule, eventsTable: string, list: readonly TrendYear[], lookback: number, target: string): string {
  const plus = (date: string) => `CAST(${date} + INTERVAL ${lookback} YEAR AS DATE)`;
  let evidence: string;
  if (rule.combine === 'events') {
    const k = rule.minEvents ?? 2;
    // Distinct (date, kind), as caseStatusSql counts them; the k-th event with the (k-1)-th before it.
    evidence = `SELECT person_id, d AS last_d, ${plus(`lag(d, ${k - 1}) OVER (PARTITION BY person_id ORDER BY d, kind)`)} AS until
FROM (SELECT DISTINCT person_id, d, kind FROM ${eventsTable})`;
  } else {
    const pair = rule.prescriptions?.pair?.withinDays ?? 365;
    evidence = `SELECT person_id, d AS last_d, ${plus('d')} AS until FROM ${eventsTable} WHERE kind = 'dx'
UNION ALL
SELECT person_id, d, ${plus('prev')} FROM (
  SELECT person_id, d, lag(d) OVER (PARTITION BY person_id ORDER BY d) AS prev FROM ${eventsTable} WHERE kind = 'rx'
) WHERE d - prev <= ${pair}`;
  }
  return `CREATE OR REPLACE TEMP TABLE ${target} AS
SELECT DISTINCT yr.year, e.person_id
FROM (${evidence}) e JOIN ${years(list)} ON e.last_d < yr.s AND yr.s <= e.until`;
}

/**
 * SELECT year, n (cases), d (population): residents of the area alive on each status date, aged
 * `ages` then (age at the reference date minus the years back: the status dates share its day).
 * `persons` (a table or a parenthesised query) has person_id, birth_date, death_date and age
 * (completed years at the reference date).
 */
export function trendCountsSql(
  persons: string,
  cases: string,
  list: readonly TrendYear[],
  referenceYear: number,
  ages: { min: number; max: number },
  byMunicipality = false,
): string {
  const age = `(p.age - (${referenceYear} - yr.year))`;
  // By municipality: `persons` then has a municipality column (the linked areas sum them, linked.ts).
  const key = byMunicipality ? 'p.municipality, ' : '';
  return `SELECT ${byMunicipality ? 'p.municipality AS municipality, ' : ''}yr.year AS year, count(*) AS d, count(c.person_id) AS n
FROM ${persons} p JOIN ${years(list)} ON p.birth_date < yr.s AND (p.death_date IS NULL OR p.death_date >= yr.s)
  AND ${age} BETWEEN ${ages.min} AND ${Math.min(ages.max, 100)}
LEFT JOIN ${cases} c ON c.person_id = p.person_id AND c.year = yr.year
GROUP BY ${key}yr.year ORDER BY ${key}yr.year`;
}
