/** One chart worker for the whole app; each request gets an id and its own promise. */
import type { ChartRequest, ChartResponse } from './chart.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (svg: string) => void; reject: (err: Error) => void }>();

function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./chart.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ChartResponse>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!waiting) return;
      if ('svg' in event.data) waiting.resolve(event.data.svg);
      else waiting.reject(new Error(event.data.error));
    };
  }
  return worker;
}

export function renderChartSvg(spec: Record<string, unknown>): Promise<string> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    chartWorker().postMessage({ id, spec } satisfies ChartRequest);
  });
}
