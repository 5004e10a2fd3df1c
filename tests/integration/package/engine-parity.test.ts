/**
 * The same extract through both engines gives the same packages. Native DuckDB reads Parquet itself
 * (Engine.readsParquet) while duckdb-wasm decodes row groups in JavaScript, so this proves the two
 * import routes give the same tables, and the SQL the same numbers, before the desktop app chooses
 * native DuckDB for large extracts (decision 006).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Datapakke, TrackId } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke } from '../../../shared/package/build';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { createNativeEngine } from '../../../electron/node/native-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';

const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));
const TRACKS: TrackId[] = ['kol', 'diabetes', 'angst'];
const AREAS = ['region', 'municipality:727'];

async function buildAll(engine: Engine): Promise<{ packages: Map<string, Datapakke>; rawRows: Record<string, number> }> {
  const loaded = await loadExtractFromDir(engine, SAMPLE, path.join(SAMPLE, 'region-midt.profile.json'), { referenceDate: '2024-01-01', salt: 'parity' });
  expect(loaded.fatal).toBe(false);
  const rawRows = Object.fromEntries(loaded.sources.map((s) => [s.table, s.rows]));
  const packages = new Map<string, Datapakke>();
  for (const area of AREAS)
    for (const track of TRACKS)
      packages.set(
        `${track}@${area}`,
        await buildDatapakke(engine, {
          track,
          area: resolveArea(area),
          referenceDate: '2024-01-01',
          settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
          sources: loaded.sources,
          generatedAt: '2026-12-01T10:00:00Z',
          app: { name: 'datapakker', version: 'test' },
        }),
      );
  return { packages, rawRows };
}

/**
 * Where two packages differ, ignoring the field that names the engine and floating-point noise
 * (relative or absolute 1e-9): native DuckDB sums in parallel, so a standardised rate may differ in
 * its last bits, and a potential gain of 0 may come out as ±1e-15.
 */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? [] : [`${at}: ${a} ≠ ${b}`];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b) ? [] : [`${at}: ${String(a)} ≠ ${String(b)}`];
  if (Array.isArray(a) !== Array.isArray(b)) return [`${at}: array vs object`];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => (k === 'engine' ? [] : differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k}`)));
}

let wasm: Awaited<ReturnType<typeof buildAll>>;
let native: Awaited<ReturnType<typeof buildAll>>;
let nativeEngine: Engine;
beforeAll(async () => {
  const w = await createNodeWasmEngine();
  try {
    wasm = await buildAll(w);
  } finally {
    await w.close();
  }
  nativeEngine = await createNativeEngine({ threads: 2 });
  native = await buildAll(nativeEngine);
}, 900_000);
afterAll(async () => {
  await nativeEngine?.close();
});

describe('duckdb-wasm and native DuckDB give the same packages', () => {
  it('the comparison sees a changed count (canary)', () => {
    const p = wasm.packages.get('kol@region')!;
    const changed = JSON.parse(JSON.stringify(p)) as Datapakke;
    const row = changed.sections[0]!.indicators.find((i) => i.rows?.length)!.rows![0]!;
    row.numerator = (row.numerator ?? 0) + 1;
    expect(differences(changed, p)).toHaveLength(1);
  });
  it('native DuckDB reads Parquet itself; duckdb-wasm does not', () => {
    expect(nativeEngine.readsParquet).toBe(true);
  });
  it('the same rows from every source file, Parquet included', () => {
    expect(native.rawRows.prescriptions).toBeGreaterThan(0);
    expect(native.rawRows).toEqual(wasm.rawRows);
  });
  it.each(TRACKS.flatMap((t) => AREAS.map((a) => `${t}@${a}`)))('%s', (key) => {
    const native_ = native.packages.get(key)!;
    expect(native_.method?.engine).toContain('native');
    expect(differences(native_, wasm.packages.get(key)!)).toEqual([]);
  });
});
