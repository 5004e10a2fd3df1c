/**
 * Areas of Region Midtjylland (DATA-CONTRACT.md "Areas"). Data, not code: another region's clusters
 * are added here without touching anything else.
 */
import type { AreaRef } from '../contract/datapakke';

export interface Municipality {
  code: number;
  name: string;
  cluster: string;
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { code: 751, name: 'Aarhus', cluster: 'aarhus' },
  { code: 741, name: 'Samsø', cluster: 'aarhus' },
  { code: 615, name: 'Horsens', cluster: 'horsens' },
  { code: 766, name: 'Hedensted', cluster: 'horsens' },
  { code: 727, name: 'Odder', cluster: 'horsens' },
  { code: 746, name: 'Skanderborg', cluster: 'horsens' },
  { code: 730, name: 'Randers', cluster: 'randers' },
  { code: 710, name: 'Favrskov', cluster: 'randers' },
  { code: 707, name: 'Norddjurs', cluster: 'randers' },
  { code: 706, name: 'Syddjurs', cluster: 'randers' },
  { code: 657, name: 'Herning', cluster: 'vest' },
  { code: 661, name: 'Holstebro', cluster: 'vest' },
  { code: 756, name: 'Ikast-Brande', cluster: 'vest' },
  { code: 665, name: 'Lemvig', cluster: 'vest' },
  { code: 760, name: 'Ringkøbing-Skjern', cluster: 'vest' },
  { code: 671, name: 'Struer', cluster: 'vest' },
  { code: 740, name: 'Silkeborg', cluster: 'midt' },
  { code: 779, name: 'Skive', cluster: 'midt' },
  { code: 791, name: 'Viborg', cluster: 'midt' },
];

export const CLUSTERS: readonly { code: string; name: string }[] = [
  { code: 'aarhus', name: 'Aarhus-klyngen' },
  { code: 'horsens', name: 'Horsens-klyngen' },
  { code: 'randers', name: 'Randers-klyngen' },
  { code: 'vest', name: 'Gødstrupklyngen (Vestklyngen)' },
  { code: 'midt', name: 'Midtklyngen' },
];

export const REGION = { code: 'region', name: 'Region Midtjylland' } as const;

export class UnknownAreaError extends Error {
  constructor(readonly spec: string) {
    super(`Ukendt område: "${spec}". Brug cluster:aarhus|horsens|randers|vest|midt, municipality:<kommunekode> eller region.`);
    this.name = 'UnknownAreaError';
  }
}

/** Parses `cluster:aarhus`, `municipality:751` or `region` into an area. */
export function resolveArea(spec: string): AreaRef {
  const [kind, code = ''] = spec.trim().toLowerCase().split(':');
  if (kind === 'region') {
    return { type: 'region', code: REGION.code, name: REGION.name, municipalities: MUNICIPALITIES.map((m) => m.code) };
  }
  if (kind === 'cluster') {
    const cluster = CLUSTERS.find((c) => c.code === code);
    if (!cluster) throw new UnknownAreaError(spec);
    return {
      type: 'cluster',
      code: cluster.code,
      name: cluster.name,
      municipalities: MUNICIPALITIES.filter((m) => m.cluster === cluster.code).map((m) => m.code),
    };
  }
  if (kind === 'municipality') {
    const m = MUNICIPALITIES.find((x) => String(x.code) === code);
    if (!m) throw new UnknownAreaError(spec);
    return { type: 'municipality', code: String(m.code), name: `${m.name} Kommune`, municipalities: [m.code] };
  }
  throw new UnknownAreaError(spec);
}

export function municipalityName(code: number): string | undefined {
  return MUNICIPALITIES.find((m) => m.code === code)?.name;
}
