/**
 * The Platform of the plain browser build: files come from an <input type=file>, saves are
 * downloads. Nothing here reaches the network; printing to PDF is Electron's (the web build offers
 * the browser's own print dialog instead).
 */
import type { Platform, SaveRequest } from '../../shared/platform';
import { pickedFromFile } from '../features/data/picked';

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
  async saveFiles(files: SaveRequest[]) {
    for (const f of files) download(f);
    return files.map((f) => f.suggestedName);
  },
  async printToPdf(): Promise<Uint8Array> {
    throw new Error('PDF kræver skrivebordsappen; brug browserens udskriv-funktion i webudgaven.');
  },
} satisfies Platform;
