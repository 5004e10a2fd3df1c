/**
 * The Platform of the plain browser build: files come from an <input type=file>, saves are
 * downloads. Nothing here reaches the network; printing to PDF is Electron's (the web build offers
 * the browser's own print dialog instead).
 */
import { zipSync, type Zippable } from 'fflate';
import type { Platform, SaveRequest } from '../../shared/platform';
import { pickedFromFile } from '../features/data/picked';

/** Formats that are already compressed: stored as they are in the ZIP. */
const COMPRESSED = /\.(pptx|xlsx|png|zip)$/i;

/** The name of the ZIP: the package's own name when there is one package, else a neutral one. */
export function archiveName(files: readonly SaveRequest[]): string {
  const stems = new Set(files.filter((f) => /^datapakke-.*\.json$|^datapakke-.*\.(pptx|xlsx|html|pdf)$/.test(f.suggestedName)).map((f) => f.suggestedName.replace(/\.[^.]+$/, '')));
  return stems.size === 1 ? `${[...stems][0]}.zip` : 'datapakker-eksport.zip';
}

/** Where a file goes in the ZIP: figures in their own folder, the rest at the top. */
export function entryName(name: string): string {
  return /\.(png|svg)$/i.test(name) ? `figurer/${name}` : name;
}

/**
 * Several files as one ZIP. A browser downloads each file on its own, and Chromium lets a page
 * start only one download without a click ("download multiple files?"): every file after the first
 * would be held back. One ZIP is one download, and the analyst gets the export as one piece.
 */
export function zipFiles(files: readonly SaveRequest[]): { name: string; bytes: Uint8Array; entries: string[] } {
  const entries: Zippable = {};
  for (const f of files) entries[entryName(f.suggestedName)] = [f.bytes, { level: COMPRESSED.test(f.suggestedName) ? 0 : 6 }];
  return { name: archiveName(files), bytes: zipSync(entries), entries: Object.keys(entries) };
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
  async saveFiles(files: SaveRequest[]) {
    if (files.length === 1) {
      download(files[0]!);
      return [files[0]!.suggestedName];
    }
    const zip = zipFiles(files);
    download({ suggestedName: zip.name, mimeType: 'application/zip', bytes: zip.bytes });
    return zip.entries.map((entry) => `${zip.name}/${entry}`);
  },
  async printToPdf(): Promise<Uint8Array> {
    throw new Error('PDF kræver skrivebordsappen; brug browserens udskriv-funktion i webudgaven.');
  },
} satisfies Platform;
