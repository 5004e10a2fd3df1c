import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, DuckDBTypeId } from '@duckdb/node-api';
import { loadParquetWasm } from './wasm-modules';
import { createPrivateDir } from './private-temp';
import {
  type Engine,
  type EngineFileSource,
  type SqlRow,
  type SqlValue,
  EngineError,
  OFFLINE_SETTINGS_SQL,
  classifyEngineError,
  assertNoExtensionStatement,
  sqlIdent,
  sqlString,
} from '../../shared/engine';

export interface NativeEngineOptions {
  memoryLimit?: string;
  threads?: number;
}

/**
 * Native DuckDB behind the same Engine interface: the benchmark's reference for what the hardware can
 * do, and `--engine native` for national-scale runs on a secure server. Registered files become links in
 * a private folder on DuckDB's file_search_path, so the same `read_csv('name')` SQL works as in wasm.
 * Everything on disk — those files, staged Parquet and DuckDB's spill files (`temp_directory`, which
 * would otherwise be `.tmp` in the current folder) — lives in one private folder (private-temp.ts)
 * that goes on close, on Ctrl-C/SIGTERM and, after a hard kill, at the next start.
 */
export async function createNativeEngine(options: NativeEngineOptions = {}): Promise<Engine> {
  const privateDir = createPrivateDir();
  const fileDir = path.join(privateDir.dir, 'files');
  const spillDir = path.join(privateDir.dir, 'spill');
  fs.mkdirSync(fileDir, { mode: 0o700 });
  fs.mkdirSync(spillDir, { mode: 0o700 });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      temp_directory: spillDir,
      ...(options.memoryLimit ? { memory_limit: options.memoryLimit } : {}),
      ...(options.threads ? { threads: String(options.threads) } : {}),
    });
  } catch (err) {
    privateDir.remove();
    throw err;
  }
  const conn = await instance.connect();
  for (const statement of OFFLINE_SETTINGS_SQL) await conn.run(statement);
  await conn.run(`SET file_search_path = ${sqlString(fileDir)}`);

  const guard = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new EngineError(classifyEngineError(message), message);
    }
  };
  const placeFile = (name: string) => {
    const target = path.join(fileDir, name);
    if (path.relative(fileDir, target).startsWith('..')) throw new EngineError('io', `Ugyldigt filnavn: ${name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { force: true });
    return target;
  };

  return {
    name: 'duckdb (native)',
    readsParquet: true,
    async registerFile(name: string, source: EngineFileSource) {
      const target = placeFile(name);
      if (source.kind === 'path') fs.symlinkSync(path.resolve(source.path), target);
      else if (source.kind === 'bytes') fs.writeFileSync(target, source.bytes);
      else throw new EngineError('unsupported', 'A browser file cannot be registered with native DuckDB.');
    },
    async dropFile(name: string) {
      fs.rmSync(path.join(fileDir, name), { force: true });
    },
    async exec(sql: string) {
      assertNoExtensionStatement(sql);
      await guard(() => conn.run(sql));
    },
    async query(sql: string): Promise<SqlRow[]> {
      assertNoExtensionStatement(sql);
      return guard(async () => {
        const reader = await conn.runAndReadAll(sql);
        const types = reader.columnTypes().map((t) => t.typeId);
        const names = reader.columnNames();
        return reader.getRowObjectsJS().map((raw) => {
          const row: SqlRow = {};
          names.forEach((n, i) => {
            row[n] = toSqlValue(raw[n], types[i]);
          });
          return row;
        });
      });
    },
    async insertArrowIpc(table: string, ipc: Uint8Array, opts?: { create?: boolean }) {
      // Native DuckDB reads Parquet natively; going through a temporary Parquet file keeps types exact.
      const pq = loadParquetWasm();
      const file = placeFile(`__ipc_${Date.now()}_${Math.random().toString(36).slice(2)}.parquet`);
      fs.writeFileSync(file, pq.writeParquet(pq.Table.fromIPCStream(ipc)));
      try {
        const create = opts?.create ?? true;
        await guard(() =>
          conn.run(
            create
              ? `CREATE TABLE ${sqlIdent(table)} AS SELECT * FROM read_parquet(${sqlString(file)})`
              : `INSERT INTO ${sqlIdent(table)} SELECT * FROM read_parquet(${sqlString(file)})`,
          ),
        );
      } finally {
        fs.rmSync(file, { force: true });
      }
    },
    async cancel() {
      conn.interrupt();
    },
    async close() {
      try {
        conn.closeSync();
        instance.closeSync();
      } finally {
        privateDir.remove();
      }
    },
  };
}

function toSqlValue(raw: unknown, typeId: DuckDBTypeId | undefined): SqlValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'bigint') return Number(raw);
  if (raw instanceof Date) {
    return typeId === DuckDBTypeId.DATE ? raw.toISOString().slice(0, 10) : raw.toISOString().slice(0, 19);
  }
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}
