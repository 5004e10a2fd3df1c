/**
 * Redeemed prescriptions (LMDB-like): treatment courses for the planted conditions, the look-alikes
 * the case rules must ignore (asthma R03, GLP-1 for obesity, SGLT2 for heart failure, metformin for
 * PCOS), and common background drugs.
 */
import { Rng } from './rng';
import { HISTORY_START, REFERENCE_DAY, dayOf, ageAt } from './dates';
import type { Health } from './health';
import type { PrescriptionRow } from './events';

function course(
  rng: Rng,
  out: PrescriptionRow[],
  from: number,
  to: number,
  atcs: readonly string[],
  minGap: number,
  maxGap: number,
  packages = [1, 1, 2],
): void {
  let day = Math.max(from, HISTORY_START + rng.int(minGap));
  for (; day <= to; day += minGap + rng.int(maxGap - minGap + 1)) {
    if (day >= HISTORY_START) out.push({ day, atc: rng.pick(atcs), packages: rng.pick(packages) });
  }
}

function kol(rng: Rng, h: Health, out: PrescriptionRow[]): void {
  if (!h.kol) return;
  const atcs = rng.pick([['R03AL03'], ['R03AL04', 'R03AC02'], ['R03BB04', 'R03AK06'], ['R03AL09']]);
  // Medication-only cases start right at onset so two redemptions fall before the reference date.
  const from = h.kol.medicationOnly ? h.kol.onset : h.kol.onset + rng.int(200);
  course(rng, out, Math.max(from, HISTORY_START), h.lastDay, atcs, 60, 120);
}

function asthma(rng: Rng, h: Health, birth: number, out: PrescriptionRow[]): void {
  if (!h.asthma || h.kol) return;
  // At 40+ (at the reference date) asthma inhalers are redeemed at most once in any 365 days, so the
  // medication arm of the KOL rule never picks them up and the planted truth stays exact.
  if (h.age >= 40) {
    for (let day = HISTORY_START + rng.int(500); day <= h.lastDay; day += 400 + rng.int(400))
      out.push({ day, atc: rng.pick(['R03AC02', 'R03BA02']), packages: 1 });
    return;
  }
  course(rng, out, Math.max(birth, HISTORY_START), h.lastDay, ['R03AC02', 'R03BA02', 'R03AK07'], 90, 300);
}

function diabetes(rng: Rng, h: Health, out: PrescriptionRow[]): void {
  if (!h.diabetes) return;
  if (h.diabetes.type === 1) {
    course(rng, out, h.diabetes.onset, h.lastDay, ['A10AB05', 'A10AE04', 'A10AB04', 'A10AE05'], 50, 100);
    return;
  }
  const onset = h.diabetes.onset;
  course(rng, out, onset, h.lastDay, ['A10BA02'], 75, 110, [1, 2]);
  const addOn = onset + 700 + rng.int(1500);
  if (rng.chance(0.45)) course(rng, out, addOn, h.lastDay, [rng.pick(['A10BK01', 'A10BJ06', 'A10BH01', 'A10BJ02'])], 80, 110);
  if (rng.chance(0.15)) course(rng, out, addOn + 500 + rng.int(800), h.lastDay, ['A10AE04', 'A10AC01'], 60, 100);
}

function angst(rng: Rng, h: Health, out: PrescriptionRow[]): void {
  if (h.angst && h.age >= 12 && rng.chance(0.65)) {
    const months = 6 + rng.int(19);
    course(rng, out, h.angst.onset + rng.int(40), Math.min(h.lastDay, h.angst.onset + months * 30), ['N06AB10', 'N06AB04', 'N06AB06'], 30, 70);
    if (h.age >= 20 && rng.chance(0.2)) course(rng, out, h.angst.onset, Math.min(h.lastDay, h.angst.onset + 120), ['N05BA04', 'N05BA01'], 30, 60);
  }
  const c = h.anxiolyticCourse;
  if (c) {
    const atcs = h.age >= 70 && rng.chance(0.4) ? ['N05BA04', 'N06AX11'] : ['N06AB10', 'N06AB04', 'N06AB06', 'N06AX16'];
    course(rng, out, c.start, Math.min(h.lastDay, c.start + c.months * 30), atcs, 35, 90);
  }
}

function lookAlikes(rng: Rng, h: Health, out: PrescriptionRow[]): void {
  if (h.diabetes) return;
  if (h.age >= 30 && h.age < 70 && rng.chance(0.012)) course(rng, out, dayOf(2022, 6, 1) + rng.int(500), h.lastDay, ['A10BJ06'], 28, 60);
  if (h.age >= 65 && rng.chance(0.006)) course(rng, out, dayOf(2021, 1, 1) + rng.int(900), h.lastDay, ['A10BK01', 'A10BK03'], 80, 100);
  if (h.female && h.age >= 20 && h.age <= 38 && rng.chance(0.01)) {
    course(rng, out, REFERENCE_DAY - 900 + rng.int(300), Math.min(h.lastDay, REFERENCE_DAY - 30), ['A10BA02'], 60, 100);
  }
}

function background(rng: Rng, h: Health, birth: number, out: PrescriptionRow[]): void {
  const from = Math.max(HISTORY_START, birth);
  const years = Math.max(0, (h.lastDay - from) / 365.25);
  for (let k = rng.poisson(0.22 * years); k > 0; k--) {
    const day = from + rng.int(Math.max(1, h.lastDay - from));
    out.push({ day, atc: ageAt(birth, day) < 12 ? 'J01CA04' : rng.pick(['J01CE02', 'J01CE02', 'J01CA08', 'J01FA10']), packages: 1 });
  }
  const statinP = h.age < 50 ? 0.02 : h.age < 65 ? 0.18 : 0.32;
  if (rng.chance(statinP)) course(rng, out, from + rng.int(2500), h.lastDay, ['C10AA05', 'C10AA01'], 150, 200, [1, 2]);
  const bpP = h.age < 50 ? 0.03 : h.age < 65 ? 0.18 : 0.35;
  if (rng.chance(bpP)) course(rng, out, from + rng.int(2500), h.lastDay, ['C09AA05', 'C08CA01', 'C09CA01'], 150, 200, [1, 2]);
}

export function generatePrescriptions(rng: Rng, h: Health, birth: number): PrescriptionRow[] {
  const out: PrescriptionRow[] = [];
  kol(rng, h, out);
  asthma(rng, h, birth, out);
  diabetes(rng, h, out);
  angst(rng, h, out);
  lookAlikes(rng, h, out);
  background(rng, h, birth, out);
  return out.filter((r) => r.day >= birth && r.day <= h.lastDay).sort((x, y) => x.day - y.day || (x.atc < y.atc ? -1 : 1));
}
