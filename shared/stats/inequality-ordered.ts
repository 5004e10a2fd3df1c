import { zFor } from './distributions';
import { populationAttributable } from './attributable';
import { pheSii, type SiiLink } from './sii';
import { allFinite, DEFAULT_CONFIDENCE, type Estimate, type StatOptions } from './types';

/** One group of an ordered social dimension, values on the indicator's (multiplied) scale. */
export interface OrderedGroup {
  value: number;
  /** Interval at the confidence level passed in the options; the standard error is read back from it. */
  lower: number;
  upper: number;
  /** Denominator: persons (proportions, means) or person-years (rates). */
  population: number;
  cases: number;
}

export interface OrderedInequality {
  /** first − last group (least minus most advantaged), interval √(se₁² + se₂²). */
  difference: Estimate;
  /** first / last group, interval on the log scale; absent when either value is 0. */
  ratio?: Estimate;
  /** PHE SII with multiplier −1: fitted(0) − fitted(1) of the linear WLS on ridits; >= 3 groups. */
  sii?: Estimate;
  /** fitted(0) / fitted(1) of the fit on the logit (proportion) or log (rate, mean) scale; >= 3 groups. */
  rii?: Estimate;
  /** Cases above (adverse) or short of (favourable) the most advantaged group's level, per-group floor 0. */
  potentialGain: { cases: number; share: number };
  /** HEAT's PAF (%) and PAR (indicator units) with the most advantaged group as reference. */
  paf?: number;
  par?: number;
  /** Walter's standard errors of paf (in %) and par (indicator units). */
  pafSe?: number;
  parSe?: number;
}

export interface OrderedOptions extends StatOptions {
  scale: 'proportion' | 'rate' | 'mean';
  multiplier: number;
  /** True when higher is better (e.g. in employment). Default false: adverse outcomes. */
  favourable?: boolean;
}

/**
 * Inequality across groups ordered least → most advantaged (unknown-position groups already removed
 * by the caller). Returns null for fewer than 2 groups or any non-finite input; optional measures are
 * left out where undefined (ratio with a zero group, SII/RII below 3 groups, RII with values outside
 * the link's domain, PAF/PAR when the population mean is not positive). Never NaN.
 */
export function orderedInequality(groups: OrderedGroup[], o: OrderedOptions): OrderedInequality | null {
  if (groups.length < 2) return null;
  const finite = groups.every((g) => [g.value, g.lower, g.upper, g.population, g.cases].every(Number.isFinite) && g.population >= 0);
  if (!finite || !(o.multiplier > 0)) return null;
  const confidence = o.confidence ?? DEFAULT_CONFIDENCE;
  const z = zFor(confidence);
  const se = groups.map((g) => Math.max(0, g.upper - g.lower) / (2 * z));
  const first = groups[0]!;
  const last = groups[groups.length - 1]!;
  const seFirst = se[0]!;
  const seLast = se[se.length - 1]!;

  const d = first.value - last.value;
  const dHalf = z * Math.hypot(seFirst, seLast);
  const result: OrderedInequality = {
    difference: { value: d, lower: d - dHalf, upper: d + dHalf },
    potentialGain: potentialGain(groups, o.multiplier, o.favourable ?? false),
  };

  if (first.value > 0 && last.value > 0) {
    const r = first.value / last.value;
    const half = z * Math.hypot(seFirst / first.value, seLast / last.value);
    result.ratio = { value: r, lower: r * Math.exp(-half), upper: r * Math.exp(half) };
  }

  if (groups.length >= 3) {
    const linear = pheSii(
      groups.map((g, i) => ({ value: g.value, population: g.population, se: se[i]! })),
      { link: 'identity', multiplier: -1, confidence },
    );
    if (linear) result.sii = { value: linear.sii, lower: linear.siiLower, upper: linear.siiUpper };
    const rii = transformedRii(groups, se, o, confidence);
    if (rii) result.rii = rii;
  }

  const totalPop = groups.reduce((s, g) => s + g.population, 0);
  const mu = totalPop > 0 ? groups.reduce((s, g) => s + g.population * g.value, 0) / totalPop : 0;
  const attributable = populationAttributable(last, mu, totalPop, { favourable: o.favourable ?? false, multiplier: o.multiplier });
  if (attributable) Object.assign(result, attributable);
  return dropNonFinite(result);
}

/** Extreme inputs can overflow a measure: it is left out then, and without the two basics there is no result. */
function dropNonFinite(result: OrderedInequality): OrderedInequality | null {
  if (!allFinite(result.difference) || !allFinite(result.potentialGain)) return null;
  for (const key of ['ratio', 'sii', 'rii', 'paf', 'par', 'pafSe', 'parSe'] as const) if (!allFinite(result[key])) delete result[key];
  return result;
}

function transformedRii(groups: OrderedGroup[], se: number[], o: OrderedOptions, confidence: number): Estimate | undefined {
  const link: SiiLink = o.scale === 'proportion' ? 'logit' : 'log';
  const m = o.multiplier;
  const input = groups.map((g, i) => {
    const y = link === 'logit' ? g.value / m : g.value;
    // Delta method: se on the link scale.
    const derivative = link === 'logit' ? y * (1 - y) * m : y;
    return { value: y, population: g.population, se: derivative > 0 ? se[i]! / derivative : NaN };
  });
  if (input.some((g) => !Number.isFinite(g.se))) return undefined;
  const fit = pheSii(input, { link, multiplier: -1, confidence });
  if (!fit || fit.rii === null || fit.riiLower === null || fit.riiUpper === null) return undefined;
  return { value: fit.rii, lower: fit.riiLower, upper: fit.riiUpper };
}

/**
 * Σ_g max(0, y_g − y_best)·n_g / multiplier (adverse) or Σ_g max(0, y_best − y_g)·n_g / multiplier
 * (favourable), best = the most advantaged (last) group; share = of all cases (0 when there are none).
 */
export function potentialGain(groups: OrderedGroup[], multiplier: number, favourable: boolean): { cases: number; share: number } {
  const best = groups[groups.length - 1]?.value ?? 0;
  let cases = 0;
  let total = 0;
  for (const g of groups) {
    const excess = favourable ? best - g.value : g.value - best;
    cases += (Math.max(0, excess) * g.population) / multiplier;
    total += g.cases;
  }
  return { cases, share: total > 0 ? cases / total : 0 };
}
