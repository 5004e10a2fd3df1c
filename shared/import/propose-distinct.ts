/**
 * The distinct values of a file's coded columns with their counts: the file is read into a raw table
 * exactly as the import reads it (read-raw.ts), counted in DuckDB, and dropped again. Used by the
 * mapping screen's value maps and by `datapakke propose`.
 */
import { sqlIdent, type Engine } from '../engine';
import type { CsvSettings } from '../contract/profile';
import type { ExtractFileAccess } from './file-access';
import { dropRaw, readRaw, type RawRead } from './read-raw';
import type { DistinctValue } from './propose-values';

/** More distinct values than this is not a code list (a free-text or id column): the rest are cut. */
export const DISTINCT_LIMIT = 200;

export interface DistinctResult {
  /** source column → values, most frequent first (empty and blank values left out). */
  values: Record<string, DistinctValue[]>;
  /** source column → number of distinct values (may exceed the list). */
  distinctCount: Record<string, number>;
  columns: string[];
  rows: number;
  csv: CsvSettings | null;
}

/** Temporary names apart from the import's (which counts from 0 in each run). */
let nextId = 500_000;

/** Counts over an already read raw table. */
export async function countDistinct(engine: Engine, raw: RawRead, sources: readonly string[]): Promise<Pick<DistinctResult, 'values' | 'distinctCount'>> {
  const values: Record<string, DistinctValue[]> = {};
  const distinctCount: Record<string, number> = {};
  for (const source of sources) {
    if (!raw.columns.includes(source)) continue;
    const v = `TRIM(CAST(${sqlIdent(source)} AS VARCHAR))`;
    const rows = await engine.query(
      `SELECT ${v} AS v, count(*) AS n, count(*) OVER () AS d FROM ${sqlIdent(raw.rawTable)} WHERE ${v} IS NOT NULL AND ${v} <> '' ` +
        `GROUP BY 1 ORDER BY n DESC, v LIMIT ${DISTINCT_LIMIT}`,
    );
    values[source] = rows.map((r) => ({ value: String(r.v), count: Number(r.n) }));
    distinctCount[source] = Number(rows[0]?.d ?? 0);
  }
  return { values, distinctCount };
}

/** Reads one file and counts the distinct values of the given source columns. */
export async function distinctValues(
  engine: Engine,
  access: ExtractFileAccess,
  file: { name: string; size: number },
  options: { csv?: CsvSettings; sheet?: string; sources: readonly string[] },
): Promise<DistinctResult> {
  const raw = await readRaw(engine, access, file.name, file.size, { table: 'proposal', csv: options.csv, sheet: options.sheet, id: nextId++ });
  if (!('rawTable' in raw)) throw new Error(raw.message);
  try {
    const counted = await countDistinct(engine, raw, options.sources);
    const d = raw.dialect;
    return {
      ...counted,
      columns: raw.columns,
      rows: raw.rows,
      csv: d ? { delimiter: d.delimiter, decimal: d.decimal, encoding: d.encoding, header: d.header, dateFormat: d.dateFormat } : null,
    };
  } finally {
    await dropRaw(engine, raw);
  }
}
