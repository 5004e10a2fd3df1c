/**
 * Secondary suppression of linked tables by Gaussian elimination (the method of Statistics Norway's
 * GaussSuppression, Langsrud 2024), written for tables given as additive relations.
 *
 * Every table consistent with the relations is a vector of the null space of the relation matrix A.
 * A cell's value is a linear functional on that space; the attacker knows the functionals of the
 * published cells, and a small (primary) cell is recoverable iff its functional lies in their span.
 * The cells are offered for publication one by one, in order of preference (cells whose status is
 * fixed first, then by the caller's priority, then zeros, then the largest counts); a cell is
 * published unless adding its functional to the span would bring a primary cell's functional into
 * it. So no primary cell is ever recoverable, and a cell is suppressed only when publishing it would
 * open one: the pattern needs no repair loop and no choice of partners.
 *
 * Arithmetic is exact, modulo a prime below 2^26 (see derivable.ts).
 */
import { inverse, mod, mul, P } from './modular';
import { needsPrimarySuppression } from './primary';
import type { DisclosureCell, DisclosureResult, DisclosureRule, MarginRelation, SuppressionReason } from './types';

type Vec = Map<number, number>;

function addScaled(target: Vec, source: Vec, factor: number): void {
  for (const [k, v] of source) {
    const x = mod((target.get(k) ?? 0) + mul(factor, v));
    if (x === 0) target.delete(k);
    else target.set(k, x);
  }
}

function leading(v: Vec): number {
  let m = Infinity;
  for (const k of v.keys()) if (k < m) m = k;
  return m;
}

/**
 * The cells' functionals on a basis of the null space of the relations: Gauss-Jordan elimination of
 * the relation matrix with coarse cells (large counts, i.e. totals) as pivots, so the free unknowns
 * are the finest cells; a free cell's functional is its own unit vector, a pivot cell's is minus the
 * free part of its row.
 */
function functionals(n: number, relations: number[][], coarseFirst: number[]): Vec[] {
  const rows: Vec[] = relations.map((members) => {
    const row: Vec = new Map();
    members.forEach((cell, i) => row.set(cell, mod((row.get(cell) ?? 0) + (i === 0 ? 1 : -1))));
    for (const [k, v] of row) if (v === 0) row.delete(k);
    return row;
  });
  const holders: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  rows.forEach((row, r) => {
    for (const j of row.keys()) holders[j]!.add(r);
  });
  const used = new Array<boolean>(rows.length).fill(false);
  const pivotRow = new Map<number, number>();
  for (const j of coarseFirst) {
    let best = -1;
    for (const r of holders[j]!) if (!used[r] && (best < 0 || rows[r]!.size < rows[best]!.size)) best = r;
    if (best < 0) continue;
    used[best] = true;
    const pivot = rows[best]!;
    const scale = inverse(pivot.get(j)!);
    for (const [k, v] of pivot) pivot.set(k, mul(v, scale));
    for (const r of [...holders[j]!]) {
      if (r === best) continue;
      const row = rows[r]!;
      const factor = P - row.get(j)!;
      for (const [k, v] of pivot) {
        const had = row.has(k);
        const x = mod((row.get(k) ?? 0) + mul(factor, v));
        if (x === 0) {
          row.delete(k);
          if (had) holders[k]!.delete(r);
        } else {
          row.set(k, x);
          if (!had) holders[k]!.add(r);
        }
      }
    }
    pivotRow.set(j, best);
  }
  // Free cells get consecutive indices; functionals are vectors over them.
  const freeIndex = new Map<number, number>();
  for (let j = 0; j < n; j++) if (!pivotRow.has(j)) freeIndex.set(j, freeIndex.size);
  const out: Vec[] = [];
  for (let j = 0; j < n; j++) {
    const f = freeIndex.get(j);
    if (f !== undefined) {
      out.push(new Map([[f, 1]]));
      continue;
    }
    const row = rows[pivotRow.get(j)!]!;
    const v: Vec = new Map();
    for (const [k, x] of row) if (k !== j) v.set(freeIndex.get(k)!, mod(-x));
    out.push(v);
  }
  return out;
}

export interface GaussOptions {
  /** Hidden already (by the linked pattern): never published, and never left recoverable. */
  presuppressed?: ReadonlyMap<string, SuppressionReason>;
  /** Cells whose status is decided elsewhere: published ones are offered first and always published. */
  fixed?: ReadonlySet<string>;
}

export function gaussSuppression(cells: DisclosureCell[], relations: MarginRelation[], rule: DisclosureRule, options: GaussOptions = {}): DisclosureResult {
  const index = new Map(cells.map((c, i) => [c.id, i]));
  const rel = relations.map((r) =>
    [r.total, ...r.parts].map((id) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`gaussSuppression: relation refers to unknown cell "${id}"`);
      return i;
    }),
  );
  const suppressed = new Map<string, SuppressionReason>();
  for (const c of cells) if (needsPrimarySuppression(c, rule)) suppressed.set(c.id, 'primary');
  for (const [id, reason] of options.presuppressed ?? []) if (index.has(id) && !suppressed.has(id)) suppressed.set(id, reason);
  const fixed = options.fixed ?? new Set<string>();

  const size = (c: DisclosureCell) => c.counts[0] ?? 0;
  const coarse = cells.map((_, i) => i).sort((a, b) => size(cells[b]!) - size(cells[a]!) || a - b);
  const f = functionals(cells.length, rel, coarse);

  // Residuals of the primary cells' functionals, indexed by their leading coordinate.
  const basis = new Map<number, Vec>();
  const reduce = (v: Vec): Vec => {
    for (let l = leading(v); l !== Infinity && basis.has(l); l = leading(v)) addScaled(v, basis.get(l)!, P - v.get(l)!);
    return v;
  };
  const primaries: Vec[] = [];
  const byLeading = new Map<number, Set<number>>();
  const file = (p: number) => {
    const l = leading(primaries[p]!);
    if (l === Infinity) return;
    (byLeading.get(l) ?? byLeading.set(l, new Set()).get(l)!).add(p);
  };
  // Cells hidden by a decision made elsewhere (the linked areas' pattern) stay hidden for the same
  // reason they were hidden there: some small cell leans on them. So they are protected like small ones.
  cells.forEach((c, i) => {
    if (!suppressed.has(c.id)) return;
    primaries.push(new Map(f[i]!));
    file(primaries.length - 1);
  });

  const offered = cells
    .map((_, i) => i)
    .filter((i) => !suppressed.has(cells[i]!.id))
    .sort((a, b) => {
      const fa = fixed.has(cells[a]!.id) ? 0 : 1;
      const fb = fixed.has(cells[b]!.id) ? 0 : 1;
      const za = size(cells[a]!) === 0 ? 0 : 1;
      const zb = size(cells[b]!) === 0 ? 0 : 1;
      return fa - fb || (cells[a]!.priority ?? 0) - (cells[b]!.priority ?? 0) || za - zb || size(cells[b]!) - size(cells[a]!) || a - b;
    });
  for (const i of offered) {
    const id = cells[i]!.id;
    const r = reduce(new Map(f[i]!));
    const l = leading(r);
    if (l === Infinity) continue; // already known from the published cells: publishing it tells nothing new
    const scale = inverse(r.get(l)!);
    for (const [k, v] of r) r.set(k, mul(v, scale));
    const affected = [...(byLeading.get(l) ?? [])];
    const opens = affected.some((p) => {
      const trial = new Map(primaries[p]!);
      addScaled(trial, r, P - trial.get(l)!);
      return reduce(trial).size === 0;
    });
    if (opens && !fixed.has(id)) {
      suppressed.set(id, 'secondary');
      continue;
    }
    basis.set(l, r);
    byLeading.delete(l);
    for (const p of affected) {
      addScaled(primaries[p]!, r, P - primaries[p]!.get(l)!);
      reduce(primaries[p]!);
      file(p);
    }
  }
  const primaryCount = [...suppressed.values()].filter((x) => x === 'primary').length;
  return { suppressed, primaryCount, secondaryCount: suppressed.size - primaryCount };
}
