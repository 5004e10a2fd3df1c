/**
 * The package step's areas: the request's area spec (with "byg også for hver kommune"), the
 * analyst's own areas saved with the profile, and the areas to build — resolved and checked against
 * the extract by shared/areas, exactly as the command line does.
 */
import { DANISH_MUNICIPALITIES, REGIONS, resolveAreas, validateCustomAreas, type AreaGroup, type CustomAreaSet } from '../../../shared/areas/areas';
import { requestAreaSpec } from '../../../shared/areas/selection';
import { assertAreaHasResidents, residentsByMunicipality } from '../../../shared/areas/residents';
import type { AreaRef } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import type { Lang } from '../../../shared/text/format';
import type { MappingProfile } from '../mapping/profile';
import type { PackageRequest } from '../../app/types';

export { areaForDate, codeFromName, packageKey, requestAreaSpec, severalAreas, underAreaFolder } from '../../../shared/areas/selection';

/** The select's value that opens the editor for a new own area. */
export const NEW_CUSTOM_AREA = 'custom:+ny';

/** The label an own area's municipalities are saved under in the method appendix. */
export const PROFILE_AREAS_LABEL = 'profil';

export function customAreaSet(areas: readonly AreaGroup[] | undefined): CustomAreaSet | null {
  return areas?.length ? { file: PROFILE_AREAS_LABEL, sha256: null, areas: [...areas] } : null;
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

export const MUNICIPALITIES_BY_REGION = REGIONS.map((r) => ({ region: r, municipalities: DANISH_MUNICIPALITIES.filter((m) => m.region === r.code) }));
