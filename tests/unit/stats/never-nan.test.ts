/** Fuzz: on any finite input, every public function returns finite numbers or null / ok:false, and never throws. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { directStandardised, meanEstimate, nonOrderedInequality, orderedInequality, proportion, rate, weightedProportion } from '../../../shared/stats';

/** Every number reachable in a result is finite. */
function allFinite(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x === 'number') return Number.isFinite(x);
  if (typeof x === 'boolean' || typeof x === 'string') return true;
  return Object.values(x as object).every(allFinite);
}

const value = fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 50 }), fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }));
const confidence = fc.constantFrom(0.9, 0.95, 0.99, 0.998);
const RUNS = { numRuns: 300 };

describe('never NaN or Infinity', () => {
  it('single estimates', () => {
    fc.assert(
      fc.property(value, value, value, confidence, (a, b, c, conf) =>
        [
          proportion(a, b, { confidence: conf }),
          rate(a, b, { confidence: conf }),
          meanEstimate({ n: Math.round(Math.abs(a)), sum: b, sumSquares: Math.abs(c) }, { confidence: conf }),
          weightedProportion({ sumW: a, sumWY: b, sumW2: c }, { confidence: conf }),
        ].every(allFinite),
      ),
      RUNS,
    );
  });
  it('direct standardisation', () => {
    const band = fc.record({ count: value, population: value, standardWeight: value });
    fc.assert(
      fc.property(fc.array(band, { maxLength: 20 }), confidence, (bands, conf) => allFinite(directStandardised(bands, { confidence: conf }))),
      RUNS,
    );
  });
  it('ordered inequality', () => {
    const group = fc.record({ value, lower: value, upper: value, population: value, cases: value });
    const scale = fc.constantFrom('proportion' as const, 'rate' as const, 'mean' as const);
    fc.assert(
      fc.property(fc.array(group, { maxLength: 7 }), scale, fc.constantFrom(-1, 0, 1, 100, 1000), fc.boolean(), (groups, s, m, fav) =>
        allFinite(orderedInequality(groups, { scale: s, multiplier: m, favourable: fav })),
      ),
      RUNS,
    );
  });
  it('non-ordered inequality', () => {
    const group = fc.record({ value, population: value, se: fc.option(value, { nil: undefined }), isReference: fc.boolean() });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 8 }), fc.boolean(), fc.constantFrom(-1, 0, 1, 100, 1000), (groups, fav, m) =>
        allFinite(nonOrderedInequality(groups, { favourable: fav, multiplier: m })),
      ),
      RUNS,
    );
  });
});
