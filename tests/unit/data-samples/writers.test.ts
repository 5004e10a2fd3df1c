import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { tableFromIPC } from 'apache-arrow';
import { loadParquetWasm } from '../../../electron/node/wasm-modules';
import { ParquetSink } from '../../../data-samples/lib/writers/parquet-sink';
import { TextFileWriter } from '../../../data-samples/lib/writers/text-file';
import { dayOf } from '../../../data-samples/lib/dates';

describe('sample writers', () => {
  it('splits a Parquet sink into _partNN files past the row limit and keeps every row and date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-writers-'));
    try {
      const sink = new ParquetSink(join(dir, 'lmdb_x'), { PNR: 'utf8', EKSD: 'date', APK: 'float64' }, 3);
      for (let k = 0; k < 7; k++) sink.add({ PNR: `P${k}`, EKSD: dayOf(2020, 1, 1 + k), APK: k === 6 ? null : k / 2 });
      const files = sink.close().map((f) => f.slice(dir.length + 1));
      expect(files).toEqual(['lmdb_x_part01.parquet', 'lmdb_x_part02.parquet', 'lmdb_x_part03.parquet']);
      expect(readdirSync(dir).sort()).toEqual(files);
      const pq = loadParquetWasm();
      const rows = files.flatMap((f) =>
        tableFromIPC(pq.readParquet(readFileSync(join(dir, f))).intoIPCStream())
          .toArray()
          .map((r) => r.toJSON()),
      );
      expect(rows.map((r) => r.PNR)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
      expect(new Date(rows[3]!.EKSD as number).toISOString().slice(0, 10)).toBe('2020-01-04');
      expect(rows[5]!.APK).toBe(2.5);
      expect(rows[6]!.APK).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes one file without a part suffix when the limit is not reached', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-writers-'));
    try {
      const sink = new ParquetSink(join(dir, 'socio'), { PNR: 'utf8' }, 10);
      sink.add({ PNR: 'P1' });
      expect(sink.close()).toEqual([join(dir, 'socio.parquet')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('encodes Latin-1 text files byte for byte and UTF-8 files with a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-writers-'));
    try {
      const latin = new TextFileWriter(join(dir, 'a.csv'), 'latin-1');
      latin.line('KOM;KOMNAVN');
      latin.line('760;Ringkøbing-Skjern');
      latin.close();
      const bytes = readFileSync(join(dir, 'a.csv'));
      expect(bytes.equals(Buffer.from('KOM;KOMNAVN\r\n760;Ringk\u00f8bing-Skjern\r\n', 'latin1'))).toBe(true);
      expect(bytes.includes(0xf8)).toBe(true);
      const utf = new TextFileWriter(join(dir, 'b.csv'), 'utf-8-bom', '\n');
      utf.line('ø');
      utf.close();
      expect([...readFileSync(join(dir, 'b.csv'))]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xb8, 0x0a]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
