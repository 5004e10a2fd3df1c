/**
 * One fixture per problem of the issue, loaded through the real engine. Every test checks the exact
 * counts (read = accepted + rejected), the problem kind, its row numbers and what landed in the
 * canonical and rejected tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import type { Engine } from '../../../shared/engine';
import type { LoadResult } from '../../../shared/import/load-extract';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { FIXTURES, loadFixture, rowsOf, summaries } from './load-fixture';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, '../../golden/schemas/validation.schema.json'), 'utf8'));
const validateSchema = new Ajv2020({ allErrors: true }).compile(schema);

function expectAccounted(result: LoadResult) {
  expect(validateSchema({ tables: result.report.tables, problems: result.report.problems }), JSON.stringify(validateSchema.errors)).toBe(true);
  for (const t of Object.values(result.report.tables)) expect(t.rows).toBe(t.accepted + t.rejected);
}

async function rejectedCount(table: string): Promise<number> {
  const [r] = await engine.query(`SELECT count(*) AS n FROM rejected_${table}`);
  return Number(r!.n);
}

describe('import fixtures', () => {
  it("basic: dates in the file's format only, sex 1/2, ICD-10 normalised, unknown person rejected", async () => {
    const r = await loadFixture(engine, 'basic');
    expectAccounted(r);
    expect(r.fatal).toBe(false);
    expect(r.report.tables.persons).toMatchObject({ rows: 4, accepted: 3, rejected: 1 });
    expect(r.report.tables.hospital_contacts).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    // An ISO date in a dd-mm-yyyy file is reported, not silently guessed.
    expect(rowsOf(r.report.problems, 'bad_date')).toEqual([5]);
    const persons = await engine.query(`SELECT person_id, CAST(birth_date AS VARCHAR) AS b, sex FROM persons ORDER BY person_id`);
    expect(persons).toEqual([
      { person_id: 'P1', b: '1950-02-01', sex: 'M' },
      { person_id: 'P2', b: '1980-06-15', sex: 'K' },
      { person_id: 'P3', b: '1990-07-01', sex: 'K' }, // a birth year alone → 1 July
    ]);
    const contacts = await engine.query(`SELECT diagnosis_code AS d, CAST(start_date AS VARCHAR) AS s FROM hospital_contacts ORDER BY d`);
    expect(contacts).toEqual([
      { d: 'DJ441', s: '2023-04-03 10:15:00' },
      { d: 'DJ449', s: '2023-05-06 00:00:00' },
    ]);
    expect(rowsOf(r.report.problems, 'unknown_person')).toEqual([4]);
    expect(rowsOf(r.report.problems, 'unknown_code')).toEqual([4]);
    expect(r.sources.map((s) => [s.table, s.rows])).toEqual([
      ['persons', 3],
      ['hospital_contacts', 2],
    ]);
    expect(r.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.resolvedProfile.tables.persons!.csv).toEqual({ delimiter: ';', decimal: '.', encoding: 'utf-8', header: true, dateFormat: '%d-%m-%Y' });
    const cols = await engine.query(
      `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = 'persons' ORDER BY ordinal_position`,
    );
    expect(cols.map((c) => `${c.c} ${c.t}`)).toEqual([
      'person_id VARCHAR',
      'birth_date DATE',
      'sex VARCHAR',
      'municipality_code SMALLINT',
      'death_date DATE',
      'origin VARCHAR',
      'mother_id VARCHAR',
      'father_id VARCHAR',
    ]);
    const lpr = await engine.query(
      `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = 'hospital_contacts' ORDER BY ordinal_position`,
    );
    expect(lpr.map((c) => `${c.c} ${c.t}`)).toEqual([
      'person_id VARCHAR',
      'start_date TIMESTAMP',
      'end_date TIMESTAMP',
      'diagnosis_code VARCHAR',
      'diagnosis_type VARCHAR',
      'admission_type VARCHAR',
      'patient_type VARCHAR',
      'specialty VARCHAR',
    ]);
    // Only the canonical and rejected tables remain: no temporary table leaks.
    const tables = await engine.query(`SELECT table_name AS t FROM information_schema.tables ORDER BY 1`);
    expect(tables.map((t) => t.t)).toEqual(['hospital_contacts', 'persons', 'rejected_hospital_contacts', 'rejected_persons']);
  });

  it('no-persons: fatal with a clear message', async () => {
    const r = await loadFixture(engine, 'no-persons');
    expectAccounted(r);
    expect(r.fatal).toBe(true);
    expect(r.report.problems.find((p) => p.severity === 'fatal')?.code).toBe('no_persons');
  });

  it('missing-column: a required column missing is fatal and names the column and file', async () => {
    const r = await loadFixture(engine, 'missing-column');
    expectAccounted(r);
    expect(r.fatal).toBe(true);
    const fatal = r.report.problems.filter((p) => p.severity === 'fatal');
    expect(fatal.map((p) => p.code)).toEqual(['missing_column']);
    expect(fatal[0]!.message).toBe("Kolonnen 'FOED_DAG' mangler i persons.csv. Tilføj den eller ret profilens kolonnenavn for 'birth_date'.");
    expect(r.report.tables.persons).toMatchObject({ rows: 2, accepted: 0, rejected: 2 });
    const exists = await engine.query(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'persons'`);
    expect(exists[0]!.n).toBe(0);
  });

  it('wrong-delimiter: every column "missing" is explained by the delimiter', async () => {
    const r = await loadFixture(engine, 'wrong-delimiter');
    expectAccounted(r);
    expect(r.fatal).toBe(true);
    const fatal = r.report.problems.filter((p) => p.severity === 'fatal');
    expect(fatal.map((p) => p.column)).toEqual(['person_id', 'birth_date', 'sex', 'municipality_code']);
    expect(fatal[0]!.message).toContain("Filen har kun én kolonne: passer skilletegnet (',')?");
  });

  it('bad-dates: required date rejects the row, optional date is nulled with a warning', async () => {
    const r = await loadFixture(engine, 'bad-dates');
    expectAccounted(r);
    expect(r.report.tables.persons).toMatchObject({ rows: 4, accepted: 2, rejected: 2 });
    const bad = r.report.problems.filter((p) => p.code === 'bad_date' && p.row !== undefined);
    expect(bad.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, 'birth_date', 'error'],
      [4, 'birth_date', 'error'],
      [3, 'death_date', 'warning'],
    ]);
    expect(bad[0]!.message).toContain("'31-02-1950'");
    const kept = await engine.query(`SELECT person_id, CAST(death_date AS VARCHAR) AS d FROM persons ORDER BY 1`);
    expect(kept).toEqual([
      { person_id: 'P2', d: null },
      { person_id: 'P4', d: '2023-02-01' },
    ]);
    expect(await rejectedCount('persons')).toBe(2);
  });

  it('unknown-codes: sex, ICD-10 and ATC normalised or reported', async () => {
    const r = await loadFixture(engine, 'unknown-codes');
    expectAccounted(r);
    expect(r.report.tables.persons).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(r.report.tables.hospital_contacts).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(r.report.tables.prescriptions).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(await engine.query(`SELECT sex, origin FROM persons ORDER BY person_id`)).toEqual([
      { sex: 'K', origin: null },
      { sex: 'K', origin: null },
    ]);
    expect((await engine.query(`SELECT diagnosis_code AS d FROM hospital_contacts ORDER BY 1`)).map((x) => x.d)).toEqual(['DJ441', 'DJ449']);
    expect((await engine.query(`SELECT atc FROM prescriptions`)).map((x) => x.atc)).toEqual(['R03AK06']);
    const codes = r.report.problems.filter((p) => p.code === 'unknown_code' && p.row !== undefined).map((p) => `${p.table}:${p.column}:${p.row}`);
    expect(codes.sort()).toEqual(['hospital_contacts:diagnosis_code:3', 'persons:origin:3', 'persons:sex:2', 'prescriptions:atc:3']);
  });

  it('duplicate-ids: first occurrence kept, later ones rejected', async () => {
    const r = await loadFixture(engine, 'duplicate-ids');
    expectAccounted(r);
    expect(r.report.tables.persons).toMatchObject({ rows: 5, accepted: 3, rejected: 2 });
    expect(rowsOf(r.report.problems, 'duplicate_id')).toEqual([5, 6]);
    expect(await engine.query(`SELECT CAST(birth_date AS VARCHAR) AS b FROM persons WHERE person_id = 'P1'`)).toEqual([{ b: '1950-02-01' }]);
  });

  it('age-range: ages outside 0-110 on the reference date are rejected', async () => {
    const r = await loadFixture(engine, 'age-range');
    expectAccounted(r);
    // 1900-01-01 → 124 years; 2024-06-01 → after the reference date; 1913-01-02 → 110 (kept).
    expect(rowsOf(r.report.problems, 'age_out_of_range')).toEqual([5, 6]);
    expect(r.report.tables.persons).toMatchObject({ rows: 6, accepted: 4, rejected: 2 });
  });

  it('after-reference: event dates after the reference date are warnings, rows kept', async () => {
    const r = await loadFixture(engine, 'after-reference');
    expectAccounted(r);
    const w = r.report.problems.filter((p) => p.code === 'date_after_reference' && p.row !== undefined);
    expect(w.map((p) => [p.table, p.column, p.row, p.severity])).toEqual([
      ['persons', 'death_date', 2, 'warning'],
      ['hospital_contacts', 'start_date', 2, 'warning'],
    ]);
    expect(r.report.tables.hospital_contacts).toMatchObject({ rows: 2, accepted: 2, rejected: 0 });
  });

  it('unknown-person: rows of unknown persons rejected, unknown parent a warning', async () => {
    const r = await loadFixture(engine, 'unknown-person');
    expectAccounted(r);
    expect(r.report.tables.hospital_contacts).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
    expect(rowsOf(r.report.problems, 'unknown_person')).toEqual([3, 4]);
    expect(rowsOf(r.report.problems, 'unknown_parent')).toEqual([4]);
    expect(r.report.tables.persons).toMatchObject({ rows: 3, accepted: 3, rejected: 0 });
  });

  it('ragged: short and long rows rejected with their lines; later rows keep the right line numbers', async () => {
    const r = await loadFixture(engine, 'ragged');
    expectAccounted(r);
    expect(r.report.tables.persons).toMatchObject({ rows: 5, accepted: 2, rejected: 3 });
    expect(rowsOf(r.report.problems, 'ragged_row')).toEqual([3, 4]);
    // Line 6 (P5, 31-02) is found at its real line although two earlier lines were dropped by the reader.
    expect(rowsOf(r.report.problems, 'bad_date')).toEqual([6]);
    const rejected = await engine.query(`SELECT row_number AS n, reason, raw FROM rejected_persons ORDER BY 1`);
    expect(rejected).toEqual([
      { n: 3, reason: 'missing columns', raw: 'P2;15-06-1980;2' },
      { n: 4, reason: 'too many columns', raw: 'P3;03-03-2000;2;751;x;y' },
      { n: 6, reason: 'bad_date', raw: 'person_id=P5; birth_date=31-02-1970; sex=1; municipality_code=751' },
    ]);
  });

  it('empty-file: reported, and without persons the run is fatal', async () => {
    const r = await loadFixture(engine, 'empty-file');
    expectAccounted(r);
    expect(r.fatal).toBe(true);
    expect(r.report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['empty_file', 'no_persons']));
  });

  it('wrong-encoding: a Windows-1252 file declared UTF-8 is warned about and read correctly', async () => {
    const r = await loadFixture(engine, 'wrong-encoding');
    expectAccounted(r);
    expect(summaries(r.report.problems, 'wrong_encoding')).toHaveLength(1);
    expect(r.report.tables.persons).toMatchObject({ rows: 2, accepted: 2, rejected: 0 });
    // The value map keyed 'Århus'/'Samsø' only matches when the bytes were decoded as Windows-1252.
    expect((await engine.query(`SELECT origin FROM persons`)).map((x) => x.origin)).toEqual(['dansk', 'dansk']);
  });

  it('bad-encoding-late: an undecodable line after the sniffed part is rejected with its line number', async () => {
    const r = await loadFixture(engine, 'bad-encoding-late');
    expectAccounted(r);
    expect(r.report.tables.persons).toMatchObject({ rows: 2602, accepted: 2601, rejected: 1 });
    expect(rowsOf(r.report.problems, 'bad_encoding')).toEqual([2602]);
    expect(await engine.query(`SELECT count(*) AS n FROM persons WHERE person_id = 'P99998'`)).toEqual([{ n: 1 }]);
  });

  it('cpr: CPR numbers hashed consistently across tables, counted, never printed', async () => {
    const r = await loadFixture(engine, 'cpr');
    expectAccounted(r);
    const text = JSON.stringify(r.report);
    for (const cpr of ['010203-1234', '0102031234', '0101701111']) expect(text).not.toContain(cpr);
    expect(summaries(r.report.problems, 'cpr_replaced').map((p) => [p.table, p.column, p.count])).toEqual([
      ['persons', 'person_id', 2],
      ['persons', 'mother_id', 1],
      ['hospital_contacts', 'person_id', 1],
    ]);
    expect(rowsOf(r.report.problems, 'cpr_replaced')).toEqual([]);
    const ids = (await engine.query(`SELECT person_id FROM persons ORDER BY person_id`)).map((x) => String(x.person_id));
    expect(ids.filter((i) => i.startsWith('cpr_'))).toHaveLength(2);
    expect(ids.join()).not.toMatch(/\d{6}-?\d{4}/);
    // The contact with the dash-less CPR joins the person with the dashed one; the mother link holds.
    expect(r.report.tables.hospital_contacts).toMatchObject({ accepted: 1, rejected: 0 });
    expect(rowsOf(r.report.problems, 'unknown_parent')).toEqual([]);
  });

  it('latin1-decimal: detection, decimal comma, HFAUDD lookup, ISCED levels, boolean value maps', async () => {
    const r = await loadFixture(engine, 'latin1-decimal');
    expectAccounted(r);
    expect(r.resolvedProfile.tables.persons!.csv).toMatchObject({ delimiter: ';', encoding: 'latin-1', dateFormat: '%d.%m.%Y' });
    expect(r.resolvedProfile.tables.socioeconomic!.csv).toMatchObject({ decimal: ',' });
    expect(r.report.tables.persons).toMatchObject({ rows: 3, accepted: 3 });
    const socio = await engine.query(`SELECT person_id, education, disposable_income AS inc, labour_market AS lm FROM socioeconomic ORDER BY 1`);
    expect(socio).toEqual([
      { person_id: 'P1', education: 'grundskole', inc: 123456.5, lm: 'beskaeftiget' },
      { person_id: 'P2', education: 'lang_videregaaende', inc: 98000, lm: 'pension' },
      { person_id: 'P3', education: null, inc: null, lm: 'ledig' }, // 9999 is not in the lookup
    ]);
    expect(rowsOf(r.report.problems, 'unknown_code')).toContain(4);
    const survey = await engine.query(`SELECT respondent_id AS id, education AS e, weight AS w, daily_smoker AS s, bmi FROM survey ORDER BY 1`);
    expect(survey).toEqual([
      { id: 'R1', e: 'erhvervsfaglig', w: 1.25, s: true, bmi: 27.5 },
      { id: 'R3', e: null, w: 1, s: null, bmi: null },
    ]);
    expect(rowsOf(r.report.problems, 'age_out_of_range')).toEqual([3]);
  });

  it('glob-bom: two files by one pattern, BOM and CRLF, ISO dates with time', async () => {
    const r = await loadFixture(engine, 'glob-bom');
    expectAccounted(r);
    expect(r.report.tables.persons).toMatchObject({ rows: 3, accepted: 3, rejected: 0, files: ['befolkning_a.csv', 'befolkning_b.csv'] });
    expect((await engine.query(`SELECT CAST(birth_date AS VARCHAR) AS b FROM persons ORDER BY 1`)).map((x) => x.b)).toEqual([
      '1950-02-01',
      '1980-06-15',
      '2000-03-03',
    ]);
    expect(r.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('parquet-xlsx: XLSX date cells and Parquet row groups', async () => {
    const r = await loadFixture(engine, 'parquet-xlsx');
    expectAccounted(r);
    expect(r.report.tables.persons).toMatchObject({ rows: 3, accepted: 3, rejected: 0 });
    expect(r.report.tables.hospital_contacts).toMatchObject({ rows: 4, accepted: 3, rejected: 1 });
    expect(rowsOf(r.report.problems, 'bad_date')).toEqual([4]);
    expect((await engine.query(`SELECT diagnosis_code AS d FROM hospital_contacts ORDER BY 1`)).map((x) => x.d)).toEqual(['DE119', 'DJ441', 'DJ449']);
  });
});
