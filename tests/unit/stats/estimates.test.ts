/** Hand-computed edge cases of the single estimates: x = 0, x = n, n = 1, invalid input → null. */
import { describe, expect, it } from 'vitest';
import { meanEstimate, poissonLimits, proportion, rate, weightedProportion, zFor } from '../../../shared/stats';

const z = zFor(0.95);
const z2 = z * z;

describe('proportion (Wilson)', () => {
  it('x = 0: lower exactly 0, upper z²/(n + z²) (README: 3.69935 % at n = 100)', () => {
    const e = proportion(0, 100)!;
    expect(e).toEqual({ value: 0, lower: 0, upper: (z2 / (100 + z2)) * 100 });
    expect(e.upper).toBeCloseTo(3.69935, 5);
  });
  it('x = n: upper exactly 100 %, lower n/(n + z²)', () => {
    expect(proportion(100, 100)).toEqual({ value: 100, lower: (100 / (100 + z2)) * 100, upper: 100 });
  });
  it('n = 1', () => {
    expect(proportion(1, 1, { multiplier: 1 })).toEqual({ value: 1, lower: 1 / (1 + z2), upper: 1 });
    expect(proportion(0, 1, { multiplier: 1 })).toEqual({ value: 0, lower: 0, upper: z2 / (1 + z2) });
  });
  it('invalid input gives null, never NaN', () => {
    expect(proportion(0, 0)).toBeNull();
    expect(proportion(5, 3)).toBeNull();
    expect(proportion(-1, 3)).toBeNull();
    expect(proportion(Number.NaN, 3)).toBeNull();
    expect(proportion(1, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe("rate (exact Poisson below 10, Byar's from 10)", () => {
  it('x = 0: lower 0, upper χ²(0.975; 2)/2 = 3.688879 events', () => {
    const e = rate(0, 1000)!;
    expect(e.value).toBe(0);
    expect(e.lower).toBe(0);
    expect(e.upper).toBeCloseTo(3.688879454113936, 12);
  });
  it('switches method at 10 events', () => {
    expect(poissonLimits(9).method).toBe('exact');
    expect(poissonLimits(10).method).toBe('byars');
  });
  it('a numerator above the person-years is allowed; zero person-years is null', () => {
    expect(rate(250, 220, { multiplier: 1 })!.value).toBeCloseTo(250 / 220, 15);
    expect(rate(1, 0)).toBeNull();
  });
});

describe('mean (t-interval)', () => {
  it('2,4,4,4,5,5,7,9: mean 5, sd √(32/7), half-width t(0.975; 7)·sd/√8', () => {
    const e = meanEstimate({ n: 8, sum: 40, sumSquares: 232 })!;
    const sd = Math.sqrt(32 / 7);
    const half = (2.364624251592785 * sd) / Math.sqrt(8);
    expect(e.value).toBe(5);
    expect(e.sd).toBeCloseTo(sd, 14);
    expect(e.lower).toBeCloseTo(5 - half, 12);
    expect(e.upper).toBeCloseTo(5 + half, 12);
  });
  it('constant data: zero-width interval, no NaN from rounding', () => {
    const e = meanEstimate({ n: 3, sum: 0.3, sumSquares: 0.03 })!;
    expect(e.sd).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(e.lower) && Number.isFinite(e.upper)).toBe(true);
  });
  it('n = 1 has no interval: null', () => expect(meanEstimate({ n: 1, sum: 7, sumSquares: 49 })).toBeNull());
});

describe('weighted survey proportion (Kish)', () => {
  it('equal weights reduce to the unweighted Wilson interval', () => {
    const w = weightedProportion({ sumW: 20, sumWY: 6, sumW2: 40 })!;
    expect(w.effectiveN).toBe(10);
    const p = proportion(3, 10)!;
    expect(w.value).toBeCloseTo(p.value, 12);
    expect(w.lower).toBeCloseTo(p.lower, 12);
    expect(w.upper).toBeCloseTo(p.upper, 12);
  });
  it('unequal weights shrink n_eff: weights 1 and 3 → n_eff = 16/10', () => {
    expect(weightedProportion({ sumW: 4, sumWY: 3, sumW2: 10 })!.effectiveN).toBeCloseTo(1.6, 15);
  });
  it('no weight: null', () => expect(weightedProportion({ sumW: 0, sumWY: 0, sumW2: 0 })).toBeNull());
});
