/**
 * The desktop app's native engine as the renderer sees it: an Engine over the platform's
 * NativeEnginePort (preload → IPC → main's engine bridge → native DuckDB in the engine host,
 * decision 006). Picked files are registered by grant token, so their bytes never pass through the
 * renderer; Parquet is read by DuckDB itself (`readsParquet`). Errors keep their kind across IPC,
 * so a cancel is still a cancel here.
 */
import { type Engine, type EngineFileSource, type SqlRow, EngineError, assertNoExtensionStatement } from '../../shared/engine';
import type { EngineCallResult, FileGrantHandle, NativeEnginePort } from '../../shared/platform';

export interface HostEngine extends Engine {
  /** Makes a picked (granted) file readable by SQL as `name`; main resolves the token to the file. */
  registerGrant(name: string, file: FileGrantHandle): Promise<void>;
}

export const HOST_ENGINE_NAME = 'duckdb (native)';

function unwrap<T>(result: EngineCallResult<T>): T {
  if (result.ok) return result.value;
  throw new EngineError(result.error.kind, result.error.message);
}

export function createHostEngine(port: NativeEnginePort): HostEngine {
  return {
    name: HOST_ENGINE_NAME,
    readsParquet: true,
    async registerGrant(name, file) {
      unwrap(await port.registerGrant(name, { kind: 'grant', token: file.token }));
    },
    async registerFile(name: string, source: EngineFileSource) {
      // Only picked files (registerGrant) reach the host: bytes or a browser File would have to be copied through this page.
      throw new EngineError('unsupported', `Filen ${name} kan ikke gives til native DuckDB (${source.kind}); vælg den med "Vælg filer" eller "Vælg mappe".`);
    },
    async dropFile(name) {
      unwrap(await port.dropFile(name));
    },
    async exec(sql) {
      assertNoExtensionStatement(sql);
      unwrap(await port.exec(sql));
    },
    async query(sql): Promise<SqlRow[]> {
      assertNoExtensionStatement(sql);
      return unwrap(await port.query(sql));
    },
    async insertArrowIpc(table, ipc, options) {
      unwrap(await port.insertArrowIpc(table, ipc, options?.create ?? true));
    },
    async cancel() {
      unwrap(await port.cancel());
    },
    async close() {
      unwrap(await port.close());
    },
  };
}

export function isHostEngine(engine: Engine): engine is HostEngine {
  return typeof (engine as Partial<HostEngine>).registerGrant === 'function';
}
