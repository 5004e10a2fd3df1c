import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { Engine, EngineFileSource } from '../../shared/engine';

export interface EngineFixtures {
  /** How this platform hands the engine a Latin-1, semicolon, decimal-comma CSV file. */
  latin1Csv: () => EngineFileSource;
  /** Native DuckDB has Parquet built in; duckdb-wasm must refuse it rather than fetch an extension. */
  parquetBuiltIn?: boolean;
}

const LATIN1_CSV = 'PNR;KOEN;FOED_DAG;INDK\nab1;1;03-04-1950;1.234,56\nab2;2;12-12-1980;99,5\nøst;2;01-01-2000;0\n';

/** Latin-1 bytes of a string (every character here is below U+0100). */
export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}
export const contractCsvBytes = (): Uint8Array => latin1Bytes(LATIN1_CSV);

/** One suite, run against every Engine implementation. */
export function engineContract(label: string, createEngine: () => Promise<Engine>, fixtures: EngineFixtures): void {
  describe(`Engine contract: ${label}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await createEngine();
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('answers a query with plain numbers (BIGINT becomes number)', async () => {
      const rows = await engine.query('SELECT 40 + 2 AS answer, count(*) AS n FROM range(7)');
      expect(rows).toEqual([{ answer: 42, n: 7 }]);
    });

    it('keeps extension auto-install and auto-load off', async () => {
      const rows = await engine.query("SELECT current_setting('autoinstall_known_extensions') AS i, current_setting('autoload_known_extensions') AS l");
      expect(rows).toEqual([{ i: false, l: false }]);
    });

    it('fails fast, without fetching, on a Parquet query (an extension in wasm)', async () => {
      await expect(engine.query("SELECT * FROM read_parquet('nothing.parquet')")).rejects.toMatchObject({
        kind: fixtures.parquetBuiltIn ? 'io' : 'unsupported',
      });
    });

    it('refuses to install or load an extension, at once', async () => {
      for (const sql of ['INSTALL httpfs', 'LOAD icu', 'force install parquet', 'SELECT 1; LOAD json', 'UPDATE EXTENSIONS']) {
        await expect(engine.query(sql), sql).rejects.toMatchObject({ kind: 'unsupported' });
        await expect(engine.exec(sql), sql).rejects.toMatchObject({ kind: 'unsupported' });
      }
      // A column or string that merely contains the word is fine.
      expect(await engine.query("SELECT 'LOAD icu' AS install")).toEqual([{ install: 'LOAD icu' }]);
    });

    it('inserts Arrow IPC bytes as a table', async () => {
      const ipc = tableToIPC(tableFromArrays({ id: ['a', 'b'], n: Int32Array.from([1, 2]) }), 'stream');
      await engine.insertArrowIpc('contract_arrow', ipc);
      expect(await engine.query('SELECT id, n FROM contract_arrow ORDER BY id')).toEqual([
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ]);
    });

    it('returns TIMESTAMP columns as ISO strings without zone', async () => {
      expect(await engine.query("SELECT TIMESTAMP '2024-03-04 08:15:00' AS t")).toEqual([{ t: '2024-03-04T08:15:00' }]);
    });

    it('reads a registered Danish CSV: semicolons, decimal comma, thousands dot, Latin-1, dd-mm-yyyy', async () => {
      await engine.registerFile('contract.csv', fixtures.latin1Csv());
      const rows = await engine.query(
        "SELECT PNR, INDK, strftime(FOED_DAG, '%Y-%m-%d') AS born FROM read_csv('contract.csv', delim=';', decimal_separator=',', thousands='.', encoding='latin-1', header=true, dateformat='%d-%m-%Y') ORDER BY PNR",
      );
      expect(rows).toEqual([
        { PNR: 'ab1', INDK: 1234.56, born: '1950-04-03' },
        { PNR: 'ab2', INDK: 99.5, born: '1980-12-12' },
        { PNR: 'øst', INDK: 0, born: '2000-01-01' },
      ]);
    });

    it('returns DATE columns as ISO strings', async () => {
      const rows = await engine.query("SELECT DATE '2024-01-01' AS d, NULL::DATE AS n");
      expect(rows).toEqual([{ d: '2024-01-01', n: null }]);
    });

    it('reports a SQL error as an EngineError of kind sql', async () => {
      await expect(engine.query('SELEC 1')).rejects.toMatchObject({ name: 'EngineError', kind: 'sql' });
    });

    it('returns HUGEINT sums and DECIMALs as numbers with their scale', async () => {
      const rows = await engine.query('SELECT sum(range) AS s, 12.345::DECIMAL(10,3) AS d, -0.5::DECIMAL(4,1) AS m FROM range(4)');
      expect(rows).toEqual([{ s: 6, d: 12.345, m: -0.5 }]);
    });

    it('creates tables and reads them back', async () => {
      await engine.exec('CREATE OR REPLACE TABLE contract_t AS SELECT range AS i FROM range(3)');
      expect(await engine.query('SELECT sum(i) AS s FROM contract_t')).toEqual([{ s: 3 }]);
    });
  });
}
