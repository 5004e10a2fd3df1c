/**
 * The package step's areas: the request's area spec (with "byg også for hver kommune"), the
 * analyst's own areas saved with the profile, and the areas to build — resolved and checked against
 * the extract by shared/areas, exactly as the command line does.
 */
import {
  DANISH_MUNICIPALITIES, REGIONS, areaFolder, counterpartOf, groupingFor, resolveArea, resolveAreas, validateCustomAreas,
  type AreaGroup, type CustomAreaSet,
} from '../../../shared/areas/areas';
import { assertAreaHasResidents, residentsByMunicipality } from '../../../shared/areas/residents';
import type { AreaRef, Datapakke } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import type { Lang } from '../../../shared/text/format';
import type { MappingProfile } from '../mapping/profile';
import type { PackageRequest } from '../../app/types';

/** The select's value that opens the editor for a new own area. */
export const NEW_CUSTOM_AREA = 'custom:+ny';

/** The label an own area's municipalities are saved under in the method appendix. */
export const PROFILE_AREAS_LABEL = 'profil';

export function customAreaSet(areas: readonly AreaGroup[] | undefined): CustomAreaSet | null {
  return areas?.length ? { file: PROFILE_AREAS_LABEL, sha256: null, areas: [...areas] } : null;
}

/** The spec the request builds: the area, and each of its municipalities when asked. */
export function requestAreaSpec(r: Pick<PackageRequest, 'area' | 'eachMunicipality'>): string {
  return r.eachMunicipality && !r.area.startsWith('municipality:') ? `${r.area}+municipalities` : r.area;
}

/** The areas to build for the request, refused (EmptyAreaError, UnknownAreaError) as on the command line. */
export async function requestAreas(engine: Engine, r: PackageRequest, lang: Lang = 'da'): Promise<AreaRef[]> {
  const residents = await residentsByMunicipality(engine, r.referenceDate);
  const areas = resolveAreas(requestAreaSpec(r), { custom: customAreaSet(r.customAreas), residents });
  for (const a of areas) assertAreaHasResidents(a, residents, r.referenceDate, lang);
  return areas;
}

/** Own areas saved in a profile (`areas`, the same shape as an areas file); invalid ones are ignored. */
export function savedCustomAreas(profile: MappingProfile | null): AreaGroup[] {
  const areas = (profile as (MappingProfile & { areas?: unknown }) | null)?.areas;
  if (!areas) return [];
  try {
    return validateCustomAreas({ areas }, PROFILE_AREAS_LABEL);
  } catch {
    return [];
  }
}

export function profileWithAreas(profile: MappingProfile, areas: readonly AreaGroup[]): MappingProfile {
  const next: MappingProfile & { areas: AreaGroup[] } = { ...profile, areas: [...areas] };
  return next;
}

/** A code for a new own area from its name: "Østjysk samarbejde" → "oestjysk-samarbejde", unique among `taken`. */
export function codeFromName(name: string, taken: readonly string[]): string {
  const base =
    name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'omraade';
  let code = base;
  for (let i = 2; taken.includes(code); i++) code = `${base}-${i}`;
  return code;
}

/** When the date crosses 1 January 2027, a cluster becomes its sundhedsråd and back (words follow the date). */
export function areaForDate(area: string, referenceDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || !/^(cluster|sundhedsraad):/.test(area)) return area;
  const ref = resolveArea(area);
  const due = groupingFor(referenceDate);
  if ((ref.kind ?? ref.type) === due) return area;
  const other = counterpartOf(ref);
  return other ? `${due}:${other.code}` : area;
}

export const MUNICIPALITIES_BY_REGION = REGIONS.map((r) => ({ region: r, municipalities: DANISH_MUNICIPALITIES.filter((m) => m.region === r.code) }));

/** One package among several: its area's folder and its track ("municipality-751/kol"). */
export function packageKey(pkg: Pick<Datapakke, 'area' | 'track'>): string {
  return `${areaFolder(pkg.area)}/${pkg.track}`;
}

/** True when the packages are for more than one area (then each goes under its area's folder). */
export function severalAreas(pkgs: readonly Pick<Datapakke, 'area'>[]): boolean {
  return new Set(pkgs.map((p) => areaFolder(p.area))).size > 1;
}

/** The export's files under OUT/<area-folder>/<track>/… when several areas are built, as the command line writes them. */
export function underAreaFolder<T extends { suggestedName: string }>(pkg: Pick<Datapakke, 'area'>, files: readonly T[], several: boolean): T[] {
  return several ? files.map((f) => ({ ...f, suggestedName: `${areaFolder(pkg.area)}/${f.suggestedName}` })) : [...files];
}
