/**
 * Case rule → SQL (TRACKS.md "Case definitions"). Two steps, so case finding runs once per track:
 * 1. eventsSql: the qualifying events of a rule (diagnoses and redemptions before the reference date,
 *    with the age, sex and pregnancy exclusions applied), materialised as a temp table;
 * 2. caseStatusSql: who is a case at a status date (the reference date, or the start of the period
 *    for incidence and mortality), from that events table and the look-back window.
 * Expects `dp_person` (shared/package/population.ts): person_id, sex, age (at the reference date).
 */
import { sqlString } from '../engine';
import type { CaseRule } from './types';

export interface CaseSqlContext {
  referenceDate: string;
  /** Canonical tables present in the engine. */
  tables: ReadonlySet<string>;
  /** Persons whose events count (person_id, sex, age at the reference date); default dp_person. */
  personTable?: string;
  /** Name of the events table to create; default eventsTableName(rule). */
  target?: string;
}

const date = (iso: string) => `DATE ${sqlString(iso)}`;

/** `code LIKE 'DJ44%' OR …`: codes are prefixes of the normalised code. */
export function prefixMatch(column: string, prefixes: readonly string[]): string {
  if (prefixes.length === 0) return 'FALSE';
  return '(' + prefixes.map((p) => `${column} LIKE ${sqlString(p.toUpperCase() + '%')}`).join(' OR ') + ')';
}

export function eventsTableName(rule: CaseRule): string {
  return `dp_ev_${rule.id}`;
}

export function caseTableName(rule: CaseRule, at: 'ref' | 'start'): string {
  return `dp_case_${rule.id}_${at}`;
}

/** CREATE TEMP TABLE of qualifying events: person_id, d (DATE), kind ('dx'|'rx'), code, dtype. */
export function eventsSql(rule: CaseRule, ctx: CaseSqlContext): string {
  const parts: string[] = [];
  const persons = ctx.personTable ?? 'dp_person';
  const ref = date(ctx.referenceDate);
  const dx = rule.diagnoses;
  if (dx && ctx.tables.has('hospital_contacts')) {
    const code = 'upper(c.diagnosis_code)';
    const types = dx.diagnosisTypes ? ` AND c.diagnosis_type IN (${dx.diagnosisTypes.map(sqlString).join(', ')})` : '';
    const child = dx.childPrefixes ? ` OR (p.age <= ${dx.childPrefixes.maxAge} AND ${prefixMatch(code, dx.childPrefixes.prefixes)})` : '';
    parts.push(
      `SELECT c.person_id, CAST(c.start_date AS DATE) AS d, 'dx' AS kind, ${code} AS code, c.diagnosis_type AS dtype
       FROM hospital_contacts c JOIN ${persons} p ON p.person_id = c.person_id
       WHERE CAST(c.start_date AS DATE) < ${ref}${types} AND (${prefixMatch(code, dx.prefixes)}${child})`,
    );
  }
  const rx = rule.prescriptions;
  if (rx && ctx.tables.has('prescriptions')) {
    const code = 'upper(r.atc)';
    const conditions = [`r.dispensing_date < ${ref}`, prefixMatch(code, rx.atcPrefixes)];
    if (rx.excludeAtcPrefixes?.length) conditions.push(`NOT ${prefixMatch(code, rx.excludeAtcPrefixes)}`);
    if (rx.minAge !== undefined) conditions.push(`p.age >= ${rx.minAge}`);
    for (const ig of rx.ignore ?? []) {
      conditions.push(`NOT (${prefixMatch(code, [ig.atcPrefix])} AND p.sex = ${sqlString(ig.sex)} AND p.age < ${ig.belowAge})`);
    }
    if (rx.pregnancy && ctx.tables.has('hospital_contacts')) {
      const g = rx.pregnancy;
      conditions.push(`NOT EXISTS (SELECT 1 FROM hospital_contacts g WHERE g.person_id = r.person_id
        AND ${prefixMatch('upper(g.diagnosis_code)', g.endPrefixes)}
        AND r.dispensing_date BETWEEN CAST(g.start_date AS DATE) - ${g.weeksBefore * 7} AND CAST(g.start_date AS DATE) + ${g.weeksAfter * 7})`);
    }
    parts.push(
      `SELECT r.person_id, CAST(r.dispensing_date AS DATE) AS d, 'rx' AS kind, ${code} AS code, CAST(NULL AS VARCHAR) AS dtype
       FROM prescriptions r JOIN ${persons} p ON p.person_id = r.person_id
       WHERE ${conditions.join(' AND ')}`,
    );
  }
  if (parts.length === 0) {
    parts.push(
      `SELECT CAST(NULL AS VARCHAR) AS person_id, CAST(NULL AS DATE) AS d, 'dx' AS kind, CAST(NULL AS VARCHAR) AS code, CAST(NULL AS VARCHAR) AS dtype WHERE FALSE`,
    );
  }
  return `CREATE OR REPLACE TEMP TABLE ${ctx.target ?? eventsTableName(rule)} AS\n${parts.join('\nUNION ALL\n')}`;
}

/** The look-back's lower bound: [status − N years, status). */
function windowFilter(rule: CaseRule, statusDate: string): string {
  const upper = `d < ${date(statusDate)}`;
  if (rule.lookbackYears === null) return upper;
  return `${upper} AND d >= CAST(${date(statusDate)} - INTERVAL ${rule.lookbackYears} YEAR AS DATE)`;
}

/**
 * CREATE TEMP TABLE of cases at a status date: person_id, onset (the date the rule first held within
 * the window), has_dx, and diabetes_type ('1'|'2') for a rule with a classifier.
 */
export function caseStatusSql(rule: CaseRule, statusDate: string, table: string): string {
  const ev = `SELECT * FROM ${eventsTableName(rule)} WHERE ${windowFilter(rule, statusDate)}`;
  const typeColumn = rule.classifier === 'osdc_simplified' ? `, ${osdcTypeSql()} AS diabetes_type` : `, CAST(NULL AS VARCHAR) AS diabetes_type`;
  if (rule.combine === 'events') {
    const k = rule.minEvents ?? 2;
    // Distinct (date, kind): the A and B rows of one contact are one event, not two.
    return `CREATE OR REPLACE TEMP TABLE ${table} AS
WITH ev AS (${ev}),
ranked AS (SELECT person_id, d, row_number() OVER (PARTITION BY person_id ORDER BY d, kind) AS rn FROM (SELECT DISTINCT person_id, d, kind FROM ev)),
cls AS (${classifierInputsSql()})
SELECT r.person_id, r.d AS onset, cls.n_dx > 0 AS has_dx${typeColumn}
FROM ranked r JOIN cls ON cls.person_id = r.person_id WHERE r.rn = ${k}`;
  }
  const pair = rule.prescriptions?.pair?.withinDays ?? 365;
  return `CREATE OR REPLACE TEMP TABLE ${table} AS
WITH ev AS (${ev}),
dx AS (SELECT person_id, min(d) AS onset FROM ev WHERE kind = 'dx' GROUP BY person_id),
rxgap AS (SELECT person_id, d, d - lag(d) OVER (PARTITION BY person_id ORDER BY d) AS gap FROM ev WHERE kind = 'rx'),
rx AS (SELECT person_id, min(d) AS onset FROM rxgap WHERE gap <= ${pair} GROUP BY person_id),
arms AS (SELECT person_id, onset, TRUE AS is_dx FROM dx UNION ALL SELECT person_id, onset, FALSE FROM rx)
SELECT person_id, min(onset) AS onset, bool_or(is_dx) AS has_dx, CAST(NULL AS VARCHAR) AS diabetes_type
FROM arms GROUP BY person_id`;
}

function classifierInputsSql(): string {
  return `SELECT person_id,
  count(*) FILTER (WHERE kind = 'dx') AS n_dx,
  count(*) FILTER (WHERE kind = 'rx') AS n_rx,
  count(*) FILTER (WHERE kind = 'rx' AND code LIKE 'A10A%') AS n_ins,
  count(*) FILTER (WHERE kind = 'dx' AND dtype = 'A' AND code LIKE 'DE10%') AS n_e10,
  count(*) FILTER (WHERE kind = 'dx' AND dtype = 'A' AND code LIKE 'DE11%') AS n_e11
FROM ev GROUP BY person_id`;
}

/** Simplified OSDC: type 1 on insulin only with a DE10 A-diagnosis, or mostly DE10 with insulin ≥ 2/3. */
function osdcTypeSql(): string {
  return `CASE WHEN (cls.n_rx > 0 AND cls.n_ins = cls.n_rx AND cls.n_e10 > 0)
    OR (cls.n_e10 > cls.n_e11 AND cls.n_ins > 0 AND 3 * cls.n_ins >= 2 * cls.n_rx) THEN '1' ELSE '2' END`;
}
