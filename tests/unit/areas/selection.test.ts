/** Choosing areas in the app (shared/areas/selection.ts, used by renderer/features/package). */
import { describe, expect, it } from 'vitest';
import { resolveArea } from '../../../shared/areas/areas';
import { areaForDate, codeFromName, packageKey, requestAreaSpec, severalAreas, underAreaFolder } from '../../../shared/areas/selection';

describe('package step areas', () => {
  it('the grouping follows the date across 1 January 2027, and only for clusters and sundhedsråd', () => {
    expect(areaForDate('cluster:randers', '2027-01-01')).toBe('sundhedsraad:kronjylland');
    expect(areaForDate('sundhedsraad:vestjylland', '2026-12-31')).toBe('cluster:vest');
    expect(areaForDate('cluster:randers', '2026-12-31')).toBe('cluster:randers');
    expect(areaForDate('municipality:751', '2027-01-01')).toBe('municipality:751');
    expect(areaForDate('cluster:randers', '2027-0')).toBe('cluster:randers');
  });

  it('"byg også for hver kommune" adds +municipalities, except for a single municipality', () => {
    expect(requestAreaSpec({ area: 'custom:syd', eachMunicipality: true })).toBe('custom:syd+municipalities');
    expect(requestAreaSpec({ area: 'municipality:751', eachMunicipality: true })).toBe('municipality:751');
    expect(requestAreaSpec({ area: 'region' })).toBe('region');
  });

  it('own areas get codes from their names, unique among the saved ones', () => {
    expect(codeFromName('Østjysk samarbejde', [])).toBe('oestjysk-samarbejde');
    expect(codeFromName('Østjysk samarbejde', ['oestjysk-samarbejde'])).toBe('oestjysk-samarbejde-2');
    expect(codeFromName('!!!', [])).toBe('omraade');
  });

  it('several areas: per-package keys, and export files under the area folder', () => {
    const a = { area: resolveArea('cluster:aarhus'), track: 'kol' as const };
    const b = { area: resolveArea('municipality:751'), track: 'kol' as const };
    expect([packageKey(a), packageKey(b)]).toEqual(['cluster-aarhus/kol', 'municipality-751/kol']);
    expect(severalAreas([a, b])).toBe(true);
    expect(severalAreas([a, a])).toBe(false);
    const files = [{ suggestedName: 'kol/datapakke.json' }];
    expect(underAreaFolder(b, files, true)).toEqual([{ suggestedName: 'municipality-751/kol/datapakke.json' }]);
    expect(underAreaFolder(b, files, false)).toEqual(files);
  });
});
