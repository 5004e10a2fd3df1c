/**
 * The renderer's only way out of its sandbox: exactly the Platform API, each method one
 * `ipcRenderer.invoke` of a channel in shared/ipc.ts. No ipcRenderer, no Node, no paths are
 * exposed; picked files come back as grant tokens. Bundled to CommonJS (sandboxed preloads must be).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponse, OpenFilesRequest } from '../../shared/ipc';
import type { EngineSetting, FileGrantHandle, NativeEnginePort, PickedFile, Platform, SaveRequest } from '../../shared/platform';

const invoke = <C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> => ipcRenderer.invoke(channel, request);

// Copies only the known fields, so nothing else the page attached to an object crosses over.
const saveRequest = (r: SaveRequest): SaveRequest => ({ suggestedName: r.suggestedName, mimeType: r.mimeType, bytes: r.bytes });

// Tokens only: whatever else the page put on a handle stays on this side.
const tokenOf = (handle: FileGrantHandle): string => handle.token;

/** Native DuckDB in main's engine host (decision 006): SQL, grant tokens and Arrow bytes go over; never a path. */
const nativeEngine = {
  choose: (files: FileGrantHandle[], setting: EngineSetting) => invoke('engine:choose', { tokens: files.map(tokenOf), setting }),
  exec: (sql: string) => invoke('engine:exec', { sql }),
  query: (sql: string) => invoke('engine:query', { sql }),
  registerGrant: (name: string, file: FileGrantHandle) => invoke('engine:register-grant', { name, token: tokenOf(file) }),
  dropFile: (name: string) => invoke('engine:drop-file', { name }),
  insertArrowIpc: (table: string, ipc: Uint8Array, create: boolean) => invoke('engine:insert-arrow', { table, ipc, create }),
  cancel: () => invoke('engine:cancel', null),
  close: () => invoke('engine:close', null),
} satisfies NativeEnginePort;

const bridge = {
  info: () => invoke('platform:info', null),
  async openFiles(options: OpenFilesRequest): Promise<PickedFile[]> {
    const request: OpenFilesRequest = {};
    if (options.folder !== undefined) request.folder = options.folder;
    if (options.accept !== undefined) request.accept = options.accept;
    const granted = await invoke('platform:open-files', request);
    return granted.map((f) => ({ name: f.name, size: f.size, handle: { kind: 'grant', token: f.token } satisfies FileGrantHandle }));
  },
  saveFile: (request: SaveRequest) => invoke('platform:save-file', saveRequest(request)),
  // The desktop writes into the folder the analyst picks; an archive name is the web build's.
  saveFiles: (files: SaveRequest[]) => invoke('platform:save-files', files.map(saveRequest)),
  readFileSlice: (handle: FileGrantHandle, start: number, end: number) => invoke('files:read-slice', { token: handle.token, start, end }),
  hashFile: (handle: FileGrantHandle) => invoke('files:sha256', { token: tokenOf(handle) }),
  nativeEngine,
} satisfies Platform;

contextBridge.exposeInMainWorld('datapakker', bridge);
