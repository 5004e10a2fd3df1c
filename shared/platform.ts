/**
 * What the renderer may ask of the machine. One interface, two implementations chosen at the
 * composition root: the Electron bridge (preload → IPC → main) and the plain browser
 * (renderer/platform/web.ts). Nothing here can reach the network.
 */

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
}
