/**
 * "Hvordan har du det? 2023": a sample of the generated adults with social non-response, answers
 * drawn from the planted rates, and post-stratification weights (cluster × sex × age group ×
 * education) that undo the non-response — as the real survey's calibrated weights do.
 */
import { Rng } from './rng';
import { dayOf, ageAt } from './dates';
import { MUNICIPALITIES } from '../../shared/areas/areas';
import { educationGroup3 } from './params-population';
import {
  DAILY_SMOKING_25PLUS,
  DAILY_SMOKING_16_24,
  lowWellbeingRisk,
  WELLBEING_EDUCATION_FACTOR,
  INACTIVE_BY_EDUCATION,
  BMI_MEAN_BY_EDUCATION,
  HIGH_ALCOHOL,
  RESPONSE_BY_EDUCATION,
} from './params-disease';

export const SURVEY_DAY = dayOf(2023, 3, 1);

export interface Respondent {
  person: number;
  age: number;
  female: boolean;
  municipality: number;
  education: number;
  weight: number;
  dailySmoker: boolean | null;
  bmi: number | null;
  lowWellbeing: boolean | null;
  inactive: boolean | null;
  highAlcohol: boolean | null;
}

function ageGroup(age: number): number {
  return age < 25 ? 0 : age < 35 ? 1 : age < 45 ? 2 : age < 55 ? 3 : age < 65 ? 4 : age < 75 ? 5 : 6;
}

function cell(municipality: number, female: boolean, age: number, education: number): string {
  const cluster = MUNICIPALITIES.find((m) => m.code === municipality)?.cluster ?? 'x';
  return `${cluster}|${female ? 'K' : 'M'}|${ageGroup(age)}|${educationGroup3(education)}`;
}

export class SurveyBuilder {
  private population = new Map<string, number>();
  private respondents: Respondent[] = [];

  constructor(
    private readonly seed: number,
    private readonly samplingFraction: number,
  ) {}

  /** Offer every adult resident of the region alive on the survey day. */
  consider(person: number, birth: number, female: boolean, municipality: number, education: number): void {
    const age = ageAt(birth, SURVEY_DAY);
    if (age < 16 || age > 100) return;
    const key = cell(municipality, female, age, education);
    this.population.set(key, (this.population.get(key) ?? 0) + 1);
    const rng = new Rng(this.seed, 'survey', person);
    const group = educationGroup3(education);
    const ageResponse = age < 25 ? 0.7 : age < 65 ? 1 : age < 80 ? 1.15 : 0.6;
    if (!rng.chance(this.samplingFraction * RESPONSE_BY_EDUCATION[group] * ageResponse)) return;
    const sex = female ? 'K' : 'M';
    const answer = <T>(value: T): T | null => (rng.chance(0.02) ? null : value);
    const smokingGroup = group === 'ukendt' ? 'kort' : group;
    const smokeP = age < 25 ? DAILY_SMOKING_16_24[sex] : DAILY_SMOKING_25PLUS[sex][smokingGroup];
    const wellP = lowWellbeingRisk(age, female) * (age < 25 ? 1 : WELLBEING_EDUCATION_FACTOR[group]);
    const bmi = Math.max(15, BMI_MEAN_BY_EDUCATION[group] + (female ? -0.8 : 0.4) + (age < 30 ? -1.5 : 0) + rng.normal(0, 4.4));
    this.respondents.push({
      person,
      age,
      female,
      municipality,
      education,
      weight: 0,
      dailySmoker: answer(rng.chance(smokeP)),
      bmi: answer(Math.round(bmi * 10) / 10),
      lowWellbeing: answer(rng.chance(wellP)),
      inactive: answer(rng.chance(INACTIVE_BY_EDUCATION[group] * (age >= 75 ? 1.6 : 1))),
      highAlcohol: answer(rng.chance(HIGH_ALCOHOL[sex] * (group === 'videregaaende' ? 1.1 : 1))),
    });
  }

  finish(): Respondent[] {
    const counts = new Map<string, number>();
    const keyOf = (r: Respondent) => cell(r.municipality, r.female, r.age, r.education);
    for (const r of this.respondents) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
    for (const r of this.respondents) r.weight = (this.population.get(keyOf(r)) ?? 0) / counts.get(keyOf(r))!;
    return this.respondents;
  }
}
