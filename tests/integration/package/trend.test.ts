/**
 * The trend by year of each track's prevalence on the bundled sample (data from January 2014):
 * five years with the same 6-year look-back and the note that says so; with the rule's own look-back
 * the reference year reproduces the package's total exactly (population and cases).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSuppressed, type Datapakke, type Indicator, type TrackId } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke } from '../../../shared/package/build';
import { prevalenceTrend } from '../../../shared/package/trend';
import { trackDefinition } from '../../../shared/tracks';
import { chartsFor } from '../../../shared/charts';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';

const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));
const TRACK_IDS: TrackId[] = ['kol', 'diabetes', 'angst'];
const AREA = resolveArea('cluster:aarhus');
let engine: Engine;
let tables: Set<string>;
const built = new Map<TrackId, Datapakke>();

beforeAll(async () => {
  engine = await createNodeWasmEngine();
  const loaded = await loadExtractFromDir(engine, SAMPLE, path.join(SAMPLE, 'region-midt.profile.json'), { referenceDate: '2024-01-01', salt: 'test' });
  tables = new Set(Object.keys(loaded.report.tables));
  for (const track of TRACK_IDS)
    built.set(
      track,
      await buildDatapakke(engine, {
        track,
        area: AREA,
        referenceDate: '2024-01-01',
        settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
        sources: loaded.sources,
        generatedAt: '2026-12-01T10:00:00Z',
        app: { name: 'datapakker', version: 'test' },
      }),
    );
}, 600_000);
afterAll(async () => {
  await engine?.close();
});

const prevalence = (track: TrackId): Indicator =>
  built
    .get(track)!
    .sections.flatMap((s) => s.indicators)
    .find((i) => i.id === `${track}.prevalence`)!;

describe('prevalence by year', () => {
  it.each(TRACK_IDS)('%s: five years 2020-2024 with the same 6-year look-back, said in the notes', (track) => {
    const ind = prevalence(track);
    const years = ind.rows!.filter((r) => Object.keys(r.strata).join() === 'year');
    expect(years.map((r) => r.strata.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    for (const r of years) if (!isSuppressed(r)) expect(r.value).toBeCloseTo((100 * r.numerator!) / r.denominator!, 10);
    expect(ind.notes!.join(' ')).toMatch(/samme tilbageblik på 6 år, fordi udtrækkets data begynder januar 2014/);
    // The other prevalence indicators (type-specific, treated) carry no trend.
    for (const other of built
      .get(track)!
      .sections.flatMap((s) => s.indicators)
      .filter((i) => i.id !== ind.id))
      expect(other.rows?.some((r) => 'year' in r.strata) ?? false, other.id).toBe(false);
  });

  it('the trend chart says the years share one look-back and one day of the year', () => {
    const ind = prevalence('kol');
    expect(ind.trend).toEqual({ lookbackYears: 6, mainLookbackYears: 10, dataFrom: '2014-01' });
    const chart = chartsFor(ind, built.get('kol')!).find((c) => c.id === 'kol.prevalence.trend');
    const text = JSON.stringify(chart?.vegaLite);
    expect(text).toContain('Borgere med KOL, 2020-2024');
    expect(text).toContain('pr. 1. januar hvert år');
    expect(text).toContain('samme tilbageblik på 6 år (udtrækkets data begynder januar 2014; hovedtallet bruger 10 år)');
  });

  it.each(TRACK_IDS)('%s: with the rule’s own look-back the reference year is the package’s total', async (track) => {
    const def = trackDefinition(track);
    const rule = def.caseRules.find((r) => r.id === def.mainRule)!;
    const trend = await prevalenceTrend(engine, {
      rule,
      def: def.indicators.find((d) => d.name === 'prevalence')!,
      referenceDate: '2024-01-01',
      periodFrom: '2023-01-01',
      municipalities: AREA.municipalities,
      tables,
      minCount: 5,
      confidence: 0.95,
      lang: 'da',
      lookbackYears: rule.lookbackYears ?? 200,
      years: 1,
    });
    const total = prevalence(track).rows!.find((r) => Object.keys(r.strata).length === 0)!;
    expect(isSuppressed(total)).toBe(false);
    expect(trend!.rows).toHaveLength(1);
    const row = trend!.rows[0]!;
    expect([row.numerator, row.denominator]).toEqual([total.numerator, total.denominator]);
    expect(total.numerator).toBeGreaterThan(50);
  });
});
