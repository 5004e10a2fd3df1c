import { derivableCells, type Equation } from './derivable';
import { gaussSuppression } from './gauss';
import { needsPrimarySuppression } from './primary';
import { DEFAULT_RULE, type DisclosureCell, type DisclosureResult, type DisclosureRule, type MarginRelation, type SuppressionReason } from './types';

export interface DisclosureOptions {
  /**
   * 'all' (default): one table on its own, by METHODS.md's rule with an exact check — no "–" can be
   * computed. 'primary': linked tables (every area of an extract) by Gaussian elimination (gauss.ts) —
   * no small cell can be worked out; a hidden cell of minCount or more may be.
   */
  protect?: 'all' | 'primary';
  /** 'primary' only: cells already hidden by a decision made elsewhere (the linked areas' pattern). */
  presuppressed?: ReadonlyMap<string, SuppressionReason>;
  /** 'primary' only: cells whose status is decided elsewhere. */
  fixed?: ReadonlySet<string>;
}

/**
 * Primary and secondary suppression over a set of cells and the additive relations they are published
 * under. Secondary suppression first runs METHODS.md's rule to a fixed point (a relation with exactly one
 * suppressed member gets its next-smallest published part suppressed, non-zero cells first, the total
 * only when no part is left), then proves the result by linear algebra per connected table and adds a
 * suppression next to any cell that is still recoverable, until none is.
 * Throws only on a programming error: a relation naming a cell that is not in `cells`.
 */
export function applyDisclosure(
  cells: DisclosureCell[],
  relations: MarginRelation[],
  rule: Partial<DisclosureRule> = {},
  options: DisclosureOptions = {},
): DisclosureResult {
  const fullRule: DisclosureRule = { ...DEFAULT_RULE, ...rule };
  if (options.protect === 'primary' || options.presuppressed || options.fixed) return gaussSuppression(cells, relations, fullRule, options);
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
  const primaryCount = suppressed.size;

  const component = connectedComponents(relations);
  const dirty = new Set<number>();
  const queue: number[] = relations.map((_, i) => i);
  for (const id of suppressed.keys()) for (const i of relationsOf.get(id) ?? []) dirty.add(component[i]!);

  const order = partnerOrder(byId);
  const partnerIn = (rel: MarginRelation): string | undefined =>
    rel.parts.filter((id) => !suppressed.has(id)).sort(order)[0] ?? (suppressed.has(rel.total) ? undefined : rel.total);
  const suppress = (id: string) => {
    suppressed.set(id, 'secondary');
    for (const i of relationsOf.get(id) ?? []) {
      queue.push(i);
      dirty.add(component[i]!);
    }
  };
  const runRule = () => {
    while (queue.length > 0) {
      const rel = relations[queue.pop()!]!;
      const members = [rel.total, ...rel.parts];
      if (members.filter((id) => suppressed.has(id)).length !== 1) continue;
      const partner = partnerIn(rel);
      if (partner !== undefined) suppress(partner);
    }
  };

  const members = groupByComponent(relations, component);
  runRule();
  while (dirty.size > 0) {
    const c = dirty.values().next().value as number;
    dirty.delete(c);
    const equations: Equation[] = members.get(c)!.map((i) => toEquation(relations[i]!));
    const recoverable = [...derivableCells(equations, (id) => suppressed.has(id))].sort();
    const partner = recoverable.flatMap((id) => (relationsOf.get(id) ?? []).map((i) => partnerIn(relations[i]!))).find((id): id is string => id !== undefined);
    if (partner === undefined) continue; // nothing recoverable (or nothing left to hide it with)
    suppress(partner);
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
