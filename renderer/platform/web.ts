/**
 * The Platform of the plain browser build: files come from an <input type=file>, saves are
 * downloads (an export as one ZIP). Nothing here reaches the network.
 */
import { zipSync, type Zippable } from 'fflate';
import type { Platform, SaveRequest } from '../../shared/platform';
import { pickedFromFile } from '../features/data/picked';

/** Formats that are already compressed: stored as they are in the ZIP. */
const COMPRESSED = /\.(pptx|xlsx|png|zip)$/i;

/**
 * Several files as one ZIP, entries named as the files (`kol/charts/…`: the command line's layout).
 * A browser downloads each file on its own, and Chromium lets a page start only one download
 * without a click ("download multiple files?"): every file after the first would be held back. One
 * ZIP is one download, and the analyst gets the export as one piece.
 */
export function zipFiles(files: readonly SaveRequest[], name = 'datapakker-eksport.zip'): { name: string; bytes: Uint8Array; entries: string[] } {
  const entries: Zippable = {};
  for (const f of files) entries[f.suggestedName] = [f.bytes, { level: COMPRESSED.test(f.suggestedName) ? 0 : 6 }];
  return { name, bytes: zipSync(entries), entries: Object.keys(entries) };
}

function pickWithInput(options: { folder?: boolean; accept?: string[] }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (options.folder) input.webkitdirectory = true;
    if (options.accept) input.accept = options.accept.join(',');
    input.addEventListener('change', () => resolve([...(input.files ?? [])]));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

function download(request: SaveRequest): void {
  const url = URL.createObjectURL(new Blob([request.bytes as BlobPart], { type: request.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = request.suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium has read the blob once the click is handled; free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const webPlatform = {
  async info() {
    return { name: 'Datapakker', version: '0.1.0', platform: 'web' as const };
  },
  async openFiles(options: { folder?: boolean; accept?: string[] }) {
    return (await pickWithInput(options)).map(pickedFromFile);
  },
  async saveFile(request: SaveRequest) {
    download(request);
    return request.suggestedName;
  },
  /** One file downloads as itself; several as one ZIP. Returns `archive.zip/entry` for those. */
  async saveFiles(files: SaveRequest[], options?: { archiveName?: string }) {
    if (files.length === 1 && !files[0]!.suggestedName.includes('/')) {
      download(files[0]!);
      return [files[0]!.suggestedName];
    }
    const zip = zipFiles(files, options?.archiveName);
    download({ suggestedName: zip.name, mimeType: 'application/zip', bytes: zip.bytes });
    return zip.entries.map((entry) => `${zip.name}/${entry}`);
  },
} satisfies Platform;
