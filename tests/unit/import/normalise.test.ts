/** The normalising SQL, run through the real engine on hand-picked values. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { sqlString } from '../../../shared/engine';
import { CANONICAL_TABLES } from '../../../shared/contract/canonical';
import { ALL_DATE_FORMATS, dateFormats, parseExpression, type ParseContext } from '../../../shared/import/normalise';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

const column = (table: keyof typeof CANONICAL_TABLES, name: string) => CANONICAL_TABLES[table].columns.find((c) => c.name === name)!;
const ctx: ParseContext = { decimal: ',', dateFormat: '%d-%m-%Y', salt: 's' };

async function parse(table: keyof typeof CANONICAL_TABLES, name: string, values: (string | null)[], c = ctx) {
  const expr = parseExpression(column(table, name), 't', c);
  const rows = values.map((v) => `(${v === null ? 'NULL' : sqlString(v)}, ${values.indexOf(v)})`).join(', ');
  const out = await engine.query(`SELECT CAST(${expr} AS VARCHAR) AS v FROM (VALUES ${rows}) AS x(t, n) ORDER BY n`);
  return out.map((r) => r.v);
}

describe('code normalisation', () => {
  it('ICD-10: upper case, no dot, D prefix — also for codes in chapter D', async () => {
    expect(await parse('hospital_contacts', 'diagnosis_code', ['J44.1', 'dj441', 'DJ44', 'D50.9', 'DD509', 'j 44.1', '44', 'J'])).toEqual([
      'DJ441',
      'DJ441',
      'DJ44',
      'DD509',
      'DD509',
      'DJ441',
      null,
      null,
    ]);
  });
  it('ATC upper case, shape checked', async () => {
    expect(await parse('prescriptions', 'atc', ['r03ak06', 'A10B', 'N06AB', 'R03-AK', '123'])).toEqual(['R03AK06', 'A10B', 'N06AB', null, null]);
  });
  it('sex from 1/2, M/F, mand/kvinde', async () => {
    expect(await parse('persons', 'sex', ['1', '2', 'm', 'F', 'Mand', 'KVINDE', 'K', '3'])).toEqual(['M', 'K', 'M', 'K', 'M', 'K', 'K', null]);
  });
  it('ISCED 0-8 → education levels; canonical names pass; others unknown', async () => {
    expect(await parse('socioeconomic', 'education', ['0', '2', '3', '34', '35', '4', '5', '6', '7', '8', '9', 'Gymnasial', '1035'])).toEqual([
      'grundskole',
      'grundskole',
      'erhvervsfaglig',
      'gymnasial',
      'erhvervsfaglig',
      'kort_videregaaende',
      'kort_videregaaende',
      'mellemlang_videregaaende',
      'lang_videregaaende',
      'lang_videregaaende',
      null,
      'gymnasial',
      null,
    ]);
  });
  it('allowed codes are matched case-insensitively onto their canonical spelling', async () => {
    expect(await parse('hospital_contacts', 'diagnosis_type', ['a', 'B', 'C'])).toEqual(['A', 'B', null]);
    expect(await parse('costs', 'sector', ['Hospital', 'kommune', 'apotek'])).toEqual(['hospital', 'kommune', null]);
  });
});

describe('values', () => {
  it("dates: the file's format with or without time; impossible dates are NULL; a year alone is 1 July", async () => {
    expect(await parse('persons', 'birth_date', ['01-02-1950', '1-2-1950', '1950-02-01', '01-02-1950 13:45', '31-02-1950', '1950', 'i går'])).toEqual([
      '1950-02-01',
      '1950-02-01',
      null,
      '1950-02-01',
      null,
      '1950-07-01',
      null,
    ]);
    const all = { ...ctx, dateFormat: ALL_DATE_FORMATS };
    expect(await parse('hospital_contacts', 'start_date', ['03-04-2023 10:15', '2023-04-03T10:15:30', '03.04.2023', '04/03/2023'], all)).toEqual([
      '2023-04-03 10:15:00',
      '2023-04-03 10:15:30',
      '2023-04-03 00:00:00',
      null,
    ]);
    // A profile format with a time part still reads a bare date.
    expect(await parse('hospital_contacts', 'start_date', ['2023-04-03 10:15:00', '2023-04-03'], { ...ctx, dateFormat: '%Y-%m-%d %H:%M:%S' })).toEqual([
      '2023-04-03 10:15:00',
      '2023-04-03 00:00:00',
    ]);
  });
  it('numbers with decimal comma and thousands dot, or decimal point', async () => {
    expect(await parse('socioeconomic', 'disposable_income', ['1.234,56', '-12,5', '7', 'abc'])).toEqual(['1234.56', '-12.5', '7.0', null]);
    expect(await parse('socioeconomic', 'disposable_income', ['1234.56'], { ...ctx, decimal: '.' })).toEqual(['1234.56']);
    expect(await parse('persons', 'municipality_code', ['751', '0751', '99999', 'Aarhus'])).toEqual(['751', '751', null, null]);
  });
  it('booleans', async () => {
    expect(await parse('survey', 'daily_smoker', ['Ja', 'nej', '1', '0', 'true', 'måske'])).toEqual(['true', 'false', 'true', 'false', 'true', null]);
  });
  it('CPR numbers in key columns become the same salted hash with or without the dash; pseudonyms pass', async () => {
    const [a, b, c, d, e] = await parse('persons', 'person_id', ['010203-1234', '0102031234', 'P000123', '1234567890', '3102031234']);
    expect(a).toMatch(/^cpr_[0-9a-f]{32}$/);
    expect(b).toBe(a);
    expect(c).toBe('P000123');
    expect(d).toBe('1234567890'); // 12-34-56 is no date: not a CPR number
    expect(e).toBe('3102031234'); // 31 February
    const [other] = await parse('persons', 'person_id', ['010203-1234'], { ...ctx, salt: 'another' });
    expect(other).not.toBe(a);
  });
});

describe('date parsing tries the likely format first without changing any result', () => {
  // The formats of dateFormats in their plain order: what the import did before the order depended on
  // the value's length (shared/import/normalise.ts parseDateTimeSql).
  const plainOrder = async (values: string[], formats: string[]) => {
    const rows = values.map((v, n) => `(${sqlString(v)}, ${n})`).join(', ');
    const out = await engine.query(
      `SELECT CAST(try_strptime(t, [${formats.map(sqlString).join(', ')}]) AS VARCHAR) AS v FROM (VALUES ${rows}) AS x(t, n) ORDER BY n`,
    );
    return out.map((r) => r.v);
  };
  const values = [
    '2019-03-04 10:22:00',
    '2019-03-04',
    '2019-03-04T10:22:00',
    '2019-03-04 10:22',
    '2019-3-4',
    '2019-03-04 10.22',
    '2019-03-04 10:22:00.5',
    '04-03-2019',
    '04-03-2019 10:22:00',
    '4-3-2019 7:05',
    '04.03.2019',
    '4.3.2019 07:05:09',
    '04.03.2019 7.05',
    '2019-13-01',
    '31-02-2019',
    'i går',
    '2019-03-04 25:00:00',
  ];
  it.each([['%Y-%m-%d %H:%M:%S'], ['%Y-%m-%d'], ['%d-%m-%Y'], [[...ALL_DATE_FORMATS]]])('format %j: TIMESTAMP and DATE columns', async (dateFormat) => {
    const c: ParseContext = { ...ctx, dateFormat: dateFormat as ParseContext['dateFormat'] };
    const formats = dateFormats(dateFormat as ParseContext['dateFormat']);
    const expected = await plainOrder(values, formats);
    expect(expected.filter((v) => v !== null).length).toBeGreaterThan(2);
    expect(await parse('hospital_contacts', 'start_date', values, c)).toEqual(expected);
    expect(await parse('prescriptions', 'dispensing_date', values, c)).toEqual(expected.map((v) => (v == null ? null : String(v).slice(0, 10))));
  });
});
