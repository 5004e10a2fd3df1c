/**
 * Which suppressed cells an attacker can recover exactly from the published cells and the additive
 * relations. Each relation restricted to the suppressed cells is a linear equation with a known right-hand
 * side; a suppressed cell is recoverable iff its coordinate is fixed in every solution, i.e. it is a pivot
 * column of the reduced row echelon form whose row has no free-variable entries.
 */

export interface Equation {
  /** Coefficients on member ids: +1 for the total, −1 for each part. */
  terms: { id: string; coefficient: number }[];
}

const TOLERANCE = 1e-9;

export function derivableCells(equations: Equation[], isSuppressed: (id: string) => boolean): Set<string> {
  const column = new Map<string, number>();
  const rows: Map<number, number>[] = [];
  for (const eq of equations) {
    const row = new Map<number, number>();
    for (const t of eq.terms) {
      if (!isSuppressed(t.id)) continue;
      let j = column.get(t.id);
      if (j === undefined) column.set(t.id, (j = column.size));
      row.set(j, (row.get(j) ?? 0) + t.coefficient);
    }
    for (const [j, v] of row) if (Math.abs(v) < TOLERANCE) row.delete(j);
    if (row.size > 0) rows.push(row);
  }
  const pivotRowOf = reduce(rows, column.size);
  const ids = [...column.keys()];
  const found = new Set<string>();
  for (const [j, r] of pivotRowOf) {
    const row = rows[r]!;
    // Only the pivot itself left: every other entry of a pivot row in RREF is a free column.
    if (row.size === 1 && row.has(j)) found.add(ids[j]!);
  }
  return found;
}

/** Gauss-Jordan elimination on sparse rows in place; returns pivot column → row index. */
function reduce(rows: Map<number, number>[], columns: number): Map<number, number> {
  const pivotRowOf = new Map<number, number>();
  let next = 0;
  for (let j = 0; j < columns && next < rows.length; j++) {
    let best = -1;
    for (let r = next; r < rows.length; r++) {
      const v = rows[r]!.get(j);
      if (v !== undefined && Math.abs(v) > TOLERANCE) {
        best = r;
        break;
      }
    }
    if (best < 0) continue;
    [rows[next], rows[best]] = [rows[best]!, rows[next]!];
    const pivot = rows[next]!;
    const scale = pivot.get(j)!;
    for (const [k, v] of pivot) pivot.set(k, v / scale);
    for (let r = 0; r < rows.length; r++) {
      if (r === next) continue;
      const row = rows[r]!;
      const factor = row.get(j);
      if (factor === undefined) continue;
      for (const [k, v] of pivot) {
        const updated = (row.get(k) ?? 0) - factor * v;
        if (Math.abs(updated) < TOLERANCE) row.delete(k);
        else row.set(k, updated);
      }
    }
    pivotRowOf.set(j, next);
    next++;
  }
  return pivotRowOf;
}
