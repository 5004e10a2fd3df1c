/**
 * The bundled sample (data-samples/region-midt) end to end: every track for every cluster and for
 * the region builds with every catalogue id, and the counts the generator planted
 * (planted-truths.json, computed by the generator with its own plain loops) come back exactly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSuppressed, type AreaRef, type Datapakke, type Indicator, type IndicatorRow, type TrackId } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { CLUSTERS, parseCustomAreas, resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke } from '../../../shared/package/build';
import { trackDefinition } from '../../../shared/tracks';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { attackPublished, smallRecovered } from '../disclosure/published-attack';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';

const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));
type Count = { cases: number; population: number };
interface Truths {
  registry: {
    kol: { byEducation: Record<string, Count>; byCluster: Record<string, Count>; crudeRatioGrundskoleVsVideregaaende: number };
    diabetes: { byCluster: Record<string, Count> };
    angst: { total: Count; byCluster: Record<string, Count> };
  };
}
const truths = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'planted-truths.json'), 'utf8')) as Truths;
const TRACKS: TrackId[] = ['kol', 'diabetes', 'angst'];
const CLUSTER_CODES = CLUSTERS.map((c) => c.code);
const HORSENS_MUNICIPALITIES = [615, 727, 746, 766].map((m) => `municipality:${m}`);
const AREAS = [...CLUSTER_CODES.map((c) => `cluster:${c}`), 'region'];
/** Built too, after the clusters and the region: the attacker's nested areas (issue 12). */
const ALL_AREAS = [...AREAS, ...HORSENS_MUNICIPALITIES];

let engine: Engine;
let sources: Datapakke['sources'];
const built = new Map<string, Datapakke>();

async function build(track: TrackId, area: AreaRef): Promise<Datapakke> {
  return buildDatapakke(engine, {
    track,
    area,
    referenceDate: '2024-01-01',
    settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
    sources,
    generatedAt: '2026-12-01T10:00:00Z',
    app: { name: 'datapakker', version: 'test' },
  });
}

const indicatorOf = (p: Datapakke, id: string): Indicator => p.sections.flatMap((s) => s.indicators).find((i) => i.id === id)!;
/** The row whose strata are exactly `strata` (variant rows carry a `variant` key and are not matched). */
function rowOf(ind: Indicator, strata: Record<string, string>): IndicatorRow {
  const want = JSON.stringify(Object.entries(strata).sort());
  const row = ind.rows!.find((r) => JSON.stringify(Object.entries(r.strata).sort()) === want);
  if (!row) throw new Error(`${ind.id}: no row ${want}`);
  return row;
}
/** The generator's truths also carry a rounded percent; the counts are what must match. */
const planted = (c: Count | undefined) => c && { cases: c.cases, population: c.population };
const counts = (r: IndicatorRow) => (isSuppressed(r) ? 'suppressed' : { cases: r.numerator, population: r.denominator });

beforeAll(async () => {
  engine = await createNodeWasmEngine();
  const loaded = await loadExtractFromDir(engine, SAMPLE, path.join(SAMPLE, 'region-midt.profile.json'), { referenceDate: '2024-01-01', salt: 'test' });
  expect(loaded.fatal).toBe(false);
  sources = loaded.sources;
  for (const area of ALL_AREAS) for (const track of TRACKS) built.set(`${track}@${area}`, await build(track, resolveArea(area)));
}, 900_000);
afterAll(async () => {
  await engine?.close();
});

describe('every track for every cluster and the region', () => {
  it.each(AREAS)('%s: all catalogue ids, each with rows or unavailable with a reason', (area) => {
    for (const track of TRACKS) {
      const p = built.get(`${track}@${area}`)!;
      const ids = p.sections.flatMap((s) => s.indicators.map((i) => i.id)).sort();
      expect(ids).toEqual(
        trackDefinition(track)
          .indicators.map((d) => `${track}.${d.name}`)
          .sort(),
      );
      for (const ind of p.sections.flatMap((s) => s.indicators)) {
        if (ind.available === false) expect(ind.reason, ind.id).toMatch(/\S/);
        else expect(ind.rows!.length, ind.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('key messages', () => {
  it('never state a gradient between two zero shares (e.g. rehabilitation uptake in a small area)', () => {
    const messages = [...built.values()].flatMap((p) => p.sections.flatMap((s) => s.indicators.map((i) => i.keyMessage ?? '')));
    expect(messages.filter((m) => /\b0,0 %.* mod 0,0 %/.test(m))).toEqual([]);
    expect(messages.filter((m) => m.length > 0).length).toBeGreaterThan(100);
  });
});

describe('planted counts recovered exactly', () => {
  it.each(CLUSTER_CODES)('cluster %s: prevalence of KOL (30+), diabetes and anxiety (all ages)', (cluster) => {
    const get = (track: TrackId) => counts(rowOf(indicatorOf(built.get(`${track}@cluster:${cluster}`)!, `${track}.prevalence`), {}));
    expect(get('kol')).toEqual(planted(truths.registry.kol.byCluster[cluster]));
    expect(get('diabetes')).toEqual(planted(truths.registry.diabetes.byCluster[cluster]));
    expect(get('angst')).toEqual(planted(truths.registry.angst.byCluster[cluster]));
  });

  it('region: KOL by own education, with the planted gradient (grundskole ≈ 5 × videregående crude)', () => {
    const kol = indicatorOf(built.get('kol@region')!, 'kol.prevalence');
    for (const group of ['grundskole', 'kort', 'videregaaende', 'ukendt'])
      expect(counts(rowOf(kol, { education: group })), group).toEqual(planted(truths.registry.kol.byEducation[group]));
    const share = (group: string) => (rowOf(kol, { education: group }) as { value: number }).value;
    expect(share('grundskole') / share('videregaaende')).toBeCloseTo(truths.registry.kol.crudeRatioGrundskoleVsVideregaaende, 0);
    expect(counts(rowOf(kol, {}))).toEqual(planted(truths.registry.kol.byEducation.total));
    expect(counts(rowOf(indicatorOf(built.get('angst@region')!, 'angst.prevalence'), {}))).toEqual(planted(truths.registry.angst.total));
  });
});

describe('disclosure holds across every package of the extract (issue 12)', () => {
  it.each(TRACKS)('%s: no small cell can be worked out inside any package (breakdowns, age vs band, diabetes types, municipalities)', (track) => {
    for (const area of ALL_AREAS) expect(smallRecovered(attackPublished([built.get(`${track}@${area}`)!])), area).toEqual([]);
  });

  it.each(TRACKS)("%s: nor from the region, the five clusters and Horsens' four municipalities side by side", (track) => {
    const packages = ALL_AREAS.map((a) => built.get(`${track}@${a}`)!);
    expect(smallRecovered(attackPublished(packages))).toEqual([]);
    // Every package says how it was protected, with the areas protected together.
    for (const p of packages) {
      expect(p.disclosure?.method).toBe('linked-gauss');
      expect(p.disclosure?.linkedAreas).toEqual(expect.arrayContaining(['Region Midtjylland', 'Samsø', 'Horsens']));
      expect((p.disclosure?.primaryCells ?? 0) + (p.disclosure?.secondaryCells ?? 0)).toBe(p.disclosure?.suppressedCells);
    }
  });

  it("a municipality's package agrees with the cluster's and the region's municipality rows (one pattern per extract)", () => {
    for (const track of TRACKS) {
      const cluster = indicatorOf(built.get(`${track}@cluster:horsens`)!, `${track}.prevalence`);
      const region = indicatorOf(built.get(`${track}@region`)!, `${track}.prevalence`);
      for (const m of [615, 727, 746, 766]) {
        const own = rowOf(indicatorOf(built.get(`${track}@municipality:${m}`)!, `${track}.prevalence`), {});
        const inCluster = cluster.rows!.find((r) => JSON.stringify(r.strata) === JSON.stringify({ municipality: m }))!;
        const inRegion = region.rows!.find((r) => JSON.stringify(r.strata) === JSON.stringify({ municipality: m }))!;
        expect(counts(inCluster), `${track} ${m}`).toEqual(counts(own));
        expect(counts(inRegion), `${track} ${m}`).toEqual(counts(own));
      }
    }
  });

  it("an analyst's own area (Aarhus + Odder) is protected together with the standard areas it overlaps", async () => {
    const custom = parseCustomAreas(
      JSON.stringify({ areas: [{ code: 'aarhus-odder', name: 'Aarhus og Odder', municipalities: [751, 727] }] }),
      'egne.json',
      null,
    );
    const own = await build('kol', resolveArea('custom:aarhus-odder', { custom }));
    expect(own.area.name).toBe('Aarhus og Odder');
    const packages = [own, ...ALL_AREAS.map((a) => built.get(`kol@${a}`)!)];
    expect(smallRecovered(attackPublished(packages))).toEqual([]);
    // The standard packages were built before the own area and are unchanged by it.
    expect((await build('kol', resolveArea('cluster:horsens'))).sections).toEqual(built.get('kol@cluster:horsens')!.sections);
  }, 300_000);

  it('the order of building does not matter: a fresh session building a municipality first gives the same packages', async () => {
    const fresh = await createNodeWasmEngine();
    try {
      const loaded = await loadExtractFromDir(fresh, SAMPLE, path.join(SAMPLE, 'region-midt.profile.json'), { referenceDate: '2024-01-01', salt: 'test' });
      const settings = { minCount: 5, educationGrouping: '3' as const, standardPopulation: 'ESP2013' as const, confidence: 0.95 };
      const again = async (area: string) =>
        buildDatapakke(fresh, {
          track: 'kol',
          area: resolveArea(area),
          referenceDate: '2024-01-01',
          settings,
          sources: loaded.sources,
          generatedAt: '2026-12-01T10:00:00Z',
          app: { name: 'datapakker', version: 'test' },
        });
      const odderFirst = await again('municipality:727');
      const clusterAfter = await again('cluster:horsens');
      expect(odderFirst.sections).toEqual(built.get('kol@municipality:727')!.sections);
      expect(clusterAfter.sections).toEqual(built.get('kol@cluster:horsens')!.sections);
    } finally {
      await fresh.close();
    }
  }, 600_000);
});
