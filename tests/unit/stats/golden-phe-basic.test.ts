/**
 * PHEindicatormethods' own test vectors (tests/golden/reference/phe_*.csv): Byar's/Wilson limits,
 * proportions, crude rates, indirect standardisation. Each assertion names its reference row.
 */
import { describe, expect, it } from 'vitest';
import { byarsLimits, indirectlyStandardised, proportion, rate, wilsonLimits } from '../../../shared/stats';
import { confidenceOf, isNA, num, readGolden, relDiff } from './golden-csv';

const TOL = 1e-9;

describe('phe_byars_wilson_limits.csv', () => {
  for (const row of readGolden('phe_byars_wilson_limits.csv')) {
    it(`case ${row.case_id}: ${row.method} x=${row.x} n=${row.n} ${row.confidence}`, () => {
      const c = confidenceOf(row.confidence!);
      if (row.method === 'Byars') {
        const { lower, upper } = byarsLimits(num(row.x), c);
        if (isNA(row.lowercl)) expect(lower).toBeNull();
        else expect(relDiff(lower!, num(row.lowercl))).toBeLessThan(TOL);
        expect(relDiff(upper, num(row.uppercl))).toBeLessThan(TOL);
      } else {
        const { lower, upper } = wilsonLimits(num(row.x), num(row.n), c);
        expect(relDiff(lower, num(row.lowercl))).toBeLessThan(TOL);
        expect(relDiff(upper, num(row.uppercl))).toBeLessThan(TOL);
      }
    });
  }
});

describe('phe_proportions_wilson.csv', () => {
  for (const row of readGolden('phe_proportions_wilson.csv')) {
    it(`${row.case_id} ${row.source_sheet} ${row.area} ×${row.multiplier} ${row.confidence}`, () => {
      // NA inputs (Area09-11) are the caller's missing values; our function refuses them with null.
      const x = isNA(row.numerator) ? NaN : num(row.numerator);
      const n = isNA(row.denominator) ? NaN : num(row.denominator);
      const est = proportion(x, n, { multiplier: num(row.multiplier), confidence: confidenceOf(row.confidence!) });
      if (isNA(row.value)) return expect(est).toBeNull();
      expect(relDiff(est!.value, num(row.value))).toBeLessThan(TOL);
      expect(relDiff(est!.lower, num(row.lowercl))).toBeLessThan(TOL);
      expect(relDiff(est!.upper, num(row.uppercl))).toBeLessThan(TOL);
    });
  }
});

describe('phe_rates_byars.csv', () => {
  for (const row of readGolden('phe_rates_byars.csv')) {
    it(`${row.case_id} ${row.source_sheet} ${row.area} ×${row.multiplier} ${row.confidence} ${row.method}`, () => {
      const x = isNA(row.numerator) ? NaN : num(row.numerator);
      const py = isNA(row.denominator) ? NaN : num(row.denominator);
      const est = rate(x, py, { multiplier: num(row.multiplier), confidence: confidenceOf(row.confidence!) });
      if (isNA(row.value)) return expect(est).toBeNull();
      expect(relDiff(est!.value, num(row.value))).toBeLessThan(TOL);
      expect(relDiff(est!.lower, num(row.lowercl))).toBeLessThan(TOL);
      expect(relDiff(est!.upper, num(row.uppercl))).toBeLessThan(TOL);
    });
  }
});

describe('phe_isr_expected.csv (study = multiarea rows of phe_dsr_inputs.csv, reference = phe_isr_reference.csv)', () => {
  const inputs = readGolden('phe_dsr_inputs.csv').filter((r) => r.dataset === 'multiarea');
  const reference = readGolden('phe_isr_reference.csv');
  for (const row of readGolden('phe_isr_expected.csv')) {
    it(`${row.area} ${row.statistic_kind} ×${row.multiplier} ${row.confidence}`, () => {
      const bands = inputs
        .filter((r) => r.area === row.area)
        .map((r) => {
          const ref = reference.find((x) => x.age_order === r.age_order)!;
          return { count: isNA(r.count) ? 0 : num(r.count), population: num(r.pop), refCount: num(ref.refcount), refPopulation: num(ref.refpop) };
        });
      const kind = row.statistic_kind === 'ISRatio' ? 'ratio' : 'rate';
      const est = indirectlyStandardised(bands, { kind, multiplier: num(row.multiplier), confidence: confidenceOf(row.confidence!) })!;
      expect(est.observed).toBe(num(row.observed));
      expect(relDiff(est.expected, num(row.expected))).toBeLessThan(TOL);
      expect(relDiff(est.value, num(row.value))).toBeLessThan(TOL);
      expect(relDiff(est.lower, num(row.lowercl))).toBeLessThan(TOL);
      expect(relDiff(est.upper, num(row.uppercl))).toBeLessThan(TOL);
    });
  }
});
