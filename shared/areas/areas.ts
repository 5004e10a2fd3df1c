/**
 * Areas (DATA-CONTRACT.md "Areas"): the bundled data (areas.json via data.ts) turned into the
 * `AreaRef` a package is built for. Specs, as on the command line and in the app:
 *   region                   the region the extract covers (inferred from its residents' municipalities)
 *   region:<regionskode>     a named region, e.g. region:1084
 *   cluster:<code>           Region Midtjylland's sundhedsklynger (aarhus, horsens, randers, vest, midt)
 *   sundhedsraad:<code>      its sundhedsråd from 2027 (aarhus, horsens, kronjylland, midt, vestjylland)
 *   municipality:<kode>      any of the 98 Danish municipalities
 *   custom:<code>            an analyst's own area, from an areas file (custom.ts)
 * and several at once (resolveAreas): `cluster:aarhus,municipality:751` or `cluster:aarhus+municipalities`.
 */
import type { AreaKind, AreaRef } from '../contract/datapakke';
import type { CustomAreaSet } from './custom';
import {
  CLUSTER_GROUPS,
  DANISH_MUNICIPALITIES,
  REGION_MIDTJYLLAND,
  REGIONS,
  SUNDHEDSRAAD,
  danishMunicipality,
  groupingFor,
  regionOf,
  type AreaGroup,
} from './data';

export * from './data';
export * from './custom';

/** Region Midtjylland's 19 municipalities with their cluster (the bundled sample's region). */
export interface Municipality {
  code: number;
  name: string;
  cluster: string;
}

export const MUNICIPALITIES: readonly Municipality[] = CLUSTER_GROUPS.flatMap((c) =>
  c.municipalities.map((code) => ({ code, name: danishMunicipality(code)!.name, cluster: c.code })),
);

export const CLUSTERS: readonly { code: string; name: string }[] = CLUSTER_GROUPS.map(({ code, name }) => ({ code, name }));

/** The default region (`region` without an extract to infer it from): Region Midtjylland. */
export const REGION = { code: 'region', name: regionOf(REGION_MIDTJYLLAND)!.name } as const;

const SPEC_HELP =
  'Brug region, cluster:aarhus|horsens|randers|vest|midt, sundhedsraad:aarhus|horsens|kronjylland|midt|vestjylland, ' +
  'municipality:<kommunekode> (alle 98 kommuner) eller custom:<kode> med --areas FIL.';

export class UnknownAreaError extends Error {
  constructor(
    readonly spec: string,
    detail?: string,
  ) {
    super(`Ukendt område: "${spec}". ${detail ? `${detail} ` : ''}${SPEC_HELP}`);
    this.name = 'UnknownAreaError';
  }
}

export interface AreaContext {
  /** The analyst's own areas (`custom:<code>`). */
  custom?: CustomAreaSet | null;
  /** Residents per municipality at the reference date: `region` is the region most of them live in. */
  residents?: ReadonlyMap<number, number> | null;
}

/** The finer kind of an area: `type` stays within the datapakke schema's enum (see AreaRef). */
export function areaKind(area: AreaRef): AreaKind {
  return area.kind ?? area.type;
}

function groupArea(kind: 'cluster' | 'sundhedsraad', g: AreaGroup): AreaRef {
  return { type: 'cluster', ...(kind === 'sundhedsraad' ? { kind } : {}), code: g.code, name: g.name, municipalities: [...g.municipalities] };
}

function regionArea(code: number): AreaRef {
  const region = regionOf(code)!;
  return {
    type: 'region',
    code: 'region',
    name: region.name,
    // Region Midtjylland keeps the cluster order it always had (packages and golden files list it so).
    municipalities: code === REGION_MIDTJYLLAND ? MUNICIPALITIES.map((m) => m.code) : DANISH_MUNICIPALITIES.filter((m) => m.region === code).map((m) => m.code),
  };
}

/** The region most residents live in; null when none lives in a Danish municipality. */
export function inferRegion(residents: ReadonlyMap<number, number>): number | null {
  const perRegion = new Map<number, number>();
  for (const [m, n] of residents) {
    const region = danishMunicipality(m)?.region;
    if (region !== undefined && n > 0) perRegion.set(region, (perRegion.get(region) ?? 0) + n);
  }
  let best: number | null = null;
  for (const [region, n] of perRegion) if (best === null || n > perRegion.get(best)! || (n === perRegion.get(best) && region < best)) best = region;
  return best;
}

/** Parses one area spec (see the file's head) into an area. Throws UnknownAreaError. */
export function resolveArea(spec: string, ctx: AreaContext = {}): AreaRef {
  const [rawKind = '', ...rest] = spec.trim().toLowerCase().split(':');
  const kind = rawKind.replace('å', 'aa');
  const code = rest.join(':').trim();
  switch (kind) {
    case 'region': {
      if (code) {
        const r = REGIONS.find((x) => String(x.code) === code || x.name.toLowerCase() === code || x.name.toLowerCase() === `region ${code}`);
        if (!r) throw new UnknownAreaError(spec, `Regionskoderne er ${REGIONS.map((x) => `${x.code} (${x.name})`).join(', ')}.`);
        return regionArea(r.code);
      }
      if (ctx.residents) {
        const inferred = inferRegion(ctx.residents);
        if (inferred === null) throw new UnknownAreaError(spec, 'Udtrækket har ingen borgere med bopæl i en dansk kommune, så regionen kan ikke udledes.');
        return regionArea(inferred);
      }
      return regionArea(REGION_MIDTJYLLAND);
    }
    case 'cluster': {
      const g = CLUSTER_GROUPS.find((c) => c.code === code);
      if (!g) throw new UnknownAreaError(spec);
      return groupArea('cluster', g);
    }
    case 'sundhedsraad': {
      const g = SUNDHEDSRAAD.find((c) => c.code === code);
      if (!g) throw new UnknownAreaError(spec);
      return groupArea('sundhedsraad', g);
    }
    case 'municipality':
    case 'kommune': {
      const m = /^\d{3}$/.test(code) ? danishMunicipality(Number(code)) : DANISH_MUNICIPALITIES.find((x) => x.name.toLowerCase() === code);
      if (!m) throw new UnknownAreaError(spec, `${code ? `"${code}" er ikke en dansk kommunekode.` : 'Kommunekoden mangler.'}`);
      return { type: 'municipality', code: String(m.code), name: m.officialName, municipalities: [m.code] };
    }
    case 'custom': {
      if (!ctx.custom) throw new UnknownAreaError(spec, 'Et eget område kræver en områdefil (--areas FIL).');
      const g = ctx.custom.areas.find((a) => a.code === code);
      if (!g) throw new UnknownAreaError(spec, `Områdefilen ${ctx.custom.file} har områderne ${ctx.custom.areas.map((a) => a.code).join(', ')}.`);
      return {
        type: 'cluster',
        kind: 'custom',
        code: g.code,
        name: g.name,
        municipalities: [...g.municipalities],
        ...(ctx.custom.sha256 ? { source: { file: ctx.custom.file, sha256: ctx.custom.sha256 } } : {}),
      };
    }
    default:
      throw new UnknownAreaError(spec);
  }
}

const EACH_MUNICIPALITY = /\+(municipalities|kommuner)$/;

/**
 * Several areas at once: a comma-separated list, where `<area>+municipalities` is the area and then
 * each of its municipalities. The same area asked twice is built once (first position kept).
 */
export function resolveAreas(specs: string, ctx: AreaContext = {}): AreaRef[] {
  const out: AreaRef[] = [];
  const seen = new Set<string>();
  const add = (a: AreaRef) => {
    const key = areaFolder(a);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(a);
    }
  };
  const items = specs
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UnknownAreaError(specs);
  for (const item of items) {
    const each = EACH_MUNICIPALITY.test(item.toLowerCase());
    const area = resolveArea(item.replace(/\+[^+]*$/, each ? '' : '$&'), ctx);
    add(area);
    if (each) for (const m of area.municipalities) add(resolveArea(`municipality:${m}`));
  }
  return out;
}

/** The folder a package of several goes in: OUT/<area-folder>/<track>/ (municipality-751, sundhedsraad-kronjylland, region). */
export function areaFolder(area: AreaRef): string {
  const kind = areaKind(area);
  return kind === 'region' ? 'region' : `${kind}-${area.code}`;
}

/** The spec that resolves to this area again (`sundhedsraad:kronjylland`). */
export function areaSpec(area: AreaRef): string {
  const kind = areaKind(area);
  return kind === 'region' ? 'region' : `${kind}:${area.code}`;
}

/** Short name of a municipality ("Aarhus"), any of the 98. */
export function municipalityName(code: number): string | undefined {
  return danishMunicipality(code)?.name;
}

/** The same municipalities in the other grouping: cluster:randers ↔ sundhedsraad:kronjylland. */
export function counterpartOf(area: AreaRef): AreaRef | null {
  const kind = areaKind(area);
  if (kind !== 'cluster' && kind !== 'sundhedsraad') return null;
  const key = [...area.municipalities].sort((a, b) => a - b).join(',');
  const other = (kind === 'cluster' ? SUNDHEDSRAAD : CLUSTER_GROUPS).find((g) => [...g.municipalities].sort((a, b) => a - b).join(',') === key);
  return other ? groupArea(kind === 'cluster' ? 'sundhedsraad' : 'cluster', other) : null;
}

/**
 * Words follow the date: the sundhedsråd replace the clusters from 2027-01-01. Both stay selectable;
 * an area of the other grouping than the date's gets this note (null when they agree).
 */
export function groupingNote(area: AreaRef, referenceDate: string, lang: 'da' | 'en' = 'da'): string | null {
  const kind = areaKind(area);
  if (kind !== 'cluster' && kind !== 'sundhedsraad') return null;
  const due = groupingFor(referenceDate);
  if (due === kind) return null;
  const other = counterpartOf(area);
  const alt = other ? ` (${areaSpec(other)}: ${other.name})` : '';
  if (lang === 'en')
    return kind === 'cluster'
      ? `From 1 January 2027 the health clusters are replaced by health councils${alt}; ${area.name} is built as asked.`
      : `The health councils start on 1 January 2027; before that the clusters apply${alt}; ${area.name} is built as asked.`;
  return kind === 'cluster'
    ? `Fra 1. januar 2027 afløses sundhedsklyngerne af sundhedsråd${alt}; ${area.name} bygges som ønsket.`
    : `Sundhedsrådene træder i kraft 1. januar 2027; før det gælder sundhedsklyngerne${alt}; ${area.name} bygges som ønsket.`;
}

/** The area the app proposes for a reference date: Aarhus's sundhedsråd from 2027, its cluster before. */
export function defaultAreaSpec(referenceDate: string): string {
  return groupingFor(referenceDate) === 'sundhedsraad' ? 'sundhedsraad:aarhus' : 'cluster:aarhus';
}
