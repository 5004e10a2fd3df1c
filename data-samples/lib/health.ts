/**
 * A person's planted health: which conditions they have and when they began. Pure function of
 * (population, index) with its own random stream, so every module can recompute it cheaply.
 */
import { Rng } from './rng';
import { NO_DATE, REFERENCE_DAY, dayOf, yearsToDays } from './dates';
import { Population, ageForModel, socialEducation } from './population';
import { educationGroup3 } from './params-population';
import {
  kolBaseRisk,
  KOL_EDUCATION_RR,
  KOL_MEDICATION_ONLY_SHARE,
  type2BaseRisk,
  DIABETES_EDUCATION_RR,
  DIABETES_NON_WESTERN_RR,
  type1Risk,
  angstRisk,
  ANGST_EDUCATION_RR,
  BACKGROUND_ANXIOLYTIC_SHARE,
  ASTHMA_SHARE,
} from './params-disease';

export interface Health {
  age: number;
  female: boolean;
  group: 'grundskole' | 'kort' | 'videregaaende' | 'ukendt';
  /** Last day the person is observed (death or end of history). */
  lastDay: number;
  kol: { onset: number; medicationOnly: boolean } | null;
  diabetes: { type: 1 | 2; onset: number } | null;
  angst: { onset: number; childCode: boolean } | null;
  asthma: boolean;
  /** Anxiolytic/antidepressant course without a hospital anxiety diagnosis. */
  anxiolyticCourse: { start: number; months: number } | null;
}

/** New cases with onset after the reference date (events the tracks must ignore). */
const SHARE_ONSET_2024 = 0.06;

/** A day in [from, to), or null when the window is empty (too young to have become a case in time). */
function onsetBetween(rng: Rng, from: number, to: number): number | null {
  return to <= from ? null : from + rng.int(to - from);
}

export function personHealth(pop: Population, i: number, lastHistoryDay: number): Health {
  const rng = new Rng(pop.seed, 'health', i);
  const age = ageForModel(pop, i);
  const female = pop.sex[i] === 2;
  const group = educationGroup3(socialEducation(pop, i, age));
  const birth = pop.birth[i]!;
  const death = pop.death[i]!;
  const lastDay = death !== NO_DATE ? Math.min(death, lastHistoryDay) : lastHistoryDay;
  const end = Math.min(lastDay, REFERENCE_DAY - 200);
  const h: Health = { age, female, group, lastDay, kol: null, diabetes: null, angst: null, asthma: false, anxiolyticCourse: null };

  const kolRisk = kolBaseRisk(age) * KOL_EDUCATION_RR[group];
  if (rng.chance(kolRisk)) {
    const medicationOnly = age >= 40 && rng.chance(KOL_MEDICATION_ONLY_SHARE);
    const onset = onsetBetween(rng, Math.max(dayOf(2006, 1, 1), birth + yearsToDays(30)), end);
    if (onset !== null) h.kol = { onset, medicationOnly };
  } else if (death === NO_DATE && rng.chance(kolRisk * SHARE_ONSET_2024)) {
    h.kol = { onset: REFERENCE_DAY + 20 + rng.int(300), medicationOnly: false };
  }

  const t2 = type2BaseRisk(age) * DIABETES_EDUCATION_RR[group] * (pop.origin[i] === 2 ? DIABETES_NON_WESTERN_RR : 1);
  if (rng.chance(type1Risk(age))) {
    const onsetAge = 1 + rng.next() * Math.min(Math.max(age - 1, 0.5), 30);
    const onset = Math.min(birth + yearsToDays(onsetAge), end);
    if (onset > birth + 180) h.diabetes = { type: 1, onset };
  } else if (rng.chance(t2)) {
    const onset = onsetBetween(rng, Math.max(dayOf(2002, 1, 1), birth + yearsToDays(15)), end);
    if (onset !== null) h.diabetes = { type: 2, onset };
  } else if (death === NO_DATE && age >= 18 && rng.chance(t2 * SHARE_ONSET_2024)) {
    h.diabetes = { type: 2, onset: REFERENCE_DAY + 20 + rng.int(300) };
  }

  const aRisk = angstRisk(age, female) * ANGST_EDUCATION_RR[group];
  const angstFrom = Math.max(dayOf(2014, 1, 1), birth + yearsToDays(3));
  if (rng.chance(aRisk)) {
    const onset = onsetBetween(rng, angstFrom, end);
    if (onset !== null) h.angst = { onset, childCode: age <= 17 && rng.chance(0.4) };
  } else if (death === NO_DATE && rng.chance(aRisk * 0.1)) {
    // +80 days: the somatic ED panic contact up to 70 days before onset must also fall after the reference date.
    h.angst = { onset: REFERENCE_DAY + 80 + rng.int(250), childCode: false };
  }

  h.asthma = age >= 3 && rng.chance(ASTHMA_SHARE);
  if (age >= 18 && rng.chance(BACKGROUND_ANXIOLYTIC_SHARE)) {
    const start = onsetBetween(rng, dayOf(2014, 1, 1), lastDay);
    if (start !== null) h.anxiolyticCourse = { start, months: 3 + rng.int(28) };
  }
  return h;
}
