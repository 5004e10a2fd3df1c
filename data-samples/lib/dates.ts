/** Dates as integer day numbers (days since 1970-01-01, UTC) so typed arrays can hold them. */

export const NO_DATE = -2147483648;
const DAY_MS = 86400000;

export function dayOf(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export const REFERENCE_DAY = dayOf(2024, 1, 1);
export const HISTORY_START = dayOf(2014, 1, 1);
export const HISTORY_END = dayOf(2024, 12, 31);

function parts(day: number): [string, string, string] {
  const iso = new Date(day * DAY_MS).toISOString();
  return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export function isoDate(day: number): string {
  const [y, m, d] = parts(day);
  return `${y}-${m}-${d}`;
}

/** `dd-mm-yyyy`, the DST-style birth date of the persons file. */
export function danishDate(day: number): string {
  const [y, m, d] = parts(day);
  return `${d}-${m}-${y}`;
}

/** `yyyy-mm-dd hh:mm:ss` from a day and minutes after midnight (LPR timestamps). */
export function isoTimestamp(day: number, minutes: number): string {
  const extraDays = Math.floor(minutes / 1440);
  const m = minutes - extraDays * 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${isoDate(day + extraDays)} ${hh}:${mm}:00`;
}

/** Whole years of age on `day` for someone born on `birth`. */
export function ageAt(birth: number, day: number): number {
  const b = new Date(birth * DAY_MS);
  const t = new Date(day * DAY_MS);
  let age = t.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday = t.getUTCMonth() < b.getUTCMonth() || (t.getUTCMonth() === b.getUTCMonth() && t.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

export function yearsToDays(years: number): number {
  return Math.round(years * 365.25);
}
