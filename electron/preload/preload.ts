/**
 * The renderer's only way out of its sandbox: exactly the Platform API, each method one
 * `ipcRenderer.invoke` of a channel in shared/ipc.ts. No ipcRenderer, no Node, no paths are
 * exposed; picked files come back as grant tokens. Bundled to CommonJS (sandboxed preloads must be).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponse, OpenFilesRequest } from '../../shared/ipc';
import type { FileGrantHandle, PickedFile, Platform, SaveRequest } from '../../shared/platform';

const invoke = <C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> => ipcRenderer.invoke(channel, request);

// Copies only the known fields, so nothing else the page attached to an object crosses over.
const saveRequest = (r: SaveRequest): SaveRequest => ({ suggestedName: r.suggestedName, mimeType: r.mimeType, bytes: r.bytes });

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
} satisfies Platform;

contextBridge.exposeInMainWorld('datapakker', bridge);
