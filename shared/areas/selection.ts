/**
 * Choosing areas in the app, pure: the spec a request builds, a cluster ↔ sundhedsråd switch when the
 * reference date crosses 1 January 2027, codes for own areas, and where each of several packages goes.
 */
import type { Datapakke } from '../contract/datapakke';
import { areaFolder, counterpartOf, resolveArea } from './areas';
import { groupingFor } from './data';

/** The spec a request builds: the area, and each of its municipalities when asked ("byg også for hver kommune"). */
export function requestAreaSpec(r: { area: string; eachMunicipality?: boolean }): string {
  return r.eachMunicipality && !r.area.startsWith('municipality:') ? `${r.area}+municipalities` : r.area;
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

/** A code for a new own area from its name: "Østjysk samarbejde" → "oestjysk-samarbejde", unique among `taken`. */
export function codeFromName(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'omraade';
  let code = base;
  for (let i = 2; taken.includes(code); i++) code = `${base}-${i}`;
  return code;
}

/** One package among several: its area's folder and its track ("municipality-751/kol"). */
export function packageKey(pkg: Pick<Datapakke, 'area' | 'track'>): string {
  return `${areaFolder(pkg.area)}/${pkg.track}`;
}

/** True when the packages are for more than one area (then each goes under its area's folder). */
export function severalAreas(pkgs: readonly Pick<Datapakke, 'area'>[]): boolean {
  return new Set(pkgs.map((p) => areaFolder(p.area))).size > 1;
}

/** Export files under <area-folder>/<track>/… when several areas are built, as the command line writes them. */
export function underAreaFolder<T extends { suggestedName: string }>(pkg: Pick<Datapakke, 'area'>, files: readonly T[], several: boolean): T[] {
  return several ? files.map((f) => ({ ...f, suggestedName: `${areaFolder(pkg.area)}/${f.suggestedName}` })) : [...files];
}
