import { poissonLimits } from './rate';
import { DEFAULT_CONFIDENCE, type Estimate, finiteOrNull, isNonNegative, ordered, type StatOptions } from './types';

export interface IndirectBand {
  count: number;
  population: number;
  /** Events and population of the reference (e.g. the region) in the same band. */
  refCount: number;
  refPopulation: number;
}

/**
 * Indirect standardisation (PHE's calculate_ISRatio / calculate_ISRate): E = Σ popᵢ·refCountᵢ/refPopᵢ,
 * ratio = O/E × multiplier (default 100), rate = O/E × reference rate × multiplier (default 1000).
 * Limits: exact Poisson on O below 10 events, Byar's from 10. Bands whose reference population is 0
 * add nothing to E. Returns null when E = 0 (or inputs are not finite/non-negative).
 */
export function indirectlyStandardised(
  bands: IndirectBand[],
  o: StatOptions & { kind: 'ratio' | 'rate' },
): (Estimate & { observed: number; expected: number }) | null {
  const valid = bands.every((b) => [b.count, b.population, b.refCount, b.refPopulation].every(isNonNegative));
  if (!valid) return null;
  let observed = 0;
  let expected = 0;
  let refCount = 0;
  let refPopulation = 0;
  for (const b of bands) {
    observed += b.count;
    refCount += b.refCount;
    refPopulation += b.refPopulation;
    if (b.refPopulation > 0) expected += (b.population * b.refCount) / b.refPopulation;
  }
  if (!(expected > 0) || (o.kind === 'rate' && !(refPopulation > 0))) return null;
  const m = o.multiplier ?? (o.kind === 'ratio' ? 100 : 1000);
  const factor = ((o.kind === 'ratio' ? 1 : refCount / refPopulation) * m) / expected;
  const { lower, upper } = poissonLimits(observed, o.confidence ?? DEFAULT_CONFIDENCE);
  return finiteOrNull({ ...ordered(observed * factor, lower * factor, upper * factor), observed, expected });
}
