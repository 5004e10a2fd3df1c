/**
 * One rasteriser thread of the command line's export (png-pool.ts): SVG in, PNG bytes out, with
 * resvg and the bundled font exactly as in the main thread (render.ts), so the bytes are the same.
 */
import { parentPort } from 'node:worker_threads';
import v8 from 'node:v8';
import vm from 'node:vm';
import { svgToPng } from './raster';

export interface PngJob {
  id: number;
  svg: string;
  scale: number;
}
export type PngResult = { id: number; bytes: Uint8Array } | { id: number; error: string };

/**
 * resvg's rasters live outside V8's heap: V8 does not see them, so it does not collect the objects
 * holding them, and each 3× raster (~20 MB) stayed until the thread ended (measured: 44 charts took
 * the process from 230 MB to 1.26 GB; with a collection every few charts it stayed near 320 MB).
 */
function exposedGc(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose_gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
const gc = exposedGc();
const COLLECT_EVERY = 4;
let sinceCollect = 0;

function draw(job: PngJob): void {
  let result: PngResult;
  const transfer: ArrayBuffer[] = [];
  try {
    // A copy of its own, so the buffer can be transferred (resvg's Buffer may not be).
    const bytes = new Uint8Array(svgToPng(job.svg, job.scale));
    transfer.push(bytes.buffer);
    result = { id: job.id, bytes };
  } catch (err) {
    result = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(result, transfer);
}

/**
 * Jobs are queued and drawn one per turn of the event loop: a port delivers every waiting message
 * in one go, and the objects a collection frees are only released in a later turn (setImmediate).
 */
const queue: PngJob[] = [];
let running = false;
async function drain(): Promise<void> {
  running = true;
  while (queue.length > 0) {
    draw(queue.shift()!);
    if (gc && ++sinceCollect >= COLLECT_EVERY) {
      sinceCollect = 0;
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  running = false;
}

parentPort?.on('message', (job: PngJob) => {
  queue.push(job);
  if (!running) void drain();
});
