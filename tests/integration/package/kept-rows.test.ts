/**
 * The import keeps only the rows some track can use (shared/tracks/kept-rows.ts). Proof that this
 * loses nothing: on the bundled sample, an import that keeps every row and one that thins the tables
 * give the same validation counts, the thinned tables are exactly the full ones filtered by the
 * predicate, and all three packages for the region are identical.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Datapakke, TrackId } from '../../../shared/contract/datapakke';
import { CANONICAL_TABLES } from '../../../shared/contract/canonical';
import type { Engine } from '../../../shared/engine';
import type { LoadResult } from '../../../shared/import/load-extract';
import { resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke } from '../../../shared/package/build';
import { keptAtcPrefixes, keptDiagnosisPrefixes, keptRowsSql } from '../../../shared/tracks/kept-rows';
import { TRACKS } from '../../../shared/tracks';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';

const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));
const THINNED = ['hospital_contacts', 'prescriptions'] as const;

interface Side {
  engine: Engine;
  loaded: LoadResult;
  packages: Map<TrackId, Datapakke>;
}
const sides: Partial<Record<'thin' | 'full', Side>> = {};

async function side(keepAllRows: boolean): Promise<Side> {
  const engine = await createNodeWasmEngine();
  const loaded = await loadExtractFromDir(engine, SAMPLE, path.join(SAMPLE, 'region-midt.profile.json'), {
    referenceDate: '2024-01-01',
    salt: 'test',
    keepAllRows,
  });
  const packages = new Map<TrackId, Datapakke>();
  for (const track of ['kol', 'diabetes', 'angst'] as TrackId[])
    packages.set(
      track,
      await buildDatapakke(engine, {
        track,
        area: resolveArea('region'),
        referenceDate: '2024-01-01',
        settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
        sources: loaded.sources,
        generatedAt: '2026-12-01T10:00:00Z',
        app: { name: 'datapakker', version: 'test' },
      }),
    );
  return { engine, loaded, packages };
}

/** Order-independent fingerprint of a table's rows (all canonical columns). */
async function fingerprint(engine: Engine, table: (typeof THINNED)[number], where = 'TRUE'): Promise<string> {
  const cols = CANONICAL_TABLES[table].columns.map((c) => `"${c.name}"`).join(', ');
  const [row] = await engine.query(`SELECT count(*) AS n, sum(hash(${cols})::HUGEINT) AS h FROM ${table} WHERE ${where}`);
  return `${row!.n}:${row!.h}`;
}

beforeAll(async () => {
  sides.thin = await side(false);
  sides.full = await side(true);
}, 900_000);
afterAll(async () => {
  await sides.thin?.engine.close();
  await sides.full?.engine.close();
});

describe('rows no track uses are left out of the engine', () => {
  it('the predicate covers every code list of every case rule', () => {
    const rules = Object.values(TRACKS).flatMap((t) => t.caseRules);
    expect(keptAtcPrefixes()).toEqual(expect.arrayContaining(['R03', 'A10', 'N05BA', 'N06AB']));
    for (const r of rules) {
      for (const p of r.prescriptions?.atcPrefixes ?? []) expect(keptAtcPrefixes(), r.id).toContain(p);
      for (const p of [...(r.diagnoses?.prefixes ?? []), ...(r.diagnoses?.childPrefixes?.prefixes ?? []), ...(r.prescriptions?.pregnancy?.endPrefixes ?? [])])
        expect(keptDiagnosisPrefixes(), r.id).toContain(p);
    }
  });

  it('validation counts are those of a full import; only kept and one info line per thinned table differ', () => {
    const { thin, full } = sides as Required<typeof sides>;
    for (const [table, t] of Object.entries(full.loaded.report.tables)) {
      const { kept, ...rest } = thin.loaded.report.tables[table]!;
      expect(rest, table).toEqual(t);
      expect(t.kept, table).toBeUndefined();
      if ((THINNED as readonly string[]).includes(table)) expect(kept, table).toBeLessThan(t.accepted);
      else expect(kept, table).toBeUndefined();
    }
    const info = thin.loaded.report.problems.filter((p) => p.code === 'rows_not_needed');
    expect(info.map((p) => p.table).sort()).toEqual([...THINNED]);
    for (const p of info) expect(p.count).toBe(thin.loaded.report.tables[p.table!]!.accepted - thin.loaded.report.tables[p.table!]!.kept!);
    expect(thin.loaded.report.problems.filter((p) => p.code !== 'rows_not_needed')).toEqual(full.loaded.report.problems);
    expect(thin.loaded.sources).toEqual(full.loaded.sources);
  });

  it.each(THINNED)('%s holds exactly the full table’s rows that match the predicate', async (table) => {
    const { thin, full } = sides as Required<typeof sides>;
    const kept = await fingerprint(thin.engine, table);
    expect(kept).toBe(await fingerprint(full.engine, table, `coalesce(${keptRowsSql(table)}, FALSE)`));
    expect(Number(kept.split(':')[0])).toBe(thin.loaded.report.tables[table]!.kept);
    expect(kept).not.toBe(await fingerprint(full.engine, table));
  });

  it.each(['kol', 'diabetes', 'angst'] as TrackId[])('%s: the package is identical with and without the left-out rows', (track) => {
    const { thin, full } = sides as Required<typeof sides>;
    expect(JSON.stringify(thin.packages.get(track))).toBe(JSON.stringify(full.packages.get(track)));
  });
});
