/**
 * TRACKS.md case definitions applied to one person's generated rows. The planted truths are counted
 * with these rules, so integration tests compare the app against the published definitions rather
 * than against the generator's intentions; a unit test checks both agree.
 */
import { REFERENCE_DAY, HISTORY_START, dayOf } from './dates';
import type { ContactRow, PrescriptionRow } from './events';

export interface CaseStatus {
  kol: boolean;
  kolDiagnosesOnly: boolean;
  diabetes: 0 | 1 | 2;
  angst: boolean;
  /** N05BA/N06AB: two redemptions at most 365 days apart, both in 2023. */
  angstTreated2023: boolean;
}

const LOOKBACK_START = HISTORY_START; // reference date minus 10 years = 2014-01-01

function twoWithin365(days: number[]): boolean {
  for (let k = 1; k < days.length; k++) if (days[k]! - days[k - 1]! <= 365) return true;
  return false;
}

const PREGNANCY_END = /^(DO0[0-6]|DO8[0-4]|DZ33|DZ37)/;
const DIABETES_DX = /^(DE1[0-4]|DH360|DO24[0-3])/;

function diabetesType(contacts: readonly ContactRow[], qualifyingRx: PrescriptionRow[]): 1 | 2 {
  const a = contacts.filter((c) => c.type === 'A' && c.startDay < REFERENCE_DAY);
  const de10 = a.filter((c) => c.code.startsWith('DE10')).length;
  const de11 = a.filter((c) => c.code.startsWith('DE11')).length;
  const insulin = qualifyingRx.filter((r) => r.atc.startsWith('A10A')).length;
  if (qualifyingRx.length > 0 && insulin === qualifyingRx.length && de10 > 0) return 1;
  if (de10 > de11 && qualifyingRx.length > 0 && insulin >= (2 / 3) * qualifyingRx.length) return 1;
  return 2;
}

export function caseStatus(
  contacts: readonly ContactRow[],
  rx: readonly PrescriptionRow[],
  ageAtReference: number,
  female: boolean,
  ageOnDay: (day: number) => number,
): CaseStatus {
  const inWindow = (d: number) => d >= LOOKBACK_START && d < REFERENCE_DAY;
  const dx = contacts.filter((c) => inWindow(c.startDay));
  const kolDx = dx.some((c) => /^DJ4[234]/.test(c.code));
  const r03 = rx.filter((r) => inWindow(r.day) && r.atc.startsWith('R03')).map((r) => r.day);
  const kolRx = ageAtReference >= 40 && twoWithin365(r03);

  const pregnancyEnds = contacts.filter((c) => PREGNANCY_END.test(c.code) && c.startDay < REFERENCE_DAY).map((c) => c.startDay);
  const qualifyingRx = rx.filter((r) => {
    if (r.day >= REFERENCE_DAY || !r.atc.startsWith('A10')) return false;
    if (r.atc.startsWith('A10BJ') || r.atc === 'A10BK01' || r.atc === 'A10BK03') return false;
    if (r.atc === 'A10BA02' && female && (ageOnDay(r.day) < 40 || ageAtReference < 40)) return false;
    return !pregnancyEnds.some((e) => r.day >= e - 280 && r.day <= e + 84);
  });
  const dmDx = contacts.filter((c) => c.startDay < REFERENCE_DAY && DIABETES_DX.test(c.code));
  // Events are counted on distinct days: a contact with two diabetes codes is one event.
  const dmEvents = new Set([...dmDx.map((c) => c.startDay), ...qualifyingRx.map((r) => r.day)]).size;

  const angstDx = dx.some((c) => /^DF4[01]/.test(c.code) || (ageAtReference <= 17 && /^DF93[012]/.test(c.code)));
  const from2023 = dayOf(2023, 1, 1);
  const treated = rx.filter((r) => r.day >= from2023 && r.day < REFERENCE_DAY && /^(N05BA|N06AB)/.test(r.atc)).map((r) => r.day);

  return {
    kol: kolDx || kolRx,
    kolDiagnosesOnly: kolDx,
    diabetes: dmEvents >= 2 ? diabetesType(contacts, qualifyingRx) : 0,
    angst: angstDx,
    angstTreated2023: twoWithin365(treated),
  };
}
