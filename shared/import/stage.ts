/**
 * The single scan of one raw table into the table's stage: canonical columns (parsed, typed), the
 * source file and line, and the list of problems of each row. Value maps and lookups are joins on
 * small two-column tables, so the scan stays one query whatever the file size.
 */
import { CANONICAL_TABLES, type CanonicalTableName } from '../contract/canonical';
import { sqlIdent } from '../engine';
import { parseExpression, type ParseContext } from './normalise';
import { problemListSql, type RowCheck } from './checks';
import type { RawRead } from './read-raw';

export interface ColumnSource {
  /** Column in the raw table, or null when the file lacks it. */
  source: string | null;
  /** Two-column table (k, v) that replaces the value: unmatched → NULL (lookup files). */
  lookup?: string;
  /** Two-column table (k, v) that replaces matched values and keeps others (profile value maps). */
  valueMap?: string;
}

export interface StageSpec {
  table: CanonicalTableName;
  raw: RawRead;
  sources: Record<string, ColumnSource>;
  checks: readonly RowCheck[];
  parse: ParseContext;
  /** Name of a (b BIGINT) table of rejected-line bounds, see lineExpression. */
  boundsTable: string | null;
  /** The file's number among the table's files (see load-table.ts fileOrder). */
  fileId: number;
  /**
   * Predicate over the canonical columns: rows no track uses (shared/tracks/kept-rows.ts). Such rows
   * are left out of the stage unless they have a problem to report; null keeps every row.
   */
  keep: string | null;
}

/**
 * The file line of a raw row. Rejected CSV lines are not in the raw table, so the k-th kept row sits
 * after every rejected line whose bound b_i = line_i − header − i is below k.
 */
function lineExpression(spec: StageSpec): string {
  const k = '(r.rowid + 1)';
  const base = `${k} + ${spec.raw.headerLines}`;
  return spec.boundsTable ? `${base} + (SELECT count(*) FROM ${sqlIdent(spec.boundsTable)} WHERE b < ${k})` : base;
}

/** SELECT producing the stage rows of one file (used in CREATE TABLE … AS or INSERT INTO). */
export function stageSelectSql(spec: StageSpec): string {
  const columns = CANONICAL_TABLES[spec.table].columns;
  const joins: string[] = [];
  const texts: string[] = [];
  columns.forEach((c, n) => {
    const src = spec.sources[c.name];
    if (!src?.source) {
      texts.push(`CAST(NULL AS VARCHAR) AS "__m_${c.name}"`);
      return;
    }
    let t = `NULLIF(TRIM(CAST(r.${sqlIdent(src.source)} AS VARCHAR)), '')`;
    if (src.lookup) {
      joins.push(`LEFT JOIN ${sqlIdent(src.lookup)} AS l${n} ON l${n}.k = ${t}`);
      t = `l${n}.v`;
    }
    if (src.valueMap) {
      joins.push(`LEFT JOIN ${sqlIdent(src.valueMap)} AS m${n} ON m${n}.k = ${t}`);
      t = `COALESCE(m${n}.v, ${t})`;
    }
    texts.push(`${t} AS "__m_${c.name}"`);
  });
  const level1 = `SELECT ${lineExpression(spec)} AS __row, ${texts.join(', ')} FROM ${sqlIdent(spec.raw.rawTable)} AS r ${joins.join(' ')}`;
  const parsed = columns.map((c) => `CAST(${parseExpression(c, `"__m_${c.name}"`, spec.parse)} AS ${c.type}) AS "${c.name}"`);
  const level2 = `SELECT *, ${parsed.join(', ')} FROM (${level1})`;
  const rawText = rawValuesSql(columns.map((c) => [c.name, c.kind === 'key' ? `"${c.name}"` : `"__m_${c.name}"`]));
  const level3 = `SELECT *, ${problemListSql(spec.checks, 0)} AS __p FROM (${level2})`;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  // The file as a small number, not its name: a name on every row cost ~36 bytes a row in the engine
  // (about 500 MB for region-scale prescriptions in wasm's 3 GB), a USMALLINT costs 2.
  const kept = spec.keep ? ` WHERE len(__p) > 0 OR coalesce(${spec.keep}, FALSE)` : '';
  return `SELECT ${names}, CAST(${spec.fileId} AS USMALLINT) AS __file, __row, __p, CASE WHEN len(__p) > 0 THEN ${rawText} END AS __raw FROM (${level3})${kept}`;
}

/** `name=value; …` of the non-empty values: what the analyst sees of a rejected row (keys already hashed). */
export function rawValuesSql(pairs: [string, string][]): string {
  return `concat_ws('; ', ${pairs.map(([name, sql]) => `CASE WHEN ${sql} IS NOT NULL THEN '${name}=' || CAST(${sql} AS VARCHAR) END`).join(', ')})`;
}
