/** Standard populations for direct age standardisation, in the 19 five-year bands 0-4 … 90+. */

export const AGE_BANDS: readonly string[] = [
  '0-4',
  '5-9',
  '10-14',
  '15-19',
  '20-24',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60-64',
  '65-69',
  '70-74',
  '75-79',
  '80-84',
  '85-89',
  '90+',
];

export type StandardPopulationName = 'ESP2013' | 'DK2024';

/** European Standard Population 2013 (Eurostat KS-RA-13-028-EN-N), 19 bands, sums to 100,000. */
const ESP2013 = [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];

/**
 * Danish population, both sexes, 1 January 2024, by the 19 bands, in persons.
 * APPROXIMATION: rounded to the nearest 1,000 and reconstructed from the age structure of Danmarks
 * Statistik's StatBank table FOLK1A (1 Jan 2024, total ≈ 5.96 million), not copied from the table.
 * It sums to 5,938,000 (the published total is 5,961,249). Replace with the exact FOLK1A figures
 * before a package states it as "Danmarks befolkning 1. januar 2024"; DK2024_SOURCE says so.
 */
const DK2024 = [
  305000, 310000, 345000, 345000, 375000, 410000, 390000, 350000, 340000, 380000, 420000, 400000, 360000, 330000, 320000, 270000, 160000, 80000, 48000,
];

export const STANDARD_POPULATION_SOURCES: Record<StandardPopulationName, string> = {
  ESP2013: 'European Standard Population 2013 (Eurostat, KS-RA-13-028-EN-N)',
  DK2024: 'Danmarks befolkning 1. januar 2024, begge køn (tilnærmet efter Danmarks Statistik, FOLK1A; afrundet til nærmeste 1.000)',
};

export function standardPopulation(name: StandardPopulationName): { band: string; weight: number }[] {
  const weights = name === 'ESP2013' ? ESP2013 : DK2024;
  return AGE_BANDS.map((band, i) => ({ band, weight: weights[i]! }));
}

/**
 * "The area's own population" as a standard: the weights are the area's population per band at the
 * reference date, in AGE_BANDS order (missing bands weigh 0).
 */
export function ownPopulationStandard(populationByBand: ReadonlyMap<string, number>): { band: string; weight: number }[] {
  return AGE_BANDS.map((band) => {
    const p = populationByBand.get(band) ?? 0;
    return { band, weight: Number.isFinite(p) && p > 0 ? p : 0 };
  });
}

/** The five-year band of an age in whole years ('0-4' … '85-89', '90+'). Throws on a negative or non-finite age. */
export function ageBandOf(age: number): string {
  if (!Number.isFinite(age) || age < 0) throw new RangeError(`ageBandOf: invalid age ${age}`);
  const i = Math.min(18, Math.floor(age / 5));
  return AGE_BANDS[i]!;
}
