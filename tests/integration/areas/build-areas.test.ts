/** `datapakke build --area …` with sundhedsråd, own areas, several areas at once, and areas the extract does not cover. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { main } from '../../../electron/cli/main';

const FIXTURE = fileURLToPath(new URL('../../fixtures/areas/kronjylland/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));
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

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'areas-'));
const read = (...p: string[]) => JSON.parse(fs.readFileSync(path.join(...p), 'utf8'));
const fixtureArgs = (out: string) => ['--input', FIXTURE, '--profile', path.join(FIXTURE, 'profile.json'), '--track', 'kol', '--out', out];

describe('datapakke build --area', () => {
  it('sundhedsraad:kronjylland builds Randers, Favrskov, Norddjurs and Syddjurs under its name, in OUT/kol', async () => {
    const out = tmp();
    const io = capture();
    const code = await main([
      'build',
      ...fixtureArgs(out).map((x) => (x === 'kol' ? 'all' : x)),
      '--area',
      'sundhedsraad:kronjylland',
      '--reference-date',
      '2027-01-01',
    ]);
    vi.restoreAllMocks();
    expect(code, io.err()).toBe(0);
    const p = read(out, 'kol', 'datapakke.json');
    expect(p.area).toEqual({
      type: 'cluster',
      kind: 'sundhedsraad',
      code: 'kronjylland',
      name: 'Sundhedsråd Kronjylland',
      municipalities: [730, 710, 707, 706],
    });
    expect(validate(p), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    // The prevalence's population (ages 30-100) is the fixture's residents of the four municipalities, counted here from the file.
    const inArea = fs
      .readFileSync(path.join(FIXTURE, 'befolkning.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(';'))
      .filter(([, birth, , kom]) => {
        const [d, m, y] = birth!.split('-').map(Number) as [number, number, number];
        const age = 2027 - y - (m * 100 + d > 101 ? 1 : 0);
        return ['730', '710', '707', '706'].includes(kom!) && age >= 30 && age <= 100;
      });
    const prevalence = p.sections
      .flatMap((s: { indicators: { id: string; rows: { strata: object; denominator?: number }[] }[] }) => s.indicators)
      .find((i: { id: string }) => i.id === 'kol.prevalence');
    expect(prevalence.rows.find((r: { strata: object }) => Object.keys(r.strata).length === 0).denominator).toBe(inArea.length);
    expect(inArea.length).toBeGreaterThan(20);
    // Whose definitions, and which area definition.
    expect(p.method.area).toContain(
      'Sundhedsråd Kronjylland (sundhedsraad:kronjylland): sundhedsråd efter sundhedsreformen med kommunerne Randers, Favrskov, Norddjurs og Syddjurs',
    );
    expect(p.method.definitionsOrigin).toMatch(/^Inspireret af RUKS/);
    expect(p.method.standardPopulation).toContain('European Standard Population 2013');
    expect(read(out, 'diabetes', 'datapakke.json').method.definitionsOrigin).toMatch(/^Inspireret af RUKS’ diabetesalgoritme/);
    const angst = read(out, 'angst', 'datapakke.json');
    expect(angst.method.definitionsOrigin).toMatch(/^Vores egen definition: RUKS har ingen algoritme for angst/);
    expect(angst.method.caseDefinitions[0].notes[0]).toContain('Definitionen er vores egen');
  }, 120_000);

  it('several areas and an own area from a file: one folder per area, each with its own name; the method names the file and checksum', async () => {
    const out = tmp();
    const file = path.join(tmp(), 'mine-omraader.json');
    fs.writeFileSync(file, JSON.stringify({ areas: [{ code: 'oestjylland', name: 'Østjysk samarbejde', municipalities: [751, 727] }] }));
    const io = capture();
    const code = await main(['build', ...fixtureArgs(out), '--area', 'custom:oestjylland,cluster:randers+municipalities,region', '--areas', file]);
    vi.restoreAllMocks();
    expect(code, io.err()).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([
      'cluster-randers',
      'custom-oestjylland',
      'municipality-706',
      'municipality-707',
      'municipality-710',
      'municipality-730',
      'region',
      'validation.json',
      'validation.txt',
    ]);
    const own = read(out, 'custom-oestjylland', 'kol', 'datapakke.json');
    expect(own.area).toMatchObject({
      type: 'cluster',
      kind: 'custom',
      name: 'Østjysk samarbejde',
      municipalities: [751, 727],
      source: { file: 'mine-omraader.json' },
    });
    expect(own.area.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(validate(own), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    expect(JSON.stringify(own.method)).toContain(own.area.source.sha256);
    expect(read(out, 'municipality-707', 'kol', 'datapakke.json').area.name).toBe('Norddjurs Kommune');
    expect(read(out, 'region', 'kol', 'datapakke.json').area.name).toBe('Region Midtjylland');
  }, 180_000);

  it.each([
    ['an unknown sundhedsråd', ['--area', 'sundhedsraad:randers'], /Ukendt område: "sundhedsraad:randers"/],
    ['an own area without a file', ['--area', 'custom:x'], /kræver en områdefil/],
    ['a missing areas file', ['--area', 'custom:x', '--areas', '/nonexistent/omr.json'], /Områdefilen \/nonexistent\/omr.json kan ikke læses: ENOENT/],
  ])('refuses %s with exit 2 before loading anything', async (_, args, message) => {
    const out = tmp();
    const io = capture();
    const code = await main(['build', ...fixtureArgs(out), ...args]);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(io.err()).toMatch(message);
    expect(fs.existsSync(path.join(out, 'validation.json'))).toBe(false);
  });

  it('municipality:101 on the bundled Region Midtjylland sample exits 2 naming København, and builds nothing', async () => {
    const out = tmp();
    const io = capture();
    const code = await main([
      'build',
      '--input',
      SAMPLE,
      '--profile',
      path.join(SAMPLE, 'region-midt.profile.json'),
      '--track',
      'kol',
      '--area',
      'cluster:aarhus,municipality:101',
      '--reference-date',
      '2024-01-01',
      '--out',
      out,
    ]);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(io.err()).toContain('Udtrækket har ingen borgere med bopæl i Københavns Kommune på skæringsdatoen');
    expect(fs.readdirSync(out).sort()).toEqual(['validation.json', 'validation.txt']);
  }, 180_000);
});
