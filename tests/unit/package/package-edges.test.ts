/** Population, social position, admissions and person-time edges of the package, on hand-made data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { contact, person } from '../../fixtures/tracks/canonical';
import { indicator, row, tinyPackage } from './helpers';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

const inpatient = (id: string, start: string, end: string, code: string, admission = 'akut', extra = {}) =>
  contact(id, start, code, { end_date: end, patient_type: 'indlagt', admission_type: admission, ...extra });

describe('population at the reference date', () => {
  it('keeps residents of the area alive at the reference date; drops earlier deaths and other municipalities', async () => {
    const p = await tinyPackage(engine, 'kol', {
      persons: [
        person('r1', '1950-01-01'),
        person('r2', '1950-01-01', { municipality_code: 741 }),
        person('r3', '1950-01-01', { death_date: '2023-12-31' }),
        person('r4', '1950-01-01', { municipality_code: 615 }),
        person('r5', '1950-01-01', { death_date: '2024-01-01' }),
      ],
      hospital_contacts: ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => contact(id, '2020-01-01', 'DJ44')),
    });
    const prev = row(indicator(p, 'kol.prevalence'));
    // r1, r2 (Samsø is in the Aarhus cluster), r5 (dies on the reference date: alive at it).
    expect([prev.numerator, prev.denominator]).toEqual([3, 3]);
    expect(row(indicator(p, 'kol.prevalence'), { municipality: 741 }).numerator).toBe(1);
  });
});

describe('social position', () => {
  it('under 30 takes the higher parent education, else own; unknown → ukendt; 30+ own; income quartiles within the area', async () => {
    const p = await tinyPackage(engine, 'kol', {
      persons: [
        person('c1', '2014-01-01', { mother_id: 'mo', father_id: 'fa' }), // parents: grundskole + lang → videregaaende
        person('c2', '2004-01-01'), // no parents, own gymnasial → kort
        person('c3', '2000-01-01'), // nothing known → ukendt
        person('a1', '1980-01-01', { mother_id: 'mo' }), // 44: own grundskole
        person('mo', '1960-01-01', { municipality_code: 615 }),
        person('fa', '1960-01-01', { municipality_code: 615 }),
      ],
      socioeconomic: [
        { person_id: 'mo', year: 2023, education: 'grundskole', disposable_income: 9000 },
        { person_id: 'fa', year: 2023, education: 'lang_videregaaende', disposable_income: 9000 },
        { person_id: 'fa', year: 2025, education: 'grundskole' }, // after the reference date: ignored
        { person_id: 'c2', year: 2023, education: 'gymnasial', disposable_income: 200 },
        { person_id: 'a1', year: 2023, education: 'grundskole', disposable_income: 100 },
        { person_id: 'c1', year: 2023, disposable_income: 300 },
        { person_id: 'c3', year: 2023, disposable_income: 400 },
      ],
    });
    const pyramid = indicator(p, 'kol.population_pyramid');
    expect(row(pyramid).value).toBe(4);
    // Income quartiles are cut within the area: the parents' high incomes elsewhere do not move them.
    const rows = await engine.query('SELECT person_id, education, income_quartile AS q FROM dp_person WHERE in_area ORDER BY person_id');
    expect(rows).toEqual([
      { person_id: 'a1', education: 'grundskole', q: 'Q1' },
      { person_id: 'c1', education: 'videregaaende', q: 'Q3' },
      { person_id: 'c2', education: 'kort', q: 'Q2' },
      { person_id: 'c3', education: 'ukendt', q: 'Q4' },
    ]);
  });
});

describe('admissions and readmissions', () => {
  it('merges contacts ≤ 4 hours apart; an acute admission 30 days after discharge is a readmission, 31 days is not', async () => {
    const p = await tinyPackage(engine, 'kol', {
      persons: [person('h1', '1950-01-01'), person('h2', '1950-01-01')],
      hospital_contacts: [
        inpatient('h1', '2023-03-01 08:00:00', '2023-03-05 10:00:00', 'DJ441'),
        inpatient('h1', '2023-03-05 13:00:00', '2023-03-07 09:00:00', 'DJ441', 'planlagt', { diagnosis_type: 'B' }), // 3 h later: same admission
        inpatient('h1', '2023-04-06 22:00:00', '2023-04-08 10:00:00', 'DI219'), // 30 days after discharge
        inpatient('h2', '2023-05-01 08:00:00', '2023-05-01 20:00:00', 'DJ440', 'planlagt'),
        inpatient('h2', '2023-06-01 08:00:00', '2023-06-02 08:00:00', 'DI219'), // 31 days
      ],
    });
    const adm = await engine.query(
      'SELECT person_id, CAST(adm_start AS VARCHAR) AS s, CAST(adm_end AS VARCHAR) AS e, acute, track_a FROM dp_adm ORDER BY person_id, adm_start',
    );
    expect(adm).toEqual([
      { person_id: 'h1', s: '2023-03-01 08:00:00', e: '2023-03-07 09:00:00', acute: true, track_a: true },
      { person_id: 'h1', s: '2023-04-06 22:00:00', e: '2023-04-08 10:00:00', acute: true, track_a: false },
      { person_id: 'h2', s: '2023-05-01 08:00:00', e: '2023-05-01 20:00:00', acute: false, track_a: true },
      { person_id: 'h2', s: '2023-06-01 08:00:00', e: '2023-06-02 08:00:00', acute: true, track_a: false },
    ]);
    const readm = row(indicator(p, 'kol.readmissions_30d'));
    expect([readm.numerator, readm.denominator]).toEqual([1, 2]);
    // Acute KOL admissions per 1,000 people with KOL: one (h1) among two people.
    const acute = row(indicator(p, 'kol.acute_admissions'));
    expect([acute.numerator, acute.value]).toEqual([1, 500]);
  });
});

describe('person-years', () => {
  it('counts time at risk from the start of the period to onset, death or the reference date', async () => {
    const p = await tinyPackage(engine, 'kol', {
      persons: [
        person('y1', '1950-01-01'),
        person('y2', '1950-01-01', { death_date: '2023-07-02' }),
        person('y3', '1950-01-01'),
        person('y4', '1950-01-01'),
        person('y5', '2023-10-01'),
      ],
      hospital_contacts: [contact('y3', '2023-04-11', 'DJ44'), contact('y4', '2020-01-01', 'DJ44')],
    });
    const inc = row(indicator(p, 'kol.incidence'));
    const py = (365 + 182 + 100) / 365.25; // y1 whole year, y2 until death, y3 until onset; y4 prevalent; y5 under 30
    expect(inc.numerator).toBe(1);
    expect(inc.denominator).toBeCloseTo(py, 2);
    expect(inc.value).toBeCloseTo(1000 / py, 6);
    const mort = row(indicator(p, 'kol.mortality'));
    expect([mort.numerator, mort.denominator]).toEqual([0, 1]); // y4 alone had KOL at the start, and lived
  });
});

describe('direct standardisation', () => {
  it('weights the age bands present by the ESP 2013 weights, within sex', async () => {
    // 20 women aged 42 (5 with KOL) and 20 women aged 72 (10 with KOL): ESP weights 7,000 and 5,000.
    const young = Array.from({ length: 20 }, (_, i) => person(`y${i}`, '1981-06-01'));
    const old = Array.from({ length: 20 }, (_, i) => person(`o${i}`, '1951-06-01'));
    const p = await tinyPackage(engine, 'kol', {
      persons: [...young, ...old],
      hospital_contacts: [...young.slice(0, 5), ...old.slice(0, 10)].map((x) => contact(String(x.person_id), '2020-01-01', 'DJ44')),
    });
    const prev = indicator(p, 'kol.prevalence');
    const expected = (((5 / 20) * 7000 + (10 / 20) * 5000) / 12000) * 100;
    expect(row(prev).value).toBeCloseTo(37.5, 10);
    expect(row(prev).standardised!.value).toBeCloseTo(expected, 10);
    expect(row(prev, { sex: 'K' }).standardised!.value).toBeCloseTo(expected, 10);
    expect(row(prev, { age_band: '40-44' }).standardised ?? null).toBeNull();
  });
});
