/**
 * One validator per IPC channel. Main runs it on every request before the handler: the renderer is
 * untrusted, so each payload is checked for type, exact shape (no extra properties), size and
 * content. A validator returns the payload narrowed to the channel's request type, or a refusal.
 */
import {
  IPC_LIMITS,
  type EngineChooseRequest,
  type EngineInsertArrowRequest,
  type EngineRegisterGrantRequest,
  type EngineSqlRequest,
  type FileTokenRequest,
  type IpcChannel,
  type IpcRequest,
  type OpenFilesRequest,
  type ReadSliceRequest,
} from '../../shared/ipc';
import type { EngineSetting, SaveRequest } from '../../shared/platform';
import { checkExportName, checkRelativePath } from './file-name';
import { type Verdict, accept, refuse } from './verdict';
import { hasOnlyKeys, isBytes, isPlainObject } from './shape';

type Validator<C extends IpcChannel> = (payload: unknown) => Verdict<IpcRequest<C>>;

/** Tokens are UUIDs minted by main (electron/node/file-grants.ts). */
export const TOKEN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXTENSION_PATTERN = /^\.[a-z0-9]{1,10}$/i;
const MIME_PATTERN = /^[a-z0-9][\w.+-]*\/[\w.+-]+$/i;

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

export function checkToken(token: unknown): Verdict<string> {
  return typeof token === 'string' && token.length <= IPC_LIMITS.maxTokenChars && TOKEN_PATTERN.test(token) ? accept(token) : refuse('malformed file token');
}

/** One file: a plain export name (save dialog) or, in an export into a folder, a relative path (`kol/charts/x.png`). */
function checkSaveRequest(payload: unknown, names: (name: unknown) => Verdict<string> = checkExportName): Verdict<SaveRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['suggestedName', 'mimeType', 'bytes'])) return refuse('save request has the wrong shape');
  const name = names(payload.suggestedName);
  if (!name.ok) return name;
  const { mimeType, bytes } = payload;
  if (typeof mimeType !== 'string' || mimeType.length > IPC_LIMITS.maxMimeChars || !MIME_PATTERN.test(mimeType)) return refuse('malformed MIME type');
  if (!isBytes(bytes)) return refuse('save bytes are not a Uint8Array');
  if (bytes.byteLength > IPC_LIMITS.maxSaveBytes) return refuse('save bytes exceed the size limit');
  return accept({ suggestedName: name.value, mimeType, bytes });
}

function checkOpenFiles(payload: unknown): Verdict<OpenFilesRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, [], ['folder', 'accept'])) return refuse('open request has the wrong shape');
  const { folder, accept: extensions } = payload;
  if (folder !== undefined && typeof folder !== 'boolean') return refuse('folder is not a boolean');
  if (extensions !== undefined) {
    if (!Array.isArray(extensions) || extensions.length > IPC_LIMITS.maxAcceptEntries) return refuse('accept is not a short array');
    if (!extensions.every((e) => typeof e === 'string' && EXTENSION_PATTERN.test(e))) return refuse('accept holds something other than extensions');
  }
  const request: OpenFilesRequest = {};
  if (folder !== undefined) request.folder = folder;
  if (extensions !== undefined) request.accept = [...(extensions as string[])];
  return accept(request);
}

function checkReadSlice(payload: unknown): Verdict<ReadSliceRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['token', 'start', 'end'])) return refuse('slice request has the wrong shape');
  const token = checkToken(payload.token);
  if (!token.ok) return token;
  const { start, end } = payload;
  if (!isOffset(start) || !isOffset(end) || end < start) return refuse('slice bounds are not 0 <= start <= end');
  if (end - start > IPC_LIMITS.maxSliceBytes) return refuse('slice exceeds the size limit');
  return accept({ token: token.value, start, end });
}

/** A request that takes nothing. */
const noArguments = (payload: unknown): Verdict<null> => (payload === null || payload === undefined ? accept(null) : refuse('takes no arguments'));

function checkTokenRequest(payload: unknown): Verdict<FileTokenRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['token'])) return refuse('token request has the wrong shape');
  const token = checkToken(payload.token);
  return token.ok ? accept({ token: token.value }) : token;
}

const ENGINE_SETTINGS: readonly EngineSetting[] = ['auto', 'wasm', 'native'];

function checkEngineChoose(payload: unknown): Verdict<EngineChooseRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['tokens', 'setting'])) return refuse('engine choice has the wrong shape');
  const { tokens, setting } = payload;
  if (!ENGINE_SETTINGS.includes(setting as EngineSetting)) return refuse('unknown engine setting');
  if (!Array.isArray(tokens) || tokens.length > IPC_LIMITS.maxChooseFiles) return refuse(`tokens must be a list of at most ${IPC_LIMITS.maxChooseFiles}`);
  const checked: string[] = [];
  for (const t of tokens) {
    const token = checkToken(t);
    if (!token.ok) return token;
    checked.push(token.value);
  }
  return accept({ tokens: checked, setting: setting as EngineSetting });
}

function checkSql(payload: unknown): Verdict<EngineSqlRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['sql'])) return refuse('SQL request has the wrong shape');
  const { sql } = payload;
  if (typeof sql !== 'string' || sql.length === 0) return refuse('SQL is not a non-empty string');
  if (sql.length > IPC_LIMITS.maxSqlChars) return refuse('SQL exceeds the size limit');
  return accept({ sql });
}

/**
 * A name the engine knows a registered file or a table by: one plain name of letters, digits, `.`,
 * `_` and `-` (what shared/import makes: `__src_3_lmdb_2024.parquet`, `__raw_3`). No separator, so
 * never a path; no leading dot, so never `.` or `..`.
 */
const ENGINE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function checkEngineName(name: unknown): Verdict<string> {
  return typeof name === 'string' && name.length <= IPC_LIMITS.maxEngineNameChars && ENGINE_NAME.test(name) ? accept(name) : refuse('malformed engine name');
}

function checkRegisterGrant(payload: unknown): Verdict<EngineRegisterGrantRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['name', 'token'])) return refuse('register request has the wrong shape');
  const name = checkEngineName(payload.name);
  if (!name.ok) return name;
  const token = checkToken(payload.token);
  return token.ok ? accept({ name: name.value, token: token.value }) : token;
}

function checkInsertArrow(payload: unknown): Verdict<EngineInsertArrowRequest> {
  if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['table', 'ipc', 'create'])) return refuse('insert request has the wrong shape');
  const table = checkEngineName(payload.table);
  if (!table.ok) return table;
  const { ipc, create } = payload;
  if (!isBytes(ipc)) return refuse('Arrow IPC bytes are not a Uint8Array');
  if (ipc.byteLength > IPC_LIMITS.maxArrowIpcBytes) return refuse('Arrow IPC bytes exceed the size limit');
  if (typeof create !== 'boolean') return refuse('create is not a boolean');
  return accept({ table: table.value, ipc, create });
}

export const IPC_VALIDATORS: { [C in IpcChannel]: Validator<C> } = {
  'platform:info': (payload) => (payload === null || payload === undefined ? accept(null) : refuse('info takes no arguments')),
  'platform:open-files': checkOpenFiles,
  'platform:save-file': (payload) => checkSaveRequest(payload),
  'platform:save-files': (payload) => {
    if (!Array.isArray(payload) || payload.length === 0 || payload.length > IPC_LIMITS.maxSaveFiles)
      return refuse(`save-files needs 1 to ${IPC_LIMITS.maxSaveFiles} files`);
    const files: SaveRequest[] = [];
    const seen = new Set<string>();
    for (const item of payload) {
      const checked = checkSaveRequest(item, checkRelativePath);
      if (!checked.ok) return checked;
      // Windows and macOS file systems ignore case: "A.xlsx" and "a.xlsx" would overwrite each other.
      const key = checked.value.suggestedName.toLowerCase();
      if (seen.has(key)) return refuse('duplicate file name in one export');
      seen.add(key);
      files.push(checked.value);
    }
    return accept(files);
  },
  'files:read-slice': checkReadSlice,
  'files:sha256': checkTokenRequest,
  'engine:choose': checkEngineChoose,
  'engine:exec': checkSql,
  'engine:query': checkSql,
  'engine:register-grant': checkRegisterGrant,
  'engine:drop-file': (payload) => {
    if (!isPlainObject(payload) || !hasOnlyKeys(payload, ['name'])) return refuse('drop request has the wrong shape');
    const name = checkEngineName(payload.name);
    return name.ok ? accept({ name: name.value }) : name;
  },
  'engine:insert-arrow': checkInsertArrow,
  'engine:cancel': noArguments,
  'engine:close': noArguments,
};

export function validateIpcRequest<C extends IpcChannel>(channel: C, payload: unknown): Verdict<IpcRequest<C>> {
  const validator = IPC_VALIDATORS[channel] as Validator<C> | undefined;
  return validator ? validator(payload) : refuse(`unknown channel ${String(channel)}`);
}
