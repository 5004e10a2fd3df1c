/**
 * An attacker who has nothing but published `datapakke.json` files of one track (any areas, built in
 * any order from one extract) and tries to work out suppressed counts by exact linear algebra.
 * Written independently of shared/disclosure: it reads the strata of the published rows, not the
 * builder's relation lists.
 *
 * What the attacker assumes (every additive relation a reader can see in the files):
 * - inside an area and a non-additive key (variant, year): the total = Σ the rows of any one-way
 *   breakdown; a one-way row = Σ its row of a two-way table; a 5-year band = Σ its single years;
 * - diabetes types: the main row = type 1 + type 2 (numerators);
 * - areas: an area = Σ the published areas that partition it (e.g. a cluster = Σ its municipalities,
 *   the region = Σ the clusters), the same stratum in each; a package's `municipality` rows are the
 *   municipalities' totals. Income quartiles are cut within each area, so they are not summed over areas.
 * Numerators and denominators are attacked separately (rates' person-years included).
 */
import type { Datapakke, Indicator, IndicatorRow } from '../../../shared/contract/datapakke';

/** Keys whose values are never summed over (another definition, another year). */
const NON_ADDITIVE = ['variant', 'year'] as const;
const AGE_BAND_OF = (age: number) => (age >= 90 ? '90+' : `${Math.floor(age / 5) * 5}-${Math.floor(age / 5) * 5 + 4}`);

export interface Recovered {
  indicator: string;
  area: string;
  strata: Record<string, string | number>;
  field: 'numerator' | 'denominator';
  value: number;
}

interface Cell {
  id: string;
  numerator?: number;
  denominator?: number;
  suppressed: boolean;
}

type Equation = Map<string, number>;

const areaKey = (municipalities: readonly number[]) => [...municipalities].sort((a, b) => a - b).join(',');

function strataKey(strata: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(strata)
      .sort()
      .map((k) => [k, strata[k]]),
  );
}

/** All cells and equations of one indicator over several packages. */
export function system(packages: Datapakke[], indicatorId: string): { cells: Map<string, Cell>; equations: Equation[] } {
  const cells = new Map<string, Cell>();
  const put = (area: string, strata: Record<string, unknown>, row: IndicatorRow) => {
    const id = `${area}#${strataKey(strata)}`;
    const cell: Cell = row.suppressed
      ? { id, suppressed: true }
      : {
          id,
          suppressed: false,
          ...(row.numerator != null ? { numerator: row.numerator } : {}),
          ...(row.denominator != null ? { denominator: row.denominator } : {}),
        };
    const seen = cells.get(id);
    // Two packages publishing the same cell: a published copy beats a suppressed one.
    if (!seen || (seen.suppressed && !cell.suppressed)) cells.set(id, cell);
  };
  const areas = new Map<string, number[]>();
  for (const p of packages) {
    const ind = p.sections.flatMap((s) => s.indicators).find((i: Indicator) => i.id === indicatorId);
    if (!ind || ind.available === false) continue;
    const key = areaKey(p.area.municipalities);
    areas.set(
      key,
      [...p.area.municipalities].sort((a, b) => a - b),
    );
    for (const row of ind.rows ?? []) {
      const { municipality, ...rest } = row.strata as Record<string, unknown>;
      if (municipality !== undefined) {
        const m = Number(municipality);
        areas.set(String(m), [m]);
        put(String(m), rest, row);
      } else put(key, row.strata as Record<string, unknown>, row);
    }
  }

  const equations: Equation[] = [];
  const eq = (total: string, parts: string[]) => {
    const e: Equation = new Map([[total, 1]]);
    for (const p of parts) e.set(p, (e.get(p) ?? 0) - 1);
    equations.push(e);
  };
  // Group the cells by area and non-additive key.
  const groups = new Map<string, { area: string; fixed: Record<string, unknown>; rows: { id: string; additive: Record<string, unknown> }[] }>();
  for (const id of cells.keys()) {
    const [area, sk] = [id.slice(0, id.indexOf('#')), id.slice(id.indexOf('#') + 1)];
    const strata = Object.fromEntries(JSON.parse(sk) as [string, unknown][]);
    const fixed: Record<string, unknown> = {};
    const additive: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(strata)) ((NON_ADDITIVE as readonly string[]).includes(k) || k === 'diabetes_type' ? fixed : additive)[k] = v;
    const gk = `${area}#${strataKey(fixed)}`;
    const g = groups.get(gk) ?? { area, fixed, rows: [] };
    g.rows.push({ id, additive });
    groups.set(gk, g);
  }
  const idOf = (area: string, strata: Record<string, unknown>) => `${area}#${strataKey(strata)}`;
  for (const g of groups.values()) {
    const total = idOf(g.area, g.fixed);
    const byKeys = new Map<string, { id: string; additive: Record<string, unknown> }[]>();
    for (const r of g.rows) {
      const k = Object.keys(r.additive).sort().join('+');
      byKeys.set(k, [...(byKeys.get(k) ?? []), r]);
    }
    for (const [k, rows] of byKeys) {
      const keys = k ? k.split('+') : [];
      if (keys.length === 1 && cells.has(total))
        eq(
          total,
          rows.map((r) => r.id),
        );
      if (keys.length === 2) {
        for (const margin of keys) {
          const values = new Set(rows.map((r) => JSON.stringify(r.additive[margin])));
          for (const v of values) {
            const m = idOf(g.area, { ...g.fixed, [margin]: JSON.parse(v) });
            if (cells.has(m))
              eq(
                m,
                rows.filter((r) => JSON.stringify(r.additive[margin]) === v).map((r) => r.id),
              );
          }
        }
      }
      if (k === 'age') {
        const bands = new Map<string, string[]>();
        for (const r of rows) bands.set(AGE_BAND_OF(Number(r.additive.age)), [...(bands.get(AGE_BAND_OF(Number(r.additive.age))) ?? []), r.id]);
        for (const [band, ids] of bands) {
          const b = idOf(g.area, { ...g.fixed, age_band: band });
          if (cells.has(b)) eq(b, ids);
        }
      }
    }
  }
  // Diabetes types: main = type 1 + type 2, for every area and stratum.
  for (const id of cells.keys()) {
    const [area, sk] = [id.slice(0, id.indexOf('#')), id.slice(id.indexOf('#') + 1)];
    const strata = Object.fromEntries(JSON.parse(sk) as [string, unknown][]);
    if ('diabetes_type' in strata || 'variant' in strata) continue;
    const t1 = idOf(area, { ...strata, diabetes_type: '1' });
    const t2 = idOf(area, { ...strata, diabetes_type: '2' });
    if (cells.has(t1) && cells.has(t2))
      equations.push(
        new Map([
          [id, 1],
          [t1, -1],
          [t2, -1],
        ]),
      );
  }
  // Areas: an area = Σ the published areas that partition it (largest pieces first, then municipalities).
  const keySet = (sk: string) => (JSON.parse(sk) as [string, unknown][]).map(([k]) => k).join('+');
  const shapes = new Map<string, Set<string>>();
  for (const id of cells.keys()) {
    const area = id.slice(0, id.indexOf('#'));
    shapes.set(area, (shapes.get(area) ?? new Set()).add(keySet(id.slice(id.indexOf('#') + 1))));
  }
  const list = [...areas.entries()];
  for (const [key, munis] of list) {
    if (munis.length < 2) continue;
    const proper = list.filter(([k, m]) => k !== key && m.every((x) => munis.includes(x))).sort((a, b) => b[1].length - a[1].length);
    for (const start of [0, proper.length - 1]) {
      const chosen: string[] = [];
      const covered = new Set<number>();
      for (const [k, m] of [...proper.slice(start), ...proper.slice(0, start)]) {
        if (m.some((x) => covered.has(x))) continue;
        chosen.push(k);
        m.forEach((x) => covered.add(x));
      }
      if (covered.size !== munis.length) continue;
      const strataSeen = new Set<string>();
      for (const id of cells.keys()) if (id.startsWith(`${key}#`)) strataSeen.add(id.slice(id.indexOf('#') + 1));
      for (const sk of strataSeen) {
        if (sk.includes('"income_quartile"')) continue;
        // A child's missing cell is a known zero only where the child publishes that breakdown at all
        // (a cluster package shows its municipalities' totals, not their age rows).
        const shape = keySet(sk);
        if (!chosen.every((c) => cells.has(`${c}#${sk}`) || shapes.get(c)?.has(shape))) continue;
        eq(
          `${key}#${sk}`,
          chosen.map((c) => `${c}#${sk}`),
        );
      }
    }
  }
  return { cells, equations };
}

/**
 * Solves the equations for the suppressed cells by Gauss-Jordan elimination (unknown cells that never
 * appear in a package are unknowns too) and returns every suppressed cell whose value is determined.
 */
function solve(cells: Map<string, Cell>, equations: Equation[], field: 'numerator' | 'denominator'): Map<string, number> {
  const known = (id: string): number | undefined => {
    const c = cells.get(id);
    if (!c) return undefined;
    if (c.suppressed) return undefined;
    return c[field] ?? undefined;
  };
  const rows: { coef: Map<string, number>; rhs: number }[] = [];
  for (const e of equations) {
    const coef = new Map<string, number>();
    let rhs = 0;
    for (const [id, a] of e) {
      const v = known(id);
      // A cell missing from every package is a row nobody published: its count is 0 (no such persons).
      if (v !== undefined) rhs -= a * v;
      else if (cells.has(id)) coef.set(id, (coef.get(id) ?? 0) + a);
    }
    for (const [k, v] of coef) if (Math.abs(v) < 1e-12) coef.delete(k);
    if (coef.size > 0) rows.push({ coef, rhs });
  }
  const pivots: { col: string; row: { coef: Map<string, number>; rhs: number } }[] = [];
  const done: typeof rows = [];
  for (const row of rows) {
    for (const p of pivots) {
      const f = row.coef.get(p.col);
      if (f === undefined) continue;
      for (const [k, v] of p.row.coef) {
        const nv = (row.coef.get(k) ?? 0) - f * v;
        if (Math.abs(nv) < 1e-9) row.coef.delete(k);
        else row.coef.set(k, nv);
      }
      row.rhs -= f * p.row.rhs;
    }
    const col = row.coef.keys().next().value as string | undefined;
    if (col === undefined) continue;
    const s = row.coef.get(col)!;
    for (const [k, v] of row.coef) row.coef.set(k, v / s);
    row.rhs /= s;
    for (const p of pivots) {
      const f = p.row.coef.get(col);
      if (f === undefined) continue;
      for (const [k, v] of row.coef) {
        const nv = (p.row.coef.get(k) ?? 0) - f * v;
        if (Math.abs(nv) < 1e-9) p.row.coef.delete(k);
        else p.row.coef.set(k, nv);
      }
      p.row.rhs -= f * row.rhs;
    }
    pivots.push({ col, row });
    done.push(row);
  }
  const out = new Map<string, number>();
  for (const p of pivots) if (p.row.coef.size === 1) out.set(p.col, Math.round(p.row.rhs * 100) / 100);
  return out;
}

/** Every suppressed count the attacker works out, with its value. */
export function attackPublished(packages: Datapakke[]): Recovered[] {
  const ids = new Set(packages.flatMap((p) => p.sections.flatMap((s) => s.indicators.map((i) => i.id))));
  const found: Recovered[] = [];
  for (const indicator of ids) {
    const { cells, equations } = system(packages, indicator);
    for (const field of ['numerator', 'denominator'] as const) {
      for (const [id, value] of solve(cells, equations, field)) {
        if (!cells.get(id)?.suppressed) continue;
        const [area, sk] = [id.slice(0, id.indexOf('#')), id.slice(id.indexOf('#') + 1)];
        found.push({ indicator, area, strata: Object.fromEntries(JSON.parse(sk) as [string, string | number][]), field, value });
      }
    }
  }
  return found;
}

/** The recovered counts that are disclosive: 1 … minCount − 1 persons (numerators; denominators of persons). */
export function smallRecovered(found: Recovered[], minCount = 5): Recovered[] {
  return found.filter((r) => r.value > 0 && r.value < minCount && (r.field === 'numerator' || Number.isInteger(r.value)));
}
