/**
 * PHEindicatormethods' phe_sii vectors (phe_sii_inputs/cases/expected.csv). Points to 1e-9; limits are
 * upstream simulation results, tested with upstream's own 5 % relative tolerance against our
 * deterministic delta-method limits (measured worst: 2.2 %, S02/S09 area1 99 % lower SII limit).
 */
import { describe, expect, it } from 'vitest';
import { pheSii, type SiiLink } from '../../../shared/stats';
import { isNA, num, readGolden, relDiff } from './golden-csv';

const inputs = readGolden('phe_sii_inputs.csv');
const cases = readGolden('phe_sii_cases.csv');

describe('phe_sii_expected.csv', () => {
  for (const row of readGolden('phe_sii_expected.csv')) {
    const spec = cases.find((c) => c.case_id === row.case_id)!;
    it(`${row.case_id} ${row.area} ${row.confidence}% — ${spec.upstream_test_description}`, () => {
      const valueType = num(spec.value_type); // 0 natural, 1 rate (se on log scale), 2 proportion (se on logit scale)
      const transform = spec.transform === 'TRUE';
      const link: SiiLink = !transform ? 'identity' : valueType === 1 ? 'log' : 'logit';
      const groups = inputs
        .filter((r) => r.dataset === spec.dataset && r.area === row.area)
        .map((r) => {
          const value = num(r.value);
          const se = num(r.se);
          // Without transform PHE simulates on the se's scale and back-transforms: the delta method
          // gives the natural-scale se.
          const natural = valueType === 0 ? se : valueType === 1 ? value * se : value * (1 - value) * se;
          return { value, population: num(r.population), se: transform ? se : natural };
        });
      const result = pheSii(groups, { link, multiplier: num(spec.multiplier), confidence: num(row.confidence) / 100 })!;
      expect(relDiff(result.sii, num(row.sii))).toBeLessThan(1e-9);
      if (!isNA(row.rii)) expect(relDiff(result.rii!, num(row.rii))).toBeLessThan(1e-9);
      if (!isNA(row.intercept)) expect(relDiff(result.intercept!, num(row.intercept))).toBeLessThan(1e-9);
      const limits: [number | null, string][] = [
        [result.siiLower, row.sii_lowercl!],
        [result.siiUpper, row.sii_uppercl!],
        [result.riiLower, row.rii_lowercl!],
        [result.riiUpper, row.rii_uppercl!],
      ];
      for (const [actual, text] of limits) if (!isNA(text)) expect(relDiff(actual!, num(text))).toBeLessThan(0.05);
    });
  }
});
