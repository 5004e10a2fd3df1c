import { gammaQuantile, zFor } from './distributions';
import { DEFAULT_CONFIDENCE, type Estimate, finiteOrNull, isNonNegative, ordered, type StatOptions } from './types';

/**
 * Byar's approximation to the exact Poisson limits of an observed count x (PHE's `byars_lower/upper`).
 * lower is null where the approximation goes negative (x = 0, or x = 1 at 99.8 %), as PHE returns NA.
 */
export function byarsLimits(x: number, confidence = DEFAULT_CONFIDENCE): { lower: number | null; upper: number } {
  const z = zFor(confidence);
  const upper = (x + 1) * Math.pow(1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1)), 3);
  if (x <= 0) return { lower: null, upper };
  const lower = x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
  return { lower: lower < 0 ? null : lower, upper };
}

/** Exact Poisson limits of a count x: χ²(α/2; 2x)/2 and χ²(1−α/2; 2x+2)/2. x = 0 gives lower 0. */
export function exactPoissonLimits(x: number, confidence = DEFAULT_CONFIDENCE): { lower: number; upper: number } {
  const alpha = 1 - confidence;
  const lower = x <= 0 ? 0 : gammaQuantile(alpha / 2, x);
  const upper = gammaQuantile(1 - alpha / 2, x + 1);
  return { lower, upper };
}

/** Poisson limits of a count as PHE uses them: exact below 10 events, Byar's from 10 up. */
export function poissonLimits(x: number, confidence = DEFAULT_CONFIDENCE): { lower: number; upper: number; method: 'exact' | 'byars' } {
  if (x < 10) return { ...exactPoissonLimits(x, confidence), method: 'exact' };
  const b = byarsLimits(x, confidence);
  // From 10 events Byar's lower limit is positive at every offered level (z <= 3.3); 0 is the safe floor.
  return { lower: b.lower ?? 0, upper: b.upper, method: 'byars' };
}

/**
 * Crude rate x / personYears × multiplier (default 1000 = per 1,000 person-years).
 * Returns null (never NaN) when personYears <= 0, x < 0 or an input is not finite.
 */
export function rate(x: number, personYears: number, o: StatOptions = {}): Estimate | null {
  if (!isNonNegative(x) || !isNonNegative(personYears) || personYears === 0) return null;
  const m = o.multiplier ?? 1000;
  const { lower, upper } = poissonLimits(x, o.confidence ?? DEFAULT_CONFIDENCE);
  return finiteOrNull(ordered((x / personYears) * m, (lower / personYears) * m, (upper / personYears) * m));
}
