import { describe, expect, it } from 'vitest';
import { hasCprLike, maskCpr, maskReport, maskRow } from '../../../shared/privacy/mask';
import { problemMessage, summaryMessage } from '../../../shared/import/problems';
import { reportText } from '../../../shared/import/report-text';

/** A hostile table: [input, shown]. Every row is a way a person number could reach a screen or file. */
const CASES: [string, string][] = [
  ['0101701234', '010170-••••'],
  ['010170-1234', '010170-••••'],
  ['010170 1234', '010170-••••'], // a space between the parts
  ['010170\u20131234', '010170-••••'], // en dash (Word, Excel autocorrect)
  ['010170\u20111234', '010170-••••'], // non-breaking hyphen
  ['311299-9999', '311299-••••'],
  ['PNR:0101701234;', 'PNR:010170-••••;'], // glued to letters and punctuation
  ["Datoen kan ikke læses ('0101701234').", "Datoen kan ikke læses ('010170-••••')."],
  ['a 0101701234 b 1512894321 c', 'a 010170-•••• b 151289-•••• c'], // several in one text
  ['0101701234,1512894321', '010170-••••,151289-••••'],
  ['x0101701234y', 'x010170-••••y'],
  ['"0101701234"', '"010170-••••"'],
  // Not CPR-like: left alone.
  ['1234567890', '1234567890'], // month 56
  ['0113701234', '0113701234'], // month 13
  ['3201701234', '3201701234'], // day 32
  ['0001701234', '0001701234'], // day 00
  ['0100701234', '0100701234'], // month 00
  ['01017012345', '01017012345'], // 11 digits: part of a longer number
  ['90101701234', '90101701234'],
  ['010170123', '010170123'], // 9 digits
  ['010170-123', '010170-123'],
  ['01-01-1970', '01-01-1970'], // a date is not a person number
  ['1970-01-01', '1970-01-01'],
  ['1.234.567.890', '1.234.567.890'], // a formatted count
  ['245.300,50', '245.300,50'],
  ['010170--1234', '010170--1234'], // two separators
  ['', ''],
];

describe('maskCpr: one function for every value shown', () => {
  it.each(CASES)('%j is shown as %j', (input, shown) => {
    expect(maskCpr(input)).toBe(shown);
    expect(hasCprLike(input)).toBe(input !== shown);
    // Masking is idempotent and leaves nothing CPR-like behind.
    expect(maskCpr(shown)).toBe(shown);
    expect(hasCprLike(shown)).toBe(false);
  });

  it('keeps null and undefined', () => {
    expect(maskCpr(null)).toBeNull();
    expect(maskCpr(undefined)).toBeUndefined();
  });

  it('masks every value of a preview row, not its column names', () => {
    expect(maskRow({ FOED_DAG: '0101701234', PNR: 'P1', '0101701234': 'x' })).toEqual({ FOED_DAG: '010170-••••', PNR: 'P1', '0101701234': 'x' });
  });

  it('masks every message and file of a report and keeps the rest', () => {
    const report = {
      tables: { persons: { rows: 1 } },
      problems: [{ severity: 'error', code: 'bad_date', message: "Dato ('1512894321')", file: '0101701234.csv', row: 2 }],
    };
    expect(maskReport(report)).toEqual({
      tables: { persons: { rows: 1 } },
      problems: [{ severity: 'error', code: 'bad_date', message: "Dato ('151289-••••')", file: '010170-••••.csv', row: 2 }],
    });
    expect(report.problems[0]!.message).toBe("Dato ('1512894321')"); // the input is not changed
  });
});

describe('report texts pass the mask whatever the column', () => {
  it('a CPR number as the bad value of a date column is masked in the message', () => {
    const m = problemMessage('bad_date', { column: 'death_date', source: 'DOEDDATO', file: 'befolkning.csv', value: '0101701234' });
    expect(m).toContain("('010170-••••')");
    expect(m).not.toMatch(/0101701234/);
    expect(summaryMessage('unknown_code', { column: 'sex', source: 'KOEN', detail: '010170-1234' }, 3)).not.toMatch(/010170-1234/);
  });

  it('validation.txt masks a message added without problemMessage', () => {
    const text = reportText({ tables: {}, problems: [{ severity: 'warning', code: 'x', message: 'Værdi 1512894321 i kolonnen' }] });
    expect(text).toContain('151289-••••');
    expect(text).not.toMatch(/1512894321/);
  });
});
