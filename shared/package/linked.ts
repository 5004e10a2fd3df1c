/**
 * One suppression pattern per extract (docs/decisions/005): every area a package can be built for
 * from the same extract — each municipality, each cluster / sundhedsråd, the region — is protected
 * together, so no combination of packages (a cluster minus its municipalities, the region minus four
 * clusters) lets a suppressed cell be worked out, whatever is built and in what order.
 *
 * How: per indicator, one aggregation over every resident of the extract's areas, grouped by
 * municipality within every published set; an area's cells are the sums of its municipalities'
 * cells. The disclosure problem holds every area's cells with the relations inside each area
 * (disclose.ts) and between areas (an area = Σ its municipalities, per stratum; region = Σ clusters
 * follows). The pattern depends only on the extract, the settings and the reference date — never on
 * which area was asked for — so a package built today agrees with one built tomorrow.
 * An area that is not one of the standard areas (an analyst's own) is added afterwards with the
 * standard pattern fixed: only its own cells are suppressed further.
 * Income quartiles are cut within each area (population.ts), so their rows add up across no areas
 * and are protected inside their package (indicator.ts), with the linked cells' status fixed.
 */
import { AREA_GROUPINGS, DANISH_MUNICIPALITIES, REGIONS, danishMunicipality } from '../areas/areas';
import { applyDisclosure, type DisclosureCell, type DisclosureOptions, type MarginRelation, type SuppressionReason } from '../disclosure';
import type { Engine } from '../engine';
import type { FamilyQuery } from '../indicators';
import { aggregate, reportedSets, setKey, type AggCell, type StrataColumn } from './aggregate';
import { draftRows, rowId, type DraftRow } from './estimates';
import { relationsFor } from './disclose';

export interface LinkArea {
  /** Sorted municipality codes joined by ',' — two areas with the same municipalities are one area. */
  key: string;
  municipalities: number[];
  /** A cluster or sundhedsråd (the forum's area), a region, a municipality, or an analyst's own. */
  level: 'grouping' | 'region' | 'municipality' | 'custom';
}

/** Strata that are never summed over areas, and the area breakdown itself (it is the area axis). */
const NOT_LINKED: readonly string[] = ['income_quartile', 'municipality'];

export function areaKey(municipalities: readonly number[]): string {
  return [...new Set(municipalities)].sort((a, b) => a - b).join(',');
}

/** Every bundled area made of several municipalities: the regions, clusters and sundhedsråd. */
function standardGroupings(): { municipalities: number[]; level: 'grouping' | 'region' }[] {
  return [
    ...REGIONS.map((r) => ({ municipalities: DANISH_MUNICIPALITIES.filter((m) => m.region === r.code).map((m) => m.code), level: 'region' as const })),
    ...AREA_GROUPINGS.flatMap((g) => g.areas.map((a) => ({ municipalities: a.municipalities, level: 'grouping' as const }))),
  ];
}

/**
 * The linked areas of an extract whose residents live in `extractMunicipalities`: each municipality of
 * every standard area the extract touches, and those areas. Independent of the area asked for.
 */
export function linkAreas(extractMunicipalities: readonly number[]): LinkArea[] {
  const present = new Set(extractMunicipalities);
  const groupings = standardGroupings().filter((g) => g.municipalities.some((m) => present.has(m)));
  const universe = [...new Set([...present, ...groupings.flatMap((g) => g.municipalities)])].sort((a, b) => a - b);
  const areas = new Map<string, LinkArea>();
  for (const m of universe) areas.set(String(m), { key: String(m), municipalities: [m], level: 'municipality' });
  for (const g of groupings) {
    const key = areaKey(g.municipalities);
    // A cluster and a sundhedsråd with the same municipalities are one area; so is a one-municipality grouping.
    if (!areas.has(key)) areas.set(key, { key, municipalities: [...new Set(g.municipalities)].sort((a, b) => a - b), level: g.level });
  }
  return [...areas.values()];
}

export interface LinkedPattern {
  /** Why a row of an area is suppressed, or undefined when it is published; null: the linked problem has no such cell. */
  status(area: string, rowId: string): SuppressionReason | undefined | null;
  /** An area's total row (main series) as published: its numerator, or suppressed; null: no such row. */
  total(area: string): { numerator?: number; suppressed: boolean } | null;
  cells: number;
  primary: number;
  secondary: number;
}

/** The query over the linked areas: the area's family query without the per-area breakdowns. */
export function linkedQuery(q: FamilyQuery): FamilyQuery {
  return {
    ...q,
    dims: q.dims.filter((d) => !NOT_LINKED.includes(d)),
    twoWay: q.twoWay.filter(([a, b]) => !NOT_LINKED.includes(a) && !NOT_LINKED.includes(b)),
  };
}

/** Each area's aggregated cells: the sums of its municipalities' cells (every measure column is a sum). */
function areaCells(byMunicipality: AggCell[], areas: readonly LinkArea[]): Map<string, AggCell[]> {
  const perMunicipality = new Map<number, AggCell[]>();
  for (const c of byMunicipality) {
    const m = Number(c.strata.municipality);
    const set = c.set.filter((x) => x !== 'municipality');
    const { municipality: _m, ...strata } = c.strata;
    void _m;
    const list = perMunicipality.get(m) ?? [];
    list.push({ set, strata, sums: c.sums });
    perMunicipality.set(m, list);
  }
  const out = new Map<string, AggCell[]>();
  for (const area of areas) {
    const sums = new Map<string, AggCell>();
    for (const m of area.municipalities) {
      for (const c of perMunicipality.get(m) ?? []) {
        const k = `${setKey(c.set)}|${c.set.map((x) => String(c.strata[x as keyof typeof c.strata])).join('|')}`;
        const acc = sums.get(k);
        if (!acc) sums.set(k, { set: c.set, strata: { ...c.strata }, sums: { ...c.sums } });
        else for (const [name, v] of Object.entries(c.sums)) acc.sums[name] = (acc.sums[name] ?? 0) + v;
      }
    }
    out.set(area.key, [...sums.values()]);
  }
  return out;
}

export interface LinkedProblemInput {
  /** The family query over every resident of the linked areas (inScope = the universe). */
  query: FamilyQuery;
  areas: readonly LinkArea[];
  minCount: number;
  minSurveyN: number;
  confidence: number;
  grouping: '3' | '4' | '6';
}

/** Drafts (counts and estimates, no standardisation) of every linked area for one indicator. */
export async function linkedDrafts(engine: Engine, input: LinkedProblemInput): Promise<Map<string, DraftRow[]>> {
  const q = linkedQuery(input.query);
  const sets = reportedSets(q).map((s) => [...s, 'municipality'] as StrataColumn[]);
  const cells = await aggregate(engine, q, sets);
  const out = new Map<string, DraftRow[]>();
  for (const [key, list] of areaCells(cells, input.areas)) {
    out.set(key, draftRows(q, list, { confidence: input.confidence, standardWeights: new Map(), grouping: input.grouping, standardise: false }));
  }
  return out;
}

const cellId = (area: string, row: string) => `${area}@${row}`;

/**
 * Which cells to keep when one of two must go: what a director forum reads first (totals, then the
 * education gradient, sex, age bands, the other dimensions, two-way tables, single years of age), the
 * main series before variants and types, and the forum's areas (clusters, sundhedsråd) before the
 * region and the municipalities.
 */
function publicationPriority(row: DraftRow, area: LinkArea): number {
  const set = row.set;
  const tier =
    set.length === 0 ? 0 : set.length === 2 ? 5 : set[0] === 'education' ? 1 : set[0] === 'sex' ? 2 : set[0] === 'age_band' ? 3 : set[0] === 'age' ? 6 : 4;
  const level = { grouping: 0, custom: 1, region: 2, municipality: 3 }[area.level];
  return (tier * 2 + (row.series > 0 ? 1 : 0)) * 10 + level;
}

/**
 * The disclosure problem of the linked areas: every area's cells, the relations inside each area and
 * area = Σ its municipalities for every stratum. `extra` areas (an analyst's own) are solved after
 * the standard areas with the standard pattern fixed.
 */
export function solveLinked(
  q: FamilyQuery,
  drafts: ReadonlyMap<string, DraftRow[]>,
  areas: readonly LinkArea[],
  rule: { minCount: number; minSurveyN: number },
  extra: readonly LinkArea[] = [],
): LinkedPattern {
  const lq = linkedQuery(q);
  const build = (list: readonly LinkArea[]) => {
    const cells: DisclosureCell[] = [];
    const relations: MarginRelation[] = [];
    for (const area of list) {
      const rows = drafts.get(area.key) ?? [];
      for (const r of rows) cells.push({ id: cellId(area.key, r.id), counts: r.counts, survey: r.survey, priority: publicationPriority(r, area) });
      for (const rel of relationsFor(lq, rows)) relations.push({ total: cellId(area.key, rel.total), parts: rel.parts.map((p) => cellId(area.key, p)) });
      if (area.municipalities.length < 2) continue;
      const present = new Set<string>();
      for (const m of area.municipalities) for (const r of drafts.get(String(m)) ?? []) present.add(cellId(String(m), r.id));
      for (const r of rows) {
        const parts = area.municipalities.map((m) => cellId(String(m), r.id)).filter((id) => present.has(id));
        if (parts.length > 0) relations.push({ total: cellId(area.key, r.id), parts });
      }
    }
    return { cells, relations };
  };
  const base = build(areas);
  const standard = applyDisclosure(base.cells, base.relations, rule, { protect: 'primary' });
  let result = standard;
  if (extra.length > 0) {
    const all = build([...areas, ...extra]);
    result = applyDisclosure(all.cells, all.relations, rule, {
      presuppressed: standard.suppressed,
      fixed: new Set(base.cells.map((c) => c.id)),
      protect: 'primary',
    });
  }
  const known = new Set([...areas, ...extra].flatMap((a) => (drafts.get(a.key) ?? []).map((r) => cellId(a.key, r.id))));
  return {
    status: (area, row) => {
      const id = cellId(area, row);
      if (!known.has(id)) return null;
      return result.suppressed.get(id);
    },
    total: (area) => {
      const row = (drafts.get(area) ?? []).find((r) => r.series === 0 && r.set.length === 0);
      if (!row) return null;
      return result.suppressed.has(cellId(area, row.id))
        ? { suppressed: true }
        : { suppressed: false, ...(row.numerator !== undefined ? { numerator: row.numerator } : {}) };
    },
    cells: known.size,
    primary: result.primaryCount,
    secondary: result.secondaryCount,
  };
}

/** The linked id of a row of the package of `area`: its municipality rows are the municipalities' totals. */
export function linkedRowOf(areaKeyOfPackage: string, row: Pick<DraftRow, 'set' | 'strata' | 'series' | 'id'>): { area: string; row: string } | null {
  if (row.set.includes('income_quartile')) return null;
  if (row.set.includes('municipality')) {
    if (row.set.length !== 1) return null;
    return { area: String(row.strata.municipality), row: rowId(row.series, [], {}) };
  }
  return { area: areaKeyOfPackage, row: row.id };
}

export interface LinkSession {
  /** The linked area of the package being built. */
  areaKey: string;
  /** SQL condition on dp_person: a resident of one of the linked areas (the universe). */
  inUniverse(alias: string): string;
  municipalities: readonly number[];
  /** Every linked area (the standard ones and, when asked for, the analyst's own). */
  areas: readonly LinkArea[];
  /** The pattern of one indicator (computed once per extract, settings and reference date). */
  pattern(indicatorId: string, query: () => FamilyQuery): Promise<LinkedPattern>;
}

export interface LinkSessionInput {
  requested: readonly number[];
  /** Identifies the extract, the reference date and every setting the pattern depends on. */
  identity: string;
  minCount: number;
  minSurveyN: number;
  confidence: number;
  grouping: '3' | '4' | '6';
}

/** Patterns of the current extract per engine; a new identity (another import or setting) starts afresh. */
const CACHE = new WeakMap<Engine, { identity: string; patterns: Map<string, Promise<LinkedPattern>> }>();

export async function linkSession(engine: Engine, input: LinkSessionInput): Promise<LinkSession> {
  const rows = await engine.query('SELECT DISTINCT municipality FROM dp_person WHERE municipality IS NOT NULL ORDER BY municipality');
  const areas = linkAreas(rows.map((r) => Number(r.municipality)));
  const key = areaKey(input.requested);
  const known = new Set(areas.map((a) => a.key));
  const extra: LinkArea[] = known.has(key) ? [] : [{ key, municipalities: [...new Set(input.requested)].sort((a, b) => a - b), level: 'custom' }];
  const universe = [...new Set([...areas, ...extra].flatMap((a) => a.municipalities))].sort((a, b) => a - b);
  let cache = CACHE.get(engine);
  if (!cache || cache.identity !== input.identity) CACHE.set(engine, (cache = { identity: input.identity, patterns: new Map() }));
  const patterns = cache.patterns;
  return {
    areaKey: key,
    municipalities: universe,
    areas: [...areas, ...extra],
    inUniverse: (alias) => `(${alias}.municipality IN (${universe.join(', ') || 'NULL'}) AND ${alias}.age_exact <= 100)`,
    pattern(indicatorId, query) {
      const k = `${indicatorId}|${extra.map((a) => a.key).join(';')}`;
      let p = patterns.get(k);
      if (!p) {
        p = (async () => {
          const q = query();
          const drafts = await linkedDrafts(engine, {
            query: q,
            areas: [...areas, ...extra],
            minCount: input.minCount,
            minSurveyN: input.minSurveyN,
            confidence: input.confidence,
            grouping: input.grouping,
          });
          return solveLinked(q, drafts, areas, { minCount: input.minCount, minSurveyN: input.minSurveyN }, extra);
        })();
        patterns.set(k, p);
        // A failed computation must not be served again.
        p.catch(() => patterns.delete(k));
      }
      return p;
    },
  };
}

/**
 * What the linked pattern decides for the rows of one package: the status of every linked row is
 * fixed (suppressed ones passed as already suppressed); a row the linked problem does not know is
 * suppressed, so a mismatch fails closed. Rows left open (income quartiles) are decided in the package.
 */
export function linkedDisclosureOptions(pattern: LinkedPattern, areaKeyOfPackage: string, drafts: readonly DraftRow[]): DisclosureOptions {
  const presuppressed = new Map<string, SuppressionReason>();
  const fixed = new Set<string>();
  for (const d of drafts) {
    const linked = linkedRowOf(areaKeyOfPackage, d);
    if (!linked) continue;
    fixed.add(d.id);
    const status = pattern.status(linked.area, linked.row);
    if (status === null) presuppressed.set(d.id, 'secondary');
    else if (status !== undefined) presuppressed.set(d.id, status);
  }
  return { presuppressed, fixed, protect: 'primary' as const };
}

/** The linked areas by name, largest first (a sundhedsråd and a cluster with the same municipalities are one). */
export function linkAreaNames(areas: readonly LinkArea[]): string[] {
  const named = new Map<string, string[]>();
  for (const r of REGIONS) named.set(areaKey(DANISH_MUNICIPALITIES.filter((m) => m.region === r.code).map((m) => m.code)), [r.name]);
  for (const g of AREA_GROUPINGS) for (const a of g.areas) named.set(areaKey(a.municipalities), [...(named.get(areaKey(a.municipalities)) ?? []), a.name]);
  return [...areas]
    .sort((a, b) => b.municipalities.length - a.municipalities.length || a.key.localeCompare(b.key))
    .map((a) => {
      const names = named.get(a.key);
      if (names) return [...new Set(names)].join(' / ');
      if (a.municipalities.length === 1) return danishMunicipality(a.municipalities[0]!)?.name ?? String(a.municipalities[0]);
      return a.municipalities.map((m) => danishMunicipality(m)?.name ?? String(m)).join(' + ');
    });
}
