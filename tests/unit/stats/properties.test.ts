/** Property tests: intervals contain the estimate, narrow with n, widen with confidence; DSR = crude on the standard's structure. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { directStandardised, proportion, rate, standardPopulation, weightedProportion } from '../../../shared/stats';

const RUNS = { numRuns: 300 };
const confidence = fc.constantFrom(0.9, 0.95, 0.99, 0.998);
const finite = (e: { value: number; lower: number; upper: number }) => [e.value, e.lower, e.upper].every(Number.isFinite);

describe('intervals', () => {
  it('proportion: lower <= value <= upper within [0, 100], finite', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true }), confidence, (n, f, c) => {
        const e = proportion(Math.floor(f * n), n, { confidence: c })!;
        return finite(e) && e.lower >= 0 && e.lower <= e.value && e.value <= e.upper && e.upper <= 100;
      }),
      RUNS,
    );
  });
  it('rate: lower <= value <= upper, finite, from x = 0 up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0.5, max: 1e8, noNaN: true }), confidence, (x, py, c) => {
        const e = rate(x, py, { confidence: c })!;
        return finite(e) && e.lower >= 0 && e.lower <= e.value && e.value <= e.upper;
      }),
      RUNS,
    );
  });
  it('narrower at higher n (same observed share / rate, k× the data)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 2, max: 50 }), confidence, (n, xRaw, k, c) => {
        const x = xRaw % (n + 1);
        const p1 = proportion(x, n, { confidence: c })!;
        const p2 = proportion(k * x, k * n, { confidence: c })!;
        const r1 = rate(x, n, { confidence: c })!;
        const r2 = rate(k * x, k * n, { confidence: c })!;
        return p2.upper - p2.lower < p1.upper - p1.lower && r2.upper - r2.lower < r1.upper - r1.lower;
      }),
      RUNS,
    );
  });
  it('wider at higher confidence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (n, xRaw) => {
        const x = xRaw % (n + 1);
        const w = (c: number) => {
          const e = proportion(x, n, { confidence: c })!;
          return e.upper - e.lower;
        };
        return w(0.9) < w(0.95) && w(0.95) < w(0.99) && w(0.99) < w(0.998);
      }),
      RUNS,
    );
  });
  it('weighted proportion stays inside [0, 100] and contains the estimate', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.1, max: 50, noNaN: true }), fc.boolean()), { minLength: 1, maxLength: 60 }), (rows) => {
        const sumW = rows.reduce((s, [w]) => s + w, 0);
        const sumWY = rows.reduce((s, [w, y]) => s + (y ? w : 0), 0);
        const sumW2 = rows.reduce((s, [w]) => s + w * w, 0);
        const e = weightedProportion({ sumW, sumWY, sumW2 })!;
        return finite(e) && e.lower >= 0 && e.lower <= e.value && e.value <= e.upper && e.upper <= 100 && e.effectiveN <= rows.length + 1e-9;
      }),
      RUNS,
    );
  });
});

describe('direct standardisation', () => {
  const esp = standardPopulation('ESP2013');
  it("standardised = crude when the population has the standard's age structure", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(fc.double({ min: 0, max: 0.5, noNaN: true }), { minLength: 19, maxLength: 19 }), (scale, rates) => {
        const bands = esp.map((b, i) => {
          const population = b.weight * scale;
          return { count: Math.round(rates[i]! * population), population, standardWeight: b.weight };
        });
        const total = bands.reduce((s, b) => s + b.count, 0);
        const crude = (total / bands.reduce((s, b) => s + b.population, 0)) * 1000;
        const r = directStandardised(bands);
        if (total < 10) return !r.ok;
        return r.ok && Math.abs(r.value - crude) <= 1e-9 * Math.max(crude, 1) && r.lower <= r.value && r.value <= r.upper;
      }),
      { numRuns: 200 },
    );
  });
});
