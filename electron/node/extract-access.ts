/**
 * ExtractFileAccess over a local folder (command line, tests, Electron main). CSV files are
 * registered with DuckDB by path (NODE_FS: read lazily, never copied); Parquet is decoded row group by
 * row group from a file-backed Blob, so a large file is never held whole in JS memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Engine } from '../../shared/engine';
import type { ExtractFile, ExtractFileAccess } from '../../shared/import/file-access';
import { loadParquetWasm } from './wasm-modules';

function listFiles(root: string, dir = ''): ExtractFile[] {
  const out: ExtractFile[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile()) out.push({ name: rel, size: fs.statSync(path.join(root, rel)).size });
  }
  return out;
}

export function createNodeExtractAccess(dir: string): ExtractFileAccess {
  const root = path.resolve(dir);
  const full = (name: string) => {
    const p = path.resolve(root, name);
    // Profiles come from users: a pattern must not reach outside the picked folder.
    if (p !== root && !p.startsWith(root + path.sep)) throw new Error(`Filen ${name} ligger uden for inputmappen.`);
    return p;
  };
  return {
    async list() {
      return listFiles(root).sort((a, b) => a.name.localeCompare(b.name));
    },
    async readBytes(name, start = 0, end) {
      const handle = await fs.promises.open(full(name), 'r');
      try {
        const size = (await handle.stat()).size;
        const stop = Math.min(end ?? size, size);
        const buf = Buffer.alloc(Math.max(0, stop - start));
        let read = 0;
        while (read < buf.length) {
          const { bytesRead } = await handle.read(buf, read, buf.length - read, start + read);
          if (bytesRead === 0) break;
          read += bytesRead;
        }
        return new Uint8Array(buf.buffer, buf.byteOffset, read);
      } finally {
        await handle.close();
      }
    },
    async register(engine: Engine, name: string, engineName: string) {
      await engine.registerFile(engineName, { kind: 'path', path: full(name) });
    },
    async *parquetRowGroups(name: string) {
      const pq = loadParquetWasm();
      const blob = await fs.openAsBlob(full(name));
      const file = await pq.ParquetFile.fromFile(blob);
      try {
        const groups = file.metadata().numRowGroups();
        for (let i = 0; i < groups; i++) {
          const table = await file.read({ rowGroups: [i] });
          yield table.intoIPCStream();
        }
      } finally {
        file.free();
      }
    },
    async sha256(name: string) {
      const hash = crypto.createHash('sha256');
      for await (const chunk of fs.createReadStream(full(name))) hash.update(chunk as Buffer);
      return hash.digest('hex');
    },
  };
}
