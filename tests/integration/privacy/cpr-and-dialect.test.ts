/**
 * Issue 18 probes through the real engine and the real `datapakke validate`:
 * - CPR-like values in non-id columns (a date column, a code column) never reach validation.json,
 *   validation.txt, the rejected-rows file or stdout/stderr in clear;
 * - the app's dialect (what its data step writes into the profile) and the command line's detection
 *   read a decimal comma and a quoted "Aarhus, C" the same way, down to the loaded numbers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli/main';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';
import { peekCsvWithHeader } from '../../../shared/import/csv-dialect';
import type { Engine } from '../../../shared/engine';

/** Written independently of shared/privacy/mask.ts: 10 digits (dash allowed) with a plausible DDMM. */
const CPR_LIKE = /(?<![0-9])(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}[-\u2013 ]?[0-9]{4}(?![0-9])/;

const PERSONS = [
  'PNR;FOED_DAG;KOEN;KOM;BY;DOED',
  'P1;01-02-1950;1;751;"Aarhus, C";',
  'P2;0101701234;2;751;"Aarhus, N";', // a CPR number in the birth date column: rejected, shown in examples
  'P3;15-06-1980;2;741;Samsø;1512894321', // a CPR number in the death date column: a warning with the value
  'P4;010170-1234;1;751;Lystrup;', // with the dash
  'P5;20-03-1975;0311621234;751;Aarhus;', // in a code column (sex): an unknown code with its value
  'P6;21-04-1966;2;751;Aarhus;',
].join('\n');
const SOCIO = ['PNR;AAR;INDKOMST', 'P1;2023;245.300,50', 'P3;2023;198.000,25', 'P6;2023;"1.050,00"'].join('\n');

const profile = (socioCsv?: object) => ({
  format: 'datapakke-profile/1',
  name: 'CPR-probe',
  tables: {
    persons: {
      file: 'befolkning.csv',
      columns: { person_id: 'PNR', birth_date: 'FOED_DAG', sex: 'KOEN', municipality_code: 'KOM', death_date: 'DOED' },
      values: { sex: { '1': 'M', '2': 'K' } },
    },
    socioeconomic: { file: 'socio.csv', ...(socioCsv ? { csv: socioCsv } : {}), columns: { person_id: 'PNR', year: 'AAR', disposable_income: 'INDKOMST' } },
  },
});

let dir: string;
let engine: Engine;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpr-probe-'));
  fs.mkdirSync(path.join(dir, 'in'));
  fs.writeFileSync(path.join(dir, 'in', 'befolkning.csv'), `${PERSONS}\n`);
  fs.writeFileSync(path.join(dir, 'in', 'socio.csv'), `${SOCIO}\n`);
  fs.writeFileSync(path.join(dir, 'profile.json'), JSON.stringify(profile()));
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function runMain(args: string[]) {
  let out = '';
  let err = '';
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

describe('no CPR number in any report (datapakke validate)', () => {
  it('validation.json, validation.txt, the rejected rows and the console show CPR-like values only masked', async () => {
    expect(PERSONS).toMatch(CPR_LIKE); // the probe holds what it must not leak
    const out = path.join(dir, 'out');
    const rejected = path.join(dir, 'afviste.csv');
    const r = await runMain([
      'validate',
      '--input',
      path.join(dir, 'in'),
      '--profile',
      path.join(dir, 'profile.json'),
      '--out',
      out,
      '--rejected',
      rejected,
      '--reference-date',
      '2024-01-01',
    ]);
    expect(r.code, r.err).toBe(0);
    const json = fs.readFileSync(path.join(out, 'validation.json'), 'utf8');
    const txt = fs.readFileSync(path.join(out, 'validation.txt'), 'utf8');
    const rej = fs.readFileSync(rejected, 'utf8');
    for (const [name, text] of [
      ['validation.json', json],
      ['validation.txt', txt],
      ['afviste.csv', rej],
      ['stdout', r.out],
      ['stderr', r.err],
    ] as const)
      expect(CPR_LIKE.exec(text)?.[0], name).toBeUndefined();
    // The values were there to leak: they are reported, masked, where they were.
    const report = JSON.parse(json);
    expect(report.tables.persons).toMatchObject({ rows: 6, accepted: 3, rejected: 3 }); // P2, P4 (birth date), P5 (sex is required)
    const messages = report.problems.map((p: { message: string }) => p.message).join('\n');
    expect(messages).toContain("('010170-••••')"); // birth date column, both spellings
    expect(messages).toContain("('151289-••••')"); // death date column
    expect(messages).toContain("('031162-••••')"); // sex (a code column)
    expect(rej).toContain('birth_date=010170-••••');
    expect(rej.split('\n').filter((l) => l.startsWith('persons;'))).toHaveLength(3);
  }, 120_000);
});

describe('one dialect check: app and command line read the same numbers', () => {
  const income = async () =>
    (await engine.query(`SELECT person_id AS p, disposable_income AS v FROM socioeconomic ORDER BY person_id`)).map((r) => [r.p, Number(r.v)]);

  it('245.300,50 is 245300.5 and "Aarhus, C" stays one field, detected or written by the app', async () => {
    const cli = await loadExtractFromDir(engine, path.join(dir, 'in'), path.join(dir, 'profile.json'), { referenceDate: '2024-01-01', salt: 's' });
    expect(cli.resolvedProfile.tables.socioeconomic!.csv).toMatchObject({ delimiter: ';', decimal: ',' });
    expect(cli.resolvedProfile.tables.persons!.csv).toMatchObject({ delimiter: ';' });
    expect(cli.report.tables.persons!.rows).toBe(6); // no ragged rows from the quoted comma
    expect(await income()).toEqual([
      ['P1', 245300.5],
      ['P3', 198000.25],
      ['P6', 1050],
    ]);

    // The app's data step peeks at the same bytes and writes its settings into the profile; they win.
    const appSettings = peekCsvWithHeader(new Uint8Array(fs.readFileSync(path.join(dir, 'in', 'socio.csv'))));
    expect(appSettings.csv).toMatchObject({ delimiter: ';', decimal: ',', encoding: 'utf-8', header: true });
    expect(peekCsvWithHeader(new Uint8Array(fs.readFileSync(path.join(dir, 'in', 'befolkning.csv')))).csv.delimiter).toBe(';');
    const appProfile = path.join(dir, 'app.profile.json');
    fs.writeFileSync(appProfile, JSON.stringify(profile(appSettings.csv)));
    const app = await loadExtractFromDir(engine, path.join(dir, 'in'), appProfile, { referenceDate: '2024-01-01', salt: 's' });
    const { dateFormat: _cliDate, ...cliCsv } = cli.resolvedProfile.tables.socioeconomic!.csv!;
    expect(app.resolvedProfile.tables.socioeconomic!.csv).toMatchObject(cliCsv);
    expect(await income()).toEqual([
      ['P1', 245300.5],
      ['P3', 198000.25],
      ['P6', 1050],
    ]);
  }, 120_000);
});
