/**
 * The XLSX import runs in a worker under the desktop app's CSP, which forbids `Function`: reading a
 * workbook must not compile code (apache-arrow's `vectorFromArray` did, for its null test), and nulls
 * must stay nulls.
 */
import ExcelJS from 'exceljs';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { xlsxToArrowIpc } from '../../../shared/import/xlsx';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('tilbud');
  ws.addRow(['KOMMUNE', 'TILBUD', 'ANTAL']);
  ws.addRow(['751', 'Rygestop', 12]);
  ws.addRow(['706', null, 3]);
  ws.addRow(['727', 'KOL-rehabilitering', null]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX → Arrow without Function', () => {
  it('reads text and nulls, and compiles nothing', async () => {
    const bytes = await workbook();
    const original = globalThis.Function;
    const calls: unknown[] = [];
    globalThis.Function = new Proxy(original, {
      construct: (target, args) => (calls.push(args), Reflect.construct(target, args)),
      apply: (target, self, args) => (calls.push(args), Reflect.apply(target, self, args)),
    });
    let ipc: Uint8Array | null;
    try {
      ipc = await xlsxToArrowIpc(bytes);
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
    const rows = tableFromIPC(ipc!)
      .toArray()
      .map((r) => r.toJSON());
    expect(rows).toEqual([
      { KOMMUNE: '751', TILBUD: 'Rygestop', ANTAL: '12' },
      { KOMMUNE: '706', TILBUD: null, ANTAL: '3' },
      { KOMMUNE: '727', TILBUD: 'KOL-rehabilitering', ANTAL: null },
    ]);
  });

  it('canary: the trap sees apache-arrow compile its null test', async () => {
    const { vectorFromArray, Utf8 } = await import('apache-arrow');
    const original = globalThis.Function;
    let calls = 0;
    globalThis.Function = new Proxy(original, { construct: (target, args) => (calls++, Reflect.construct(target, args)) });
    try {
      vectorFromArray(['a', null], new Utf8());
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toBeGreaterThan(0);
  });
});
