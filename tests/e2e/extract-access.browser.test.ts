/**
 * The browser's ExtractFileAccess (renderer/platform/extract-access.ts) in Chromium: Parquet row
 * groups through parquet-wasm's bundled wasm into the worker engine, a lazily registered CSV, byte
 * slices, and the streamed SHA-256 — compared with Node's own hash. Nothing may leave the app.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { loadParquetWasm } from '../../electron/node/wasm-modules';
import { launchApp, type AppSession } from './harness/chromium';

type Outcome = { ok: true; value: { sha256: string; slice: number[]; rowGroups: number[]; total: number } } | { ok: false; message: string };
declare const window: { __datapakkerEngine?: { probeExtractAccess(csv: number[], parquet: number[]): Promise<Outcome> } };

/** 2,500 rows written as row groups of 1,000: the reader must yield 1,000 + 1,000 + 500. */
function parquetBytes(): Uint8Array {
  const pq = loadParquetWasm();
  const n = 2500;
  const ipc = tableToIPC(tableFromArrays({ pnr: Array.from({ length: n }, (_, i) => `P${i}`), kode: Array.from({ length: n }, () => 'DJ441') }), 'stream');
  const props = new pq.WriterPropertiesBuilder().setMaxRowGroupSize(1000).build();
  return pq.writeParquet(pq.Table.fromIPCStream(ipc), props);
}

describe('browser ExtractFileAccess', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
  });

  it('reads Parquet by row group, registers CSV lazily, slices and hashes like Node', async () => {
    // Sizes around the 64-byte block boundary and well past one block exercise the hash's padding.
    const csv = Buffer.from(`PNR;KOEN\n${Array.from({ length: 3000 }, (_, i) => `P${i};${(i % 2) + 1}`).join('\n')}\n`, 'latin1');
    const parquet = parquetBytes();
    await app.page.waitForFunction(() => window.__datapakkerEngine !== undefined, undefined, { timeout: 60_000 });
    const outcome = await app.page.evaluate(([c, p]) => window.__datapakkerEngine!.probeExtractAccess(c, p), [[...csv], [...parquet]] as [number[], number[]]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.rowGroups).toEqual([1000, 1000, 500]);
    expect(outcome.value.total).toBe(3000);
    expect(outcome.value.slice).toEqual([...csv.subarray(0, 4)]);
    expect(outcome.value.sha256).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(app.foreignRequests).toEqual([]);
  });
});
