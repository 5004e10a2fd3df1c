/**
 * Request/response over a dedicated worker that answers `{ id, value }` or `{ id, error }`: started
 * on the first call, every answer matched to its request by id, and an error that stops the worker
 * (it cannot start, or dies) fails the waiting calls instead of leaving them waiting for ever.
 */
type Answer = { id: number; value?: unknown } | { id: number; error: string };

export interface WorkerClient<Request extends { id: number }> {
  call(request: DistributiveOmit<Request, 'id'>, transfer?: Transferable[]): Promise<unknown>;
}
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** `start` must construct the worker as `new Worker(new URL('./x.worker.ts', import.meta.url), …)` for Vite to bundle it. */
export function workerClient<Request extends { id: number }>(start: () => Worker, what: string): WorkerClient<Request> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  return {
    call(request, transfer = []) {
      if (!worker) {
        const w = start();
        w.onmessage = (event: MessageEvent<Answer>) => {
          const answer = event.data;
          const p = pending.get(answer.id);
          pending.delete(answer.id);
          if ('error' in answer) p?.reject(new Error(answer.error));
          else p?.resolve(answer.value);
        };
        w.onerror = (event) => {
          event.preventDefault();
          const message = `${what} kunne ikke starte: ${event.message || 'ukendt fejl'}`;
          for (const p of pending.values()) p.reject(new Error(message));
          pending.clear();
          worker = null;
        };
        worker = w;
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ ...request, id }, transfer);
      });
    },
  };
}

/** The buffer of bytes that own it whole, to transfer rather than copy; none otherwise. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
