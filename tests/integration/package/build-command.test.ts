/** `datapakke build` in process (run(argv)), on the importer's small fixture extracts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { run } from '../../../electron/cli/commands/build';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const schema = JSON.parse(fs.readFileSync(new URL('../../golden/schemas/datapakke.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('datapakke build', () => {
  it('writes validation.json and <out>/<track>/datapakke.json with the asked formats beside it for every track', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'build-'));
    const dir = path.join(FIXTURES, 'basic');
    const io = capture();
    const code = await run([
      '--input',
      dir,
      '--profile',
      path.join(dir, 'profile.json'),
      '--track',
      'all',
      '--area',
      'cluster:aarhus',
      '--reference-date',
      '2024-01-01',
      '--out',
      out,
      '--formats',
      'json,xlsx',
    ]);
    vi.restoreAllMocks();
    expect(code, io.err()).toBe(0);
    for (const track of ['kol', 'diabetes', 'angst']) {
      const p = JSON.parse(fs.readFileSync(path.join(out, track, 'datapakke.json'), 'utf8'));
      expect(validate(p), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
      expect(p).toMatchObject({ track, area: { code: 'aarhus', municipalities: [751, 741] }, settings: { minCount: 5, educationGrouping: '3' } });
      expect(p.sources.map((s: { table: string }) => s.table)).toContain('persons');
    }
    for (const track of ['kol', 'diabetes', 'angst']) {
      const written = fs.readdirSync(path.join(out, track)).sort();
      expect(written).toEqual(['datapakke.json', 'datapakke.xlsx', 'eksportlog.json', 'eksportlog.txt']);
    }
    expect(JSON.parse(fs.readFileSync(path.join(out, 'validation.json'), 'utf8')).tables.persons.rows).toBeGreaterThan(0);
    expect(io.out()).toMatch(/Skrevet: .*kol\/ — 2 filer \(json, xlsx\)/);
  }, 180_000);

  it('stops with exit 2 and the importer’s message when the extract has a fatal problem', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'build-'));
    const dir = path.join(FIXTURES, 'missing-column');
    const io = capture();
    const code = await run(['--input', dir, '--profile', path.join(dir, 'profile.json'), '--track', 'kol', '--area', 'region', '--out', out]);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(io.err()).toContain('STOP:');
    expect(fs.existsSync(path.join(out, 'kol'))).toBe(false);
  }, 60_000);

  it('refuses an unknown track or area with a Danish usage message', async () => {
    await expect(run(['--input', '.', '--profile', 'x', '--track', 'astma', '--area', 'region', '--out', '.'])).rejects.toThrow("Ukendt spor 'astma'");
    await expect(run(['--input', '.', '--profile', 'x', '--track', 'kol', '--area', 'cluster:fyn', '--out', '.'])).rejects.toThrow('Ukendt område');
    await expect(run(['--input', '.', '--profile', 'x', '--track', 'kol', '--area', 'region', '--out', '/tmp/x', '--formats', 'json,docx'])).rejects.toThrow(
      'Ukendt format: docx',
    );
    await expect(run(['--input', '.', '--profile', 'x', '--track', 'kol', '--area', 'region', '--out', '/tmp/x', '--engine', 'sqlite'])).rejects.toThrow(
      '--engine skal være wasm eller native',
    );
    const base = ['--input', '.', '--profile', 'x', '--track', 'kol', '--area', 'region', '--out', '/tmp/x'];
    await expect(run([...base, '--memory-limit', '8GB'])).rejects.toThrow('--memory-limit gælder kun --engine native');
    await expect(run([...base, '--engine', 'native', '--memory-limit', "8GB'; SELECT 1"])).rejects.toThrow('--memory-limit skal være fx 8GB eller 512MB');
    await expect(run(['--input', '/tmp/in', '--profile', 'x', '--track', 'kol', '--area', 'region', '--out', '/tmp/in/out'])).rejects.toThrow(
      'Outputmappen må ikke ligge i inputmappen',
    );
  });
});
