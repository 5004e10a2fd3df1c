/**
 * duckdb-wasm in a Web Worker, behind the Engine interface. The worker is duckdb-wasm's own
 * (AsyncDuckDB); this client serialises calls on one connection, gives each call a request id, and
 * runs queries as pending queries so Cancel can interrupt one in flight (cancelPendingQuery).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import {
  type Engine,
  type EngineFileSource,
  type SqlRow,
  EngineError,
  OFFLINE_SETTINGS_SQL,
  assertNoExtensionStatement,
  classifyEngineError,
} from '../../shared/engine';
import { arrowToRows } from '../../shared/arrow-rows';
import { localBundles } from './bundles';

export interface BrowserEngine extends Engine {
  /** The bundle duckdb.selectBundle chose: 'coi' (threads), 'eh' or 'mvp'. */
  readonly bundle: string;
}

function toEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new EngineError(classifyEngineError(message), message);
}

/**
 * DuckDB threads of the browser engine. One, so that Cancel really stops a query: duckdb-wasm 1.32
 * cancels a pending query by dropping its result (it has no interrupt), and with more threads the
 * query's parallel tasks stay queued and are run to completion when the connection is next used —
 * the engine would then stay busy for as long as the cancelled query had left (measured: a cancelled
 * scan kept the worker blocked for 52 s; unbounded for a bigger one). With one thread the only task
 * is the one being polled, and it is gone with the result.
 */
export const CANCELLABLE_THREADS = 1;

export async function createBrowserEngine(): Promise<BrowserEngine> {
  const bundle = await duckdb.selectBundle(localBundles());
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  for (const statement of OFFLINE_SETTINGS_SQL) await conn.query(statement);
  await conn.query(`SET threads = ${CANCELLABLE_THREADS}`);

  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  let running: number | null = null;
  let cancelled = new Set<number>();

  /** One call at a time on the connection; each gets an id so Cancel hits the one running. */
  const serial = <T>(fn: (id: number) => Promise<T>): Promise<T> => {
    const id = nextId++;
    const result = queue.then(async () => {
      if (cancelled.delete(id)) throw new EngineError('cancelled', 'Kørslen blev afbrudt.');
      running = id;
      try {
        return await fn(id);
      } catch (err) {
        const wasCancelled = cancelled.delete(id);
        throw wasCancelled ? new EngineError('cancelled', 'Kørslen blev afbrudt.') : toEngineError(err);
      } finally {
        running = null;
      }
    });
    queue = result.catch(() => undefined);
    return result;
  };

  /**
   * A pending (polled) query: the worker runs it in short slices and stays free to receive the
   * cancel message. Not a streaming result: that would run the whole aggregate inside one blocking
   * fetch, out of Cancel's reach.
   */
  const runPending = async (sql: string): Promise<Table> => {
    const reader = await conn.send(sql, false);
    const batches: RecordBatch[] = [];
    for await (const batch of reader) batches.push(batch);
    return batches.length > 0 ? new Table(batches) : new Table(reader.schema);
  };

  return {
    name: `duckdb-wasm (browser, ${bundle.pthreadWorker ? 'coi' : 'no coi'}, ${CANCELLABLE_THREADS} thread)`,
    bundle: bundle.pthreadWorker ? 'coi' : bundle.mainModule.includes('-eh') ? 'eh' : 'mvp',
    registerFile(name: string, source: EngineFileSource) {
      return serial(async () => {
        switch (source.kind) {
          case 'blob':
            // Read lazily through FileReader slices: works above 4 GiB, nothing is copied whole.
            await db.registerFileHandle(name, source.blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
            return;
          case 'bytes':
            await db.registerFileBuffer(name, source.bytes.slice());
            return;
          case 'path':
            throw new EngineError('unsupported', 'En sti på disken kan ikke læses direkte i browseren.');
        }
      });
    },
    dropFile(name: string) {
      return serial(async () => {
        await db.dropFile(name);
      });
    },
    exec(sql: string) {
      return serial(async () => {
        assertNoExtensionStatement(sql);
        await runPending(sql);
      });
    },
    query(sql: string) {
      return serial(async (): Promise<SqlRow[]> => {
        assertNoExtensionStatement(sql);
        return arrowToRows(await runPending(sql));
      });
    },
    insertArrowIpc(table: string, ipc: Uint8Array, options?: { create?: boolean }) {
      return serial(() => conn.insertArrowFromIPCStream(ipc, { name: table, create: options?.create ?? true }));
    },
    async cancel() {
      if (running === null) return;
      cancelled.add(running);
      await conn.cancelSent();
    },
    async close() {
      await queue.catch(() => undefined);
      await conn.close();
      await db.terminate();
      cancelled = new Set();
    },
  };
}
