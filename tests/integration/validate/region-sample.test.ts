/**
 * The bundled synthetic sample (data-samples/region-midt): every row is accounted for, and the data
 * problems the generator planted (data-samples/lib/problems.ts) are found with their counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import type { LoadResult } from '../../../shared/import/load-extract';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';
import { fixtureDir } from './load-fixture';

const SAMPLE = path.resolve(fixtureDir('.'), '../../../data-samples/region-midt');
const PROFILE = path.join(SAMPLE, 'region-midt.profile.json');

describe.skipIf(!fs.existsSync(PROFILE))('validate on the bundled region sample', () => {
  let engine: Engine;
  let result: LoadResult;
  beforeAll(async () => {
    engine = await createNodeWasmEngine();
    result = await loadExtractFromDir(engine, SAMPLE, PROFILE, { referenceDate: '2024-01-01', salt: 'test' });
  }, 600_000);
  afterAll(async () => {
    await engine?.close();
  });

  it('loads without fatal problems and accounts for every row of every table', async () => {
    expect(result.fatal, JSON.stringify(result.report.problems.filter((p) => p.severity === 'fatal'))).toBe(false);
    expect(Object.keys(result.report.tables).sort()).toEqual([
      'costs',
      'hospital_contacts',
      'municipal_services',
      'persons',
      'prescriptions',
      'socioeconomic',
      'survey',
    ]);
    for (const [table, t] of Object.entries(result.report.tables)) {
      expect(t.rows, table).toBe(t.accepted + t.rejected);
      const [acc] = await engine.query(`SELECT count(*) AS n FROM ${table}`);
      const [rej] = await engine.query(`SELECT count(*) AS n FROM rejected_${table}`);
      // Accepted rows no track uses are counted but not held (shared/tracks/kept-rows.ts).
      expect([Number(acc!.n), Number(rej!.n)], table).toEqual([t.kept ?? t.accepted, t.rejected]);
    }
  });

  it('finds the planted problems', () => {
    const count = (table: string, code: string, column?: string) =>
      result.report.problems
        .filter((p) => p.table === table && p.code === code && p.row === undefined && (!column || p.column === column))
        .reduce((s, p) => s + (p.count ?? 0), 0);
    expect(count('persons', 'bad_date', 'birth_date')).toBe(3);
    expect(count('persons', 'unknown_code', 'sex')).toBe(1);
    expect(count('persons', 'duplicate_id')).toBe(1);
    expect(count('persons', 'ragged_row')).toBe(1);
    expect(count('persons', 'age_out_of_range')).toBe(1);
    expect(count('hospital_contacts', 'unknown_person')).toBe(2);
  });
});
