/**
 * HEAT's population attributable risk (PAR, indicator units) and fraction (PAF, %): the change in the
 * population mean μ if everyone had the reference group's level, clamped to 0 in the wrong direction
 * (favourable: >= 0, adverse: <= 0). Standard errors by Walter (1978) on the 2×2 table reference
 * group × rest, as healthequal; both SEs here are on the estimate's own scale (upstream's PAF SE is a
 * fraction next to a PAF in %).
 */
export function populationAttributable(
  ref: { value: number; population: number },
  mu: number,
  totalPopulation: number,
  o: { favourable: boolean; multiplier: number },
): { paf: number; par: number; pafSe: number; parSe: number } | null {
  if (!(mu > 0) || !(totalPopulation > 0) || !(o.multiplier > 0)) return null;
  const raw = ref.value - mu;
  const par = o.favourable ? Math.max(0, raw) : Math.min(0, raw);
  const c = (ref.value / o.multiplier) * ref.population;
  const d = ref.population - c;
  const a = (mu / o.multiplier) * totalPopulation - c;
  const b = totalPopulation - a - ref.population;
  const N = a + b + c + d;
  const denom = (a + c) ** 3 * (c + d) ** 3;
  const variance = denom > 0 ? (c * N * (a * d * (N - c) + b * c * c)) / denom : 0;
  const seFraction = Number.isFinite(variance) && variance > 0 ? Math.sqrt(variance) : 0;
  return { paf: (par / mu) * 100, par, pafSe: seFraction * 100, parSe: mu * seFraction };
}

/** One (age band, sex) cell of a group: its cases and population (persons, person-years or Σ weights). */
export interface GainCell {
  band: string;
  sex: string;
  cases: number;
  population: number;
  /** Persons behind the cell (what "thin" is judged on); defaults to the population. */
  persons?: number;
}

export interface CounterfactualGain {
  /** Σ over groups of max(0, observed − expected) (adverse) or max(0, expected − observed) (favourable). */
  cases: number;
  /** Of all cases (`totalCases`, else the groups' observed cases); 0 when there are none. */
  share: number;
  /** Expected cases per group, in the order given. */
  expected: number[];
  /** Whether thin cells of the best-off group were pooled with adjacent age bands (or across sex). */
  pooled: boolean;
}

export interface CounterfactualOptions {
  favourable: boolean;
  /** Age bands youngest first (cells of other bands are put after them). */
  bandOrder: readonly string[];
  /** A best-group cell with fewer persons is pooled with the next band(s). Default 20. */
  minPersons?: number;
  totalCases?: number;
}

type Pool = { keys: Set<string>; cases: number; population: number; persons: number };
const key = (band: string, sex: string) => `${band}|${sex}`;

/** Adjacent bands pooled until each pool of the best group has minPersons; a thin tail joins the pool before it. */
function poolBands(bands: readonly string[], sexes: readonly string[], best: ReadonlyMap<string, GainCell[]>, min: number): Pool[] {
  const pools: Pool[] = [];
  let open: Pool | null = null;
  for (const band of bands) {
    open ??= { keys: new Set(), cases: 0, population: 0, persons: 0 };
    for (const sex of sexes) {
      open.keys.add(key(band, sex));
      for (const c of best.get(key(band, sex)) ?? []) {
        open.cases += c.cases;
        open.population += c.population;
        open.persons += c.persons ?? c.population;
      }
    }
    if (open.persons >= min && open.population > 0) {
      pools.push(open);
      open = null;
    }
  }
  if (open) {
    const last = pools[pools.length - 1];
    if (last) {
      open.keys.forEach((k) => last.keys.add(k));
      last.cases += open.cases;
      last.population += open.population;
      last.persons += open.persons;
    } else pools.push(open);
  }
  return pools;
}

/**
 * Potential gain in real cases (METHODS.md): each group's expected cases are Σ over (age band, sex)
 * cells of the best-off group's cell rate × the group's cell population — what the group would have
 * with the best group's age- and sex-specific rates. Avoidable = observed − expected, floored at 0 per
 * group. A best-group cell with fewer than `minPersons` persons borrows its rate from adjacent age bands
 * (pooled within sex; across sex too when a whole sex is thin). With one age band and one sex this is
 * the crude Σ (y_g − y_best)·n_g. `bestIndex` is the most advantaged (or reference) group. Null when the
 * best group has no population.
 */
export function counterfactualGain(groups: readonly (readonly GainCell[])[], bestIndex: number, o: CounterfactualOptions): CounterfactualGain | null {
  const min = o.minPersons ?? 20;
  const bestCells = groups[bestIndex];
  if (!bestCells) return null;
  const all = groups.flat();
  const bands = [...o.bandOrder, ...new Set(all.map((c) => c.band).filter((b) => !o.bandOrder.includes(b)))].filter((b) => all.some((c) => c.band === b));
  const sexes = [...new Set(all.map((c) => c.sex))].sort();
  const byKey = new Map<string, GainCell[]>();
  for (const c of bestCells) byKey.set(key(c.band, c.sex), [...(byKey.get(key(c.band, c.sex)) ?? []), c]);
  const sexPersons = (sex: string) => bestCells.filter((c) => c.sex === sex).reduce((s, c) => s + (c.persons ?? c.population), 0);
  const withinSex = sexes.every((s) => sexPersons(s) >= min);
  const pools = withinSex ? sexes.flatMap((s) => poolBands(bands, [s], byKey, min)) : poolBands(bands, sexes, byKey, min);
  if (pools.every((p) => !(p.population > 0))) return null;
  const poolOf = new Map<string, Pool>();
  for (const p of pools) for (const k of p.keys) poolOf.set(k, p);
  const pooled = !withinSex || pools.some((p) => p.keys.size > 1);

  let cases = 0;
  let observedAll = 0;
  const expected = groups.map((cells) => {
    let exp = 0;
    let obs = 0;
    for (const c of cells) {
      const p = poolOf.get(key(c.band, c.sex));
      obs += c.cases;
      // A pool without population (the best group has nobody in a whole sex and no fallback) adds nothing.
      if (p && p.population > 0) exp += (p.cases / p.population) * c.population;
      else exp += c.cases;
    }
    observedAll += obs;
    cases += Math.max(0, o.favourable ? exp - obs : obs - exp);
    return exp;
  });
  const total = o.totalCases ?? observedAll;
  return { cases, share: total > 0 ? cases / total : 0, expected, pooled };
}
