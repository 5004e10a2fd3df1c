/**
 * The Platform of the desktop app: the preload's `window.datapakker` (electron/preload), which
 * invokes the typed IPC channels of shared/ipc.ts. The renderer never imports electron/.
 */
import type { FileGrantHandle, NativeEnginePort, Platform, SaveRequest } from '../../shared/platform';

declare global {
  interface Window {
    datapakker?: Platform;
  }
}

function bridge(): Platform {
  if (!window.datapakker) throw new Error('Skrivebordsappens bro mangler (preload er ikke indlæst).');
  return window.datapakker;
}

export const bridgePlatform = {
  info: () => bridge().info(),
  openFiles: (options: { folder?: boolean; accept?: string[] }) => bridge().openFiles(options),
  saveFile: (request: SaveRequest) => bridge().saveFile(request),
  saveFiles: (files: SaveRequest[]) => bridge().saveFiles(files),
  readFileSlice: (handle: FileGrantHandle, start: number, end: number) => {
    const read = bridge().readFileSlice;
    if (!read) throw new Error('Skrivebordsappens bro kan ikke læse filer.');
    return read(handle, start, end);
  },
  hashFile: (handle: FileGrantHandle) => {
    const hash = bridge().hashFile;
    if (!hash) throw new Error('Skrivebordsappens bro kan ikke beregne kontrolsummer.');
    return hash(handle);
  },
  // Native DuckDB for large extracts: present when the preload offers it (decision 006).
  get nativeEngine(): NativeEnginePort | undefined {
    return window.datapakker?.nativeEngine;
  },
} satisfies Platform;
