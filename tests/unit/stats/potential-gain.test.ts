/**
 * Potential gain in real cases (issue 13 item 3): the best-off group's age- and sex-specific rates
 * applied to each group's own cells, against a hand-computed example, the crude formula on one age
 * band, and the pooling of thin cells.
 */
import { describe, expect, it } from 'vitest';
import { counterfactualGain, potentialGain, type GainCell } from '../../../shared/stats';

const BANDS = ['30-34', '35-39', '40-44'];
const cell = (band: string, cases: number, population: number, sex = 'K'): GainCell => ({ band, sex, cases, population });

describe('counterfactualGain', () => {
  it('equals the hand-computed cell-wise counterfactual, floored at 0 per group, share of all cases', () => {
    // least advantaged, middle, best (last). Rates per cell: low 2 %/30 %, mid 1 %/18 %, best 2 %/20 %.
    const low = [cell('30-34', 6, 300), cell('35-39', 30, 100)];
    const mid = [cell('30-34', 1, 100), cell('35-39', 9, 50)];
    const best = [cell('30-34', 2, 100), cell('35-39', 10, 50)];
    const g = counterfactualGain([low, mid, best], 2, { favourable: false, bandOrder: BANDS, minPersons: 20 })!;
    // low: expected 0.02·300 + 0.20·100 = 26, observed 36 → 10; mid: expected 2 + 10 = 12 > 10 observed → 0; best → 0.
    expect(g.expected[0]).toBeCloseTo(26, 12);
    expect(g.expected[1]).toBeCloseTo(12, 12);
    expect(g.expected[2]).toBeCloseTo(12, 12);
    expect(g.cases).toBeCloseTo(10, 12);
    expect(g.share).toBeCloseTo(10 / 58, 12);
    expect(g.pooled).toBe(false);
    // The crude formula on the same groups says 4 (0.09 − 0.08)·400: the age structure matters.
    const crude = potentialGain(
      [
        { value: 9, lower: 9, upper: 9, population: 400, cases: 36 },
        { value: 1000 / 150, lower: 0, upper: 0, population: 150, cases: 10 },
        { value: 8, lower: 8, upper: 8, population: 150, cases: 12 },
      ],
      100,
      false,
    );
    expect(crude.cases).toBeCloseTo(4, 12);
  });

  it('uses the total passed for the share (cases of unknown position included)', () => {
    const g = counterfactualGain([[cell('30-34', 30, 100)], [cell('30-34', 10, 100)]], 1, { favourable: false, bandOrder: BANDS, totalCases: 80 })!;
    expect(g.cases).toBeCloseTo(20, 12);
    expect(g.share).toBeCloseTo(0.25, 12);
  });

  it('agrees with the crude Σ (y_g − y_best)·n_g when there is one age band and one sex', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 50; trial++) {
      const groups = Array.from({ length: 2 + (trial % 4) }, () => {
        const population = 20 + Math.floor(rnd() * 2000);
        return { population, cases: Math.floor(rnd() * population * 0.3) };
      });
      for (const favourable of [false, true]) {
        const g = counterfactualGain(
          groups.map((x) => [cell('30-34', x.cases, x.population)]),
          groups.length - 1,
          { favourable, bandOrder: BANDS },
        )!;
        const c = potentialGain(
          groups.map((x) => ({ value: (x.cases / x.population) * 100, lower: 0, upper: 0, ...x })),
          100,
          favourable,
        );
        expect(g.cases).toBeCloseTo(c.cases, 9);
        expect(g.share).toBeCloseTo(c.share, 12);
      }
    }
  });

  it('pools a thin best-group cell with the adjacent band, and a thin tail with the band before it', () => {
    // Best: 30-34 has 10 persons (thin) → pooled with 35-39 (50 persons); 40-44 (5 persons) is a thin tail and joins
    // that pool too: one rate (1 + 4 + 0) / (10 + 40 + 5) = 5/55 for all three bands.
    const best = [cell('30-34', 1, 10), cell('35-39', 4, 40), cell('40-44', 0, 5)];
    const low = [cell('30-34', 10, 100), cell('35-39', 15, 100), cell('40-44', 5, 50)];
    const g = counterfactualGain([low, best], 1, { favourable: false, bandOrder: BANDS, minPersons: 20 })!;
    expect(g.pooled).toBe(true);
    expect(g.expected[0]).toBeCloseTo((5 / 55) * 250, 12);
    expect(g.cases).toBeCloseTo(30 - (5 / 55) * 250, 12);
    expect(g.expected[1]).toBeCloseTo(5, 12); // the best group keeps its own cases
  });

  it('pools across sex when a whole sex of the best group is thin; favourable outcomes count the shortfall', () => {
    const best = [cell('30-34', 40, 50, 'K'), cell('30-34', 5, 10, 'M')];
    const low = [cell('30-34', 30, 60, 'K'), cell('30-34', 20, 40, 'M')];
    const g = counterfactualGain([low, best], 1, { favourable: true, bandOrder: BANDS, minPersons: 20 })!;
    // Pooled rate 45/60 = 0.75 → expected 75 employed among 100, observed 50 → 25 short.
    expect(g.pooled).toBe(true);
    expect(g.cases).toBeCloseTo(25, 12);
  });

  it('has no answer when the best group has nobody', () => {
    expect(counterfactualGain([[cell('30-34', 3, 10)], [cell('30-34', 0, 0)]], 1, { favourable: false, bandOrder: BANDS })).toBeNull();
  });
});
