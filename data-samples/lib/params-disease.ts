/**
 * Planted disease and survey parameters. Orders of magnitude are approximate, from public figures
 * (Sundhedsstyrelsen / RUKS "Kroniske sygdomme", Diabetesforeningen / OSDC, Danskernes Sundhed 2021,
 * the seeds' figures). The README quotes them with sources.
 */

/** Probability of being a KOL case (at the reference date or death) by age band, before education. */
export function kolBaseRisk(age: number): number {
  if (age < 30) return 0;
  if (age < 40) return 0.0016;
  if (age < 50) return 0.0055;
  if (age < 60) return 0.016;
  if (age < 70) return 0.038;
  if (age < 80) return 0.065;
  return 0.07;
}
/** Relative risk by 3-group education (grundskole, kort, videregående; unknown = kort). */
export const KOL_EDUCATION_RR = { grundskole: 1.9, kort: 1.0, videregaaende: 0.68, ukendt: 1.0 } as const;
/** Share of KOL cases found only through R03 medication (no hospital diagnosis), ages 40+. */
export const KOL_MEDICATION_ONLY_SHARE = 0.3;

export function type2BaseRisk(age: number): number {
  if (age < 18) return 0.0002;
  if (age < 30) return 0.003;
  if (age < 40) return 0.009;
  if (age < 50) return 0.022;
  if (age < 60) return 0.051;
  if (age < 70) return 0.093;
  if (age < 80) return 0.127;
  return 0.12;
}
export const DIABETES_EDUCATION_RR = { grundskole: 1.6, kort: 1.0, videregaaende: 0.65, ukendt: 1.0 } as const;
export const DIABETES_NON_WESTERN_RR = 2.0;
/** Type 1 prevalence by age (no social gradient planted). */
export function type1Risk(age: number): number {
  if (age < 5) return 0.0005;
  if (age < 10) return 0.0015;
  if (age < 20) return 0.004;
  return 0.0055;
}

/** Hospital-diagnosed anxiety 2014-2024 by age and sex (young women highest). */
export function angstRisk(age: number, female: boolean): number {
  const women = age < 6 ? 0.001 : age < 12 ? 0.005 : age < 18 ? 0.025 : age < 30 ? 0.045 : age < 50 ? 0.028 : age < 65 ? 0.016 : 0.008;
  return female ? women : women * 0.5;
}
export const ANGST_EDUCATION_RR = { grundskole: 1.5, kort: 1.0, videregaaende: 0.8, ukendt: 1.0 } as const;

/** Adults treated with SSRI / benzodiazepines for reasons other than hospital-diagnosed anxiety. */
export const BACKGROUND_ANXIOLYTIC_SHARE = 0.06;
/** Asthma (R03 users who must not become KOL cases under the rules: see README). */
export const ASTHMA_SHARE = 0.06;

/** Survey "Hvordan har du det? 2023": daily smoking 25+ by 3-group education and sex (seeds, Figur 6). */
export const DAILY_SMOKING_25PLUS = {
  M: { grundskole: 0.324, kort: 0.187, videregaaende: 0.095 },
  K: { grundskole: 0.256, kort: 0.169, videregaaende: 0.088 },
} as const;
/** Daily smoking 16-24 by sex (Danskernes Sundhed 2021, approx.). */
export const DAILY_SMOKING_16_24 = { M: 0.09, K: 0.07 } as const;

/** Low mental wellbeing by age group and sex (seeds Figur 5: ≈35 % of women 16-24). */
export function lowWellbeingRisk(age: number, female: boolean): number {
  if (age < 25) return female ? 0.35 : 0.2;
  if (age < 35) return female ? 0.26 : 0.18;
  if (age < 45) return female ? 0.2 : 0.15;
  if (age < 65) return female ? 0.16 : 0.13;
  return female ? 0.13 : 0.1;
}
/** Education factor on low wellbeing, 25+ only (16-24 keeps the planted 35 %). */
export const WELLBEING_EDUCATION_FACTOR = { grundskole: 1.35, kort: 1.0, videregaaende: 0.85, ukendt: 1.0 } as const;
export const INACTIVE_BY_EDUCATION = { grundskole: 0.3, kort: 0.2, videregaaende: 0.13, ukendt: 0.2 } as const;
export const BMI_MEAN_BY_EDUCATION = { grundskole: 27.6, kort: 26.6, videregaaende: 25.3, ukendt: 26.6 } as const;
export const HIGH_ALCOHOL = { M: 0.2, K: 0.12 } as const;
/** Response propensity by education (non-response is social: the weights correct it). */
export const RESPONSE_BY_EDUCATION = { grundskole: 0.55, kort: 0.8, videregaaende: 1.0, ukendt: 0.5 } as const;
