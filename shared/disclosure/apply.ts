import { derivableCells, type Equation } from './derivable';
import { gaussSuppression } from './gauss';
import { needsPrimarySuppression } from './primary';
import { DEFAULT_RULE, type DisclosureCell, type DisclosureResult, type DisclosureRule, type MarginRelation, type SuppressionReason } from './types';

export interface DisclosureOptions {
  /** Cells already suppressed by a decision made elsewhere (e.g. the pattern of linked areas). */
  presuppressed?: ReadonlyMap<string, SuppressionReason>;
  /** Cells whose status is decided elsewhere: never chosen as a secondary suppression here. */
  fixed?: ReadonlySet<string>;
  /**
   * Which suppressed cells must stay unrecoverable: 'all' (default; a single table shows no "–" that
   * can be computed) or 'primary' (the small cells only: in linked tables a recoverable secondary
   * cell gives away a publishable count, and chasing it costs whole tables).
   */
  protect?: 'all' | 'primary';
}

/**
 * Primary and secondary suppression over a set of cells and the additive relations they are published
 * under. Secondary suppression first runs METHODS.md's rule to a fixed point (a relation with exactly one
 * suppressed member gets its next-smallest published part suppressed, non-zero cells first, the total
 * only when no part is left), then proves the result by linear algebra per connected table and adds a
 * suppression next to any cell that is still recoverable, until none is.
 * When several cells are recoverable at once, each gets a partner in the same round unless a partner
 * chosen in that round already sits in one of its relations (large linked tables converge in a few
 * rounds instead of one elimination per cell).
 * Throws only on a programming error: a relation naming a cell that is not in `cells`.
 */
export function applyDisclosure(
  cells: DisclosureCell[],
  relations: MarginRelation[],
  rule: Partial<DisclosureRule> = {},
  options: DisclosureOptions = {},
): DisclosureResult {
  const fullRule: DisclosureRule = { ...DEFAULT_RULE, ...rule };
  if (options.protect === 'primary') return gaussSuppression(cells, relations, fullRule, options);
  const byId = new Map(cells.map((c) => [c.id, c]));
  const relationsOf = new Map<string, number[]>();
  relations.forEach((rel, i) => {
    for (const id of [rel.total, ...rel.parts]) {
      if (!byId.has(id)) throw new Error(`applyDisclosure: relation refers to unknown cell "${id}"`);
      const list = relationsOf.get(id);
      if (list) list.push(i);
      else relationsOf.set(id, [i]);
    }
  });

  const suppressed = new Map<string, SuppressionReason>();
  for (const cell of cells) if (needsPrimarySuppression(cell, fullRule)) suppressed.set(cell.id, 'primary');
  for (const [id, reason] of options.presuppressed ?? []) if (byId.has(id) && !suppressed.has(id)) suppressed.set(id, reason);
  const primaryCount = [...suppressed.values()].filter((r) => r === 'primary').length;
  const fixed = options.fixed ?? new Set<string>();
  const mustProtect = (id: string) => options.protect !== 'primary' || suppressed.get(id) === 'primary';

  const component = connectedComponents(relations);
  const dirty = new Set<number>();
  // Relations wait in buckets by size and the smallest is handled first: a singleton in a cluster's
  // relation (cluster = two municipalities) is settled there before the region's relation (nineteen)
  // would pick an unneeded partner among all the municipalities.
  const buckets: number[][] = [];
  const enqueue = (i: number) => {
    const size = relations[i]!.parts.length;
    (buckets[size] ??= []).push(i);
  };
  const dequeue = (): number | undefined => {
    for (const bucket of buckets) if (bucket && bucket.length > 0) return bucket.pop();
    return undefined;
  };
  relations.forEach((_, i) => enqueue(i));
  for (const id of suppressed.keys()) for (const i of relationsOf.get(id) ?? []) dirty.add(component[i]!);

  // Suppressed members per relation: a partner whose other relations already hide a cell starts no
  // new chain of suppressions, which in linked tables (areas × single years) keeps the loss small.
  const hidden = new Array<number>(relations.length).fill(0);
  for (const id of suppressed.keys()) for (const i of relationsOf.get(id) ?? []) hidden[i]!++;
  const newChains = (id: string) => (relationsOf.get(id) ?? []).filter((i) => hidden[i] === 0).length;
  const order = partnerOrder(byId);
  const open = (id: string) => !suppressed.has(id) && !fixed.has(id);
  const cheapest = (ids: string[]): string | undefined => {
    let best: string | undefined;
    let bestChains = Infinity;
    for (const id of ids) {
      const chains = newChains(id);
      if (chains < bestChains || (chains === bestChains && order(id, best!) < 0)) [best, bestChains] = [id, chains];
    }
    return best;
  };
  const partnerIn = (rel: MarginRelation): string | undefined => cheapest(rel.parts.filter(open)) ?? (open(rel.total) ? rel.total : undefined);
  const suppress = (id: string) => {
    suppressed.set(id, 'secondary');
    for (const i of relationsOf.get(id) ?? []) {
      hidden[i]!++;
      enqueue(i);
      dirty.add(component[i]!);
    }
  };
  const runRule = () => {
    for (let i = dequeue(); i !== undefined; i = dequeue()) {
      const rel = relations[i]!;
      const members = [rel.total, ...rel.parts];
      const hiddenMembers = members.filter((id) => suppressed.has(id));
      if (hiddenMembers.length !== 1 || !mustProtect(hiddenMembers[0]!)) continue;
      const partner = partnerIn(rel);
      if (partner !== undefined) suppress(partner);
    }
  };

  /**
   * A partner for a recoverable cell: the smallest open cell of its own relations, or, when those are
   * all suppressed, of the nearest relations reached through suppressed cells (the equations that
   * recover it are chained through suppressed cells, so one of them must gain an unknown).
   */
  const partnerNear = (start: string): string | undefined => {
    const seenRelations = new Set<number>();
    const seenCells = new Set([start]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: string[] = [];
      // The smallest relation with an open member first (the tightest equation that recovers it).
      let candidates: string[] = [];
      let candidateSize = Infinity;
      for (const cell of frontier) {
        for (const i of relationsOf.get(cell) ?? []) {
          if (seenRelations.has(i)) continue;
          seenRelations.add(i);
          const rel = relations[i]!;
          const p = partnerIn(rel);
          if (p !== undefined && rel.parts.length < candidateSize) [candidates, candidateSize] = [[p], rel.parts.length];
          else if (p !== undefined && rel.parts.length === candidateSize) candidates.push(p);
          for (const m of [rel.total, ...rel.parts]) {
            if (suppressed.has(m) && !seenCells.has(m)) {
              seenCells.add(m);
              next.push(m);
            }
          }
        }
      }
      if (candidates.length > 0) return cheapest(candidates);
      frontier = next;
    }
    return undefined;
  };

  const members = groupByComponent(relations, component);
  runRule();
  while (dirty.size > 0) {
    const c = dirty.values().next().value as number;
    dirty.delete(c);
    const equations: Equation[] = members.get(c)!.map((i) => toEquation(relations[i]!));
    const recoverable = [...derivableCells(equations, (id) => suppressed.has(id))].filter(mustProtect).sort();
    const touched = new Set<number>();
    let added = 0;
    for (const id of recoverable) {
      const rels = relationsOf.get(id) ?? [];
      if (rels.some((i) => touched.has(i))) continue;
      const partner = partnerNear(id);
      if (partner === undefined) continue; // nothing left to hide it with
      suppress(partner);
      added++;
      for (const i of relationsOf.get(partner) ?? []) touched.add(i);
    }
    if (added === 0) continue; // nothing recoverable (or nothing left to hide it with)
    runRule();
  }

  return { suppressed, primaryCount, secondaryCount: suppressed.size - primaryCount };
}

function toEquation(rel: MarginRelation): Equation {
  return { terms: [{ id: rel.total, coefficient: 1 }, ...rel.parts.map((id) => ({ id, coefficient: -1 }))] };
}

/** Smallest published cell first, cells with a non-zero count before all-zero cells, then by id. */
function partnerOrder(byId: Map<string, DisclosureCell>): (a: string, b: string) => number {
  const key = (id: string) => {
    const counts = byId.get(id)!.counts;
    return { zero: counts.every((c) => c === 0) ? 1 : 0, first: counts[0] ?? 0, sum: counts.reduce((s, c) => s + c, 0) };
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.zero - kb.zero || ka.first - kb.first || ka.sum - kb.sum || (a < b ? -1 : a > b ? 1 : 0);
  };
}

/** Relation index → component id; relations sharing a cell are in one component (one published table). */
function connectedComponents(relations: MarginRelation[]): number[] {
  const parent = relations.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const ownerOf = new Map<string, number>();
  relations.forEach((rel, i) => {
    for (const id of [rel.total, ...rel.parts]) {
      const other = ownerOf.get(id);
      if (other === undefined) ownerOf.set(id, i);
      else parent[find(i)] = find(other);
    }
  });
  return relations.map((_, i) => find(i));
}

function groupByComponent(relations: MarginRelation[], component: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  relations.forEach((_, i) => {
    const c = component[i]!;
    const list = out.get(c);
    if (list) list.push(i);
    else out.set(c, [i]);
  });
  return out;
}
