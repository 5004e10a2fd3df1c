import { wilsonLimits } from './proportion';
import { DEFAULT_CONFIDENCE, type Estimate, finiteOrNull, isNonNegative, ordered, type StatOptions } from './types';

export interface WeightedSums {
  /** Σw over respondents. */
  sumW: number;
  /** Σw·y, y ∈ {0, 1}. */
  sumWY: number;
  /** Σw². */
  sumW2: number;
}

/**
 * Weighted survey proportion Σw·y / Σw × multiplier (default 100) with a Wilson interval on Kish's
 * effective sample size n_eff = (Σw)² / Σw². Disclosure checks the unweighted n, not n_eff.
 * Returns null when Σw <= 0, Σw² <= 0, Σw·y outside [0, Σw] or an input is not finite.
 */
export function weightedProportion(s: WeightedSums, o: StatOptions = {}): (Estimate & { effectiveN: number }) | null {
  const { sumW, sumWY, sumW2 } = s;
  if (!isNonNegative(sumW) || !isNonNegative(sumWY) || !isNonNegative(sumW2) || sumW === 0 || sumW2 === 0) return null;
  if (sumWY > sumW * (1 + 1e-12)) return null;
  const m = o.multiplier ?? 100;
  const p = Math.min(1, sumWY / sumW);
  const effectiveN = (sumW * sumW) / sumW2;
  const { lower, upper } = wilsonLimits(p * effectiveN, effectiveN, o.confidence ?? DEFAULT_CONFIDENCE);
  return finiteOrNull({ ...ordered(p * m, lower * m, upper * m), effectiveN });
}
