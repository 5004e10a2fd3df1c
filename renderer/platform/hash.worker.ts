/**
 * SHA-256 of a picked file off the UI thread. Hashing on the page, even in 64 KiB pieces, still made
 * the import's longest task 100-150 ms now and then (e2e long-task figures: several pieces resolved
 * within one task, and the first pieces run before the JIT has optimised the hash).
 */
import { Sha256 } from './sha256';

export type HashRequest = { id: number; file: Blob };
export type HashResponse = { id: number; value: string } | { id: number; error: string };

/** Pieces read from the Blob at a time: large, since nothing here has to stay responsive. */
const PIECE = 4 * 1024 * 1024;

self.onmessage = async (event: MessageEvent<HashRequest>) => {
  const { id, file } = event.data;
  try {
    const hash = new Sha256();
    for (let offset = 0; offset < file.size; offset += PIECE) hash.update(new Uint8Array(await file.slice(offset, offset + PIECE).arrayBuffer()));
    postMessage({ id, value: hash.hex() } satisfies HashResponse);
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies HashResponse);
  }
};
