import { populationAttributable } from './attributable';

/**
 * WHO HEAT's summary measures for a non-ordered dimension (e.g. origin), as healthequal computes them,
 * but with consistent scaling: PAF in % with its SE in %, TI and MLD × 1000 with SEs × 1000 (upstream
 * leaves those SEs unscaled, which makes its intervals 100-1000× too narrow).
 */

export interface NonOrderedGroup {
  value: number;
  population: number;
  /** Accepted so strata rows can be passed unchanged; none of these measures uses it. */
  cases?: number;
  /** The reference subgroup for MDRU/MDRW (HEAT's "reference_subgroup"). */
  isReference?: boolean;
  /** Standard error of value; when every group has one, `se` is filled in on the result. */
  se?: number;
}

export interface NonOrderedInequality {
  bgv: number;
  bgsd: number;
  mdmu: number;
  mdmw: number;
  mdbu: number;
  mdbw: number;
  idisu: number;
  idisw: number;
  ti: number;
  mld: number;
  paf: number;
  par: number;
  /** Mean difference from the reference subgroup, when one group is marked isReference. */
  mdru?: number;
  mdrw?: number;
  /** Standard errors (healthequal's formulas, same scale as the estimates). */
  se?: { bgv: number; ti: number; mld: number; paf: number; par: number };
}

/** HEAT replaces zero estimates by this in TI/MLD so the logarithm stays finite. */
const ZERO_SUBSTITUTE = 0.000001;

/**
 * Returns null (never NaN) for fewer than 2 groups, a total population of 0, a non-finite input, a
 * multiplier <= 0, or a population-weighted mean of 0 or below (every relative measure is undefined then).
 * best = highest value when favourable, lowest otherwise. multiplier = the indicator scale (100 = %).
 */
export function nonOrderedInequality(groups: NonOrderedGroup[], o: { favourable: boolean; multiplier: number }): NonOrderedInequality | null {
  if (groups.length < 2) return null;
  if (!groups.every((g) => Number.isFinite(g.value) && Number.isFinite(g.population) && g.population >= 0)) return null;
  const totalPop = groups.reduce((s, g) => s + g.population, 0);
  if (!(totalPop > 0)) return null;
  const J = groups.length;
  const share = groups.map((g) => g.population / totalPop);
  const y = groups.map((g) => g.value);
  const mu = y.reduce((s, v, i) => s + share[i]! * v, 0);
  if (!(mu > 0)) return null;

  const sum = (f: (v: number, i: number) => number) => y.reduce((s, v, i) => s + f(v, i), 0);
  const bgv = sum((v, i) => share[i]! * (v - mu) ** 2);
  const mdmu = sum((v) => Math.abs(v - mu)) / J;
  const mdmw = sum((v, i) => share[i]! * Math.abs(v - mu));
  const best = o.favourable ? Math.max(...y) : Math.min(...y);
  // Divided by J (the best group contributes its 0), as healthequal.
  const mdbu = sum((v) => Math.abs(v - best)) / J;
  const mdbw = sum((v, i) => share[i]! * Math.abs(v - best));

  const yNonZero = y.map((v) => (v === 0 ? ZERO_SUBSTITUTE : v));
  const muNonZero = yNonZero.reduce((s, v, i) => s + share[i]! * v, 0);
  const r = yNonZero.map((v) => v / muNonZero);
  const ti = r.reduce((s, rj, i) => s + share[i]! * rj * Math.log(rj), 0) * 1000;
  const mld = r.reduce((s, rj, i) => s - share[i]! * Math.log(rj), 0) * 1000;

  const bestIndex = y.indexOf(best);
  const attributable = populationAttributable({ value: best, population: groups[bestIndex]!.population }, mu, totalPop, o);
  if (!attributable) return null; // multiplier <= 0
  const { paf, par } = attributable;

  const result: NonOrderedInequality = {
    bgv,
    bgsd: Math.sqrt(bgv),
    mdmu,
    mdmw,
    mdbu,
    mdbw,
    idisu: (mdmu / mu) * 100,
    idisw: (mdmw / mu) * 100,
    ti,
    mld,
    paf,
    par,
  };
  const refIndex = groups.findIndex((g) => g.isReference);
  if (refIndex >= 0) {
    const ref = y[refIndex]!;
    result.mdru = sum((v) => Math.abs(v - ref)) / J;
    result.mdrw = sum((v, i) => share[i]! * Math.abs(v - ref));
  }
  if (!Object.values(result).every(Number.isFinite)) return null; // overflow on extreme inputs
  const se = groups.map((g) => g.se);
  if (se.every((s): s is number => s !== undefined && Number.isFinite(s) && s >= 0)) {
    const errors = { ...spreadStandardErrors(y, se, share, r, muNonZero, mu), paf: attributable.pafSe, par: attributable.parSe };
    if (Object.values(errors).every(Number.isFinite)) result.se = errors;
  }
  return result;
}

function spreadStandardErrors(
  y: number[],
  se: number[],
  share: number[],
  r: number[],
  muNonZero: number,
  mu: number,
): { bgv: number; ti: number; mld: number } {
  const s = (f: (i: number) => number) => y.reduce((acc, _, i) => acc + f(i), 0);
  // BGV: Ahn et al. (2018), as healthequal.
  const se2 = s((i) => share[i]! ** 2 * se[i]! ** 2 * (y[i]! - mu) ** 2);
  const s2 = s((i) => share[i]! ** 2 * se[i]! ** 2);
  const s4 = s((i) => share[i]! ** 4 * se[i]! ** 4);
  const se4 = s((i) => share[i]! ** 2 * (1 - share[i]!) ** 2 * se[i]! ** 4);
  const bgv = Math.sqrt(Math.max(0, 4 * se2 + 2 * (s2 * s2 - s4 + se4)));
  const tiPrep = s((i) => r[i]! * (1 + Math.log(r[i]!)) * share[i]!);
  const ti = Math.sqrt(s((i) => (1 + Math.log(r[i]!) - tiPrep) ** 2 * ((share[i]! ** 2 * se[i]! ** 2) / muNonZero ** 2))) * 1000;
  const mld = Math.sqrt(s((i) => ((se[i]! ** 2 * share[i]! ** 2) / muNonZero ** 2) * (1 - 1 / r[i]!) ** 2)) * 1000;
  return { bgv, ti, mld };
}
