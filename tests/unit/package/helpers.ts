/** Builds one package on hand-made tables with disclosure off (minCount 1), so small numbers stay visible. */
import type { Datapakke, Indicator, IndicatorRow, PublishedRow, TrackId } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke } from '../../../shared/package/build';
import { loadCanonical, type CanonicalData } from '../../fixtures/tracks/canonical';

export async function tinyPackage(engine: Engine, track: TrackId, data: CanonicalData, area = 'cluster:aarhus'): Promise<Datapakke> {
  await loadCanonical(engine, data);
  return buildDatapakke(engine, {
    track,
    area: resolveArea(area),
    referenceDate: '2024-01-01',
    settings: { minCount: 1, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
    sources: [],
    generatedAt: '2026-11-22T10:00:00Z',
    app: { name: 'datapakker', version: 'test' },
  });
}

export function indicator(p: Datapakke, id: string): Indicator {
  const found = p.sections.flatMap((s) => s.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

export function row(ind: Indicator, strata: Record<string, string | number> = {}): PublishedRow {
  const keys = Object.keys(strata);
  const r = (ind.rows ?? []).find(
    (x: IndicatorRow) => Object.keys(x.strata).length === keys.length && keys.every((k) => x.strata[k as keyof typeof x.strata] === strata[k]),
  );
  if (!r || r.suppressed) throw new Error(`no published row ${JSON.stringify(strata)} in ${ind.id}`);
  return r;
}
