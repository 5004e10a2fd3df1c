/**
 * Yearly socioeconomic rows (2019-2023) for persons aged 15+: education reached by that age,
 * labour market (chronic disease pushes people out), disposable income and cohabitation.
 */
import { Rng } from './rng';
import { NO_DATE, dayOf, ageAt } from './dates';
import { Population, ownEducationAt } from './population';
import { educationGroup3 } from './params-population';
import type { Health } from './health';

export const SOCIO_YEARS = [2019, 2020, 2021, 2022, 2023] as const;

export const LABOUR_SOURCE_TEXT: Record<string, string> = {
  beskaeftiget: 'Beskæftiget',
  ledig: 'Ledig',
  under_uddannelse: 'Under uddannelse',
  foertidspension: 'Førtidspension',
  pension: 'Folkepension/efterløn',
  oevrige_uden_for: 'Øvrige uden for arbejdsstyrken',
};
const LABOUR = ['beskaeftiget', 'ledig', 'under_uddannelse', 'foertidspension', 'pension', 'oevrige_uden_for'] as const;
type Labour = (typeof LABOUR)[number];

export interface SocioRow {
  year: number;
  education: number;
  labour: Labour;
  income: number;
  cohabiting: boolean;
}

function labourWeights(age: number, group: string, sick: boolean, anxiousYoung: boolean): number[] {
  //                beskæftiget ledig udd   førtid pension øvrige
  if (age < 18) return [12, 0.5, 85, 0, 0, 2.5];
  if (age < 25) return [40, 3, 48, 0.5, 0, anxiousYoung ? 25 : 8.5];
  if (age < 30) return [72, 4, 16, 1, 0, anxiousYoung ? 20 : 7];
  if (age >= 68) return [3, 0, 0, 0, 97, 0];
  if (age >= 65) return [35, 1, 0, 4, 58, 2];
  const emp = group === 'grundskole' ? 62 : group === 'videregaaende' ? 90 : group === 'ukendt' ? 55 : 83;
  const fp = group === 'grundskole' ? 12 : group === 'videregaaende' ? 2 : 5;
  const w = [emp, 3.5, 1, fp, age >= 60 ? 15 : 0, 100 - emp - fp - 4.5];
  if (sick) {
    w[0] = w[0]! * 0.65;
    w[3] = w[3]! * 2.2;
    w[5] = w[5]! * 1.6;
  }
  return w.map((x) => Math.max(0.1, x));
}

const INCOME_BASE: Record<Labour, number> = {
  beskaeftiget: 310_000,
  ledig: 190_000,
  under_uddannelse: 105_000,
  foertidspension: 215_000,
  pension: 225_000,
  oevrige_uden_for: 150_000,
};

export function generateSocio(pop: Population, i: number, h: Health): SocioRow[] {
  const rng = new Rng(pop.seed, 'socio', i);
  const rows: SocioRow[] = [];
  const birth = pop.birth[i]!;
  const death = pop.death[i]!;
  const cohabitP = (age: number) => (age < 20 ? 0.04 : age < 25 ? 0.28 : age < 30 ? 0.58 : age < 65 ? 0.71 : age < 80 ? 0.64 : 0.35);
  let cohabiting = rng.chance(cohabitP(h.age));
  let labour: Labour | null = null;
  for (const year of SOCIO_YEARS) {
    const yearEnd = dayOf(year, 12, 31);
    if (death !== NO_DATE && death < dayOf(year + 1, 1, 1)) break;
    const age = ageAt(birth, yearEnd);
    if (age < 15) continue;
    const education = ownEducationAt(pop, i, age);
    const group = educationGroup3(age >= 30 ? pop.education[i]! : education);
    const sick = (h.kol !== null && h.kol.onset <= yearEnd) || (h.angst !== null && h.angst.onset <= yearEnd);
    const anxiousYoung = h.angst !== null && h.angst.onset <= yearEnd;
    // Labour market status is sticky from year to year, as in the registers.
    if (labour === null || rng.chance(0.25) || age === 65 || age === 68) labour = LABOUR[rng.weighted(labourWeights(age, group, sick, anxiousYoung))]!;
    if (rng.chance(0.1)) cohabiting = rng.chance(cohabitP(age));
    const eduFactor = group === 'grundskole' ? 0.82 : group === 'videregaaende' ? 1.3 : 1;
    const income = INCOME_BASE[labour] * eduFactor * (1 + 0.025 * (year - 2019)) * Math.exp(rng.normal(0, 0.28)) * (cohabiting ? 1.05 : 1);
    rows.push({ year, education, labour, income: Math.round(income * 100) / 100, cohabiting });
  }
  return rows;
}
