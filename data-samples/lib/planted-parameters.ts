/** The model parameters in machine-readable form (the "why" of the realised counts). */
import {
  KOL_EDUCATION_RR,
  DIABETES_EDUCATION_RR,
  ANGST_EDUCATION_RR,
  DAILY_SMOKING_25PLUS,
  DAILY_SMOKING_16_24,
  kolBaseRisk,
  type2BaseRisk,
  angstRisk,
  lowWellbeingRisk,
  KOL_MEDICATION_ONLY_SHARE,
} from './params-disease';

const ages = [30, 40, 50, 60, 70, 80];

export function plantedParameters(): Record<string, unknown> {
  return {
    kol: {
      riskByAgeBandBeforeEducation: Object.fromEntries(ages.map((a) => [`${a}+`, kolBaseRisk(a)])),
      educationRelativeRisk: KOL_EDUCATION_RR,
      withinAgeRatioGrundskoleVsVideregaaende: Math.round((KOL_EDUCATION_RR.grundskole / KOL_EDUCATION_RR.videregaaende) * 100) / 100,
      medicationOnlyShareAges40plus: KOL_MEDICATION_ONLY_SHARE,
    },
    diabetesType2: {
      riskByAgeBandBeforeEducation: Object.fromEntries([0, 18, ...ages].map((a) => [`${a}+`, type2BaseRisk(a)])),
      educationRelativeRisk: DIABETES_EDUCATION_RR,
    },
    angst: {
      riskWomenByAge: Object.fromEntries([0, 6, 12, 18, 30, 50, 65].map((a) => [`${a}+`, angstRisk(a, true)])),
      menRelativeToWomen: 0.5,
      educationRelativeRisk: ANGST_EDUCATION_RR,
    },
    survey: {
      dailySmoking25plus: DAILY_SMOKING_25PLUS,
      dailySmoking16to24: DAILY_SMOKING_16_24,
      lowMentalWellbeing16to24: { M: lowWellbeingRisk(20, false), K: lowWellbeingRisk(20, true) },
    },
  };
}
