/**
 * The browser's ExtractFileAccess over the File objects the analyst picked or dropped: slices via
 * Blob.slice, SQL access through the worker engine's lazy FileReader registration, Parquet row
 * groups through parquet-wasm (its wasm bundled, never fetched elsewhere), and a streamed SHA-256.
 */
import type { Engine } from '../../shared/engine';
import type { ExtractFile, ExtractFileAccess } from '../../shared/import/file-access';
import type { PickedFile, Platform } from '../../shared/platform';
import { Sha256 } from './sha256';
import { readPicked, registerPicked } from './picked-files';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

const HASH_CHUNK = 4 * 1024 * 1024;

let parquetReady: Promise<typeof import('parquet-wasm/esm')> | null = null;
function parquet(): Promise<typeof import('parquet-wasm/esm')> {
  parquetReady ??= import('parquet-wasm/esm').then(async (mod) => {
    await mod.default({ module_or_path: parquetWasmUrl });
    return mod;
  });
  return parquetReady;
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
      const { ParquetFile } = await parquet();
      const f = picked(name);
      // parquet-wasm reads a Blob lazily; a granted file becomes one in memory first.
      const blob = f.handle instanceof Blob ? f.handle : new Blob([(await read(name, 0, f.size)) as BlobPart]);
      const file = await ParquetFile.fromFile(blob);
      const groups = file.metadata().numRowGroups();
      for (let i = 0; i < groups; i++) {
        const table = await file.read({ rowGroups: [i] });
        yield table.intoIPCStream();
      }
    },
    async sha256(name) {
      const size = picked(name).size;
      const hash = new Sha256();
      for (let offset = 0; offset < size; offset += HASH_CHUNK) hash.update(await read(name, offset, Math.min(size, offset + HASH_CHUNK)));
      return hash.hex();
    },
  };
}
