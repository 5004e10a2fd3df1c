/**
 * One source file → one raw table of text-ish columns, in a single scan. CSV goes through DuckDB's
 * reader (all_varchar, store_rejects: ragged and undecodable lines are captured with their line
 * numbers instead of aborting); Parquet arrives as Arrow IPC row group by row group; XLSX through
 * exceljs, in the access's own worker when it has one. Nothing here reads a whole CSV into JS.
 */
import { sqlIdent, sqlString, type Engine } from '../engine';
import type { CsvSettings } from '../contract/profile';
import type { ValidationProblem } from '../contract/validation';
import type { ExtractFileAccess } from './file-access';
import { detectCsvDialect, detectEncoding, SNIFF_BYTES, type CsvDialect } from './csv-dialect';
import { problemMessage } from './problems';
import { xlsxToArrowIpc } from './xlsx';
import { fileKindMismatch, fileKindProblem } from './checks';

export type SourceFormat = 'csv' | 'parquet' | 'xlsx';

export interface RawRead {
  file: string;
  format: SourceFormat;
  rawTable: string;
  columns: string[];
  /** Rows in the raw table (ragged/undecodable CSV lines are not among them). */
  rows: number;
  /** Line number of raw row 0 minus one: 1 for a CSV/XLSX header, 0 without. */
  headerLines: number;
  /** Table of rejected CSV lines (line, error_type, csv_line), or null. */
  rejectsTable: string | null;
  rejectedLines: number;
  /** Name the file is registered under in the engine (CSV), dropped with the raw table. */
  engineFile: string | null;
  dialect: CsvDialect | null;
  problems: ValidationProblem[];
}

export function formatOf(file: string): SourceFormat | null {
  // A register extract often has no extension at all (LPR_ADM): delimited text, as the dialect check finds it.
  if (!(file.split('/').pop() ?? file).includes('.')) return 'csv';
  const ext = file.toLowerCase().split('.').pop() ?? '';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'parquet' || ext === 'parq') return 'parquet';
  if (ext === 'xlsx') return 'xlsx';
  return null;
}

async function columnsOf(engine: Engine, table: string): Promise<string[]> {
  const rows = await engine.query(`SELECT column_name FROM information_schema.columns WHERE table_name = ${sqlString(table)} ORDER BY ordinal_position`);
  return rows.map((r) => String(r.column_name));
}

async function count(engine: Engine, table: string): Promise<number> {
  const [row] = await engine.query(`SELECT count(*) AS n FROM ${sqlIdent(table)}`);
  return Number(row?.n ?? 0);
}

export interface ReadRawOptions {
  table: string;
  csv?: CsvSettings;
  sheet?: string;
  /** Unique per run, keeps temporary names apart. */
  id: number;
}

/** The name a source file is registered under in the engine (unique per run, SQL-safe). */
const engineFileName = (id: number, file: string) => `__src_${id}_${file.replace(/[^A-Za-z0-9._-]/g, '_')}`;

/** Reads one file; throws only for engine failures the caller reports as 'unreadable_file'. */
export async function readRaw(
  engine: Engine,
  access: ExtractFileAccess,
  file: string,
  size: number,
  opts: ReadRawOptions,
): Promise<RawRead | ValidationProblem> {
  const format = formatOf(file);
  const base = { severity: 'error' as const, table: opts.table, file };
  if (!format) return { ...base, code: 'unsupported_format', message: problemMessage('unsupported_format', { file }) };
  if (size === 0) return { ...base, code: 'empty_file', message: problemMessage('empty_file', { file }) };
  const kind = fileKindMismatch(await access.readBytes(file, 0, Math.min(size, 4096)), format);
  if (kind) return fileKindProblem(file, opts.table, format, kind);
  const rawTable = `__raw_${opts.id}`;
  const result: RawRead = {
    file,
    format,
    rawTable,
    columns: [],
    rows: 0,
    headerLines: 0,
    rejectsTable: null,
    rejectedLines: 0,
    engineFile: null,
    dialect: null,
    problems: [],
  };

  if (format === 'csv') {
    const head = await access.readBytes(file, 0, Math.min(size, SNIFF_BYTES));
    if (head.every((b) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09))
      return { ...base, code: 'empty_file', message: problemMessage('empty_file', { file }) };
    const dialect = detectCsvDialect(head, opts.csv ?? {});
    const sniffed = detectEncoding(head);
    if (dialect.encoding !== sniffed.encoding && (sniffed.encoding === 'latin-1' || sniffed.bom || hasNonAscii(head))) {
      const detail = dialect.encoding === 'utf-8' ? 'UTF-8 som profilen siger' : 'latin-1 som profilen siger, men UTF-8';
      const value = sniffed.encoding === 'utf-8' ? 'UTF-8' : 'latin-1 (Windows-1252)';
      result.problems.push({
        severity: 'warning',
        code: 'wrong_encoding',
        table: opts.table,
        file,
        message: problemMessage('wrong_encoding', { file, detail, value }),
      });
      dialect.encoding = sniffed.encoding;
    }
    result.dialect = dialect;
    const engineName = engineFileName(opts.id, file);
    await access.register(engine, file, engineName);
    result.engineFile = engineName;
    const rejects = `__rej_${opts.id}`;
    await engine.exec(
      `CREATE TABLE ${sqlIdent(rawTable)} AS SELECT * FROM read_csv(${sqlString(engineName)}, delim=${sqlString(dialect.delimiter)}, ` +
        `header=${dialect.header}, all_varchar=true, quote='"', escape='"', encoding=${sqlString(dialect.encoding)}, ` +
        `store_rejects=true, rejects_table=${sqlString(rejects)}, rejects_scan=${sqlString(`__rejscan_${opts.id}`)}, ` +
        `null_padding=false, sample_size=20480)`,
    );
    result.headerLines = dialect.header ? 1 : 0;
    result.rejectsTable = rejects;
    const [rj] = await engine.query(`SELECT count(DISTINCT line) AS n FROM ${sqlIdent(rejects)}`);
    result.rejectedLines = Number(rj?.n ?? 0);
  } else if (format === 'parquet' && engine.readsParquet) {
    const engineName = engineFileName(opts.id, file);
    await access.register(engine, file, engineName);
    result.engineFile = engineName;
    await engine.exec(`CREATE TABLE ${sqlIdent(rawTable)} AS SELECT * FROM read_parquet(${sqlString(engineName)})`);
    // As the row-group route: a Parquet file without rows is an empty file.
    if ((await count(engine, rawTable)) === 0) {
      await engine.exec(`DROP TABLE ${sqlIdent(rawTable)}`);
      await engine.dropFile(engineName);
      return { ...base, code: 'empty_file', message: problemMessage('empty_file', { file }) };
    }
  } else if (format === 'parquet') {
    let first = true;
    for await (const ipc of access.parquetRowGroups(file)) {
      await engine.insertArrowIpc(rawTable, ipc, { create: first });
      first = false;
    }
    if (first) return { ...base, code: 'empty_file', message: problemMessage('empty_file', { file }) };
  } else {
    // Parsing a workbook holds its thread for a while (≈150 ms for 2,000 rows): the browser does it in a worker.
    const ipc = access.xlsxArrowIpc ? await access.xlsxArrowIpc(file, opts.sheet) : await xlsxToArrowIpc(await access.readBytes(file), opts.sheet);
    if (!ipc) return { ...base, code: 'empty_file', message: problemMessage('empty_file', { file }) };
    await engine.insertArrowIpc(rawTable, ipc, { create: true });
    result.headerLines = 1;
  }
  result.columns = await columnsOf(engine, rawTable);
  result.rows = await count(engine, rawTable);
  return result;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

/** Drops a raw table and its rejects bookkeeping. */
export async function dropRaw(engine: Engine, raw: RawRead): Promise<void> {
  await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(raw.rawTable)}`);
  if (raw.engineFile) await engine.dropFile(raw.engineFile);
  if (raw.rejectsTable) {
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(raw.rejectsTable)}`);
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(raw.rejectsTable.replace('__rej_', '__rejscan_'))}`);
  }
}
