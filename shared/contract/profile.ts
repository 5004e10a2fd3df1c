/**
 * The mapping profile (DATA-CONTRACT.md §2, schema profile.schema.json): how raw extract files become
 * the canonical tables. `validateProfile` checks a parsed JSON value and answers in Danish, so the
 * command line and the mapping screen show the same messages.
 */
import { CANONICAL_TABLES, isCanonicalTableName, type CanonicalTableName } from './canonical';

export const PROFILE_FORMAT = 'datapakke-profile/1' as const;

export interface CsvSettings {
  delimiter?: string;
  decimal?: ',' | '.';
  /** 'utf-8' or 'latin-1' (Windows-1252 is read as Latin-1 by DuckDB). */
  encoding?: string;
  header?: boolean;
  /** A strptime format, e.g. '%d-%m-%Y'. */
  dateFormat?: string;
}

export interface LookupSpec {
  file: string;
  from: string;
  to: string;
}

export type MappedValue = string | boolean | number;

export interface TableMapping {
  file: string;
  sheet?: string;
  csv?: CsvSettings;
  /** canonical column → source column */
  columns?: Record<string, string>;
  /** canonical column → (source value → canonical value) */
  values?: Record<string, Record<string, MappedValue>>;
  lookups?: Record<string, LookupSpec>;
}

export interface Profile {
  format: typeof PROFILE_FORMAT;
  name?: string;
  tables: Partial<Record<CanonicalTableName, TableMapping>>;
}

export type ProfileIssueId =
  'not_object' | 'bad_format' | 'no_tables' | 'unknown_table' | 'no_file' | 'bad_csv' | 'unknown_column' | 'bad_columns' | 'bad_values' | 'bad_lookup';

export interface ProfileIssue {
  id: ProfileIssueId;
  path: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem with a parsed profile; an empty list means it can be used. */
export function validateProfile(value: unknown): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const add = (id: ProfileIssueId, path: string, message: string) => issues.push({ id, path, message });
  if (!isObject(value)) {
    add('not_object', '', 'Profilen er ikke et JSON-objekt.');
    return issues;
  }
  if (value.format !== PROFILE_FORMAT) add('bad_format', 'format', `Profilen skal have "format": "${PROFILE_FORMAT}".`);
  if (!isObject(value.tables) || Object.keys(value.tables).length === 0) {
    add('no_tables', 'tables', 'Profilen beskriver ingen tabeller. Tilføj mindst "persons" under "tables".');
    return issues;
  }
  for (const [name, spec] of Object.entries(value.tables)) {
    const at = `tables.${name}`;
    if (!isCanonicalTableName(name)) {
      add('unknown_table', at, `Tabellen '${name}' findes ikke i datakontrakten. Brug en af: ${Object.keys(CANONICAL_TABLES).join(', ')}.`);
      continue;
    }
    if (!isObject(spec) || typeof spec.file !== 'string' || spec.file === '') {
      add('no_file', `${at}.file`, `Tabellen '${name}' mangler "file" (filnavn eller mønster, fx "befolkning*.csv").`);
      continue;
    }
    if (spec.csv !== undefined) {
      const csv = spec.csv;
      if (!isObject(csv)) add('bad_csv', `${at}.csv`, `"csv" for '${name}' skal være et objekt.`);
      else {
        if (csv.delimiter !== undefined && (typeof csv.delimiter !== 'string' || csv.delimiter.length !== 1))
          add('bad_csv', `${at}.csv.delimiter`, `Skilletegnet for '${name}' skal være ét tegn.`);
        if (csv.decimal !== undefined && csv.decimal !== ',' && csv.decimal !== '.')
          add('bad_csv', `${at}.csv.decimal`, `Decimaltegnet for '${name}' skal være "," eller ".".`);
        if (csv.header !== undefined && typeof csv.header !== 'boolean')
          add('bad_csv', `${at}.csv.header`, `"header" for '${name}' skal være true eller false.`);
      }
    }
    const known = new Set(CANONICAL_TABLES[name].columns.map((c) => c.name));
    if (spec.columns !== undefined) {
      if (!isObject(spec.columns)) add('bad_columns', `${at}.columns`, `"columns" for '${name}' skal være et objekt.`);
      else
        for (const [canon, source] of Object.entries(spec.columns)) {
          if (!known.has(canon)) add('unknown_column', `${at}.columns.${canon}`, `Kolonnen '${canon}' findes ikke i tabellen '${name}' i datakontrakten.`);
          if (typeof source !== 'string') add('bad_columns', `${at}.columns.${canon}`, `Kildekolonnen for '${canon}' skal være en tekst.`);
        }
    }
    if (spec.values !== undefined) {
      const ok =
        isObject(spec.values) &&
        Object.values(spec.values).every((m) => isObject(m) && Object.values(m).every((v) => ['string', 'boolean', 'number'].includes(typeof v)));
      if (!ok) add('bad_values', `${at}.values`, `"values" for '${name}' skal være kolonne → { kildeværdi: værdi }.`);
    }
    if (spec.lookups !== undefined) {
      const ok =
        isObject(spec.lookups) &&
        Object.values(spec.lookups).every((l) => isObject(l) && typeof l.file === 'string' && typeof l.from === 'string' && typeof l.to === 'string');
      if (!ok) add('bad_lookup', `${at}.lookups`, `"lookups" for '${name}' skal være kolonne → { "file", "from", "to" }.`);
    }
  }
  return issues;
}

/** Parses profile JSON text; throws nothing, returns issues instead. */
export function parseProfile(text: string): { profile?: Profile; issues: ProfileIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { issues: [{ id: 'not_object', path: '', message: 'Profilen er ikke gyldig JSON.' }] };
  }
  const issues = validateProfile(value);
  return issues.length ? { issues } : { profile: value as Profile, issues };
}
