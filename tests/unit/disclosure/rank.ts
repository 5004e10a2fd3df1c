/**
 * An attacker's linear algebra, written independently of shared/disclosure/derivable.ts: a suppressed
 * cell is recoverable iff adding its unit vector to the relation matrix (restricted to the suppressed
 * cells) does not raise the rank.
 */
import type { MarginRelation } from '../../../shared/disclosure';

function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let rk = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < m.length; c++) {
    let best = rk;
    for (let r = rk + 1; r < m.length; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[best]![c]!)) best = r;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[rk], m[best]] = [m[best]!, m[rk]!];
    for (let r = 0; r < m.length; r++) {
      if (r === rk) continue;
      const f = m[r]![c]! / m[rk]![c]!;
      if (f !== 0) for (let k = c; k < cols; k++) m[r]![k]! -= f * m[rk]![k]!;
    }
    rk++;
  }
  return rk;
}

export function recoverableByAttacker(relations: MarginRelation[], suppressed: Set<string>): string[] {
  const vars = [...suppressed];
  const index = new Map(vars.map((v, i) => [v, i]));
  const rows = relations
    .map((rel) => {
      const row = new Array<number>(vars.length).fill(0);
      const t = index.get(rel.total);
      if (t !== undefined) row[t]! += 1;
      for (const p of rel.parts) {
        const i = index.get(p);
        if (i !== undefined) row[i]! -= 1;
      }
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const base = rank(rows);
  return vars.filter((v, i) => {
    const unit = new Array<number>(vars.length).fill(0);
    unit[i] = 1;
    return rank([...rows, unit]) === base;
  });
}
