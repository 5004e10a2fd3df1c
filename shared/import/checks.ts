/**
 * The row checks of one canonical table as data: each becomes one CASE in the single scan of a
 * source file (or, for checks across files, in the table's final pass). A check that `rejects` moves
 * the row to rejected_<table>; the others only report.
 */
import { CANONICAL_TABLES, type CanonicalColumn, type CanonicalTableName } from '../contract/canonical';
import type { Severity, ValidationProblem } from '../contract/validation';
import { isCprSql, parseProblemCode } from './normalise';
import { sqlString, type Engine } from '../engine';
import { formatNumber } from '../text/format';
import { extractFacts, ruleCodesList } from '../tracks/availability';
import type { TrackDefinition } from '../tracks/types';
import { completedYearsSql } from '../package/population';
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
    if (c.required)
      checks.push({ code: 'missing_value', column: c.name, severity: 'error', rejects: true, when: `${raw(c.name)} IS NULL`, value: null, pass: 'file' });
    if (!mapped.has(c.name)) continue;
    if (c.kind === 'key') {
      checks.push({ code: 'cpr_replaced', column: c.name, severity: 'warning', rejects: false, when: isCprSql(raw(c.name)), value: null, pass: 'file' });
    } else {
      checks.push({
        code: parseProblemCode(c),
        column: c.name,
        severity: c.required ? 'error' : 'warning',
        rejects: c.required,
        when: `${raw(c.name)} IS NOT NULL AND ${id(c.name)} IS NULL`,
        value: shown,
        pass: 'file',
      });
    }
    if (c.notAfterReference)
      checks.push({
        code: 'date_after_reference',
        column: c.name,
        severity: 'warning',
        rejects: false,
        when: `CAST(${id(c.name)} AS DATE) > ${ref}`,
        value: shown,
        pass: 'file',
      });
    const age = ageCheck(c, ref);
    if (age) checks.push(age);
  }
  return checks;
}

/** Ages outside 0-110 on the reference date: persons by birth date, survey by stated age. */
function ageCheck(c: CanonicalColumn, ref: string): RowCheck | null {
  const when =
    c.name === 'birth_date'
      ? `(${id(c.name)} > ${ref} OR date_sub('year', ${id(c.name)}, ${ref}) > 110)`
      : c.name === 'age'
        ? `(${id(c.name)} < 0 OR ${id(c.name)} > 110)`
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
      code: 'duplicate_id',
      column: t.uniqueKey,
      severity: 'error',
      rejects: true,
      value: null,
      pass: 'table',
      when: `${k} IS NOT NULL AND row_number() OVER (PARTITION BY ${k} ORDER BY __file, __row) > 1`,
    });
  }
  if (!personsTable) return checks;
  for (const c of t.columns) {
    if (!c.references) continue;
    checks.push({
      code: c.references === 'strict' ? 'unknown_person' : 'unknown_parent',
      column: c.name,
      severity: c.references === 'strict' ? 'error' : 'warning',
      rejects: c.references === 'strict',
      value: null,
      pass: 'table',
      when: `${id(c.name)} IS NOT NULL AND ${id(c.name)} NOT IN (SELECT person_id FROM "${personsTable}" WHERE person_id IS NOT NULL)`,
    });
  }
  return checks;
}

/** `list_filter([CASE WHEN … THEN {i, v} END, …])`: the problems of one row, numbered from `offset`. */
export function problemListSql(checks: readonly RowCheck[], offset: number): string {
  if (checks.length === 0) return `CAST([] AS STRUCT(i INTEGER, v VARCHAR)[])`;
  const items = checks.map((c, k) => `CASE WHEN ${c.when} THEN {'i': ${offset + k}, 'v': CAST(${c.value ?? 'NULL'} AS VARCHAR)} END`);
  return `list_filter([${items.join(', ')}], x -> x IS NOT NULL)`;
}

/* ------------------------------------------------------------------------------------------------
 * Whole-extract checks after the load (issue 13): input that cannot give a package is fatal with one
 * message; an extract cut for other diseases, or a social dimension mostly unknown, is a warning that
 * says what the package will leave out. Messages use the data contract's Danish labels, never the
 * canonical table or column names.
 * ---------------------------------------------------------------------------------------------- */

/** Leading bytes of file kinds that are not delimited text, by what the analyst would call them. */
const SIGNATURES: { bytes: number[]; kind: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'et billede (PNG)' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'et billede (JPEG)' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'et billede (GIF)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'en PDF-fil' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'en zip-fil eller et Excel-regneark (XLSX)' },
  { bytes: [0x50, 0x41, 0x52, 0x31], kind: 'en Parquet-fil' },
  { bytes: [0x1f, 0x8b], kind: 'en komprimeret fil (gzip)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'et gammelt Office-dokument (fx XLS)' },
];

const FORMAT_LABEL = { csv: 'en tekstfil (CSV)', parquet: 'en Parquet-fil', xlsx: 'et Excel-regneark (XLSX)' } as const;

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/**
 * What the first bytes say a file is, when that is not what its extension says (a PNG named .csv), or
 * null. `format` is the reader the extension chose.
 */
export function fileKindMismatch(head: Uint8Array, format: keyof typeof FORMAT_LABEL): string | null {
  if (head.length === 0) return null;
  const known = SIGNATURES.find((s) => startsWith(head, s.bytes));
  if (format === 'parquet') return startsWith(head, [0x50, 0x41, 0x52, 0x31]) ? null : (known?.kind ?? 'ikke en Parquet-fil');
  if (format === 'xlsx') return startsWith(head, [0x50, 0x4b, 0x03, 0x04]) ? null : (known?.kind ?? 'ikke et Excel-regneark');
  if (known) return known.kind;
  // UTF-16 text starts with a BOM; any other NUL byte in the first few kilobytes means binary content.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  return head.subarray(0, 4096).includes(0) ? 'ikke en tekstfil' : null;
}

/** The one fatal problem for a file whose content is not what its extension says. */
export function fileKindProblem(file: string, table: CanonicalTableName | string, format: keyof typeof FORMAT_LABEL, actual: string): ValidationProblem {
  const label = isCanonical(table) ? CANONICAL_TABLES[table].label : table;
  const is = actual.startsWith('ikke ') ? `er ${actual}` : `ligner ${actual}`;
  return {
    severity: 'fatal',
    code: 'wrong_file_kind',
    table,
    file,
    message: `Filen ${file} skal være ${FORMAT_LABEL[format]}, men ${is}. Vælg den rigtige fil til ${label}.`,
  };
}

const isCanonical = (t: string): t is CanonicalTableName => Object.hasOwn(CANONICAL_TABLES, t);

export interface ExtractCheckInput {
  referenceDate: string;
  /** Canonical tables loaded without a fatal problem. */
  tables: ReadonlySet<string>;
  tracks: readonly TrackDefinition[];
}

const pct = (share: number) => `${formatNumber(Math.round(share * 100))} %`;

/** Social dimensions (DATA-CONTRACT.md) by the column they come from and how a message names them. */
const DIMENSIONS: { table: 'persons' | 'socioeconomic'; column: string; label: string; known: string }[] = [
  {
    table: 'socioeconomic',
    column: 'education',
    label: 'Uddannelse',
    known: `education IN (${['grundskole', 'gymnasial', 'erhvervsfaglig', 'kort_videregaaende', 'mellemlang_videregaaende', 'lang_videregaaende'].map((x) => sqlString(x)).join(', ')})`,
  },
  { table: 'socioeconomic', column: 'labour_market', label: 'Tilknytning til arbejdsmarkedet', known: 'labour_market IS NOT NULL' },
  { table: 'socioeconomic', column: 'disposable_income', label: 'Indkomst', known: 'disposable_income IS NOT NULL' },
  { table: 'socioeconomic', column: 'cohabitation', label: 'Samlivsstatus', known: 'cohabitation IS NOT NULL' },
  { table: 'persons', column: 'origin', label: 'Herkomst', known: 'origin IS NOT NULL' },
];

/**
 * The checks over the loaded extract: fatal when there is nobody to count (no rows, or nobody alive
 * at the reference date); warnings for a track none of whose codes occur anywhere, and for a social
 * dimension unknown for more than half of the residents aged 30-64.
 */
export async function extractChecks(engine: Engine, input: ExtractCheckInput): Promise<ValidationProblem[]> {
  if (!input.tables.has('persons')) return [];
  const ref = `DATE ${sqlString(input.referenceDate)}`;
  const [counts] = await engine.query(
    `SELECT count(*) AS rows, count(*) FILTER (WHERE CAST(birth_date AS DATE) < ${ref} AND (death_date IS NULL OR CAST(death_date AS DATE) >= ${ref})) AS alive FROM persons`,
  );
  const rows = Number(counts?.rows ?? 0);
  const alive = Number(counts?.alive ?? 0);
  const label = CANONICAL_TABLES.persons.label;
  if (rows === 0)
    return [
      {
        severity: 'fatal',
        code: 'no_population',
        table: 'persons',
        message: `Befolkningstabellen (${label}) har ingen godkendte rækker. Uden borgere kan der ikke beregnes noget: vælg den rigtige fil, eller ret profilen, så rækkerne kan læses.`,
      },
    ];
  if (alive === 0)
    return [
      {
        severity: 'fatal',
        code: 'no_population',
        table: 'persons',
        message: `Ingen af de ${formatNumber(rows)} borgere i befolkningstabellen (${label}) er i live på referencedatoen ${input.referenceDate}. Vælg en anden referencedato, eller kontrollér fødsels- og dødsdatoerne.`,
      },
    ];

  const problems: ValidationProblem[] = [];
  const facts = await extractFacts(engine, input.tables, input.tracks);
  const eventTables = ['hospital_contacts', 'prescriptions'].filter((t) => input.tables.has(t));
  if (eventTables.length) {
    for (const track of input.tracks) {
      if (track.caseRules.some((r) => facts.covered.has(r.id))) continue;
      problems.push({
        severity: 'warning',
        code: 'no_track_codes',
        table: eventTables[0]!,
        message: `Udtrækket indeholder ingen ${track.codesName.da} (${ruleCodesList(track.caseRules, 'da')}) – er det afgrænset til andre sygdomme? Pakken for ${track.title.da} får ingen tal for sygdom, forløb og familie; de står under "Ikke med i denne pakke" med årsagen.`,
      });
    }
  }

  const refYear = Number(input.referenceDate.slice(0, 4));
  const adults = `SELECT person_id FROM persons WHERE CAST(birth_date AS DATE) < ${ref} AND (death_date IS NULL OR CAST(death_date AS DATE) >= ${ref})
    AND ${completedYearsSql('CAST(birth_date AS DATE)', input.referenceDate)} BETWEEN 30 AND 64`;
  const socio = input.tables.has('socioeconomic')
    ? `SELECT * FROM socioeconomic WHERE year <= ${refYear} QUALIFY row_number() OVER (PARTITION BY person_id ORDER BY year DESC) = 1`
    : null;
  const dims = DIMENSIONS.filter((d) => d.table === 'persons' || socio);
  if (dims.length === 0) return problems;
  const [shares] = await engine.query(
    `SELECT count(*) AS n, ${dims.map((d, i) => `count(*) FILTER (WHERE ${d.table === 'persons' ? 'p.' : 's.'}${d.known}) AS k${i}`).join(', ')}
     FROM (${adults}) a JOIN persons p ON p.person_id = a.person_id ${socio ? `LEFT JOIN (${socio}) s ON s.person_id = a.person_id` : ''}`,
  );
  const n = Number(shares?.n ?? 0);
  if (n === 0) return problems;
  dims.forEach((d, i) => {
    const unknown = 1 - Number(shares?.[`k${i}`] ?? 0) / n;
    if (unknown <= 0.5) return;
    problems.push({
      severity: 'warning',
      code: 'mostly_unknown',
      table: d.table,
      message: `${d.label} er ukendt for ${pct(unknown)} af borgerne på 30-64 år${d.column === 'education' ? ' (er uddannelseskoderne oversat i profilen?)' : ''}. Uligheden efter ${d.label.toLowerCase()} (forskel, forhold, hældningsindeks og potentiel gevinst) vises derfor ikke, når over halvdelen af gruppen er ukendt.`,
    });
  });
  return problems;
}
