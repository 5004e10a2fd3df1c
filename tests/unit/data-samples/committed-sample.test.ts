/**
 * The committed sample in data-samples/region-midt: its profile follows the schema and names columns
 * that exist in the files, the files have the promised messy formats, and the deliberate problems
 * are there in the documented numbers.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import ExcelJS from 'exceljs';
import { tableFromIPC } from 'apache-arrow';
import { loadParquetWasm } from '../../../electron/node/wasm-modules';
import { buildProfile } from '../../../data-samples/lib/profile';
import { DATA_PROBLEMS } from '../../../data-samples/lib/problems';

const dir = join(__dirname, '../../../data-samples/region-midt');
const schema = JSON.parse(readFileSync(join(__dirname, '../../golden/schemas/profile.schema.json'), 'utf8'));
const profile = JSON.parse(readFileSync(join(dir, 'region-midt.profile.json'), 'utf8'));
type TableProfile = { file: string; sheet?: string; columns: Record<string, string> };

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

async function headerOf(file: string, sheet?: string): Promise<string[]> {
  const path = join(dir, file);
  if (file.endsWith('.parquet')) {
    const pq = loadParquetWasm();
    const table = tableFromIPC(pq.readParquet(readFileSync(path), { limit: 1 }).intoIPCStream());
    return table.schema.fields.map((f) => f.name);
  }
  if (file.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = sheet ? wb.getWorksheet(sheet)! : wb.worksheets[0]!;
    return (ws.getRow(1).values as unknown[]).slice(1).map(String);
  }
  const text = readFileSync(path, 'latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  const line = text.slice(0, text.indexOf('\n')).replace(/\r$/, '');
  return line.split(line.includes(';') ? ';' : ',');
}

describe('committed sample data-samples/region-midt', () => {
  it('has a profile that follows profile.schema.json and equals what the generator builds', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
    expect(profile).toEqual(JSON.parse(JSON.stringify(buildProfile())));
    expect(Object.keys(profile.tables).sort()).toEqual([
      'costs',
      'hospital_contacts',
      'municipal_services',
      'persons',
      'prescriptions',
      'socioeconomic',
      'survey',
    ]);
  });

  it('maps only columns that exist in every file its globs match', async () => {
    const files = readdirSync(dir);
    for (const [table, t] of Object.entries(profile.tables as Record<string, TableProfile>)) {
      const matched = files.filter((f) => globToRegExp(t.file).test(f));
      expect(matched.length, table).toBeGreaterThan(0);
      for (const f of matched) {
        const header = await headerOf(f, t.sheet);
        for (const source of Object.values(t.columns)) expect(header, `${table}: ${f}`).toContain(source);
      }
    }
  });

  it('writes persons and survey in Latin-1 and LPR as UTF-8 with BOM and mixed ICD-10 spellings', () => {
    const persons = readFileSync(join(dir, 'befolkning_2024.csv'));
    expect(persons.includes(Buffer.from('Ringk\u00f8bing-Skjern', 'latin1'))).toBe(true);
    expect(persons.includes(Buffer.from('\u00f8', 'utf8'))).toBe(false);
    const survey = readFileSync(join(dir, 'hvordan_har_du_det_2023.csv'), 'latin1');
    expect(survey).toMatch(/;\d+,\d{4};(Ja|Nej|);/);
    const lpr = readFileSync(join(dir, 'lpr_kontakter_2019_2024.csv'));
    expect([...lpr.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = lpr.toString('utf8');
    expect(text).toMatch(/,DJ44\d,/);
    expect(text).toMatch(/,J44\.\d,/);
    expect(text).toMatch(/,dj44\.\d,/);
    expect(text).toMatch(/,\d{4}-\d\d-\d\d \d\d:\d\d:00,/);
  });

  it('contains the documented deliberate problems, and no more than 0.1 % of rows', () => {
    const lines = readFileSync(join(dir, 'befolkning_2024.csv'), 'latin1').trim().split('\r\n').slice(1);
    const fields = lines.map((l) => l.split(';'));
    const ids = fields.map((f) => f[0]!);
    const validDate = (s: string) => {
      const m = /^(\d\d)-(\d\d)-(\d{4})$/.exec(s);
      if (!m) return false;
      const d = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
      return d.getUTCDate() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
    };
    const badDates = fields.filter((f) => !validDate(f[2]!));
    expect(badDates.length).toBe(3);
    expect(fields.filter((f) => f[1] !== '1' && f[1] !== '2').length).toBe(1);
    expect(ids.length - new Set(ids).size).toBe(1);
    expect(fields.filter((f) => f.length !== 9).length).toBe(1);
    expect(fields.filter((f) => /^\d\d-\d\d-(\d{4})$/.test(f[2]!) && Number(f[2]!.slice(6)) < 1913 && f[5] === '').length).toBe(1);
    const personSet = new Set(ids);
    const lpr = readFileSync(join(dir, 'lpr_kontakter_2019_2024.csv'), 'utf8').trim().split('\n').slice(1);
    expect(lpr.filter((l) => !personSet.has(l.slice(0, l.indexOf(',')))).length).toBe(2);
    const total = DATA_PROBLEMS.reduce((s, p) => s + p.rows, 0);
    expect(total).toBe(9);
    expect(total / lines.length).toBeLessThan(0.001);
  });

  it('records planted truths that match the brief and were found by the TRACKS rules', () => {
    const truths = JSON.parse(readFileSync(join(dir, 'planted-truths.json'), 'utf8'));
    expect(truths.ruleMismatches).toEqual({ kol: 0, diabetes: 0, angst: 0 });
    const kol = truths.registry.kol.byEducation;
    expect(kol.total.percent).toBeGreaterThan(2.5);
    expect(kol.total.percent).toBeLessThan(4.5);
    expect(kol.grundskole.cases + kol.kort.cases + kol.videregaaende.cases + kol.ukendt.cases).toBe(kol.total.cases);
    expect(truths.registry.diabetes.percentAll).toBeGreaterThan(4.5);
    expect(truths.registry.diabetes.percentAll).toBeLessThan(6.5);
    const smoking = truths.survey.dailySmoking25plusRealised;
    expect(Math.abs(smoking['M|grundskole'].weightedPercent - 32.4)).toBeLessThan(6);
    expect(Math.abs(smoking['M|videregaaende'].weightedPercent - 9.5)).toBeLessThan(3);
    expect(Math.abs(truths.survey.lowMentalWellbeing16to24Realised['K|16-24'].weightedPercent - 35)).toBeLessThan(8);
  });
});
