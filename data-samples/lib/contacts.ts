/**
 * Hospital contacts (LPR-like): disease courses for the planted conditions plus background activity,
 * with the patterns the tracks must handle: ED visits overlapping the admission that follows (they
 * merge), acute readmissions within 30 days, A- and B-diagnoses, somatic and psychiatric contacts.
 */
import { Rng } from './rng';
import { HISTORY_START, ageAt } from './dates';
import type { Health } from './health';
import { Contact, ContactRow, contactRows } from './events';

const HOUR = 60;
const DAY = 1440;

interface Ctx {
  rng: Rng;
  h: Health;
  birth: number;
  out: Contact[];
}

function inRange(ctx: Ctx, day: number): boolean {
  return day >= HISTORY_START && day <= ctx.h.lastDay;
}

function outpatient(ctx: Ctx, day: number, a: string, specialty: 'somatik' | 'psykiatri' = 'somatik', b?: string[]): void {
  if (!inRange(ctx, day)) return;
  ctx.out.push({
    day,
    minute: 8 * HOUR + 15 * ctx.rng.int(28),
    duration: 30 + 15 * ctx.rng.int(4),
    a,
    ...(b ? { b } : {}),
    admission: 'planlagt',
    patient: 'ambulant',
    specialty,
  });
}

/** Acute admission, sometimes via an ED contact that overlaps it; returns the discharge day. */
function acuteAdmission(ctx: Ctx, day: number, a: string, days: number, b?: string[], specialty: 'somatik' | 'psykiatri' = 'somatik'): number {
  if (!inRange(ctx, day)) return day;
  const { rng } = ctx;
  let minute = 6 * HOUR + rng.int(16 * HOUR);
  if (specialty === 'somatik' && rng.chance(0.4)) {
    const edDuration = 3 * HOUR + rng.int(2 * HOUR);
    ctx.out.push({ day, minute, duration: edDuration, a: rng.chance(0.5) ? a : 'DR060', admission: 'akut', patient: 'ambulant' });
    minute += edDuration - 30; // the admission starts before the ED contact ends: they merge
  }
  ctx.out.push({ day, minute, duration: days * DAY + rng.int(8 * HOUR), a, ...(b ? { b } : {}), admission: 'akut', patient: 'indlagt', specialty });
  return day + days + Math.floor(minute / DAY);
}

function admissionsWithReadmissions(ctx: Ctx, day: number, a: string, readmitP: number, b?: string[], specialty: 'somatik' | 'psykiatri' = 'somatik'): void {
  const { rng } = ctx;
  const discharged = acuteAdmission(ctx, day, a, 2 + rng.int(7), b, specialty);
  if (rng.chance(readmitP)) acuteAdmission(ctx, discharged + 2 + rng.int(27), a, 1 + rng.int(6), undefined, specialty);
}

function yearlyDays(ctx: Ctx, from: number, to: number, ratePerYear: number): number[] {
  const years = Math.max(0, (to - from) / 365.25);
  const n = ctx.rng.poisson(ratePerYear * years);
  return Array.from({ length: n }, () => from + ctx.rng.int(Math.max(1, to - from))).sort((x, y) => x - y);
}

function kol(ctx: Ctx): void {
  const { h, rng } = ctx;
  if (!h.kol || h.kol.medicationOnly) return;
  const first = Math.max(h.kol.onset, HISTORY_START + rng.int(700));
  outpatient(ctx, first, rng.pick(['DJ449', 'DJ449', 'DJ448', 'DJ439']));
  for (let day = first + 300 + rng.int(130); day <= h.lastDay; day += 300 + rng.int(130)) {
    if (rng.chance(0.6)) outpatient(ctx, day, rng.chance(0.85) ? 'DJ449' : 'DJ448');
  }
  const rate = 0.22 * (h.group === 'grundskole' ? 1.5 : h.group === 'videregaaende' ? 0.7 : 1) * (h.age >= 70 ? 1.3 : 1);
  for (const day of yearlyDays(ctx, first + 30, h.lastDay, rate)) {
    if (rng.chance(0.7)) admissionsWithReadmissions(ctx, day, 'DJ441', h.age >= 80 ? 0.28 : 0.18);
    else admissionsWithReadmissions(ctx, day, 'DJ440', 0.18, ['DJ189']);
  }
  if (rng.chance(0.3)) acuteAdmission(ctx, first + rng.int(Math.max(1, h.lastDay - first)), 'DI500', 3 + rng.int(6), ['DJ449']);
}

function diabetes(ctx: Ctx): void {
  const { h, rng } = ctx;
  if (!h.diabetes) return;
  const start = Math.max(h.diabetes.onset, HISTORY_START + rng.int(365));
  if (h.diabetes.type === 1) {
    outpatient(ctx, Math.max(h.diabetes.onset, HISTORY_START + rng.int(200)), 'DE109');
    for (let day = start + 200 + rng.int(200); day <= h.lastDay; day += 250 + rng.int(200)) {
      outpatient(ctx, day, rng.chance(0.8) ? 'DE109' : 'DE103', 'somatik', rng.chance(0.2) ? ['DH360'] : undefined);
    }
    for (const day of yearlyDays(ctx, start, h.lastDay, 0.05)) admissionsWithReadmissions(ctx, day, 'DE101', 0.15);
    return;
  }
  // Women under 45 with type 2 get two diagnoses: their metformin may be read as PCOS treatment.
  const diagnosed = (h.female && h.age < 45) || rng.chance(0.4);
  if (diagnosed) {
    outpatient(ctx, start + 20, 'DE119');
    outpatient(ctx, start + 140 + rng.int(20), rng.chance(0.8) ? 'DE119' : 'DE116');
    for (let day = start + 400; day <= h.lastDay; day += 330 + rng.int(200)) if (rng.chance(0.4)) outpatient(ctx, day, 'DE119');
  }
  for (const day of yearlyDays(ctx, start, h.lastDay, 0.03)) admissionsWithReadmissions(ctx, day, rng.chance(0.5) ? 'DE111' : 'DE116', 0.15);
  if (h.age >= 60 && rng.chance(0.1)) acuteAdmission(ctx, start + rng.int(Math.max(1, h.lastDay - start)), 'DI214', 4 + rng.int(5), ['DE119']);
}

function angst(ctx: Ctx): void {
  const { h, rng } = ctx;
  if (!h.angst) return;
  const code = h.angst.childCode ? rng.pick(['DF930', 'DF932']) : rng.pick(['DF411', 'DF411', 'DF410', 'DF401', 'DF400', 'DF412']);
  let day = h.angst.onset;
  if (rng.chance(0.1) && !h.angst.childCode) {
    ctx.out.push({ day: day - 10 - rng.int(60), minute: rng.int(DAY - 300), duration: 120 + rng.int(180), a: 'DF410', admission: 'akut', patient: 'ambulant' });
  }
  const visits = 3 + rng.int(6);
  for (let v = 0; v < visits && day <= h.lastDay; v++, day += 14 + rng.int(21)) outpatient(ctx, day, code, 'psykiatri');
  if (rng.chance(0.08)) {
    const a = rng.chance(0.6) ? code : 'DF332';
    admissionsWithReadmissions(ctx, h.angst.onset + 30 + rng.int(200), a, 0.25, a === code ? undefined : [code], 'psykiatri');
  }
}

/** Births as the mother's contacts (pregnancy endings matter to the diabetes rule). */
function births(ctx: Ctx, childBirths: readonly number[]): void {
  for (const day of childBirths) {
    const { rng } = ctx;
    const b = ['DZ370'];
    if (rng.chance(0.03)) b.push('DO244');
    ctx.out.push({
      day,
      minute: rng.int(DAY),
      duration: (1 + rng.int(4)) * DAY,
      a: rng.chance(0.2) ? 'DO829' : 'DO800',
      b,
      admission: rng.chance(0.7) ? 'akut' : 'planlagt',
      patient: 'indlagt',
    });
  }
}

const BACKGROUND: readonly { code: string; kind: 'amb' | 'acute' | 'planned'; minAge: number; maxAge: number; w: number }[] = [
  { code: 'DZ038', kind: 'amb', minAge: 0, maxAge: 110, w: 10 },
  { code: 'DR074', kind: 'amb', minAge: 25, maxAge: 110, w: 5 },
  { code: 'DS525', kind: 'amb', minAge: 0, maxAge: 110, w: 4 },
  { code: 'DS610', kind: 'amb', minAge: 0, maxAge: 110, w: 4 },
  { code: 'DS800', kind: 'amb', minAge: 0, maxAge: 110, w: 4 },
  { code: 'DJ069', kind: 'amb', minAge: 0, maxAge: 12, w: 4 },
  { code: 'DR104', kind: 'amb', minAge: 5, maxAge: 110, w: 4 },
  { code: 'DN390', kind: 'acute', minAge: 60, maxAge: 110, w: 3 },
  { code: 'DK359', kind: 'acute', minAge: 6, maxAge: 60, w: 1 },
  { code: 'DJ189', kind: 'acute', minAge: 65, maxAge: 110, w: 3 },
  { code: 'DI639', kind: 'acute', minAge: 60, maxAge: 110, w: 1.5 },
  { code: 'DI489', kind: 'amb', minAge: 55, maxAge: 110, w: 2 },
  { code: 'DI109', kind: 'amb', minAge: 45, maxAge: 110, w: 2 },
  { code: 'DM171', kind: 'planned', minAge: 55, maxAge: 90, w: 1.5 },
  { code: 'DH251', kind: 'amb', minAge: 60, maxAge: 110, w: 2 },
  { code: 'DF329', kind: 'amb', minAge: 18, maxAge: 110, w: 0.6 },
];

function background(ctx: Ctx): void {
  const { h, rng, birth } = ctx;
  const rate = h.age < 5 ? 0.2 : h.age < 18 ? 0.08 : h.age < 50 ? 0.09 : h.age < 70 ? 0.17 : 0.35;
  for (const day of yearlyDays(ctx, Math.max(HISTORY_START, birth), h.lastDay, rate)) {
    const age = ageAt(birth, day);
    const options = BACKGROUND.filter((o) => age >= o.minAge && age <= o.maxAge);
    if (options.length === 0) continue;
    const o = options[rng.weighted(options.map((x) => x.w))]!;
    if (o.code === 'DF329') outpatient(ctx, day, o.code, 'psykiatri');
    else if (o.kind === 'amb')
      ctx.out.push({
        day,
        minute: rng.int(DAY - 300),
        duration: 60 + rng.int(240),
        a: o.code,
        admission: rng.chance(0.6) ? 'akut' : 'planlagt',
        patient: 'ambulant',
      });
    else if (o.kind === 'acute') admissionsWithReadmissions(ctx, day, o.code, age >= 80 ? 0.15 : 0.07, rng.chance(0.3) ? ['DI109'] : undefined);
    else ctx.out.push({ day, minute: 7 * HOUR, duration: (2 + rng.int(3)) * DAY, a: o.code, admission: 'planlagt', patient: 'indlagt' });
  }
  if (h.asthma && rng.chance(0.25)) outpatient(ctx, Math.max(HISTORY_START, birth) + rng.int(Math.max(1, h.lastDay - Math.max(HISTORY_START, birth))), 'DJ459');
}

export function generateContacts(rng: Rng, h: Health, birth: number, childBirths: readonly number[]): ContactRow[] {
  const ctx: Ctx = { rng, h, birth, out: [] };
  kol(ctx);
  diabetes(ctx);
  angst(ctx);
  births(ctx, childBirths);
  background(ctx);
  const rows: ContactRow[] = [];
  for (const c of ctx.out.filter((c) => c.day >= HISTORY_START && c.day >= birth && c.day <= h.lastDay)) rows.push(...contactRows(c));
  return rows.sort((x, y) => x.startDay - y.startDay || x.startMinute - y.startMinute);
}
