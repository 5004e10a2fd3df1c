import { describe, it, expect } from 'vitest';
import http from 'node:http';
import { blockedRequests } from '../setup/network-guard';
import { createNodeWasmEngine } from '../../electron/node/wasm-engine';
import { contractCsvBytes } from './engine-contract';

describe('no request leaves the machine (Node)', () => {
  it('the guard itself blocks and records a request to another host (canary)', async () => {
    const before = blockedRequests.length;
    await expect(fetch('https://extensions.duckdb.org/v1.4.3/wasm_eh/parquet.duckdb_extension.wasm')).rejects.toThrow(/Network is off/);
    expect(() => http.get('http://example.org/')).toThrow(/Network is off/);
    expect(blockedRequests.length).toBe(before + 2);
    blockedRequests.splice(before);
  });

  it('the engine imports a CSV, runs queries and refuses Parquet/JSON/Excel without trying the network', async () => {
    const engine = await createNodeWasmEngine();
    try {
      await engine.registerFile('n.csv', { kind: 'bytes', bytes: contractCsvBytes() });
      await engine.exec("CREATE TABLE n AS SELECT * FROM read_csv('n.csv', delim=';', encoding='latin-1', header=true)");
      expect(await engine.query('SELECT count(*) AS n FROM n')).toEqual([{ n: 3 }]);
      for (const sql of [
        "SELECT * FROM read_parquet('x.parquet')",
        "SELECT * FROM read_json('x.json')",
        "SELECT * FROM read_xlsx('x.xlsx')",
        'INSTALL httpfs',
        'LOAD icu',
      ]) {
        await expect(engine.query(sql)).rejects.toBeDefined();
      }
    } finally {
      await engine.close();
    }
    expect(blockedRequests).toEqual([]);
  });
});
