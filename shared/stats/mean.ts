import { tQuantile } from './distributions';
import { DEFAULT_CONFIDENCE, type Estimate, finiteOrNull, type StatOptions } from './types';

export interface MeanSums {
  n: number;
  sum: number;
  sumSquares: number;
}

/**
 * Mean (e.g. cost per capita) × multiplier (default 1) with a t-interval on n − 1 degrees of freedom,
 * from sufficient statistics so it can be fed straight from a SQL GROUP BY.
 * Returns null when n < 2 (no spread, so no interval) or an input is not finite.
 */
export function meanEstimate(s: MeanSums, o: StatOptions = {}): (Estimate & { sd: number }) | null {
  const { n, sum, sumSquares } = s;
  if (!Number.isFinite(n) || !Number.isFinite(sum) || !Number.isFinite(sumSquares) || n < 2) return null;
  const m = o.multiplier ?? 1;
  const mean = sum / n;
  // Rounding can make the centred sum of squares slightly negative for constant data.
  const variance = Math.max(0, (sumSquares - sum * mean) / (n - 1));
  const sd = Math.sqrt(variance);
  const confidence = o.confidence ?? DEFAULT_CONFIDENCE;
  const half = tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return finiteOrNull({ value: mean * m, lower: (mean - half) * m, upper: (mean + half) * m, sd: sd * m });
}
