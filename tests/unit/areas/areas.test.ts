/** shared/areas: the bundled data's invariants, the area specs, own areas and the refusal of empty areas. */
import { describe, expect, it } from 'vitest';
import {
  AREA_GROUPINGS,
  CLUSTERS,
  DANISH_MUNICIPALITIES,
  MUNICIPALITIES,
  REGION,
  REGIONS,
  SUNDHEDSRAAD,
  AreaFileError,
  UnknownAreaError,
  areaFolder,
  counterpartOf,
  defaultAreaSpec,
  groupingFor,
  groupingNote,
  municipalityName,
  parseCustomAreas,
  resolveArea,
  resolveAreas,
} from '../../../shared/areas/areas';
import { assertAreaHasResidents, coveredRegions, EmptyAreaError } from '../../../shared/areas/residents';

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

describe('bundled areas (areas.json)', () => {
  it('has the 98 municipalities, each once, in one of the five regions with the known counts', () => {
    expect(DANISH_MUNICIPALITIES).toHaveLength(98);
    expect(new Set(DANISH_MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    const perRegion = Object.fromEntries(REGIONS.map((r) => [r.name, DANISH_MUNICIPALITIES.filter((m) => m.region === r.code).length]));
    expect(perRegion).toEqual({ 'Region Nordjylland': 11, 'Region Midtjylland': 19, 'Region Syddanmark': 22, 'Region Hovedstaden': 29, 'Region Sjælland': 17 });
  });

  it('divides Region Midtjylland exactly: clusters and sundhedsråd each cover its 19 municipalities once, with the same sets', () => {
    const midt = sorted(DANISH_MUNICIPALITIES.filter((m) => m.region === 1082).map((m) => m.code));
    for (const g of AREA_GROUPINGS) expect(sorted(g.areas.flatMap((a) => a.municipalities))).toEqual(midt);
    expect(SUNDHEDSRAAD.map((s) => s.code)).toEqual(['aarhus', 'horsens', 'kronjylland', 'midt', 'vestjylland']);
    for (const s of SUNDHEDSRAAD) expect(counterpartOf(resolveArea(`sundhedsraad:${s.code}`))).not.toBeNull();
  });

  it('keeps the old exports: 19 municipalities with their cluster, five clusters, Region Midtjylland', () => {
    expect(MUNICIPALITIES).toHaveLength(19);
    expect(MUNICIPALITIES.slice(0, 3)).toEqual([
      { code: 751, name: 'Aarhus', cluster: 'aarhus' },
      { code: 741, name: 'Samsø', cluster: 'aarhus' },
      { code: 615, name: 'Horsens', cluster: 'horsens' },
    ]);
    expect(CLUSTERS.map((c) => c.code)).toEqual(['aarhus', 'horsens', 'randers', 'vest', 'midt']);
    expect(REGION).toEqual({ code: 'region', name: 'Region Midtjylland' });
    expect(resolveArea('region').municipalities).toEqual(MUNICIPALITIES.map((m) => m.code));
    expect(resolveArea('cluster:aarhus')).toEqual({ type: 'cluster', code: 'aarhus', name: 'Aarhus-klyngen', municipalities: [751, 741] });
    expect(resolveArea('municipality:751')).toEqual({ type: 'municipality', code: '751', name: 'Aarhus Kommune', municipalities: [751] });
    expect(municipalityName(101)).toBe('København');
  });
});

describe('resolveArea', () => {
  it('sundhedsraad:kronjylland is Randers, Favrskov, Norddjurs and Syddjurs, named "Sundhedsråd Kronjylland", schema type cluster', () => {
    const a = resolveArea('sundhedsraad:kronjylland');
    expect(a).toEqual({ type: 'cluster', kind: 'sundhedsraad', code: 'kronjylland', name: 'Sundhedsråd Kronjylland', municipalities: [730, 710, 707, 706] });
    expect(resolveArea('sundhedsråd:kronjylland')).toEqual(a);
    expect(areaFolder(a)).toBe('sundhedsraad-kronjylland');
  });

  it('any Danish municipality, with its official name', () => {
    expect(resolveArea('municipality:101')).toMatchObject({ type: 'municipality', code: '101', name: 'Københavns Kommune' });
    expect(resolveArea('municipality:400').name).toBe('Bornholms Regionskommune');
    expect(() => resolveArea('municipality:999')).toThrow(UnknownAreaError);
    expect(() => resolveArea('cluster:kronjylland')).toThrow(/Ukendt område: "cluster:kronjylland"/);
  });

  it('region is the region most residents live in; region:<code> names one', () => {
    const residents = new Map([
      [101, 900],
      [147, 300],
      [751, 40],
    ]);
    expect(resolveArea('region', { residents })).toMatchObject({ type: 'region', code: 'region', name: 'Region Hovedstaden' });
    expect(resolveArea('region', { residents }).municipalities).toHaveLength(29);
    expect(resolveArea('region:1081').name).toBe('Region Nordjylland');
    expect(() => resolveArea('region', { residents: new Map([[999, 3]]) })).toThrow(/regionen kan ikke udledes/);
  });
});

describe('own areas (custom)', () => {
  const file = JSON.stringify({ areas: [{ code: 'syd', name: 'Sydøstjylland', municipalities: [751, 727] }] });

  it('builds with its own name, and names the file and checksum', () => {
    const custom = parseCustomAreas(file, 'mine.json', 'ab'.repeat(32));
    expect(resolveArea('custom:syd', { custom })).toEqual({
      type: 'cluster',
      kind: 'custom',
      code: 'syd',
      name: 'Sydøstjylland',
      municipalities: [751, 727],
      source: { file: 'mine.json', sha256: 'ab'.repeat(32) },
    });
    expect(() => resolveArea('custom:nord', { custom })).toThrow(/Områdefilen mine.json har områderne syd/);
    expect(() => resolveArea('custom:syd')).toThrow(/kræver en områdefil/);
  });

  it.each([
    ['not JSON', '{areas:', /ikke gyldig JSON/],
    ['no list', '{"områder": []}', /skal have formen/],
    ['empty list', '{"areas": []}', /er tom/],
    ['bad code', '{"areas": [{"code": "Syd Øst!", "name": "x", "municipalities": [751]}]}', /område nr. 1: "code"/],
    ['no name', '{"areas": [{"code": "s", "municipalities": [751]}]}', /"name" mangler/],
    ['no municipalities', '{"areas": [{"code": "s", "name": "S", "municipalities": []}]}', /mindst én kommunekode/],
    ['unknown municipality', '{"areas": [{"code": "s", "name": "S", "municipalities": [751, 999, "x"]}]}', /999, "x" er ikke danske kommunekoder/],
    ['repeated municipality', '{"areas": [{"code": "s", "name": "S", "municipalities": [751, 751]}]}', /flere gange/],
    [
      'repeated code',
      '{"areas": [{"code": "s", "name": "S", "municipalities": [751]}, {"code": "s", "name": "T", "municipalities": [727]}]}',
      /bruges af flere/,
    ],
  ])('refuses %s with a Danish message naming the file', (_, text, message) => {
    expect(() => parseCustomAreas(text, 'f.json', null)).toThrow(AreaFileError);
    expect(() => parseCustomAreas(text, 'f.json', null)).toThrow(message);
    expect(() => parseCustomAreas(text, 'f.json', null)).toThrow(/^Områdefilen f.json/);
  });
});

describe('several areas at once', () => {
  it('a list, and <area>+municipalities: the area then each municipality, once each', () => {
    const areas = resolveAreas('cluster:aarhus+municipalities, municipality:751 ,sundhedsraad:horsens');
    expect(areas.map(areaFolder)).toEqual(['cluster-aarhus', 'municipality-751', 'municipality-741', 'sundhedsraad-horsens']);
    expect(() => resolveAreas('cluster:aarhus+kommunerne')).toThrow(UnknownAreaError);
    expect(() => resolveAreas(' , ')).toThrow(UnknownAreaError);
  });
});

describe('words follow the date', () => {
  it('sundhedsråd from 2027-01-01, clusters before; the other grouping gets a note naming its counterpart', () => {
    expect(groupingFor('2026-12-31')).toBe('cluster');
    expect(groupingFor('2027-01-01')).toBe('sundhedsraad');
    expect(defaultAreaSpec('2027-01-01')).toBe('sundhedsraad:aarhus');
    expect(defaultAreaSpec('2024-01-01')).toBe('cluster:aarhus');
    expect(groupingNote(resolveArea('cluster:randers'), '2024-01-01')).toBeNull();
    expect(groupingNote(resolveArea('cluster:randers'), '2027-01-01')).toContain('sundhedsraad:kronjylland: Sundhedsråd Kronjylland');
    expect(groupingNote(resolveArea('sundhedsraad:vestjylland'), '2026-06-30')).toContain('cluster:vest');
    expect(groupingNote(resolveArea('municipality:751'), '2027-01-01')).toBeNull();
  });
});

describe('areas the extract does not describe', () => {
  // Like the bundled sample: Region Midtjylland plus a few people living in other regions.
  const residents = new Map([
    [751, 13_000],
    [741, 140],
    [730, 3_500],
    [101, 160],
    [147, 130],
    [851, 140],
  ]);

  it('covers the regions holding at least 2 % of the residents', () => {
    expect(coveredRegions(residents)).toEqual([1082]);
  });

  it('refuses København on a Region Midtjylland extract, naming it', () => {
    expect(() => assertAreaHasResidents(resolveArea('municipality:101'), residents, '2024-01-01')).toThrow(EmptyAreaError);
    expect(() => assertAreaHasResidents(resolveArea('municipality:101'), residents, '2024-01-01')).toThrow(
      /^Udtrækket har ingen borgere med bopæl i Københavns Kommune på skæringsdatoen \(1\. januar 2024\)/,
    );
  });

  it('refuses an area with nobody at all, and an own area reaching outside the extract', () => {
    expect(() => assertAreaHasResidents(resolveArea('municipality:400'), residents, '2024-01-01')).toThrow(
      'Udtrækket har ingen borgere med bopæl i Bornholms Regionskommune på skæringsdatoen (1. januar 2024). Vælg et område, udtrækket dækker.',
    );
    const custom = parseCustomAreas(JSON.stringify({ areas: [{ code: 'x', name: 'Aarhus og København', municipalities: [751, 101] }] }), 'a.json', null);
    expect(() => assertAreaHasResidents(resolveArea('custom:x', { custom }), residents, '2024-01-01')).toThrow(
      /fjern Københavns Kommune fra Aarhus og København/,
    );
  });

  it('accepts an area of the covered region, even a municipality with few residents', () => {
    expect(() => assertAreaHasResidents(resolveArea('municipality:741'), residents, '2024-01-01')).not.toThrow();
    expect(() => assertAreaHasResidents(resolveArea('sundhedsraad:kronjylland'), residents, '2024-01-01')).not.toThrow();
  });
});
