/**
 * WHO healthequal's vectors (who_healthequal_*.csv). Estimates at upstream's tolerance; standard errors
 * compared after undoing our consistent scaling (upstream's PAF se is a fraction, TI/MLD se unscaled).
 */
import { describe, expect, it } from 'vitest';
import { nonOrderedInequality, orderedInequality, zFor } from '../../../shared/stats';
import { num, readGolden, relDiff } from './golden-csv';

const expected = readGolden('who_healthequal_expected.csv');
const pick = (dataset: string, measure: string) => expected.find((r) => r.dataset === dataset && r.measure === measure)!;

describe('nonordered25 (favourable, scale 100)', () => {
  const groups = readGolden('who_healthequal_nonordered25_inputs.csv').map((r) => ({
    value: num(r.estimate),
    population: num(r.population),
    se: num(r.se),
    isReference: r.reference_subgroup === '1',
  }));
  const result = nonOrderedInequality(groups, { favourable: true, multiplier: 100 })!;
  const cases: [string, number][] = [
    ['bgv', result.bgv],
    ['bgsd', result.bgsd],
    ['idisu', result.idisu],
    ['idisw', result.idisw],
    ['mdbu', result.mdbu],
    ['mdbw', result.mdbw],
    ['mdmu', result.mdmu],
    ['mdmw', result.mdmw],
    ['mdru', result.mdru!],
    ['mdrw', result.mdrw!],
    ['ti', result.ti],
    ['mld', result.mld],
    ['paf', result.paf],
    ['parisk', result.par],
  ];
  for (const [measure, actual] of cases) {
    it(`${measure} estimate (row nonordered25,${measure})`, () => {
      const row = pick('nonordered25', measure);
      expect(relDiff(actual, num(row.estimate))).toBeLessThan(num(row.upstream_tolerance));
    });
  }
  it('standard errors: bgv, ti (/1000), mld (/1000), paf (/100), par', () => {
    const se = result.se!;
    expect(relDiff(se.bgv, num(pick('nonordered25', 'bgv').se))).toBeLessThan(1e-6);
    expect(relDiff(se.ti / 1000, num(pick('nonordered25', 'ti').se))).toBeLessThan(1e-4);
    expect(relDiff(se.mld / 1000, num(pick('nonordered25', 'mld').se))).toBeLessThan(1e-3);
    expect(relDiff(se.paf / 100, num(pick('nonordered25', 'paf').se))).toBeLessThan(1e-6);
    expect(relDiff(se.par, num(pick('nonordered25', 'parisk').se))).toBeLessThan(1e-6);
  });
  it('COV (DERIVED row) = BGSD / population-weighted mean × 100', () => {
    const mu = groups.reduce((s, g) => s + g.value * g.population, 0) / groups.reduce((s, g) => s + g.population, 0);
    expect(relDiff((result.bgsd / mu) * 100, num(pick('nonordered25', 'cov').estimate))).toBeLessThan(1e-9);
  });
});

describe('ordered5 (favourable, scale 100, order 1 = most disadvantaged)', () => {
  const z = zFor(0.95);
  const groups = readGolden('who_healthequal_ordered5_inputs.csv').map((r) => ({
    value: num(r.estimate),
    lower: num(r.estimate) - z * num(r.se),
    upper: num(r.estimate) + z * num(r.se),
    population: num(r.population),
    cases: (num(r.estimate) * num(r.population)) / 100,
  }));
  const result = orderedInequality(groups, { scale: 'proportion', multiplier: 100, favourable: true })!;

  it('paf and its se (row ordered5,paf; se upstream on the fraction scale)', () => {
    const row = pick('ordered5', 'paf');
    expect(relDiff(result.paf!, num(row.estimate))).toBeLessThan(1e-6);
    expect(relDiff(result.pafSe! / 100, num(row.se))).toBeLessThan(1e-6);
  });
  it('par and its se (row ordered5,parisk)', () => {
    const row = pick('ordered5', 'parisk');
    expect(relDiff(result.par!, num(row.estimate))).toBeLessThan(1e-6);
    expect(relDiff(result.parSe!, num(row.se))).toBeLessThan(1e-6);
  });
  it('difference and ratio (DERIVED rows d, r; ours is least − most advantaged, so sign and ratio are inverted)', () => {
    const d = pick('ordered5', 'd');
    expect(result.difference.value).toBeCloseTo(-num(d.estimate), 12);
    expect(relDiff(-result.difference.upper, num(d.lowerci))).toBeLessThan(1e-9);
    expect(relDiff(-result.difference.lower, num(d.upperci))).toBeLessThan(1e-9);
    const r = pick('ordered5', 'r');
    expect(relDiff(1 / result.ratio!.value, num(r.estimate))).toBeLessThan(1e-12);
    expect(relDiff(1 / result.ratio!.upper, num(r.lowerci))).toBeLessThan(1e-9);
    expect(relDiff(1 / result.ratio!.lower, num(r.upperci))).toBeLessThan(1e-9);
  });
  it("linear SII is 46.25 where WHO's logistic model gives 44.45 (README note; ours is least − most, so −46.25)", () => {
    expect(result.sii!.value).toBeCloseTo(-46.2538, 3);
    expect(Math.abs(result.sii!.value)).not.toBeCloseTo(num(pick('ordered5', 'sii').estimate), 1);
  });
});
