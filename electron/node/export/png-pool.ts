/**
 * The command line's PNG rasterising in worker threads (png-worker.ts): the export's slowest part
 * (about 0.1 s for a 2× and 0.2 s for a 3× chart) runs beside the deck, the PDF and the rest, on every
 * core (issue 17: three packages in every format under 30 s). Where no worker can start (a bundle
 * without the worker file), it draws in this thread instead: the same resvg call, the same bytes.
 */
import os from 'node:os';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { svgToPng as svgToPngHere } from './raster';
import type { PngJob, PngResult } from './png-worker';

export interface PngPool {
  /** Worker threads running (0 when drawing in this thread). */
  readonly size: number;
  svgToPng(svg: string, scale: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * How to start the worker beside this module: its JavaScript in a bundle; under tsx (tests, `npm run
 * datapakke`) its TypeScript, through tsx's register() first, because Node 20 does not run a
 * loader given to a worker with --import before the worker's own module.
 */
function workerSource(): { code: string | URL; eval: boolean } | null {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(ts ? './png-worker.ts' : './png-worker.js', import.meta.url);
  if (!fs.existsSync(fileURLToPath(url))) return null;
  if (!ts) return { code: url, eval: false };
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  return { code: `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`, eval: true };
}

export function createPngPool(threads = Math.min(2, os.availableParallelism())): PngPool {
  const file = threads > 0 ? workerSource() : null;
  const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void; svg: string; scale: number }>();
  let nextId = 1;
  let turn = 0;
  let broken = file === null;
  const workers: Worker[] = [];
  if (file) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(file.code, { eval: file.eval });
      worker.on('message', (result: PngResult) => {
        const job = pending.get(result.id);
        pending.delete(result.id);
        if ('error' in result) job?.reject(new Error(result.error));
        else job?.resolve(result.bytes);
      });
      // A thread that cannot start or dies: its jobs and every later one are drawn here.
      worker.on('error', () => {
        broken = true;
      });
      worker.on('exit', () => {
        broken = true;
        for (const [id, job] of [...pending]) {
          pending.delete(id);
          try {
            job.resolve(svgToPngHere(job.svg, job.scale));
          } catch (err) {
            job.reject(err instanceof Error ? err : new Error(String(err)));
          }
        }
      });
      workers.push(worker);
    }
  }
  return {
    get size() {
      return broken ? 0 : workers.length;
    },
    svgToPng(svg, scale) {
      if (broken) return Promise.resolve(svgToPngHere(svg, scale));
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject, svg, scale });
        const job: PngJob = { id, svg, scale };
        workers[turn++ % workers.length]!.postMessage(job);
      });
    },
    async close() {
      broken = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
