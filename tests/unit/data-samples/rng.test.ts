import { describe, it, expect } from 'vitest';
import { Rng } from '../../../data-samples/lib/rng';

describe('Rng (sfc32)', () => {
  it('reproduces a stream from (seed, name, index) and separates streams', () => {
    const a = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.next()
      )(new Rng(1, 'x', 3)),
    );
    const b = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.next()
      )(new Rng(1, 'x', 3)),
    );
    const c = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.next()
      )(new Rng(1, 'x', 4)),
    );
    const d = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.next()
      )(new Rng(1, 'y', 3)),
    );
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).not.toEqual(d);
  });

  it('is uniform enough for planting rates: mean, chance and int ranges', () => {
    const r = new Rng(2024, 'uniform');
    let sum = 0;
    let hits = 0;
    const counts = [0, 0, 0, 0];
    let outOfRange = 0;
    for (let k = 0; k < 40_000; k++) {
      const u = r.next();
      if (u < 0 || u >= 1) outOfRange++;
      sum += u;
      if (r.chance(0.324)) hits++;
      counts[r.int(4)]!++;
    }
    expect(outOfRange).toBe(0);
    expect(sum / 40_000).toBeCloseTo(0.5, 2);
    expect(hits / 40_000).toBeCloseTo(0.324, 2);
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('weighted() follows the weights', () => {
    const r = new Rng(5, 'weighted');
    const counts = [0, 0, 0];
    for (let k = 0; k < 30_000; k++) counts[r.weighted([1, 2, 7])]!++;
    expect(counts[0]! / 30_000).toBeCloseTo(0.1, 1);
    expect(counts[2]! / 30_000).toBeCloseTo(0.7, 1);
  });
});
