/** The stage numbers a table's files in DuckDB's own VARCHAR order, so the number sorts exactly as the name did. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { sqlString } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { fileOrder } from '../../../shared/import/load-table';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('fileOrder', () => {
  it('is distinct and in the order DuckDB sorts the names', async () => {
    const names = [
      'lpr_2019.csv',
      'LPR_2014.csv',
      'b/æble.csv',
      'b/zebra.csv',
      'lpr_2019.csv',
      'a.csv',
      'Ø.csv',
      'a_1.csv',
      'a.csv.bak',
      '😀.csv',
      '\uFF21.csv',
    ];
    const rows = await engine.query(`SELECT n FROM (VALUES ${[...new Set(names)].map((n) => `(${sqlString(n)})`).join(', ')}) t(n) ORDER BY n`);
    expect(fileOrder(names)).toEqual(rows.map((r) => String(r.n)));
  });
});
