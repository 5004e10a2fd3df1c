/**
 * What the renderer may ask of the machine. One interface, two implementations chosen at the
 * composition root: the Electron bridge (preload → IPC → main) and the plain browser
 * (renderer/platform/web.ts). Nothing here can reach the network.
 */
import type { EngineErrorKind, SqlRow } from './engine';

/** A file the user picked: its name and a way to read it lazily. */
export interface PickedFile {
  /** Name relative to the picked folder (e.g. `lpr_2023.parquet`), never an absolute path shown in exports. */
  name: string;
  size: number;
  /** Opaque handle the engine registers (a browser File, or a FileGrantHandle in Electron). */
  handle: unknown;
}

/**
 * How Electron hands a picked file to the renderer: a random token that only the main process can
 * turn back into the path the user picked. The renderer never sees, sends or invents a path.
 */
export interface FileGrantHandle {
  kind: 'grant';
  token: string;
}

export interface SaveRequest {
  /** A file name, or a relative path with `/` in an export (`kol/charts/kol.prevalence.gradient.png`). */
  suggestedName: string;
  /** MIME type, e.g. application/vnd.openxmlformats-officedocument.presentationml.presentation. */
  mimeType: string;
  bytes: Uint8Array;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: 'electron' | 'web';
}

/** Which engine the desktop app runs an extract on (decision 006); the user's setting may force one. */
export type EngineSetting = 'auto' | 'wasm' | 'native';
export type EngineKind = 'wasm' | 'native';

export interface EngineChoice {
  engine: EngineKind;
  /** Why, in Danish: for the package's method text and the data step. */
  reason: string;
  /** The same in English (packages built in English). */
  reasonEn: string;
}

/** An engine call's outcome as it crosses IPC: errors keep their kind (cancel must stay a cancel). */
export type EngineCallResult<T> = { ok: true; value: T } | { ok: false; error: { kind: EngineErrorKind; message: string } };

/**
 * Native DuckDB in the desktop app's engine host (electron/node/engine-bridge.ts), reached through
 * the main process. Files are registered by grant token, never by path: main resolves the token to
 * the file the user picked. Only the Electron bridge has it; the web build runs duckdb-wasm only.
 */
export interface NativeEnginePort {
  /** Which engine runs an extract of these granted files (their total size) under this setting. */
  choose(files: FileGrantHandle[], setting: EngineSetting): Promise<EngineChoice>;
  exec(sql: string): Promise<EngineCallResult<null>>;
  query(sql: string): Promise<EngineCallResult<SqlRow[]>>;
  registerGrant(name: string, file: FileGrantHandle): Promise<EngineCallResult<null>>;
  dropFile(name: string): Promise<EngineCallResult<null>>;
  insertArrowIpc(table: string, ipc: Uint8Array, create: boolean): Promise<EngineCallResult<null>>;
  cancel(): Promise<EngineCallResult<null>>;
  /** Ends the host process; its private folder (spill files, person data) goes with it. */
  close(): Promise<EngineCallResult<null>>;
}

export interface Platform {
  info(): Promise<AppInfo>;
  /** Lets the user pick one or more files, or a whole folder; empty when cancelled. */
  openFiles(options: { folder?: boolean; accept?: string[] }): Promise<PickedFile[]>;
  /** Saves one file where the user chooses; returns the chosen name, or null when cancelled. */
  saveFile(request: SaveRequest): Promise<string | null>;
  /**
   * Saves several files into one folder the user chooses (exports); names may hold `/` for
   * subfolders (`kol/charts/…`). Returns the names written. The web build downloads them as one ZIP
   * named `options.archiveName`.
   */
  saveFiles(files: SaveRequest[], options?: { archiveName?: string }): Promise<string[] | null>;
  /**
   * Reads bytes [start, end) of a picked file. Only the Electron bridge has it (its handles are
   * tokens); the web build slices its File handles directly.
   */
  readFileSlice?(handle: FileGrantHandle, start: number, end: number): Promise<Uint8Array>;
  /** SHA-256 (hex) of a picked file, streamed where the file is (Electron main); only the Electron bridge has it. */
  hashFile?(handle: FileGrantHandle): Promise<string>;
  /** Native DuckDB for large extracts; only the Electron bridge has it. */
  nativeEngine?: NativeEnginePort;
}
