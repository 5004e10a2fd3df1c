/**
 * The one masking function for person numbers: every value the product shows (validation report,
 * messages, examples of bad values, previews, the rejected-rows file) passes through `maskCpr`
 * before it is shown or written. It looks at the text only — never at the column's kind — so a CPR
 * number in a date or code column is masked as surely as one in an id column.
 *
 * CPR-like: DDMMYY-XXXX or DDMMYYXXXX (a dash, another dash-like character or one space may separate
 * the parts) where DD is 01-31 and MM is 01-12, not part of a longer run of digits. Shown as
 * `010170-••••`: the date part alone identifies no one; the serial (with the sex digit) is hidden.
 * Masking too much is harmless (a 10-digit amount that looks like a date is shown masked); too
 * little is not, so the date test is deliberately loose (31 February passes).
 */

export const CPR_MASK = '••••';

// Dash-like separators a CPR may be written with: hyphen-minus, hyphen, non-breaking hyphen,
// figure dash, en dash, em dash, minus sign, or a space.
const SEPARATOR = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212 ]';
const CPR_LIKE = new RegExp(`(?<![0-9])(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])([0-9]{2})${SEPARATOR}?[0-9]{4}(?![0-9])`, 'g');

/** `text` with every CPR-like number replaced by `DDMMYY-••••`; null and undefined stay as they are. */
export function maskCpr(text: string): string;
export function maskCpr(text: string | null | undefined): string | null | undefined;
export function maskCpr(text: string | null | undefined): string | null | undefined {
  if (text == null) return text;
  return text.replace(CPR_LIKE, (_m, dd: string, mm: string, yy: string) => `${dd}${mm}${yy}-${CPR_MASK}`);
}

/** True when `text` holds a CPR-like number (what `maskCpr` would replace). */
export function hasCprLike(text: string): boolean {
  CPR_LIKE.lastIndex = 0;
  const found = CPR_LIKE.test(text);
  CPR_LIKE.lastIndex = 0;
  return found;
}

/** Every value of a row of text masked (previews of a file: headers are names, values are data). */
export function maskRow(row: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, maskCpr(v)]));
}

/** A validation report as it may be written or shown: every message (and file name) masked. */
export function maskReport<R extends { problems: readonly { message: string; file?: string }[] }>(report: R): R {
  return {
    ...report,
    problems: report.problems.map((p) => ({ ...p, message: maskCpr(p.message), ...(p.file !== undefined ? { file: maskCpr(p.file) } : {}) })),
  };
}
