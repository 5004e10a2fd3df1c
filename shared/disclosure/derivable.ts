/**
 * Which suppressed cells an attacker can recover exactly from the published cells and the additive
 * relations. Each relation restricted to the suppressed cells is a linear equation with a known
 * right-hand side; a suppressed cell is recoverable iff its coordinate is the same in every solution,
 * i.e. iff it is zero in every vector of the null space of the restricted system.
 *
 * Linked tables (every area of an extract, single years of age) give systems of thousands of
 * unknowns, where a full reduced echelon form fills in and takes seconds per round. So the null space
 * is sampled instead: sparse forward elimination in exact arithmetic modulo a prime (no rounding, no
 * tolerance), then back-substitution with random values for the free unknowns. A recoverable cell is
 * zero in every sample; any other cell is non-zero in a sample except with probability 1/p, so two
 * samples misjudge a safe cell as recoverable with probability < 1e-15 — and that error only costs an
 * extra suppression. The random values come from a fixed seed, so the result is deterministic.
 */
import { inverse, mod, mul, P } from './modular';

export interface Equation {
  /** Coefficients on member ids: +1 for the total, −1 for each part. */
  terms: { id: string; coefficient: number }[];
}

/** Two samples of the null space: a safe cell looks recoverable in both with probability 1/P². */
const SAMPLES = 2;

/** mulberry32: a small deterministic generator (no Math.random: the pattern must be reproducible). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % P;
  };
}

export function derivableCells(equations: Equation[], isSuppressed: (id: string) => boolean): Set<string> {
  const column = new Map<string, number>();
  const rows: Map<number, number>[] = [];
  for (const eq of equations) {
    const row = new Map<number, number>();
    for (const t of eq.terms) {
      if (!isSuppressed(t.id)) continue;
      let j = column.get(t.id);
      if (j === undefined) column.set(t.id, (j = column.size));
      row.set(j, mod((row.get(j) ?? 0) + t.coefficient));
    }
    for (const [j, v] of row) if (v === 0) row.delete(j);
    if (row.size > 0) rows.push(row);
  }
  const ids = [...column.keys()];
  const pivots = eliminate(rows, ids.length);
  const zeroEverywhere = new Array<boolean>(ids.length).fill(true);
  const random = generator(0x5eed);
  for (let s = 0; s < SAMPLES; s++) {
    const z = nullVector(pivots, ids.length, random);
    z.forEach((v, j) => {
      if (v !== 0) zeroEverywhere[j] = false;
    });
  }
  const found = new Set<string>();
  zeroEverywhere.forEach((zero, j) => {
    if (zero) found.add(ids[j]!);
  });
  return found;
}

interface Pivot {
  column: number;
  row: Map<number, number>;
}

/**
 * Sparse forward elimination (row echelon form, not reduced): columns are taken in order of how few
 * rows hold them and each pivot is the shortest row holding its column, which keeps fill-in small.
 */
function eliminate(rows: Map<number, number>[], columns: number): Pivot[] {
  const holders: Set<number>[] = Array.from({ length: columns }, () => new Set<number>());
  rows.forEach((row, r) => {
    for (const j of row.keys()) holders[j]!.add(r);
  });
  const used = new Array<boolean>(rows.length).fill(false);
  const order = [...Array(columns).keys()].sort((a, b) => holders[a]!.size - holders[b]!.size || a - b);
  const pivots: Pivot[] = [];
  for (const j of order) {
    let best = -1;
    for (const r of holders[j]!) if (!used[r] && (best < 0 || rows[r]!.size < rows[best]!.size || (rows[r]!.size === rows[best]!.size && r < best))) best = r;
    if (best < 0) continue;
    used[best] = true;
    const pivot = rows[best]!;
    const scale = inverse(pivot.get(j)!);
    for (const [k, v] of pivot) pivot.set(k, mul(v, scale));
    for (const r of [...holders[j]!]) {
      if (r === best || used[r]) continue;
      const row = rows[r]!;
      const factor = row.get(j)!;
      for (const [k, v] of pivot) {
        const updated = mod((row.get(k) ?? 0) - mul(factor, v));
        if (updated === 0) {
          row.delete(k);
          holders[k]!.delete(r);
        } else {
          if (!row.has(k)) holders[k]!.add(r);
          row.set(k, updated);
        }
      }
    }
    // The pivot row keeps its entries; other rows no longer hold column j.
    pivots.push({ column: j, row: pivot });
  }
  return pivots;
}

/** A random vector of the null space: free unknowns random, pivots by back-substitution. */
function nullVector(pivots: Pivot[], columns: number, random: () => number): number[] {
  const isPivot = new Array<boolean>(columns).fill(false);
  for (const p of pivots) isPivot[p.column] = true;
  const z = new Array<number>(columns);
  for (let j = 0; j < columns; j++) z[j] = isPivot[j] ? 0 : random();
  // A pivot row holds only its own column, later pivots' columns and free columns (earlier pivots were
  // eliminated from it), so the pivots are solved from the last to the first.
  for (let i = pivots.length - 1; i >= 0; i--) {
    const { column, row } = pivots[i]!;
    let sum = 0;
    for (const [k, v] of row) if (k !== column) sum = mod(sum + mul(v, z[k]!));
    z[column] = mod(-sum);
  }
  return z;
}
