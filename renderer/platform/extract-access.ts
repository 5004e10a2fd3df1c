/**
 * The browser's ExtractFileAccess over the File objects the analyst picked or dropped: slices via
 * Blob.slice, SQL access through the worker engine's lazy FileReader registration, Parquet row
 * groups through parquet-wasm in its own worker (its wasm bundled, never fetched elsewhere), XLSX
 * sheets parsed in another worker, and a streamed SHA-256.
 */
import type { Engine } from '../../shared/engine';
import type { ExtractFile, ExtractFileAccess } from '../../shared/import/file-access';
import type { PickedFile, Platform } from '../../shared/platform';
import { Sha256 } from './sha256';
import { isGrant, readPicked, registerPicked } from './picked-files';
import type { ParquetRequest } from './parquet.worker';
import type { XlsxRequest } from './xlsx.worker';
import type { HashRequest } from './hash.worker';
import { nextTask } from './next-task';
import { ownBuffer, workerClient, type DistributiveOmit } from './worker-client';

/**
 * Hashed in pieces with a read (a yield to the UI) between: 256 KiB took up to 90 ms of the UI thread
 * on a busy 2-core machine while the hash was not yet optimised by the JIT; 64 KiB keeps well under 100.
 */
const HASH_CHUNK = 64 * 1024;

const parquetWorker = workerClient<ParquetRequest>(() => new Worker(new URL('./parquet.worker.ts', import.meta.url), { type: 'module' }), 'Parquet-læseren');
const xlsxWorker = workerClient<XlsxRequest>(() => new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' }), 'XLSX-læseren');
const hashWorker = workerClient<HashRequest>(() => new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' }), 'Kontrolsummen');

let nextFile = 1;

/** One request to the Parquet worker (renderer/platform/parquet.worker.ts). */
function parquetCall(request: DistributiveOmit<ParquetRequest, 'id'>): Promise<number | Uint8Array | undefined> {
  return parquetWorker.call(request) as Promise<number | Uint8Array | undefined>;
}

type Peek = { headers: string[]; preview: Record<string, string>[] };

/** Headers and the first rows of Arrow IPC bytes, as text the way the mapping table shows values. */
async function peekOfIpc(ipc: Uint8Array, rows: number): Promise<Peek> {
  const { tableFromIPC, DataType } = await import('apache-arrow');
  const table = tableFromIPC(ipc);
  const fields = table.schema.fields;
  const headers = fields.map((f) => f.name);
  // Dates arrive as epoch milliseconds: shown as ISO dates, as the import reads them.
  const text = (value: unknown, type: unknown): string => {
    if (value === null || value === undefined) return '';
    if ((DataType.isDate(type) || DataType.isTimestamp(type)) && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  };
  const preview = table
    .slice(0, rows)
    .toArray()
    .map((row: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f.name, text(row[f.name], f.type)])));
  return { headers, preview };
}

/**
 * The columns and first rows of a Parquet file, for the mapping proposal and its preview. Read in
 * the Parquet worker; values become text as the mapping table shows them.
 */
export async function peekParquet(blob: Blob, rows = 5): Promise<Peek> {
  return peekOfIpc((await parquetCall({ op: 'peek', blob, rows })) as Uint8Array, rows);
}

/**
 * The columns and first rows of a workbook's first sheet, parsed in the XLSX worker (the same
 * parser the import uses, so the mapping sees the headers the import will see).
 */
export async function peekXlsx(file: Blob | Uint8Array, rows = 5): Promise<Peek> {
  const ipc = (await xlsxWorker.call({ file }, file instanceof Uint8Array ? ownBuffer(file) : [])) as Uint8Array | null;
  return ipc ? peekOfIpc(ipc, rows) : { headers: [], preview: [] };
}

/** Over the picked files; `platform` reads Electron's granted files (a File needs no platform). */
export function browserExtractAccess(files: PickedFile[], platform?: Platform): ExtractFileAccess {
  const byName = new Map(files.map((f) => [f.name, f]));
  const picked = (name: string): PickedFile => {
    const f = byName.get(name);
    if (!f) throw new Error(`Filen ${name} er ikke valgt.`);
    return f;
  };
  const read = (name: string, start: number, end: number): Promise<Uint8Array> => readPicked(platform, picked(name), start, end);
  return {
    async list(): Promise<ExtractFile[]> {
      return files.map((f) => ({ name: f.name, size: f.size }));
    },
    readBytes(name, start = 0, end) {
      return read(name, start, end ?? picked(name).size);
    },
    async register(engine: Engine, name, engineName) {
      await registerPicked(engine, platform, picked(name), engineName);
    },
    async *parquetRowGroups(name) {
      const f = picked(name);
      // parquet-wasm reads a Blob lazily; a granted file becomes one in memory first.
      const blob = f.handle instanceof Blob ? f.handle : new Blob([(await read(name, 0, f.size)) as BlobPart]);
      const file = nextFile++;
      const groups = (await parquetCall({ op: 'open', file, blob })) as number;
      try {
        for (let rowGroup = 0; rowGroup < groups; rowGroup++) yield (await parquetCall({ op: 'read', file, rowGroup })) as Uint8Array;
      } finally {
        await parquetCall({ op: 'close', file });
      }
    },
    async xlsxArrowIpc(name, sheet) {
      const f = picked(name);
      // A File goes to the worker as it is (read there); a granted file's bytes are transferred, not copied.
      const file = f.handle instanceof Blob ? f.handle : await read(name, 0, f.size);
      return (await xlsxWorker.call({ file, sheet }, file instanceof Uint8Array ? ownBuffer(file) : [])) as Uint8Array | null;
    },
    async sha256(name) {
      const f = picked(name);
      // A File is hashed in a worker; a granted file where it is (main streams it), or, without that,
      // piece by piece through the platform bridge, one piece per task so the page stays responsive.
      if (f.handle instanceof Blob) return (await hashWorker.call({ file: f.handle })) as string;
      if (isGrant(f.handle) && platform?.hashFile) return platform.hashFile(f.handle);
      const hash = new Sha256();
      for (let offset = 0; offset < f.size; offset += HASH_CHUNK) {
        hash.update(await read(name, offset, Math.min(f.size, offset + HASH_CHUNK)));
        await nextTask();
      }
      return hash.hex();
    },
  };
}
