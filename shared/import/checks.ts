/**
 * The row checks of one canonical table as data: each becomes one CASE in the single scan of a
 * source file (or, for checks across files, in the table's final pass). A check that `rejects` moves
 * the row to rejected_<table>; the others only report.
 */
import { CANONICAL_TABLES, type CanonicalColumn, type CanonicalTableName } from '../contract/canonical';
import type { Severity } from '../contract/validation';
import { isCprSql, parseProblemCode } from './normalise';
import { sqlString } from '../engine';
import type { ProblemCode } from './problems';

export interface RowCheck {
  code: ProblemCode;
  column: string;
  severity: Severity;
  rejects: boolean;
  /** SQL condition over the stage's columns: `"<col>"` (parsed) and `"__m_<col>"` (raw text). */
  when: string;
  /** SQL text shown in the message, or null (key columns are never shown). */
  value: string | null;
  /** 'file': evaluated per source file; 'table': over all files after the union (duplicates, persons). */
  pass: 'file' | 'table';
}

const id = (name: string) => `"${name}"`;
const raw = (name: string) => `"__m_${name}"`;

export function fileChecks(table: CanonicalTableName, mapped: ReadonlySet<string>, referenceDate: string): RowCheck[] {
  const checks: RowCheck[] = [];
  const ref = `DATE ${sqlString(referenceDate)}`;
  for (const c of CANONICAL_TABLES[table].columns) {
    const shown = c.kind === 'key' ? null : raw(c.name);
    if (c.required) checks.push({ code: 'missing_value', column: c.name, severity: 'error', rejects: true, when: `${raw(c.name)} IS NULL`, value: null, pass: 'file' });
    if (!mapped.has(c.name)) continue;
    if (c.kind === 'key') {
      checks.push({ code: 'cpr_replaced', column: c.name, severity: 'warning', rejects: false, when: isCprSql(raw(c.name)), value: null, pass: 'file' });
    } else {
      checks.push({
        code: parseProblemCode(c), column: c.name, severity: c.required ? 'error' : 'warning', rejects: c.required,
        when: `${raw(c.name)} IS NOT NULL AND ${id(c.name)} IS NULL`, value: shown, pass: 'file',
      });
    }
    if (c.notAfterReference)
      checks.push({ code: 'date_after_reference', column: c.name, severity: 'warning', rejects: false, when: `CAST(${id(c.name)} AS DATE) > ${ref}`, value: shown, pass: 'file' });
    const age = ageCheck(c, ref);
    if (age) checks.push(age);
  }
  return checks;
}

/** Ages outside 0-110 on the reference date: persons by birth date, survey by stated age. */
function ageCheck(c: CanonicalColumn, ref: string): RowCheck | null {
  const when =
    c.name === 'birth_date' ? `(${id(c.name)} > ${ref} OR date_sub('year', ${id(c.name)}, ${ref}) > 110)`
    : c.name === 'age' ? `(${id(c.name)} < 0 OR ${id(c.name)} > 110)`
    : null;
  return when ? { code: 'age_out_of_range', column: c.name, severity: 'error', rejects: true, when, value: raw(c.name), pass: 'file' } : null;
}

/** `personsTable`: where person ids live (persons itself checks parents against its own stage), or null. */
export function tableChecks(table: CanonicalTableName, personsTable: string | null): RowCheck[] {
  const t = CANONICAL_TABLES[table];
  const checks: RowCheck[] = [];
  if (t.uniqueKey) {
    const k = id(t.uniqueKey);
    checks.push({
      code: 'duplicate_id', column: t.uniqueKey, severity: 'error', rejects: true, value: null, pass: 'table',
      when: `${k} IS NOT NULL AND row_number() OVER (PARTITION BY ${k} ORDER BY __file, __row) > 1`,
    });
  }
  if (!personsTable) return checks;
  for (const c of t.columns) {
    if (!c.references) continue;
    checks.push({
      code: c.references === 'strict' ? 'unknown_person' : 'unknown_parent', column: c.name,
      severity: c.references === 'strict' ? 'error' : 'warning', rejects: c.references === 'strict', value: null, pass: 'table',
      when: `${id(c.name)} IS NOT NULL AND ${id(c.name)} NOT IN (SELECT person_id FROM "${personsTable}" WHERE person_id IS NOT NULL)`,
    });
  }
  return checks;
}

/** `list_filter([CASE WHEN … THEN {i, v} END, …])`: the problems of one row, numbered from `offset`. */
export function problemListSql(checks: readonly RowCheck[], offset: number): string {
  if (checks.length === 0) return `CAST([] AS STRUCT(i INTEGER, v VARCHAR)[])`;
  const items = checks.map(
    (c, k) => `CASE WHEN ${c.when} THEN {'i': ${offset + k}, 'v': CAST(${c.value ?? 'NULL'} AS VARCHAR)} END`,
  );
  return `list_filter([${items.join(', ')}], x -> x IS NOT NULL)`;
}
