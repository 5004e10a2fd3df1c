/**
 * The IPC channel map between the Electron preload and main process: one entry per Platform
 * method, each with its request and response type. The preload invokes only these channels, main
 * registers only these channels, and every request is validated in main (electron/policy/
 * ipc-validators.ts) before a handler sees it: the renderer is treated as untrusted.
 */
import type { SqlRow } from './engine';
import type { AppInfo, EngineCallResult, EngineChoice, EngineSetting, SaveRequest } from './platform';

/** A picked file as it crosses IPC: a token instead of a path. */
export interface GrantedFile {
  /** Name relative to the picked folder, or the file's base name. */
  name: string;
  size: number;
  token: string;
}

export interface OpenFilesRequest {
  folder?: boolean;
  /** File extensions with a leading dot, e.g. `.csv`. */
  accept?: string[];
}

export interface ReadSliceRequest {
  token: string;
  start: number;
  end: number;
}

export interface FileTokenRequest {
  token: string;
}

export interface EngineChooseRequest {
  /** The extract's granted files; main sums their sizes itself. */
  tokens: string[];
  setting: EngineSetting;
}

export interface EngineSqlRequest {
  sql: string;
}

export interface EngineRegisterGrantRequest {
  /** The name SQL reads the file under (`read_csv('name')`): one plain name, no path. */
  name: string;
  token: string;
}

export interface EngineDropFileRequest {
  name: string;
}

export interface EngineInsertArrowRequest {
  table: string;
  /** Arrow IPC stream bytes (an XLSX sheet, or Parquet row groups when the engine does not read Parquet). */
  ipc: Uint8Array;
  create: boolean;
}

export interface IpcChannels {
  'platform:info': { request: null; response: AppInfo };
  'platform:open-files': { request: OpenFilesRequest; response: GrantedFile[] };
  'platform:save-file': { request: SaveRequest; response: string | null };
  'platform:save-files': { request: SaveRequest[]; response: string[] | null };
  'files:read-slice': { request: ReadSliceRequest; response: Uint8Array };
  'files:sha256': { request: FileTokenRequest; response: string };
  'engine:choose': { request: EngineChooseRequest; response: EngineChoice };
  'engine:exec': { request: EngineSqlRequest; response: EngineCallResult<null> };
  'engine:query': { request: EngineSqlRequest; response: EngineCallResult<SqlRow[]> };
  'engine:register-grant': { request: EngineRegisterGrantRequest; response: EngineCallResult<null> };
  'engine:drop-file': { request: EngineDropFileRequest; response: EngineCallResult<null> };
  'engine:insert-arrow': { request: EngineInsertArrowRequest; response: EngineCallResult<null> };
  'engine:cancel': { request: null; response: EngineCallResult<null> };
  'engine:close': { request: null; response: EngineCallResult<null> };
}

export type IpcChannel = keyof IpcChannels;
export type IpcRequest<C extends IpcChannel> = IpcChannels[C]['request'];
export type IpcResponse<C extends IpcChannel> = IpcChannels[C]['response'];

/** Every channel, so main can refuse anything else and tests can prove each has a validator. */
export const IPC_CHANNELS = [
  'platform:info',
  'platform:open-files',
  'platform:save-file',
  'platform:save-files',
  'files:read-slice',
  'files:sha256',
  'engine:choose',
  'engine:exec',
  'engine:query',
  'engine:register-grant',
  'engine:drop-file',
  'engine:insert-arrow',
  'engine:cancel',
  'engine:close',
] as const satisfies readonly IpcChannel[];

/**
 * Size limits on what the renderer may send or ask for. They bound memory in main, not the data:
 * large extracts are read in many slices; exports are a few MB each.
 */
export const IPC_LIMITS = {
  /** One read of a picked file (the engine asks for row-group or buffer sized pieces). */
  maxSliceBytes: 64 * 1024 * 1024,
  /** One exported file (PPTX with many charts is the largest). */
  maxSaveBytes: 256 * 1024 * 1024,
  /** Files in one export (per chart an SVG and two PNGs, for up to three packages). */
  maxSaveFiles: 1000,
  /** A file name or an export's relative path (most file systems stop at 255 bytes a name). */
  maxNameChars: 200,
  maxMimeChars: 200,
  maxAcceptEntries: 50,
  maxTokenChars: 64,
  /** Files whose sizes decide the engine (an extract folder has tens). */
  maxChooseFiles: 5000,
  /** One SQL statement from the renderer (far above any statement the app makes; the host itself allows 16 MiB). */
  maxSqlChars: 4 * 1024 * 1024,
  /** A registered file's or a table's name in the engine (`__src_3_lmdb_2024.parquet`, `__raw_3`). */
  maxEngineNameChars: 256,
  /** One Arrow IPC insert (an XLSX sheet of a million rows; Parquet row groups are far smaller). */
  maxArrowIpcBytes: 1024 * 1024 * 1024,
} as const;
