/**
 * `datapakke propose` on the Danish register-style fixture (tests/fixtures/danish-extract.ts): the
 * profile it writes is used by `build` unedited, and the KOL package's education gradient is the
 * planted one — the same numbers the app gives when the analyst maps the extract by hand
 * (tests/e2e/mapping.test.ts). What it is not sure of (patient type 0/2) it prints, and `validate`
 * names the codes with their proposals.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli/main';
import { educationGradient, PLANTED_GRADIENT, writeDanishExtract } from '../../fixtures/danish-extract';
import { validateProfile } from '../../../shared/contract/profile';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-propose-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const write = (chunk: string | Uint8Array) => ((out += String(chunk)), true);
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(write);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(write);
  try {
    return { code: await main(args), out };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('datapakke propose', () => {
  it('writes a profile build uses unedited, with the planted education gradient', async () => {
    const { dir } = writeDanishExtract(path.join(tmp, 'in'));
    const profilePath = path.join(tmp, 'forslag.profile.json');
    const proposed = await run(['propose', '--input', dir, '--out', profilePath]);
    expect(proposed.code, proposed.out).toBe(0);
    expect(proposed.out).toMatch(/udd_niveau\s+98 %/);
    expect(proposed.out).toContain("BEKRÆFT patient_type '0'");
    expect(proposed.out).toContain('LPR2 C_PATTYPE');
    const profile = JSON.parse(fs.readFileSync(profilePath, 'utf8'));
    expect(validateProfile(profile)).toEqual([]);
    expect(profile.tables.persons.columns).toMatchObject({ birth_date: 'FOED_DATO', municipality_code: 'bopæl_kommune' });
    expect(profile.tables.socioeconomic.values.education.GYM).toBe('gymnasial');
    // The ambiguous patient type is proposed, never written.
    expect(profile.tables.hospital_contacts.values.patient_type).toBeUndefined();

    const validated = await run(['validate', '--input', dir, '--profile', profilePath, '--out', path.join(tmp, 'v')]);
    expect(validated.code).toBe(0);
    expect(validated.out).toMatch(/BEKRÆFT: ([\d.]+) af \1 rækker \(100 %\) i hospital_contacts har koder i kolonnen 'patienttype'/);
    expect(validated.out).toContain('{"patient_type":{"0":"indlagt","2":"ambulant"}}');

    const out = path.join(tmp, 'out');
    const built = await run([
      'build',
      '--input',
      dir,
      '--profile',
      profilePath,
      '--track',
      'kol',
      '--area',
      'cluster:aarhus',
      '--reference-date',
      '2024-01-01',
      '--out',
      out,
    ]);
    expect(built.code, built.out).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(out, 'kol', 'datapakke.json'), 'utf8'));
    expect(educationGradient(pkg)).toEqual(PLANTED_GRADIENT);
  }, 240_000);

  it('reads any delimited text: a .tsv file and an LPR file without an extension', async () => {
    const dir = path.join(tmp, 'tsv');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'befolkning.tsv'), 'PNR\tFOED_DAG\tKOEN\tKOM\nA1\t01-02-1950\t1\t751\nA2\t03-04-1960\t2\t751\n');
    fs.writeFileSync(path.join(dir, 'LPR_ADM'), 'PNR\tD_INDDTO\tC_ADIAG\tC_INDM\tC_PATTYPE\nA1\t01-02-2020\tDJ441\t1\t0\nA2\t03-04-2021\tDI109\t2\t2\n');
    const profilePath = path.join(tmp, 'tsv.profile.json');
    const r = await run(['propose', '--input', dir, '--out', profilePath]);
    expect(r.code, r.out).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath, 'utf8'));
    expect(profile.tables.persons).toMatchObject({
      file: 'befolkning.tsv',
      csv: { delimiter: '\t' },
      columns: { birth_date: 'FOED_DAG', municipality_code: 'KOM' },
    });
    expect(profile.tables.hospital_contacts).toMatchObject({
      file: 'LPR_ADM',
      columns: { start_date: 'D_INDDTO', diagnosis_code: 'C_ADIAG', admission_type: 'C_INDM', patient_type: 'C_PATTYPE' },
    });
    // LPR2's numeric C_INDM and C_PATTYPE are proposed to be confirmed, not written.
    expect(profile.tables.hospital_contacts.values).toBeUndefined();
    expect(r.out).toContain("BEKRÆFT admission_type '1'");
  }, 120_000);

  it('calls a proposal sure when nothing waits for the analyst', async () => {
    const { dir } = writeDanishExtract(path.join(tmp, 'sure'));
    // Patient type as text: no ambiguous code list is left to confirm.
    const lpr = path.join(dir, 'kontakter_2024.csv');
    fs.writeFileSync(
      lpr,
      Buffer.from(
        fs
          .readFileSync(lpr, 'latin1')
          .replace(/;0\r\n/g, ';indlagt\r\n')
          .replace(/;2\r\n/g, ';ambulant\r\n'),
        'latin1',
      ),
    );
    const r = await run(['propose', '--input', dir, '--out', path.join(tmp, 'sure.profile.json')]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('Forslaget er sikkert: profilen kan bruges, som den er.');
    expect(r.out).not.toContain('BEKRÆFT');
  }, 120_000);

  it('refuses a folder with no population table and writes nothing', async () => {
    const dir = path.join(tmp, 'empty');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'noter.txt'), 'TEKST;ANDET\nx;y\n');
    const r = await run(['propose', '--input', dir, '--out', path.join(tmp, 'intet.profile.json')]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(tmp, 'intet.profile.json'))).toBe(false);
  }, 120_000);
});
