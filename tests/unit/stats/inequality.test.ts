/** Ordered and non-ordered inequality: hand-computed cases, SII = 0, reversed gradient. */
import { describe, expect, it } from 'vitest';
import { nonOrderedInequality, orderedInequality, proportion, type OrderedGroup } from '../../../shared/stats';

/** Groups with Wilson intervals, least → most advantaged. */
function groups(rows: [number, number][]): OrderedGroup[] {
  return rows.map(([cases, population]) => ({ ...proportion(cases, population)!, population, cases }));
}
const opts = { scale: 'proportion' as const, multiplier: 100 };

describe('orderedInequality', () => {
  it('linear gradient 30/20/10 % in equal groups: SII = 30 exactly (fitted(0) − fitted(1))', () => {
    // ridits 1/6, 1/2, 5/6 lie on y = 35 − 30·b
    const r = orderedInequality(
      groups([
        [30, 100],
        [20, 100],
        [10, 100],
      ]),
      opts,
    )!;
    expect(r.sii!.value).toBeCloseTo(30, 12);
    expect(r.sii!.lower).toBeLessThan(30);
    expect(r.sii!.upper).toBeGreaterThan(30);
    expect(r.difference.value).toBeCloseTo(20, 12);
    expect(r.ratio!.value).toBeCloseTo(3, 12);
    expect(r.rii!.value).toBeGreaterThan(1);
  });
  it('potential gain: (20 − 10) + (10 − 0) per 100 × 100 persons = 30 cases, half of all 60', () => {
    const r = orderedInequality(
      groups([
        [30, 100],
        [20, 100],
        [10, 100],
      ]),
      opts,
    )!;
    expect(r.potentialGain.cases).toBeCloseTo(30, 12);
    expect(r.potentialGain.share).toBeCloseTo(0.5, 12);
  });
  it('potential gain floors each group at 0 (a group better than the best adds nothing)', () => {
    const r = orderedInequality(
      groups([
        [5, 100],
        [20, 100],
        [10, 100],
      ]),
      opts,
    )!;
    expect(r.potentialGain.cases).toBeCloseTo(10, 12);
  });
  it('all groups equal: SII = 0, RII = 1, D = 0, R = 1, no potential gain, PAR = 0', () => {
    const r = orderedInequality(
      groups([
        [20, 100],
        [40, 200],
        [60, 300],
      ]),
      opts,
    )!;
    expect(r.sii!.value).toBeCloseTo(0, 12);
    expect(r.rii!.value).toBeCloseTo(1, 12);
    expect(r.difference.value).toBe(0);
    expect(r.ratio!.value).toBe(1);
    expect(r.potentialGain).toEqual({ cases: 0, share: 0 });
    expect(r.par).toBeCloseTo(0, 12);
  });
  it('reversed gradient flips the signs of SII and D and inverts RII and R', () => {
    const rows: [number, number][] = [
      [40, 150],
      [25, 120],
      [18, 200],
      [9, 90],
    ];
    const a = orderedInequality(groups(rows), opts)!;
    const b = orderedInequality(groups([...rows].reverse()), opts)!;
    expect(b.sii!.value).toBeCloseTo(-a.sii!.value, 10);
    expect(b.difference.value).toBeCloseTo(-a.difference.value, 12);
    expect(b.rii!.value).toBeCloseTo(1 / a.rii!.value, 10);
    expect(b.ratio!.value).toBeCloseTo(1 / a.ratio!.value, 12);
    expect(a.sii!.value).toBeGreaterThan(0);
  });
  it('two groups: D and R but no SII/RII; one group: null', () => {
    const r = orderedInequality(
      groups([
        [30, 100],
        [10, 100],
      ]),
      opts,
    )!;
    expect(r.sii).toBeUndefined();
    expect(r.rii).toBeUndefined();
    expect(r.difference.value).toBeCloseTo(20, 12);
    expect(orderedInequality(groups([[30, 100]]), opts)).toBeNull();
  });
  it('a zero group: no ratio and no RII (log/logit undefined), other measures finite', () => {
    const r = orderedInequality(
      groups([
        [10, 100],
        [5, 100],
        [0, 100],
      ]),
      opts,
    )!;
    expect(r.ratio).toBeUndefined();
    expect(r.rii).toBeUndefined();
    expect(Number.isFinite(r.sii!.value)).toBe(true);
  });
  it('rates use the log link for RII', () => {
    const g = [0.5, 0.4, 0.2].map((v) => ({ value: v, lower: v * 0.8, upper: v * 1.2, population: 1000, cases: v }));
    const r = orderedInequality(g, { scale: 'rate', multiplier: 1000 })!;
    expect(r.rii!.value).toBeGreaterThan(1);
  });
});

describe('nonOrderedInequality', () => {
  it('two groups of equal size, 10 and 30 (adverse): hand-computed measures', () => {
    const r = nonOrderedInequality(
      [
        { value: 10, population: 50 },
        { value: 30, population: 50 },
      ],
      { favourable: false, multiplier: 100 },
    )!;
    // μ = 20; BGV = ½·100 + ½·100 = 100; best (adverse) = 10
    expect(r.bgv).toBe(100);
    expect(r.bgsd).toBe(10);
    expect(r.mdmu).toBe(10);
    expect(r.mdmw).toBe(10);
    expect(r.mdbu).toBe(10); // (0 + 20) / 2
    expect(r.mdbw).toBe(10);
    expect(r.idisu).toBe(50);
    expect(r.par).toBe(-10);
    expect(r.paf).toBe(-50);
    // TI = ½·0.5·ln 0.5 + ½·1.5·ln 1.5, MLD = −½(ln 0.5 + ln 1.5), both × 1000
    expect(r.ti).toBeCloseTo((0.25 * Math.log(0.5) + 0.75 * Math.log(1.5)) * 1000, 10);
    expect(r.mld).toBeCloseTo(-0.5 * (Math.log(0.5) + Math.log(1.5)) * 1000, 10);
  });
  it('all equal: every measure 0', () => {
    const r = nonOrderedInequality(
      [1, 2, 3].map((i) => ({ value: 12, population: i * 100 })),
      { favourable: true, multiplier: 100 },
    )!;
    for (const key of ['bgv', 'mdmu', 'mdbw', 'ti', 'mld', 'paf', 'par'] as const) expect(Math.abs(r[key])).toBeLessThan(1e-12);
  });
  it('a zero group keeps TI/MLD finite (HEAT substitutes 1e-6)', () => {
    const r = nonOrderedInequality(
      [
        { value: 0, population: 10 },
        { value: 5, population: 10 },
        { value: 8, population: 10 },
      ],
      { favourable: false, multiplier: 100 },
    )!;
    expect(Number.isFinite(r.mld)).toBe(true);
    expect(Number.isFinite(r.ti)).toBe(true);
  });
  it('no population or a zero mean: null', () => {
    expect(
      nonOrderedInequality(
        [
          { value: 1, population: 0 },
          { value: 2, population: 0 },
        ],
        { favourable: true, multiplier: 1 },
      ),
    ).toBeNull();
    expect(
      nonOrderedInequality(
        [
          { value: 0, population: 5 },
          { value: 0, population: 5 },
        ],
        { favourable: true, multiplier: 1 },
      ),
    ).toBeNull();
  });
});
