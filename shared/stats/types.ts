/** Shapes shared by every estimator in shared/stats. */

/** The confidence levels the app offers; functions accept any level in (0, 1). */
export type Confidence = 0.9 | 0.95 | 0.99 | 0.998;
export const CONFIDENCE_LEVELS: readonly Confidence[] = [0.9, 0.95, 0.99, 0.998];

/** A point estimate with its interval, all on the same (multiplied) scale. Always finite. */
export interface Estimate {
  value: number;
  lower: number;
  upper: number;
}

export interface StatOptions {
  /** Default 0.95. */
  confidence?: number;
  /** Scale of the output: 100 = percent, 1000 = per 1,000. Each function states its default. */
  multiplier?: number;
}

export const DEFAULT_CONFIDENCE = 0.95;

/** True for a finite number >= 0 (the valid domain of counts and populations). */
export function isNonNegative(x: number): boolean {
  return Number.isFinite(x) && x >= 0;
}

/** Keeps lower <= value <= upper when rounding at the edges (x = 0, x = n) would cross them. */
export function ordered(value: number, lower: number, upper: number): Estimate {
  return { value, lower: Math.min(lower, value), upper: Math.max(upper, value) };
}

/** True when every number in x (recursively through plain objects and arrays) is finite. */
export function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (x === null || typeof x !== 'object') return true;
  return Object.values(x).every(allFinite);
}

/** The last line of defence against NaN/Infinity from extreme inputs (e.g. subnormal denominators). */
export function finiteOrNull<T>(x: T): T | null {
  return allFinite(x) ? x : null;
}
