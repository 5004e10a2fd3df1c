/** Quantile functions against R's qnorm/qchisq/qt (values printed with 16 digits), 1e-12 relative. */
import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, normalQuantile, tQuantile, zFor } from '../../../shared/stats';
import { gammaQuantile, incompleteBeta, incompleteGamma } from '../../../shared/stats/distributions';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('normal quantile (AS 241)', () => {
  const cases: [number, number][] = [
    [0.975, 1.959963984540054],
    [0.95, 1.644853626951472],
    [0.995, 2.5758293035489],
    [0.999, 3.090232306167813],
    [0.5, 0],
    [1e-10, -6.361340902404056],
  ];
  for (const [p, q] of cases) it(`qnorm(${p})`, () => expect(p === 0.5 ? normalQuantile(p) : rel(normalQuantile(p), q)).toBeLessThan(1e-12));
  it('zFor maps the offered levels', () => {
    expect(rel(zFor(0.9), 1.644853626951472)).toBeLessThan(1e-12);
    expect(rel(zFor(0.998), 3.090232306167813)).toBeLessThan(1e-12);
  });
  it('refuses p outside (0, 1) and confidence outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => zFor(95)).toThrow(RangeError);
  });
});

describe('chi-square quantile', () => {
  const cases: [number, number, number][] = [
    [0.975, 2, 7.377758908227871],
    [0.025, 20, 9.590777392264869],
    [0.975, 20, 34.16960690283833],
  ];
  for (const [p, df, q] of cases) it(`qchisq(${p}, ${df})`, () => expect(rel(chiSquareQuantile(p, df), q)).toBeLessThan(1e-12));
  it('round-trips through the incomplete gamma function on a grid', () => {
    for (const a of [0.5, 1, 3, 9.5, 10, 50, 400, 5000])
      for (const p of [0.0005, 0.025, 0.05, 0.5, 0.95, 0.975, 0.9995]) {
        const x = gammaQuantile(p, a);
        const g = incompleteGamma(a, x);
        const achieved = p > 0.5 ? 1 - g.q : g.p;
        expect(Math.abs(achieved - p) / Math.min(p, 1 - p)).toBeLessThan(1e-10); // ln Γ of large shapes limits the achieved tail probability, not x
      }
  });
});

describe('Student t quantile', () => {
  const cases: [number, number, number][] = [
    [0.975, 1, 12.70620473617471],
    [0.975, 3, 3.182446305284263],
    [0.995, 5, 4.032142983557536],
    [0.975, 10, 2.228138851986274],
    [0.975, 30, 2.042272456301238],
  ];
  for (const [p, df, q] of cases) it(`qt(${p}, ${df})`, () => expect(rel(tQuantile(p, df), q)).toBeLessThan(1e-12));
  it('is symmetric and tends to the normal', () => {
    expect(tQuantile(0.025, 7)).toBe(-tQuantile(0.975, 7));
    expect(rel(tQuantile(0.975, 1e7), 1.959963984540054)).toBeLessThan(1e-6);
  });
  it('incomplete beta I_0.5(a, a) = 0.5', () => expect(incompleteBeta(0.5, 3.5, 3.5)).toBeCloseTo(0.5, 14));
});
