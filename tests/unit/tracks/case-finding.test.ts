/** Case-finding edges (TRACKS.md), each a tiny hand-made dataset with a known answer. Reference date 2024-01-01. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { ANGST } from '../../../shared/tracks/definitions/angst';
import { DIABETES } from '../../../shared/tracks/definitions/diabetes';
import { KOL } from '../../../shared/tracks/definitions/kol';
import { contact, person, rx } from '../../fixtures/tracks/canonical';
import { casesOf, ids } from './helpers';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('KOL', () => {
  it('counts DJ42-DJ44 prefixes in [ref − 10 y, ref): the boundary day counts, the reference day does not', async () => {
    const rows = await casesOf(engine, KOL, {
      persons: ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((id) => person(id, '1950-05-05')),
      hospital_contacts: [
        contact('k1', '2014-01-01', 'DJ441'), // exactly ref − 10 y: counts
        contact('k2', '2024-01-01', 'DJ44'), // on the reference date: not before it
        contact('k3', '2020-03-03', 'DJ439', { diagnosis_type: 'B' }), // B-diagnosis counts
        contact('k4', '2020-03-03', 'DJ45'), // asthma
        contact('k5', '2013-12-31', 'DJ441'), // one day before the window
        contact('k6', '2024-02-01', 'DJ42'), // after the reference date
      ],
    });
    expect(ids(rows)).toEqual(['k1', 'k3']);
    expect(rows[0]).toMatchObject({ onset: '2014-01-01', has_dx: true });
  });

  it('medication arm: two R03 within 365 days from age 40; 366 days apart or under 40 does not count', async () => {
    const rows = await casesOf(engine, KOL, {
      persons: [person('m1', '1970-01-01'), person('m2', '1970-01-01'), person('m3', '1990-01-01'), person('m4', '1984-01-01')],
      prescriptions: [
        rx('m1', '2022-01-10', 'R03AK06'),
        rx('m1', '2023-01-10', 'R03BB04'), // 365 days apart
        rx('m2', '2021-01-10', 'R03AK06'),
        rx('m2', '2022-01-11', 'R03AK06'), // 366 days apart
        rx('m3', '2023-01-10', 'R03AK06'),
        rx('m3', '2023-02-10', 'R03AK06'), // age 33
        rx('m4', '2023-01-10', 'R03AK06'),
        rx('m4', '2023-02-10', 'R03AK06'), // exactly 40 on the reference date
      ],
    });
    expect(ids(rows)).toEqual(['m1', 'm4']);
    expect(rows[0]).toMatchObject({ onset: '2023-01-10', has_dx: false });
  });

  it('excludes persons who died before the period from the case universe', async () => {
    const rows = await casesOf(engine, KOL, {
      persons: [person('d1', '1940-01-01', { death_date: '2022-06-01' }), person('d2', '1940-01-01', { death_date: '2023-06-01' })],
      hospital_contacts: [contact('d1', '2020-01-01', 'DJ44'), contact('d2', '2020-01-01', 'DJ44')],
    });
    // d2 died in the period: still needed for mortality; prevalence drops it via alive_ref (package test).
    expect(ids(rows)).toEqual(['d2']);
  });

  it('status at the start of the period ignores events in the period', async () => {
    const rows = await casesOf(
      engine,
      KOL,
      {
        persons: [person('s1', '1950-01-01'), person('s2', '1950-01-01')],
        hospital_contacts: [contact('s1', '2022-12-31', 'DJ44'), contact('s2', '2023-01-01', 'DJ44')],
      },
      'kol',
      'start',
    );
    expect(ids(rows)).toEqual(['s1']);
  });
});

describe('diabetes', () => {
  it('needs two qualifying events of any kind over all history; one contact with A and B rows is one event', async () => {
    const rows = await casesOf(engine, DIABETES, {
      persons: ['e1', 'e2', 'e3', 'e4'].map((id) => person(id, '1950-01-01', { sex: 'M' })),
      hospital_contacts: [
        contact('e1', '1995-05-01', 'DE119'),
        contact('e2', '2020-01-01', 'DE11'),
        contact('e3', '2020-01-01', 'DE11'),
        contact('e3', '2020-01-01', 'DE11', { diagnosis_type: 'B' }),
        contact('e4', '2010-01-01', 'DO244'),
        contact('e4', '2011-01-01', 'DO244'), // gestational never counts
      ],
      prescriptions: [rx('e1', '2023-06-01', 'A10BA02')],
    });
    expect(ids(rows)).toEqual(['e1']);
    expect(rows[0]).toMatchObject({ onset: '2023-06-01', diabetes_type: '2' });
  });

  it('ignores GLP-1, SGLT2 monotherapy, metformin in women under 40 and redemptions around a pregnancy', async () => {
    const rows = await casesOf(engine, DIABETES, {
      persons: [
        person('g1', '1960-01-01'),
        person('g2', '1960-01-01'),
        person('w1', '1990-01-01'),
        person('w2', '1980-01-01'),
        person('w3', '1990-01-01'),
        person('w4', '1990-01-01'),
      ],
      prescriptions: [
        rx('g1', '2020-01-01', 'A10BJ02'),
        rx('g1', '2020-02-01', 'A10BJ06'),
        rx('g1', '2020-03-01', 'A10BJ02'),
        rx('g2', '2020-01-01', 'A10BK01'),
        rx('g2', '2020-02-01', 'A10BK03'),
        rx('w1', '2020-01-01', 'A10BA02'),
        rx('w1', '2020-02-01', 'A10BA02'), // woman aged 33: PCOS
        rx('w2', '2020-01-01', 'A10BA02'),
        rx('w2', '2020-02-01', 'A10BA02'), // woman aged 43: counts
        rx('w3', '2020-03-01', 'A10AB01'),
        rx('w3', '2020-07-01', 'A10AB01'), // within 40 weeks before / 12 after birth
        rx('w4', '2019-01-01', 'A10AB01'),
        rx('w4', '2020-12-01', 'A10AB01'), // outside the pregnancy window
      ],
      hospital_contacts: [contact('w3', '2020-06-01', 'DO800'), contact('w4', '2020-06-01', 'DO800')],
    });
    expect(ids(rows)).toEqual(['w2', 'w4']);
  });

  it('classifies type 1 (insulin only with DE10, or mostly DE10 and insulin ≥ 2/3) and otherwise type 2', async () => {
    const rows = await casesOf(engine, DIABETES, {
      persons: ['t1', 't2', 't3'].map((id) => person(id, '2000-01-01', { sex: 'M' })),
      hospital_contacts: [
        contact('t1', '2015-01-01', 'DE109'),
        contact('t2', '2015-01-01', 'DE10'),
        contact('t2', '2016-01-01', 'DE10'),
        contact('t3', '2015-01-01', 'DE11'),
      ],
      prescriptions: [
        rx('t1', '2015-02-01', 'A10AB05'),
        rx('t1', '2015-03-01', 'A10AE04'),
        rx('t2', '2016-02-01', 'A10AB05'),
        rx('t2', '2016-03-01', 'A10AB05'),
        rx('t2', '2016-04-01', 'A10BA02'),
        rx('t3', '2015-02-01', 'A10AB05'),
        rx('t3', '2015-03-01', 'A10BA02'),
      ],
    });
    expect(rows.map((r) => [r.person_id, r.diabetes_type])).toEqual([
      ['t1', '1'],
      ['t2', '1'],
      ['t3', '2'],
    ]);
  });
});

describe('angst', () => {
  it('counts DF40/DF41 at any age and DF930-DF932 only for ages 0-17', async () => {
    const rows = await casesOf(engine, ANGST, {
      persons: [person('a1', '2014-01-01'), person('a2', '1994-01-01'), person('a3', '1994-01-01'), person('a4', '1994-01-01'), person('a5', '2005-06-01')],
      hospital_contacts: [
        contact('a1', '2022-01-01', 'DF930', { specialty: 'psykiatri' }),
        contact('a2', '2022-01-01', 'DF930'),
        contact('a3', '2022-01-01', 'DF411', { specialty: 'psykiatri' }),
        contact('a4', '2024-02-01', 'DF41'), // after the reference date
        contact('a5', '2022-01-01', 'DF933'), // not one of DF930-DF932
      ],
    });
    expect(ids(rows)).toEqual(['a1', 'a3']);
  });

  it('treated: two N05BA/N06AB redemptions within a year, both in the period', async () => {
    const rows = await casesOf(
      engine,
      ANGST,
      {
        persons: [person('n1', '1980-01-01'), person('n2', '1980-01-01')],
        prescriptions: [
          rx('n1', '2023-03-01', 'N06AB04'),
          rx('n1', '2023-09-01', 'N05BA01'),
          rx('n2', '2022-06-01', 'N06AB04'),
          rx('n2', '2023-03-01', 'N06AB04'),
        ],
      },
      'angst_treated',
    );
    expect(ids(rows)).toEqual(['n1']);
  });
});
