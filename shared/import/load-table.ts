/**
 * One canonical table from its source files: read raw → stage (one scan per file) → final pass over
 * all files (duplicates, persons links) → accepted rows into the canonical table, rejected rows into
 * rejected_<table> → problems aggregated in two queries. Read = accepted + rejected by construction.
 */
import { CANONICAL_TABLES, type CanonicalTableName } from '../contract/canonical';
import type { TableMapping } from '../contract/profile';
import type { ValidationProblem } from '../contract/validation';
import { sqlIdent, sqlString, type Engine } from '../engine';
import { tableChecks, fileChecks, problemListSql, type RowCheck } from './checks';
import { ALL_DATE_FORMATS } from './normalise';
import { rawValuesSql, stageSelectSql, type ColumnSource } from './stage';
import { dropRaw, type RawRead } from './read-raw';
import { problemMessage, summaryMessage, type ProblemCode } from './problems';
import { formatNumber } from '../text/format';

export const DETAIL_LIMIT = 50;

export interface TableLoadInput {
  table: CanonicalTableName;
  mapping: TableMapping;
  raws: RawRead[];
  referenceDate: string;
  salt: string;
  personsLoaded: boolean;
  /** canonical column → (k, v) table names prepared by the caller. */
  lookups: Record<string, string>;
  valueMaps: Record<string, string>;
  /** Rows the tracks can use (shared/tracks/kept-rows.ts); null keeps every accepted row. */
  keep: string | null;
}

export interface TableLoadResult {
  rows: number;
  accepted: number;
  rejected: number;
  /** Accepted rows held in the engine (the others no track uses). */
  kept: number;
  problems: ValidationProblem[];
  fatal: boolean;
}

function resolveSource(raw: RawRead, canonical: string, mapping: TableMapping): string | null {
  const wanted = mapping.columns?.[canonical] ?? canonical;
  return raw.columns.find((c) => c === wanted) ?? raw.columns.find((c) => c.toLowerCase() === wanted.toLowerCase()) ?? null;
}

export async function loadTable(engine: Engine, input: TableLoadInput): Promise<TableLoadResult> {
  const { table, mapping } = input;
  const def = CANONICAL_TABLES[table];
  const problems: ValidationProblem[] = [];
  let fatal = false;
  let rows = 0;
  const all = `__all_${table}`;
  // Links to persons are checked in the file scan (persons is loaded first); only persons itself needs
  // a pass over all its files (duplicates, parents), so big tables are scanned once and never copied.
  const crossFile = table === 'persons';
  const checksByFile: RowCheck[] = [
    ...fileChecks(table, new Set(def.columns.map((c) => c.name)), input.referenceDate),
    ...(crossFile ? [] : tableChecks(table, input.personsLoaded ? 'persons' : null)),
  ];
  let created = false;
  const files = fileOrder(input.raws.map((r) => r.file));
  // Persons is never thinned: every row is the population, and its duplicate check spans all files.
  const keep = crossFile ? null : input.keep;
  let leftOut = 0;

  for (const raw of input.raws) {
    rows += raw.rows + raw.rejectedLines;
    problems.push(...raw.problems);
    const sources: Record<string, ColumnSource> = {};
    const used = new Set<string>();
    for (const c of def.columns) {
      const source = resolveSource(raw, c.name, mapping);
      const explicit = mapping.columns?.[c.name] !== undefined;
      if (source) used.add(source);
      else if (c.required || explicit) {
        fatal ||= c.required;
        problems.push({
          severity: c.required ? 'fatal' : 'error',
          code: 'missing_column',
          table,
          file: raw.file,
          column: c.name,
          message: problemMessage('missing_column', {
            file: raw.file,
            column: c.name,
            source: mapping.columns?.[c.name] ?? c.name,
            // One column only usually means the wrong delimiter, not a missing column.
            detail:
              raw.format === 'csv' && raw.columns.length === 1 ? `Filen har kun én kolonne: passer skilletegnet ('${raw.dialect?.delimiter}')?` : undefined,
          }),
        });
      }
      sources[c.name] = { source, lookup: input.lookups[c.name], valueMap: input.valueMaps[c.name] };
    }
    const ignored = raw.columns.filter((c) => !used.has(c));
    if (ignored.length)
      problems.push({
        severity: 'info',
        code: 'ignored_columns',
        table,
        file: raw.file,
        message: problemMessage('ignored_columns', { file: raw.file, detail: ignored.map((c) => `'${c}'`).join(', ') }),
      });
    if (raw.rows + raw.rejectedLines === 0)
      problems.push({ severity: 'warning', code: 'no_rows', table, file: raw.file, message: problemMessage('no_rows', { file: raw.file }) });

    let boundsTable: string | null = null;
    if (raw.rejectsTable && raw.rejectedLines > 0) {
      boundsTable = `${raw.rawTable}_bounds`;
      await engine.exec(
        `CREATE TABLE ${sqlIdent(boundsTable)} AS SELECT line - ${raw.headerLines} - row_number() OVER (ORDER BY line) AS b ` +
          `FROM (SELECT DISTINCT line FROM ${sqlIdent(raw.rejectsTable)})`,
      );
    }
    const dialect = raw.dialect ?? { decimal: '.' as const, dateFormat: raw.format === 'xlsx' ? ALL_DATE_FORMATS : '%Y-%m-%d' };
    const select = stageSelectSql({
      table,
      raw,
      sources,
      checks: checksByFile,
      boundsTable,
      fileId: files.indexOf(raw.file),
      keep,
      parse: { decimal: dialect.decimal, dateFormat: dialect.dateFormat, salt: input.salt },
    });
    const before = created ? await countRows(engine, all) : 0;
    await engine.exec(created ? `INSERT INTO ${sqlIdent(all)} ${select}` : `CREATE TABLE ${sqlIdent(all)} AS ${select}`);
    created = true;
    // Every raw row lands in the stage except clean rows no track uses: those are accepted, not kept.
    if (keep) leftOut += raw.rows - ((await countRows(engine, all)) - before);
    if (boundsTable) await engine.exec(`DROP TABLE ${sqlIdent(boundsTable)}`);
    await moveRejectedLines(engine, table, raw, problems);
    await dropRaw(engine, raw);
  }

  const done = created
    ? await finish(engine, input, files, all, checksByFile, crossFile ? tableChecks(table, all) : [], keep, problems)
    : { accepted: 0, kept: 0 };
  if (!created) await createEmptyRejected(engine, table);
  const rejected = await countRows(engine, `rejected_${table}`);
  const accepted = done.accepted + leftOut;
  if (done.kept < accepted)
    problems.push({
      severity: 'info',
      code: 'rows_not_needed',
      table,
      count: accepted - done.kept,
      message: problemMessage('rows_not_needed', { table, count: accepted - done.kept, detail: formatNumber(done.kept) }),
    });
  return { rows, accepted, rejected, kept: done.kept, problems, fatal };
}

async function countRows(engine: Engine, table: string): Promise<number> {
  const [row] = await engine.query(`SELECT count(*) AS n FROM ${sqlIdent(table)}`);
  return Number(row?.n ?? 0);
}

/**
 * The table's file names, distinct and in DuckDB's VARCHAR order (bytewise UTF-8, the same as code
 * point order), so a row's number orders exactly as its name did (the duplicate check keeps the first
 * row by file, then line).
 */
export function fileOrder(names: readonly string[]): string[] {
  const cmp = (a: string, b: string) => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  return [...new Set(names)].sort(cmp);
}

/** SQL: the file name of a stage row's __file number. */
function fileNameSql(files: readonly string[]): string {
  return `[${files.map(sqlString).join(', ')}][__file + 1]`;
}

async function createEmptyRejected(engine: Engine, table: string): Promise<void> {
  await engine.exec(`CREATE TABLE IF NOT EXISTS ${sqlIdent(`rejected_${table}`)} (source_file VARCHAR, row_number BIGINT, reason VARCHAR, raw VARCHAR)`);
}

const REJECT_CODES: Record<string, ProblemCode> = { 'INVALID ENCODING': 'bad_encoding', 'TOO MANY COLUMNS': 'ragged_row', 'MISSING COLUMNS': 'ragged_row' };

/** Lines DuckDB's CSV reader could not take (ragged, undecodable) become rejected rows. */
async function moveRejectedLines(engine: Engine, table: CanonicalTableName, raw: RawRead, problems: ValidationProblem[]): Promise<void> {
  await createEmptyRejected(engine, table);
  if (!raw.rejectsTable || raw.rejectedLines === 0) return;
  const rej = sqlIdent(raw.rejectsTable);
  // A CPR number in a line that could not be parsed cannot be hashed per column: it is masked.
  await engine.exec(
    `INSERT INTO ${sqlIdent(`rejected_${table}`)} SELECT ${sqlString(raw.file)}, line, lower(any_value(error_type)), ` +
      `regexp_replace(trim(any_value(csv_line), chr(13) || chr(10)), '[0-9]{6}-?[0-9]{4}', '**********', 'g') FROM ${rej} GROUP BY line`,
  );
  const rows = await engine.query(`SELECT line, any_value(error_type) AS t, any_value(error_message) AS m FROM ${rej} GROUP BY line ORDER BY line`);
  const byCode = new Map<ProblemCode, { line: number; detail: string }[]>();
  for (const r of rows) {
    const code = REJECT_CODES[String(r.t)] ?? 'unreadable_line';
    const detail = code === 'ragged_row' ? raggedDetail(String(r.m)) : code === 'bad_encoding' ? (raw.dialect?.encoding ?? '') : String(r.t);
    byCode.set(code, [...(byCode.get(code) ?? []), { line: Number(r.line), detail }]);
  }
  for (const [code, list] of byCode) {
    problems.push({
      severity: 'error',
      code,
      table,
      file: raw.file,
      count: list.length,
      message: summaryMessage(code, { file: raw.file, detail: list[0]!.detail }, list.length),
    });
    for (const item of list.slice(0, DETAIL_LIMIT))
      problems.push({ severity: 'error', code, table, file: raw.file, row: item.line, message: problemMessage(code, { file: raw.file, detail: item.detail }) });
  }
}

function raggedDetail(message: string): string {
  const m = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  return m ? `${m[2]} felter, men overskriften har ${m[1]}` : 'et forkert antal felter';
}

/** Final pass: table-wide checks, then accepted → canonical table, rejected → rejected_<table>. */
async function finish(
  engine: Engine,
  input: TableLoadInput,
  files: readonly string[],
  all: string,
  fileLevel: RowCheck[],
  tableLevel: RowCheck[],
  keep: string | null,
  problems: ValidationProblem[],
): Promise<{ accepted: number; kept: number }> {
  const { table } = input;
  const def = CANONICAL_TABLES[table];
  const checks = [...fileLevel, ...tableLevel];
  let final = all;
  if (tableLevel.length > 0) {
    final = `__final_${table}`;
    await engine.exec(
      `CREATE TABLE ${sqlIdent(final)} AS SELECT * EXCLUDE (__p), list_concat(__p, ${problemListSql(tableLevel, fileLevel.length)}) AS __p FROM ${sqlIdent(all)}`,
    );
    await engine.exec(`DROP TABLE ${sqlIdent(all)}`);
  }
  const rejectIds = checks.map((c, i) => (c.rejects ? i : -1)).filter((i) => i >= 0);
  const codes = `[${checks.map((c) => sqlString(c.code)).join(', ')}]`;
  const isRejected = `len(list_filter(__p, x -> x.i IN (${rejectIds.join(', ') || '-1'}))) > 0`;
  const fallbackRaw = rawValuesSql(def.columns.map((c) => [c.name, `"${c.name}"`]));
  await engine.exec(
    `INSERT INTO ${sqlIdent(`rejected_${table}`)} SELECT ${fileNameSql(files)}, __row, ` +
      `array_to_string(list_distinct(list_transform(list_filter(__p, x -> x.i IN (${rejectIds.join(', ') || '-1'})), x -> ${codes}[x.i + 1])), ','), ` +
      `COALESCE(__raw, ${fallbackRaw}) FROM ${sqlIdent(final)} WHERE ${isRejected}`,
  );
  await collectProblems(engine, input, files, final, checks, problems);
  // The stage becomes the canonical table in place: its first columns are exactly the contract's,
  // so dropping the bookkeeping columns avoids a second copy of a table that may hold millions of rows.
  await engine.exec(`DELETE FROM ${sqlIdent(final)} WHERE ${isRejected}`);
  const accepted = await countRows(engine, final);
  // Rows kept in the stage only for their (non-rejecting) problems go now that those are reported.
  if (keep) await engine.exec(`DELETE FROM ${sqlIdent(final)} WHERE NOT coalesce(${keep}, FALSE)`);
  for (const c of ['__file', '__row', '__p', '__raw']) await engine.exec(`ALTER TABLE ${sqlIdent(final)} DROP COLUMN ${c}`);
  await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(table)}`);
  await engine.exec(`ALTER TABLE ${sqlIdent(final)} RENAME TO ${sqlIdent(table)}`);
  return { accepted, kept: await countRows(engine, table) };
}

async function collectProblems(
  engine: Engine,
  input: TableLoadInput,
  files: readonly string[],
  final: string,
  checks: RowCheck[],
  problems: ValidationProblem[],
): Promise<void> {
  const { table, mapping } = input;
  const unnested = `SELECT u.i AS i, u.v AS v, __file AS f, __row AS r FROM (SELECT unnest(__p) AS u, __file, __row FROM ${sqlIdent(final)})`;
  const counts = await engine.query(`SELECT i, f, count(*) AS n FROM (${unnested}) GROUP BY i, f ORDER BY i, f`);
  if (counts.length === 0) return;
  const samples = await engine.query(
    `SELECT i, f, r, v FROM (SELECT *, row_number() OVER (PARTITION BY i, f ORDER BY r) AS rn FROM (${unnested})) ` +
      `WHERE rn <= ${DETAIL_LIMIT} ORDER BY i, f, r`,
  );
  for (const c of counts) {
    const check = checks[Number(c.i)]!;
    const file = files[Number(c.f)]!;
    const ctx = { table, file, column: check.column, source: mapping.columns?.[check.column] ?? check.column, referenceDate: input.referenceDate };
    const n = Number(c.n);
    problems.push({ severity: check.severity, code: check.code, table, file, column: check.column, count: n, message: summaryMessage(check.code, ctx, n) });
    if (check.code === 'cpr_replaced') continue; // never point at the row of a real CPR number
    for (const s of samples) {
      if (Number(s.i) !== Number(c.i) || Number(s.f) !== Number(c.f)) continue;
      problems.push({
        severity: check.severity,
        code: check.code,
        table,
        file,
        row: Number(s.r),
        column: check.column,
        message: problemMessage(check.code, { ...ctx, value: s.v === null ? null : String(s.v) }),
      });
    }
  }
}
