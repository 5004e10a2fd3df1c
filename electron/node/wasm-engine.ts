import path from 'node:path';
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import {
  type Engine,
  type EngineFileSource,
  type SqlRow,
  EngineError,
  OFFLINE_SETTINGS_SQL,
  classifyEngineError,
  assertNoExtensionStatement,
} from '../../shared/engine';
import { arrowToRows } from '../../shared/arrow-rows';

const require = createRequire(import.meta.url);

/** The wasm and worker files come from the installed package: nothing is fetched. */
function localBundles(): duckdb.DuckDBBundles {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  return {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
}

export interface WasmEngineOptions {
  /** DuckDB memory_limit, e.g. '3GB'. duckdb-wasm's default is 3.1 GiB. */
  memoryLimit?: string;
}

/**
 * duckdb-wasm under Node (tests, command line). Uses the blocking bindings: queries run on the
 * calling thread, so `cancel()` can only stop the next statement, not one in flight; the command
 * line is cancelled with Ctrl-C instead.
 */
export async function createNodeWasmEngine(options: WasmEngineOptions = {}): Promise<Engine & { wasmHeapBytes(): number }> {
  const db = await duckdb.createDuckDB(localBundles(), new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const conn = db.connect();
  for (const statement of OFFLINE_SETTINGS_SQL) conn.query(statement);
  if (options.memoryLimit) conn.query(`SET memory_limit = '${options.memoryLimit.replace(/'/g, '')}'`);
  let cancelRequested = false;

  const run = <T>(fn: () => T): T => {
    if (cancelRequested) {
      cancelRequested = false;
      throw new EngineError('cancelled', 'Kørslen blev afbrudt.');
    }
    try {
      return fn();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new EngineError(classifyEngineError(message), message);
    }
  };

  return {
    name: 'duckdb-wasm (node)',
    async registerFile(name: string, source: EngineFileSource) {
      run(() => {
        switch (source.kind) {
          case 'path':
            db.registerFileURL(name, path.resolve(source.path), duckdb.DuckDBDataProtocol.NODE_FS, false);
            return;
          case 'bytes':
            db.registerFileBuffer(name, source.bytes);
            return;
          case 'blob':
            throw new EngineError('unsupported', 'A browser file cannot be registered under Node.');
        }
      });
    },
    async dropFile(name: string) {
      run(() => db.dropFile(name));
    },
    async exec(sql: string) {
      assertNoExtensionStatement(sql);
      run(() => conn.query(sql));
    },
    async query(sql: string): Promise<SqlRow[]> {
      assertNoExtensionStatement(sql);
      return run(() => arrowToRows(conn.query(sql)));
    },
    async insertArrowIpc(table: string, ipc: Uint8Array, opts?: { create?: boolean }) {
      run(() => conn.insertArrowFromIPCStream(ipc, { name: table, create: opts?.create ?? true }));
    },
    async cancel() {
      cancelRequested = true;
    },
    /** Size of the wasm linear memory: it only grows, so this is also its peak (for the benchmark). */
    wasmHeapBytes() {
      return (db.mod as unknown as { HEAPU8?: Uint8Array }).HEAPU8?.buffer.byteLength ?? 0;
    },
    async close() {
      conn.close();
      // The blocking bindings hold no worker; the wasm memory goes with the last reference.
    },
  };
}
