/**
 * HEAT's population attributable risk (PAR, indicator units) and fraction (PAF, %): the change in the
 * population mean μ if everyone had the reference group's level, clamped to 0 in the wrong direction
 * (favourable: >= 0, adverse: <= 0). Standard errors by Walter (1978) on the 2×2 table reference
 * group × rest, as healthequal; both SEs here are on the estimate's own scale (upstream's PAF SE is a
 * fraction next to a PAF in %).
 */
export function populationAttributable(
  ref: { value: number; population: number },
  mu: number,
  totalPopulation: number,
  o: { favourable: boolean; multiplier: number },
): { paf: number; par: number; pafSe: number; parSe: number } | null {
  if (!(mu > 0) || !(totalPopulation > 0) || !(o.multiplier > 0)) return null;
  const raw = ref.value - mu;
  const par = o.favourable ? Math.max(0, raw) : Math.min(0, raw);
  const c = (ref.value / o.multiplier) * ref.population;
  const d = ref.population - c;
  const a = (mu / o.multiplier) * totalPopulation - c;
  const b = totalPopulation - a - ref.population;
  const N = a + b + c + d;
  const denom = (a + c) ** 3 * (c + d) ** 3;
  const variance = denom > 0 ? (c * N * (a * d * (N - c) + b * c * c)) / denom : 0;
  const seFraction = Number.isFinite(variance) && variance > 0 ? Math.sqrt(variance) : 0;
  return { paf: (par / mu) * 100, par, pafSe: seFraction * 100, parSe: mu * seFraction };
}
