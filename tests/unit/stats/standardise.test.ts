/** Direct standardisation edge cases (hand-computed) and the standard populations. */
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBandOf, byarsLimits, directStandardised, ownPopulationStandard, standardPopulation } from '../../../shared/stats';

describe('directStandardised', () => {
  it("a single age band equals the crude rate with Byar's limits of the count", () => {
    const r = directStandardised([{ count: 20, population: 1000, standardWeight: 5000 }]);
    const b = byarsLimits(20);
    expect(r).toEqual({ ok: true, value: 20, lower: b.lower!, upper: b.upper, totalCount: 20, zeroPopulationBands: 0 });
  });
  it('a band with zero population is left out with its weight and counted as a warning', () => {
    const r = directStandardised([
      { count: 20, population: 1000, standardWeight: 5000 },
      { count: 0, population: 0, standardWeight: 5500 },
    ]);
    expect(r.ok && r.value).toBe(20);
    expect(r.ok && r.zeroPopulationBands).toBe(1);
  });
  it('two bands by hand: (10/100·1 + 30/1000·3)/4 per 1', () => {
    const r = directStandardised(
      [
        { count: 10, population: 100, standardWeight: 1 },
        { count: 30, population: 1000, standardWeight: 3 },
      ],
      { multiplier: 1 },
    );
    expect(r.ok && r.value).toBeCloseTo((0.1 + 0.09) / 4, 15);
  });
  it('fewer than 10 events: ok:false, too_few_events (PHE rule)', () => {
    expect(directStandardised([{ count: 9, population: 10, standardWeight: 1 }])).toEqual({ ok: false, reason: 'too_few_events', totalCount: 9 });
  });
  it('no population at all: ok:false, no_population', () => {
    expect(directStandardised([{ count: 12, population: 0, standardWeight: 1 }])).toEqual({ ok: false, reason: 'no_population', totalCount: 12 });
    expect(directStandardised([])).toEqual({ ok: false, reason: 'no_population', totalCount: 0 });
  });
  it('proportion kind defaults to percent and never exceeds 100 %', () => {
    const r = directStandardised([{ count: 12, population: 12, standardWeight: 1 }], { kind: 'proportion' });
    expect(r.ok && r.value).toBe(100);
    expect(r.ok && r.upper).toBe(100);
  });
});

describe('standard populations and bands', () => {
  it('19 bands 0-4 … 90+', () => {
    expect(AGE_BANDS).toHaveLength(19);
    expect(AGE_BANDS[0]).toBe('0-4');
    expect(AGE_BANDS[18]).toBe('90+');
  });
  it('ESP2013 sums to 100,000; DK2024 is positive in every band', () => {
    expect(standardPopulation('ESP2013').reduce((s, b) => s + b.weight, 0)).toBe(100000);
    expect(standardPopulation('DK2024').every((b) => b.weight > 0)).toBe(true);
  });
  it('ageBandOf', () => {
    expect([0, 4.99, 5, 89, 90, 104].map(ageBandOf)).toEqual(['0-4', '0-4', '5-9', '85-89', '90+', '90+']);
    expect(() => ageBandOf(-1)).toThrow(RangeError);
  });
  it('own population: weights in band order, missing bands 0', () => {
    const own = ownPopulationStandard(
      new Map([
        ['5-9', 120],
        ['90+', 7],
      ]),
    );
    expect(own[1]).toEqual({ band: '5-9', weight: 120 });
    expect(own[0]!.weight).toBe(0);
    expect(own[18]!.weight).toBe(7);
  });
});
