/**
 * Who lives where in the loaded extract at the reference date: the count per municipality decides
 * which region `region` means and refuses an area nobody in the extract lives in (a package of
 * nothing but empty cells would look like data). Residents as in population.ts: born before the
 * reference date, not dead before it, by municipality_code.
 */
import { sqlString, type Engine } from '../engine';
import type { AreaRef } from '../contract/datapakke';
import { formatDate, type Lang } from '../text/format';
import { areaKind } from './areas';
import { danishMunicipality, regionOf } from './data';

export async function residentsByMunicipality(engine: Engine, referenceDate: string): Promise<Map<number, number>> {
  const ref = `DATE ${sqlString(referenceDate)}`;
  const rows = await engine.query(
    `SELECT CAST(municipality_code AS INTEGER) AS m, count(*) AS n FROM persons
     WHERE CAST(birth_date AS DATE) < ${ref} AND (death_date IS NULL OR CAST(death_date AS DATE) >= ${ref}) AND municipality_code IS NOT NULL
     GROUP BY 1`,
  );
  return new Map(rows.map((r) => [Number(r.m), Number(r.n)]));
}

/** The area in a sentence: "Københavns Kommune", "Sundhedsråd Kronjylland", "Aarhus-klyngen". */
export function areaPhrase(area: AreaRef): string {
  if (areaKind(area) === 'municipality' && area.municipalities.length === 1) return danishMunicipality(area.municipalities[0]!)?.officialName ?? area.name;
  return area.name;
}

/**
 * A region is covered by the extract when at least this share of its residents live there. A regional
 * extract also holds a few people living elsewhere (relatives, people who moved): the bundled sample
 * has 0.3-0.6 % per other region. A package built from them would describe a handful of strays.
 */
export const COVERED_REGION_SHARE = 0.02;

/** The regions the extract covers, most residents first. */
export function coveredRegions(residents: ReadonlyMap<number, number>): number[] {
  const perRegion = new Map<number, number>();
  let total = 0;
  for (const [m, n] of residents) {
    total += n;
    const region = danishMunicipality(m)?.region;
    if (region !== undefined) perRegion.set(region, (perRegion.get(region) ?? 0) + n);
  }
  return [...perRegion]
    .filter(([, n]) => total > 0 && n / total >= COVERED_REGION_SHARE)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([r]) => r);
}

export class EmptyAreaError extends Error {
  override name = 'EmptyAreaError';
  constructor(
    readonly area: AreaRef,
    message: string,
  ) {
    super(message);
  }
}

function namesOf(codes: readonly number[]): string {
  const names = codes.map((m) => danishMunicipality(m)?.officialName ?? String(m));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : (names[0] ?? '');
}

/**
 * Refuses an area the extract does not describe: nobody of the extract lives there at the reference
 * date, or (some of) its municipalities lie outside the regions the extract covers. Throws EmptyAreaError.
 */
export function assertAreaHasResidents(area: AreaRef, residents: ReadonlyMap<number, number>, referenceDate: string, lang: Lang = 'da'): void {
  const when = formatDate(referenceDate, lang);
  if (!area.municipalities.some((m) => (residents.get(m) ?? 0) > 0)) {
    throw new EmptyAreaError(
      area,
      lang === 'da'
        ? `Udtrækket har ingen borgere med bopæl i ${areaPhrase(area)} på skæringsdatoen (${when}). Vælg et område, udtrækket dækker.`
        : `The extract has no residents of ${areaPhrase(area)} at the reference date (${when}). Choose an area the extract covers.`,
    );
  }
  const covered = new Set(coveredRegions(residents));
  const outside = area.municipalities.filter((m) => !covered.has(danishMunicipality(m)?.region ?? -1));
  if (outside.length === 0) return;
  const regions = [...covered].map((r) => regionOf(r)?.name ?? String(r)).join(lang === 'da' ? ' og ' : ' and ');
  const place = outside.length === area.municipalities.length ? areaPhrase(area) : namesOf(outside);
  throw new EmptyAreaError(
    area,
    lang === 'da'
      ? `Udtrækket har ingen borgere med bopæl i ${place} på skæringsdatoen (${when}) ud over enkelte personer (pårørende eller fraflyttede): ` +
          `det dækker ${regions}. Vælg et område dér${outside.length < area.municipalities.length ? `, eller fjern ${namesOf(outside)} fra ${area.name}` : ''}.`
      : `The extract has no residents of ${place} at the reference date (${when}) beyond a few people (relatives or people who moved): ` +
          `it covers ${regions}. Choose an area there.`,
  );
}
