import { zFor } from './distributions';
import { DEFAULT_CONFIDENCE, type Estimate, finiteOrNull, isNonNegative, ordered, type StatOptions } from './types';

/**
 * Wilson score limits of x/n as fractions (PHE's `wilson_lower/upper`). x need not be an integer
 * (survey: x = p·n_eff). x = 0 and x = n give one-sided intervals (limit exactly 0 or 1).
 */
export function wilsonLimits(x: number, n: number, confidence = DEFAULT_CONFIDENCE): { lower: number; upper: number } {
  const z = zFor(confidence);
  const z2 = z * z;
  const root = z * Math.sqrt(Math.max(0, z2 + 4 * x * (1 - x / n)));
  const denom = 2 * (n + z2);
  const lower = x <= 0 ? 0 : Math.max(0, (2 * x + z2 - root) / denom);
  const upper = x >= n ? 1 : Math.min(1, (2 * x + z2 + root) / denom);
  return { lower, upper };
}

/**
 * Proportion x/n × multiplier (default 100 = percent) with the Wilson score interval.
 * Returns null (never NaN) when n <= 0, x < 0, x > n or an input is not finite.
 */
export function proportion(x: number, n: number, o: StatOptions = {}): Estimate | null {
  if (!isNonNegative(x) || !isNonNegative(n) || n === 0 || x > n) return null;
  const m = o.multiplier ?? 100;
  const { lower, upper } = wilsonLimits(x, n, o.confidence ?? DEFAULT_CONFIDENCE);
  return finiteOrNull(ordered((x / n) * m, lower * m, upper * m));
}
