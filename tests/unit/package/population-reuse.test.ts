/** dp_person is built once per loaded data and population settings, and rebuilt whenever either changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { contact, person } from '../../fixtures/tracks/canonical';
import { indicator, row, tinyPackage } from './helpers';

let engine: Engine;
const created: string[] = [];
beforeAll(async () => {
  const inner = await createNodeWasmEngine();
  // Counts the statements that build the population, passing everything through.
  engine = Object.assign(Object.create(inner) as Engine, {
    exec: async (sql: string) => {
      if (/CREATE OR REPLACE TEMP TABLE dp_person\b/.test(sql)) created.push(sql);
      return inner.exec(sql);
    },
  });
});
afterAll(async () => {
  await engine.close();
});

const people = (n: number, municipality = 751) =>
  Array.from({ length: n }, (_, i) => person(`p${municipality}_${i}`, '1950-01-01', { municipality_code: municipality }));

describe('population reuse between tracks', () => {
  it('reuses dp_person for the next track on the same data, and rebuilds it after a new load or for another area', async () => {
    const data = { persons: people(4), hospital_contacts: [contact('p751_0', '2020-01-01', 'DJ44')] };
    const kol = await tinyPackage(engine, 'kol', data);
    expect(created).toHaveLength(1);
    expect(row(indicator(kol, 'kol.prevalence')).denominator).toBe(4);

    // Same tables (tinyPackage reloads them, so build directly on what is loaded).
    const { buildDatapakke } = await import('../../../shared/package/build');
    const { resolveArea } = await import('../../../shared/areas/areas');
    const again = await buildDatapakke(engine, {
      track: 'kol',
      area: resolveArea('cluster:aarhus'),
      referenceDate: '2024-01-01',
      settings: { minCount: 1, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
      sources: [],
      generatedAt: '2026-11-22T10:00:00Z',
      app: { name: 'datapakker', version: 'test' },
    });
    expect(created).toHaveLength(1);
    expect(row(indicator(again, 'kol.prevalence')).denominator).toBe(4);

    // Another area: rebuilt.
    await buildDatapakke(engine, {
      track: 'kol',
      area: resolveArea('region'),
      referenceDate: '2024-01-01',
      settings: { minCount: 1, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
      sources: [],
      generatedAt: '2026-11-22T10:00:00Z',
      app: { name: 'datapakker', version: 'test' },
    });
    expect(created).toHaveLength(2);

    // A new load with the same number of persons but other people: rebuilt, and the new data shows.
    const moved = await tinyPackage(engine, 'kol', { persons: [...people(2), ...people(2, 615)], hospital_contacts: data.hospital_contacts });
    expect(created).toHaveLength(3);
    expect(row(indicator(moved, 'kol.prevalence')).denominator).toBe(2);
  });
});
