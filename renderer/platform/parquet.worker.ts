/**
 * Parquet decoding off the UI thread: parquet-wasm reads one row group at a time from the picked
 * file (a Blob, read lazily) and hands back Arrow IPC bytes. Decoding a row group takes long enough
 * (≈200 ms for 50,000 rows on a 2-core machine, more at region scale) to freeze the page if done there.
 */
import init, { ParquetFile } from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

export type ParquetRequest =
  | { id: number; op: 'open'; file: number; blob: Blob }
  | { id: number; op: 'read'; file: number; rowGroup: number }
  | { id: number; op: 'close'; file: number }
  /** The first rows of a file as Arrow IPC: its columns and a preview for the mapping table. */
  | { id: number; op: 'peek'; blob: Blob; rows: number };
export type ParquetResponse = { id: number; value?: number | Uint8Array } | { id: number; error: string };

let ready: Promise<unknown> | null = null;
const open = new Map<number, ParquetFile>();

self.onmessage = async (event: MessageEvent<ParquetRequest>) => {
  const request = event.data;
  try {
    ready ??= init({ module_or_path: wasmUrl });
    await ready;
    switch (request.op) {
      case 'open': {
        const file = await ParquetFile.fromFile(request.blob);
        open.set(request.file, file);
        postMessage({ id: request.id, value: file.metadata().numRowGroups() } satisfies ParquetResponse);
        return;
      }
      case 'read': {
        const file = open.get(request.file);
        if (!file) throw new Error('Parquet-filen er ikke åben.');
        const ipc = (await file.read({ rowGroups: [request.rowGroup] })).intoIPCStream();
        // Transfer the bytes when they own their buffer (a copy out of wasm memory), else copy.
        const transfer =
          ipc.byteOffset === 0 && ipc.byteLength === ipc.buffer.byteLength && !(ipc.buffer instanceof SharedArrayBuffer) ? [ipc.buffer as ArrayBuffer] : [];
        postMessage({ id: request.id, value: ipc } satisfies ParquetResponse, { transfer });
        return;
      }
      case 'peek': {
        const file = await ParquetFile.fromFile(request.blob);
        try {
          const ipc = (await file.read({ rowGroups: [0], limit: request.rows })).intoIPCStream();
          postMessage({ id: request.id, value: ipc } satisfies ParquetResponse);
        } finally {
          file.free();
        }
        return;
      }
      case 'close':
        open.get(request.file)?.free();
        open.delete(request.file);
        postMessage({ id: request.id } satisfies ParquetResponse);
        return;
    }
  } catch (err) {
    postMessage({ id: request.id, error: err instanceof Error ? err.message : String(err) } satisfies ParquetResponse);
  }
};
