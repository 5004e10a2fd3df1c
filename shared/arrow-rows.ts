import type { Table } from 'apache-arrow';
import type { SqlRow, SqlValue } from './engine';

const MS_PER_DAY = 86_400_000;

/**
 * Converts an Arrow result to plain rows. DuckDB's BIGINT arrives as bigint and DATE as epoch
 * milliseconds; aggregated results are small, so plain numbers and ISO dates are what the domain
 * code wants.
 */
export function arrowToRows(table: Table): SqlRow[] {
  const fields = table.schema.fields;
  const dateColumns = new Set(fields.filter((f) => String(f.type).startsWith('Date')).map((f) => f.name));
  const timestampColumns = new Set(fields.filter((f) => String(f.type).startsWith('Timestamp')).map((f) => f.name));
  const decimalScale = new Map<string, number>();
  for (const f of fields) {
    const t = f.type as { scale?: unknown };
    if (String(f.type).startsWith('Decimal') && typeof t.scale === 'number') decimalScale.set(f.name, t.scale);
  }
  const rows: SqlRow[] = [];
  for (const row of table) {
    const out: SqlRow = {};
    for (const f of fields) {
      const raw: unknown = (row as unknown as Record<string, unknown>)[f.name];
      const scale = decimalScale.get(f.name);
      out[f.name] =
        scale !== undefined && raw !== null && raw !== undefined
          ? decimalToNumber(raw, scale)
          : toSqlValue(raw, dateColumns.has(f.name), timestampColumns.has(f.name));
    }
    rows.push(out);
  }
  return rows;
}

function toSqlValue(raw: unknown, isDate: boolean, isTimestamp: boolean): SqlValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'bigint') return Number(raw);
  if (isDate && typeof raw === 'number') return new Date(Math.round(raw / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
  if (isTimestamp && typeof raw === 'number') return new Date(raw).toISOString().slice(0, 19);
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw.toISOString();
  // Decimals and other objects: their string form is exact and loses nothing.
  return String(raw);
}

/** DuckDB's HUGEINT (e.g. sum of BIGINT) and DECIMAL arrive as Arrow decimals: unscaled digits. */
function decimalToNumber(raw: unknown, scale: number): number {
  return Number(String(raw)) / 10 ** scale;
}
