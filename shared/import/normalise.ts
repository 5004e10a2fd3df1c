/**
 * SQL expressions that turn a raw text value into its canonical value, one per column kind. All of
 * them run inside the single scan of a source file (shared/import/stage.ts); none runs per row in JS.
 *
 * Education: an ISCED 2011 level maps to the six canonical levels. ISCED 3 covers both general
 * (gymnasial) and vocational (erhvervsfaglig) upper secondary; a one-digit 3 cannot tell them apart,
 * so it becomes `erhvervsfaglig` (the larger group among Danish adults) — both land in the same group
 * in the default 3- and 4-level groupings. The two-digit codes 34 (general) and 35 (vocational) are
 * mapped exactly.
 */
import type { CanonicalColumn } from '../contract/canonical';
import { sqlString } from '../engine';

export const ISCED_TO_EDUCATION: Readonly<Record<string, string>> = {
  '0': 'grundskole',
  '1': 'grundskole',
  '2': 'grundskole',
  '3': 'erhvervsfaglig',
  '34': 'gymnasial',
  '35': 'erhvervsfaglig',
  '4': 'kort_videregaaende',
  '5': 'kort_videregaaende',
  '6': 'mellemlang_videregaaende',
  '7': 'lang_videregaaende',
  '8': 'lang_videregaaende',
};

export const SEX_M = ['M', '1', 'MAND', 'MALE', 'H'];
export const SEX_K = ['K', '2', 'KVINDE', 'F', 'FEMALE'];
export const TRUE_WORDS = ['1', 'true', 'ja', 'j', 'yes', 'y', 't'];
export const FALSE_WORDS = ['0', 'false', 'nej', 'n', 'no', 'f'];

const list = (xs: readonly string[]) => xs.map(sqlString).join(', ');

const TIME_SUFFIXES = ['', ' %H:%M:%S', ' %H:%M', 'T%H:%M:%S', ' %H:%M:%S.%f', 'T%H:%M:%S.%f', ' %H.%M'];

/**
 * The formats tried for a date: the given date formats, each with or without a time of day. A CSV
 * file gets only its own format (a date in another shape is a data problem worth reporting); a
 * spreadsheet mixes real date cells (ISO text here) with typed-in Danish dates, so it gets all.
 */
export function dateFormats(dateFormat: string | readonly string[]): string[] {
  const bases = (typeof dateFormat === 'string' ? [dateFormat] : dateFormat).map((f) => f.replace(/[ T]%H.*$/, ''));
  const out: string[] = [];
  for (const f of bases) for (const suffix of TIME_SUFFIXES) if (!out.includes(f + suffix)) out.push(f + suffix);
  return out;
}

/**
 * try_strptime over the formats of dateFormats, with the likely ones first: a format that fails costs
 * far more than one that matches (measured in wasm: 3 M contact start times, date-only format tried
 * first, ~6 s; with the time format first, ~0.2 s). A value longer than 10 characters cannot be a
 * date alone and a shorter one cannot carry a time, so the order changes the cost, never the result.
 */
function parseDateTimeSql(t: string, dateFormat: string | readonly string[]): string {
  const all = dateFormats(dateFormat);
  const withTime = all.filter((f) => /[ T]%H/.test(f));
  const dateOnly = all.filter((f) => !withTime.includes(f));
  return `CASE WHEN length(${t}) > 10 THEN try_strptime(${t}, [${list([...withTime, ...dateOnly])}]) ELSE try_strptime(${t}, [${list([...dateOnly, ...withTime])}]) END`;
}

export const ALL_DATE_FORMATS = ['%Y-%m-%d', '%d-%m-%Y', '%d.%m.%Y'] as const;

/**
 * A CPR number: 10 digits, optional dash after six, and a real calendar date in the first six.
 * The length test comes first because DuckDB evaluates AND on the rows that passed its left side: most
 * ids are pseudonyms of another length, and the regex per key was the import's costliest expression in
 * wasm (measured: 2.6-3.0 s → 0.4-0.8 s for 3 M ids; it runs twice per key column, on every table).
 */
export function isCprSql(t: string): string {
  return `(length(${t}) BETWEEN 10 AND 11 AND regexp_full_match(${t}, '[0-9]{6}-?[0-9]{4}') AND try_strptime(substr(${t}, 1, 6), '%d%m%y') IS NOT NULL)`;
}

export interface ParseContext {
  decimal: ',' | '.';
  /** One format, or several tried in order (see dateFormats). */
  dateFormat: string | readonly string[];
  salt: string;
}

/** The canonical value of text expression `t` (already trimmed, '' → NULL, value maps applied). */
export function parseExpression(column: CanonicalColumn, t: string, ctx: ParseContext): string {
  switch (column.kind) {
    case 'key':
      // Hash over the digits only, so 010203-1234 and 0102031234 stay the same person across tables.
      return `CASE WHEN ${isCprSql(t)} THEN 'cpr_' || substr(sha256(${sqlString(ctx.salt)} || replace(${t}, '-', '')), 1, 32) ELSE ${t} END`;
    case 'sex':
      return `CASE WHEN upper(${t}) IN (${list(SEX_M)}) THEN 'M' WHEN upper(${t}) IN (${list(SEX_K)}) THEN 'K' END`;
    case 'icd10': {
      const u = `upper(replace(replace(${t}, '.', ''), ' ', ''))`;
      return `CASE WHEN regexp_full_match(${u}, 'D[A-Z][0-9][0-9A-Z]*') THEN ${u} WHEN regexp_full_match(${u}, '[A-Z][0-9][0-9A-Z]*') THEN 'D' || ${u} END`;
    }
    case 'atc': {
      const u = `upper(replace(${t}, ' ', ''))`;
      return `CASE WHEN regexp_full_match(${u}, '[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?') THEN ${u} END`;
    }
    case 'education': {
      const isced = Object.entries(ISCED_TO_EDUCATION)
        .map(([k, v]) => `WHEN ${sqlString(k)} THEN ${sqlString(v)}`)
        .join(' ');
      return `CASE WHEN lower(${t}) IN (${list(column.allowed ?? [])}) THEN lower(${t}) ELSE CASE ${t} ${isced} END END`;
    }
    case 'code': {
      const whens = (column.allowed ?? []).map((a) => `WHEN ${sqlString(a.toLowerCase())} THEN ${sqlString(a)}`).join(' ');
      return `CASE lower(${t}) ${whens} END`;
    }
    case 'free':
      return t;
    case 'value':
      return typedValue(column, t, ctx);
  }
}

function typedValue(column: CanonicalColumn, t: string, ctx: ParseContext): string {
  switch (column.type) {
    case 'DATE': {
      const parsed = `CAST(${parseDateTimeSql(t, ctx.dateFormat)} AS DATE)`;
      // DATA-CONTRACT: a birth year alone means 1 July of that year.
      return column.name === 'birth_date'
        ? `CASE WHEN regexp_full_match(${t}, '[0-9]{4}') THEN make_date(CAST(${t} AS INTEGER), 7, 1) ELSE ${parsed} END`
        : parsed;
    }
    case 'TIMESTAMP':
      return parseDateTimeSql(t, ctx.dateFormat);
    case 'SMALLINT':
    case 'DOUBLE': {
      const n = ctx.decimal === ',' ? `replace(replace(${t}, '.', ''), ',', '.')` : t;
      return `TRY_CAST(${n} AS ${column.type})`;
    }
    case 'BOOLEAN':
      return `CASE WHEN lower(${t}) IN (${list(TRUE_WORDS)}) THEN true WHEN lower(${t}) IN (${list(FALSE_WORDS)}) THEN false END`;
    case 'VARCHAR':
      return t;
  }
}

/** The problem code when text is present but does not parse. */
export function parseProblemCode(column: CanonicalColumn): 'bad_date' | 'bad_number' | 'bad_value' | 'unknown_code' {
  if (column.kind !== 'value') return 'unknown_code';
  if (column.type === 'DATE' || column.type === 'TIMESTAMP') return 'bad_date';
  if (column.type === 'SMALLINT' || column.type === 'DOUBLE') return 'bad_number';
  return 'bad_value';
}
