/**
 * The bundled areas (areas.json): every Danish municipality and region, Region Midtjylland's
 * sundhedsklynger (reference dates before 2027-01-01) and its sundhedsråd (from 2027-01-01).
 * Data, not code: another region's councils are added to areas.json (or given in an areas file).
 */
import AREAS_JSON from './areas.json';

export interface DanishMunicipality {
  /** kommunekode, 3 digits (Danmarks Statistik / DAGI). */
  code: number;
  /** Short name, as in tables and charts: "København". */
  name: string;
  /** The name a sentence uses: "Københavns Kommune", "Bornholms Regionskommune". */
  officialName: string;
  /** regionskode, 1081-1085. */
  region: number;
}

export interface DanishRegion {
  code: number;
  name: string;
}

/** A named set of municipalities: a cluster, a sundhedsråd or an analyst's own area. */
export interface AreaGroup {
  code: string;
  name: string;
  municipalities: number[];
}

export type GroupingKind = 'cluster' | 'sundhedsraad';

export interface AreaGrouping {
  kind: GroupingKind;
  /** regionskode of the region the grouping divides. */
  region: number;
  /** The grouping describes reference dates from this date (ISO, inclusive). */
  validFrom?: string;
  /** … and before this date (ISO, exclusive). */
  validBefore?: string;
  areas: AreaGroup[];
}

interface AreasFile {
  sources: { what: string; source: string }[];
  regions: DanishRegion[];
  municipalities: DanishMunicipality[];
  groupings: AreaGrouping[];
}

const DATA = AREAS_JSON as AreasFile;

/** Where the bundled areas come from (named in the method appendix and the user guide). */
export const AREA_SOURCES: readonly { what: string; source: string }[] = DATA.sources;
/** All 98 Danish municipalities, by code. */
export const DANISH_MUNICIPALITIES: readonly DanishMunicipality[] = DATA.municipalities;
/** The five regions. */
export const REGIONS: readonly DanishRegion[] = DATA.regions;
/** Every bundled grouping (clusters and sundhedsråd), with the dates it is valid for. */
export const AREA_GROUPINGS: readonly AreaGrouping[] = DATA.groupings;

/** The health reform's sundhedsråd replace the sundhedsklynger for reference dates from this day. */
export const SUNDHEDSRAAD_FROM = '2027-01-01';

export const REGION_MIDTJYLLAND = 1082;

function grouping(kind: GroupingKind, region: number): AreaGrouping {
  const g = AREA_GROUPINGS.find((x) => x.kind === kind && x.region === region);
  if (!g) throw new Error(`areas.json has no ${kind} grouping for region ${region}`);
  return g;
}

/** Region Midtjylland's five sundhedsråd (from 2027-01-01). */
export const SUNDHEDSRAAD: readonly AreaGroup[] = grouping('sundhedsraad', REGION_MIDTJYLLAND).areas;
/** Region Midtjylland's five sundhedsklynger (reference dates before 2027-01-01). */
export const CLUSTER_GROUPS: readonly AreaGroup[] = grouping('cluster', REGION_MIDTJYLLAND).areas;

const BY_CODE = new Map(DANISH_MUNICIPALITIES.map((m) => [m.code, m]));

export function danishMunicipality(code: number): DanishMunicipality | undefined {
  return BY_CODE.get(code);
}

export function regionOf(code: number): DanishRegion | undefined {
  return REGIONS.find((r) => r.code === code);
}

/** Which grouping the reference date calls for: the sundhedsråd from 2027-01-01, the clusters before. */
export function groupingFor(referenceDate: string): GroupingKind {
  return referenceDate >= SUNDHEDSRAAD_FROM ? 'sundhedsraad' : 'cluster';
}

/** The word texts use for the grouping: "klyngen" / "sundhedsrådet" (definite form). */
export function groupingWord(kind: GroupingKind, lang: 'da' | 'en', form: 'definite' | 'plural' = 'definite'): string {
  const words = {
    cluster: { da: { definite: 'klyngen', plural: 'klynger' }, en: { definite: 'the cluster', plural: 'clusters' } },
    sundhedsraad: { da: { definite: 'sundhedsrådet', plural: 'sundhedsråd' }, en: { definite: 'the health council', plural: 'health councils' } },
  } as const;
  return words[kind][lang][form];
}
