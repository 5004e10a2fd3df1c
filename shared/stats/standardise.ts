import { byarsLimits } from './rate';
import { allFinite, DEFAULT_CONFIDENCE, isNonNegative, type StatOptions } from './types';

export interface BandInput {
  count: number;
  population: number;
  standardWeight: number;
  /**
   * Non-independent events (a person can have several): personsWithEvents[k − 1] = persons with
   * exactly k events in this band. When given on any band, the Dobson variance is PHE's
   * Σₖ k²·var(DSR of persons with k events); `count` must still be the total number of events.
   */
  personsWithEvents?: number[];
}

export type StandardisedResult =
  | { ok: true; value: number; lower: number; upper: number; totalCount: number; zeroPopulationBands: number }
  | { ok: false; reason: 'too_few_events' | 'no_population'; totalCount: number };

/** PHE's rule: no standardised value below this many events in the stratum. */
export const MIN_EVENTS_FOR_DSR = 10;

/**
 * Directly standardised rate/proportion Σ(xᵢ/nᵢ·wᵢ)/Σwᵢ × multiplier with Dobson's interval
 * (Byar's limits of the total count O, as PHE's `calculate_dsr`).
 * - kind 'rate' (default): multiplier default 1000; kind 'proportion': default 100, upper limit capped
 *   at 100 %.
 * - Bands with zero population carry no rate: they are left out together with their standard weight
 *   (the estimate is standardised over the bands that exist) and counted in zeroPopulationBands,
 *   which the caller reports as a warning on the estimate.
 * - Never NaN: ok:false with 'too_few_events' when O < 10 (the crude value is shown instead) and
 *   'no_population' when no band has population or weight (or the arithmetic overflows). Non-finite or
 *   negative counts count as 0.
 */
export function directStandardised(bands: BandInput[], o: StatOptions & { kind?: 'rate' | 'proportion' } = {}): StandardisedResult {
  const kind = o.kind ?? 'rate';
  const m = o.multiplier ?? (kind === 'rate' ? 1000 : 100);
  const clean = (v: number | undefined) => (v !== undefined && isNonNegative(v) ? v : 0);
  let totalCount = 0;
  let weightSum = 0;
  let zeroPopulationBands = 0;
  for (const b of bands) {
    totalCount += clean(b.count);
    if (clean(b.population) > 0) weightSum += clean(b.standardWeight);
    else zeroPopulationBands++;
  }
  if (weightSum <= 0) return { ok: false, reason: 'no_population', totalCount };
  if (totalCount < MIN_EVENTS_FOR_DSR) return { ok: false, reason: 'too_few_events', totalCount };

  const nonIndependent = bands.some((b) => b.personsWithEvents !== undefined);
  let dsr = 0;
  let variance = 0;
  for (const b of bands) {
    const pop = clean(b.population);
    if (pop === 0) continue;
    const factor = clean(b.standardWeight) / weightSum / pop; // wᵢ/(nᵢ·Σw)
    dsr += clean(b.count) * factor;
    if (!nonIndependent) variance += clean(b.count) * factor * factor;
    else (b.personsWithEvents ?? []).forEach((persons, i) => (variance += (i + 1) ** 2 * clean(persons) * factor * factor));
  }
  const { lower: oLower, upper: oUpper } = byarsLimits(totalCount, o.confidence ?? DEFAULT_CONFIDENCE);
  const scale = Math.sqrt(variance / totalCount);
  const lower = Math.max(0, dsr + scale * ((oLower ?? 0) - totalCount));
  let upper = dsr + scale * (oUpper - totalCount);
  if (kind === 'proportion') upper = Math.min(upper, 1);
  const result = { ok: true as const, value: dsr * m, lower: Math.min(lower, dsr) * m, upper: Math.max(upper, dsr) * m, totalCount, zeroPopulationBands };
  // Only absurd populations (subnormal numbers) overflow; they are treated as no population.
  return allFinite(result) ? result : { ok: false, reason: 'no_population', totalCount };
}
