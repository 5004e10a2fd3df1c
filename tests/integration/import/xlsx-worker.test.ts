/**
 * Issue 7: the browser parses XLSX in a worker (renderer/platform/xlsx.worker.ts) through the
 * access's optional xlsxArrowIpc; the command line parses in-thread. Both must give the same raw
 * table. The worker's own message handler runs here, its messages passed through structuredClone
 * with their transfer lists as postMessage would, on the bundled sample workbook.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlIdent, type Engine } from '../../../shared/engine';
import type { ExtractFileAccess } from '../../../shared/import/file-access';
import { dropRaw, readRaw, type RawRead } from '../../../shared/import/read-raw';
import { xlsxToArrowIpc } from '../../../shared/import/xlsx';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { createNodeExtractAccess } from '../../../electron/node/extract-access';

const SAMPLE = path.resolve(__dirname, '../../../data-samples/region-midt');
const FILE = 'kommunale_tilbud.xlsx';
const SHEET = 'Forløb';

// renderer/platform/xlsx.worker.ts's messages; the module is loaded by path, outside the tests' type check (browser code).
const WORKER = path.resolve(__dirname, '../../../renderer/platform/xlsx.worker.ts');
type XlsxRequest = { id: number; file: Blob | Uint8Array; sheet?: string };
type XlsxResponse = { id: number; value: Uint8Array | null } | { id: number; error: string };
type Handler = (event: { data: XlsxRequest }) => Promise<void>;
const ownBuffer = (bytes: Uint8Array): ArrayBuffer[] =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];

const g = globalThis as unknown as { self?: { onmessage?: Handler }; postMessage?: unknown };
const saved = { self: g.self, postMessage: g.postMessage };

/** Loads the worker module with a stand-in `self` and `postMessage`, and calls it as a page would. */
async function workerOf(): Promise<(request: XlsxRequest, transfer?: Transferable[]) => Promise<XlsxResponse>> {
  const answers: XlsxResponse[] = [];
  g.self = {};
  g.postMessage = (message: XlsxResponse, options?: { transfer?: Transferable[] }) => answers.push(structuredClone(message, options));
  await import(/* @vite-ignore */ WORKER);
  const handler = g.self.onmessage!;
  return async (request, transfer = []) => {
    await handler({ data: structuredClone(request, { transfer }) });
    return answers.find((a) => a.id === request.id)!;
  };
}

describe.skipIf(!fs.existsSync(path.join(SAMPLE, FILE)))('XLSX in a worker or in-thread', () => {
  let engine: Engine;
  let post: Awaited<ReturnType<typeof workerOf>>;
  const inThread = createNodeExtractAccess(SAMPLE);
  let id = 1;
  // As renderer/platform/extract-access.ts: a File goes as a Blob, granted bytes are transferred.
  const viaWorker = (asBlob: boolean): ExtractFileAccess => ({
    ...inThread,
    async xlsxArrowIpc(name, sheet) {
      const bytes = await inThread.readBytes(name);
      const file = asBlob ? new Blob([bytes as BlobPart]) : new Uint8Array(bytes);
      const answer = await post({ id: id++, file, sheet }, file instanceof Uint8Array ? ownBuffer(file) : []);
      if ('error' in answer) throw new Error(answer.error);
      return answer.value;
    },
  });

  beforeAll(async () => {
    engine = await createNodeWasmEngine();
    post = await workerOf();
  }, 120_000);
  afterAll(async () => {
    g.self = saved.self;
    g.postMessage = saved.postMessage;
    await engine?.close();
  });

  const contents = async (raw: RawRead) => engine.query(`SELECT * FROM ${sqlIdent(raw.rawTable)} ORDER BY ALL`);

  it('gives the same Arrow IPC as the in-thread parse', async () => {
    const bytes = await inThread.readBytes(FILE);
    const direct = await xlsxToArrowIpc(bytes, SHEET);
    const answer = await post({ id: id++, file: new Blob([bytes as BlobPart]), sheet: SHEET });
    expect('value' in answer && answer.value).toEqual(direct);
  });

  it('reads the same raw table through the worker as in-thread', async () => {
    const size = fs.statSync(path.join(SAMPLE, FILE)).size;
    const reads: RawRead[] = [];
    for (const [n, access] of [inThread, viaWorker(true), viaWorker(false)].entries()) {
      const raw = await readRaw(engine, access, FILE, size, { table: 'municipal_services', sheet: SHEET, id: 900 + n });
      if (!('rawTable' in raw)) throw new Error(raw.message);
      reads.push(raw);
    }
    const [a, b, c] = reads as [RawRead, RawRead, RawRead];
    expect(a.rows).toBeGreaterThan(1000);
    expect(a.headerLines).toBe(1);
    for (const other of [b, c]) {
      expect({ ...other, rawTable: a.rawTable }).toEqual(a);
      expect(await contents(other)).toEqual(await contents(a));
    }
    for (const raw of reads) await dropRaw(engine, raw);
  });

  it('brings a parse error back as an error, as in-thread', async () => {
    const size = fs.statSync(path.join(SAMPLE, FILE)).size;
    const opts = { table: 'municipal_services', sheet: 'Findes ikke', id: 990 };
    const expected = await readRaw(engine, inThread, FILE, size, opts).then(
      () => 'read',
      (e: Error) => e.message,
    );
    expect(expected).toMatch(/arket 'Findes ikke' findes ikke/);
    await expect(readRaw(engine, viaWorker(true), FILE, size, { ...opts, id: 991 })).rejects.toThrow(expected);
    await expect(readRaw(engine, viaWorker(false), FILE, size, { ...opts, id: 992 })).rejects.toThrow(expected);
  });
});
