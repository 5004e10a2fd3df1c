/**
 * The message protocol between an Engine client and the engine host: native DuckDB in its own
 * process (an Electron utility process in the app, a Node child process in the tests). Each request
 * carries an id; the host answers each with exactly one response of the same id. Both sides validate
 * every message on receipt (exact shape, types, sizes): a malformed one is refused, never acted on.
 * Messages travel by structured clone (utilityProcess, or fork with `serialization: 'advanced'`),
 * so bytes stay Uint8Array.
 */
import type { EngineErrorKind, SqlRow, SqlValue } from '../../shared/engine';
import { type Verdict, accept, refuse } from './verdict';
import { hasOnlyKeys, isBytes, isPlainObject } from './shape';

export interface EngineHostOpenOptions {
  /** DuckDB's memory_limit, e.g. '4GB'. Absent: DuckDB's default (80 % of RAM). */
  memoryLimit?: string;
  /** Worker threads. Absent: DuckDB's default, all cores. */
  threads?: number;
  /** Absolute folder under which the host makes its private temp folder (spill, staged files). */
  tempRoot?: string;
  /**
   * Confines SQL to the host's private folder and these files (absolute real paths: the extract the
   * user picked): DuckDB's external access is switched off and its configuration locked, so SQL from
   * the renderer can read no other file and write none outside the private folder. Absent: not
   * confined (the tests' and the command line's own SQL).
   */
  allowedFiles?: string[];
}

export type EngineHostFile = { kind: 'path'; path: string } | { kind: 'bytes'; bytes: Uint8Array };

export type EngineHostRequest =
  | { id: number; type: 'open'; options: EngineHostOpenOptions }
  | { id: number; type: 'exec'; sql: string }
  | { id: number; type: 'query'; sql: string }
  | { id: number; type: 'registerFile'; name: string; source: EngineHostFile }
  | { id: number; type: 'dropFile'; name: string }
  | { id: number; type: 'insertArrowIpc'; table: string; ipc: Uint8Array; create: boolean }
  | { id: number; type: 'cancel' }
  | { id: number; type: 'close' };

export type EngineHostRequestType = EngineHostRequest['type'];

export type EngineHostResponse =
  { id: number; ok: true; rows?: SqlRow[]; name?: string } | { id: number; ok: false; error: { kind: EngineErrorKind; message: string } };

/**
 * The parent's side of the channel to a host: what an Electron UtilityProcess offers as it is, and a
 * Node ChildProcess with `send` wrapped as postMessage (engine-host-client.ts: childProcessChannel).
 */
export interface EngineHostChannel {
  postMessage(message: EngineHostRequest): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number | null) => void): unknown;
  /** Ends the process outright (used when it does not exit after close). */
  kill(): unknown;
}

export const ENGINE_HOST_LIMITS = {
  maxSqlChars: 16 * 1024 * 1024,
  maxNameChars: 1024,
  maxPathChars: 4096,
  maxMessageChars: 64 * 1024,
  maxThreads: 1024,
  maxAllowedFiles: 5000,
} as const;

const ERROR_KINDS: readonly EngineErrorKind[] = ['cancelled', 'sql', 'io', 'memory', 'unsupported'];
const MEMORY_LIMIT = /^\d{1,6}(?:\.\d{1,3})?\s?(?:B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
/** An absolute path on POSIX or Windows, without NUL. */
const isAbsolutePath = (v: unknown): v is string =>
  isText(v, ENGINE_HOST_LIMITS.maxPathChars) && !v.includes('\0') && (v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\\\'));
/** A registered file's name: relative, no NUL, no parent steps (the host places it in its own folder). */
const isFileName = (v: unknown): v is string =>
  isText(v, ENGINE_HOST_LIMITS.maxNameChars) && !v.includes('\0') && !/^[\\/]|^[A-Za-z]:/.test(v) && !v.split(/[\\/]/).includes('..');

function checkOpenOptions(value: unknown): Verdict<EngineHostOpenOptions> {
  if (!isPlainObject(value) || !hasOnlyKeys(value, [], ['memoryLimit', 'threads', 'tempRoot', 'allowedFiles'])) return refuse('open: malformed options');
  const { memoryLimit, threads, tempRoot, allowedFiles } = value;
  if (memoryLimit !== undefined && !(typeof memoryLimit === 'string' && MEMORY_LIMIT.test(memoryLimit))) return refuse('open: malformed memoryLimit');
  if (threads !== undefined && !(typeof threads === 'number' && Number.isInteger(threads) && threads >= 1 && threads <= ENGINE_HOST_LIMITS.maxThreads)) {
    return refuse('open: malformed threads');
  }
  if (tempRoot !== undefined && !isAbsolutePath(tempRoot)) return refuse('open: tempRoot must be an absolute path');
  if (
    allowedFiles !== undefined &&
    !(Array.isArray(allowedFiles) && allowedFiles.length <= ENGINE_HOST_LIMITS.maxAllowedFiles && allowedFiles.every(isAbsolutePath))
  ) {
    return refuse('open: allowedFiles must be absolute paths');
  }
  return accept({
    ...(memoryLimit !== undefined ? { memoryLimit: memoryLimit as string } : {}),
    ...(threads !== undefined ? { threads: threads as number } : {}),
    ...(tempRoot !== undefined ? { tempRoot: tempRoot as string } : {}),
    ...(allowedFiles !== undefined ? { allowedFiles: [...(allowedFiles as string[])] } : {}),
  });
}

function checkFile(value: unknown): Verdict<EngineHostFile> {
  if (!isPlainObject(value)) return refuse('registerFile: malformed source');
  if (value.kind === 'path' && hasOnlyKeys(value, ['kind', 'path']) && isAbsolutePath(value.path)) return accept({ kind: 'path', path: value.path });
  if (value.kind === 'bytes' && hasOnlyKeys(value, ['kind', 'bytes']) && isBytes(value.bytes)) return accept({ kind: 'bytes', bytes: value.bytes });
  return refuse('registerFile: source must be an absolute path or bytes');
}

/** Validates a request as the host receives it. */
export function checkEngineHostRequest(message: unknown): Verdict<EngineHostRequest> {
  if (!isPlainObject(message) || !isId(message.id) || typeof message.type !== 'string') return refuse('malformed request');
  const { id } = message;
  switch (message.type) {
    case 'open': {
      if (!hasOnlyKeys(message, ['id', 'type', 'options'])) return refuse('open: unexpected fields');
      const options = checkOpenOptions(message.options);
      return options.ok ? accept({ id, type: 'open', options: options.value }) : options;
    }
    case 'exec':
    case 'query':
      if (!hasOnlyKeys(message, ['id', 'type', 'sql']) || !isText(message.sql, ENGINE_HOST_LIMITS.maxSqlChars)) return refuse(`${message.type}: malformed sql`);
      return accept({ id, type: message.type, sql: message.sql });
    case 'registerFile': {
      if (!hasOnlyKeys(message, ['id', 'type', 'name', 'source']) || !isFileName(message.name)) return refuse('registerFile: malformed name');
      const source = checkFile(message.source);
      return source.ok ? accept({ id, type: 'registerFile', name: message.name, source: source.value }) : source;
    }
    case 'dropFile':
      if (!hasOnlyKeys(message, ['id', 'type', 'name']) || !isFileName(message.name)) return refuse('dropFile: malformed name');
      return accept({ id, type: 'dropFile', name: message.name });
    case 'insertArrowIpc':
      if (
        !hasOnlyKeys(message, ['id', 'type', 'table', 'ipc', 'create']) ||
        !isText(message.table, ENGINE_HOST_LIMITS.maxNameChars) ||
        !isBytes(message.ipc) ||
        typeof message.create !== 'boolean'
      ) {
        return refuse('insertArrowIpc: malformed request');
      }
      return accept({ id, type: 'insertArrowIpc', table: message.table, ipc: message.ipc, create: message.create });
    case 'cancel':
    case 'close':
      if (!hasOnlyKeys(message, ['id', 'type'])) return refuse(`${message.type}: unexpected fields`);
      return accept({ id, type: message.type });
    default:
      return refuse('unknown request type');
  }
}

const isSqlValue = (v: unknown): v is SqlValue => v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number';

function isRows(value: unknown): value is SqlRow[] {
  return Array.isArray(value) && value.every((row) => isPlainObject(row) && Object.values(row).every(isSqlValue));
}

/** Validates a response as the client receives it. */
export function checkEngineHostResponse(message: unknown): Verdict<EngineHostResponse> {
  if (!isPlainObject(message) || !isId(message.id)) return refuse('malformed response');
  const { id } = message;
  if (message.ok === true) {
    if (!hasOnlyKeys(message, ['id', 'ok'], ['rows', 'name'])) return refuse('response: unexpected fields');
    if (message.rows !== undefined && !isRows(message.rows)) return refuse('response: malformed rows');
    if (message.name !== undefined && !isText(message.name, ENGINE_HOST_LIMITS.maxNameChars)) return refuse('response: malformed name');
    return accept({
      id,
      ok: true,
      ...(message.rows !== undefined ? { rows: message.rows as SqlRow[] } : {}),
      ...(message.name !== undefined ? { name: message.name as string } : {}),
    });
  }
  if (message.ok === false) {
    const error = message.error;
    if (
      !hasOnlyKeys(message, ['id', 'ok', 'error']) ||
      !isPlainObject(error) ||
      !hasOnlyKeys(error, ['kind', 'message']) ||
      !ERROR_KINDS.includes(error.kind as EngineErrorKind) ||
      typeof error.message !== 'string' ||
      error.message.length > ENGINE_HOST_LIMITS.maxMessageChars
    ) {
      return refuse('response: malformed error');
    }
    return accept({ id, ok: false, error: { kind: error.kind as EngineErrorKind, message: error.message } });
  }
  return refuse('response: ok must be true or false');
}

/**
 * What the user reads when the host process ends while work is pending or after it (crash, killed
 * by the operating system for memory, or ended from outside). Danish: it reaches the UI.
 */
export function engineHostDiedMessage(exitCode: number | null | undefined): string {
  const how = typeof exitCode === 'number' ? ` (afslutningskode ${exitCode})` : '';
  return (
    `Databasemotoren (native DuckDB i en separat proces) stoppede uventet${how}. ` +
    'Beregningen blev ikke gennemført, og ingen data har forladt computeren. ' +
    'Prøv igen; sker det igen, så vælg den indbyggede motor (duckdb-wasm) i indstillingerne eller luk andre programmer for at frigøre hukommelse.'
  );
}
