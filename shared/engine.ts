/**
 * The one SQL engine contract. duckdb-wasm implements it under Node (electron/node) and in a Web
 * Worker (renderer/engine); native DuckDB may implement it for national-scale runs. Everything in
 * shared/ talks to DuckDB only through this interface, so the same SQL runs everywhere, and one
 * contract suite (tests/contract) proves every implementation.
 */

/** A file the engine reads lazily, never copied whole into a JS string. */
export type EngineFileSource =
  /** A path on the local disk (Node). */
  | { kind: 'path'; path: string }
  /** A browser File/Blob (opaque here: shared/ knows no DOM types). */
  | { kind: 'blob'; blob: unknown }
  /** Bytes already in memory (small files, fixtures, converted Parquet/XLSX). */
  | { kind: 'bytes'; bytes: Uint8Array };

/** A scalar as it comes out of a query: BIGINT/HUGEINT become number, DATE an ISO string. */
export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

export interface Engine {
  /** Which implementation this is, for logs, benchmarks and the package's method text. */
  readonly name: string;
  /**
   * True when the engine reads a registered Parquet file itself (`read_parquet`), as native DuckDB
   * does. The import then skips decoding row groups in JavaScript: at full volume (60 M
   * prescriptions) that decode, the Arrow IPC copy and the re-encoding cost minutes. duckdb-wasm
   * leaves it unset (its Parquet reader needs the extension it must not load).
   */
  readonly readsParquet?: boolean;
  /** Makes a file readable by SQL under `name` (e.g. in `read_csv('name')`). */
  registerFile(name: string, source: EngineFileSource): Promise<void>;
  /** Forgets a registered file. */
  dropFile(name: string): Promise<void>;
  /** Runs statements that return nothing useful (DDL, INSERT, SET). */
  exec(sql: string): Promise<void>;
  /** Runs one query and returns plain rows (small, aggregated results). */
  query(sql: string): Promise<SqlRow[]>;
  /** Inserts Arrow IPC stream bytes as a new table (how Parquet and XLSX come in). */
  insertArrowIpc(table: string, ipc: Uint8Array, options?: { create?: boolean }): Promise<void>;
  /** Asks a running query to stop; the promise of that query rejects with EngineCancelled. */
  cancel(): Promise<void>;
  close(): Promise<void>;
}

export type EngineErrorKind = 'cancelled' | 'sql' | 'io' | 'memory' | 'unsupported';

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/**
 * The first statements on every connection. Without them a Parquet or JSON query makes DuckDB fetch
 * an extension from the internet (in Node it hangs forever): with them it fails fast and no byte
 * leaves the machine.
 */
export const OFFLINE_SETTINGS_SQL = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'] as const;

const EXTENSION_STATEMENT = /^\s*(?:FORCE\s+)?(?:INSTALL|LOAD|UPDATE\s+EXTENSIONS)\b|;\s*(?:FORCE\s+)?(?:INSTALL|LOAD|UPDATE\s+EXTENSIONS)\b/i;

/**
 * Refuses statements that install or load an extension. duckdb-wasm would fetch it from the internet
 * (under Node an explicit INSTALL hangs forever); the app never needs one. Every Engine calls this
 * before handing SQL to DuckDB.
 */
export function assertNoExtensionStatement(sql: string): void {
  if (EXTENSION_STATEMENT.test(sql)) {
    throw new EngineError('unsupported', 'Udvidelser (DuckDB extensions) kan ikke installeres eller indlæses: appen arbejder uden netværk.');
  }
}

/** Classifies a raw engine error message, so callers can tell the user what happened. */
export function classifyEngineError(message: string): EngineErrorKind {
  if (/interrupt|cancel/i.test(message)) return 'cancelled';
  if (/out of memory|memory limit|could not allocate/i.test(message)) return 'memory';
  if (/no files found|cannot open file|IO Error|No such file/i.test(message)) return 'io';
  if (/extension|not in the catalog, but it exists/i.test(message)) return 'unsupported';
  return 'sql';
}

/** Quotes an identifier for DuckDB SQL. */
export function sqlIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes a string literal for DuckDB SQL. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
