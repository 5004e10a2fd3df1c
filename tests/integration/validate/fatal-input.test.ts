/**
 * Issue 13 item 4: input that cannot give a package is refused with one clear Danish message — exit 2
 * from the command line, a fatal problem (which blocks the app's step) from the shared loader — and
 * the messages name things by the data contract's Danish labels, never "(null)" or internal names.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { fileKindMismatch } from '../../../shared/import/checks';
import { fixtureDir, loadFixture } from './load-fixture';

const ROOT = path.resolve(fixtureDir('.'), '../../..');

/** The command as a real process; asynchronous, so a slow machine does not stall vitest's worker. */
function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATAPAKKER_DEBUG: '', TZ: 'Europe/Copenhagen' },
      timeout: 170_000,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const INTERNAL = /\(null\)|birth_date|hospital_contacts|person_id|\bpersons\b|undefined/;

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('fatal input in the shared loader (what blocks the app)', () => {
  it('a population file with a header and no rows is fatal with one message', async () => {
    const r = await loadFixture(engine, 'empty-population');
    expect(r.fatal).toBe(true);
    const fatal = r.report.problems.filter((p) => p.severity === 'fatal');
    expect(fatal.map((p) => p.code)).toEqual(['no_population']);
    expect(fatal[0]!.message).toBe(
      'Befolkningstabellen (befolkning) har ingen godkendte rækker. Uden borgere kan der ikke beregnes noget: vælg den rigtige fil, eller ret profilen, så rækkerne kan læses.',
    );
  });

  it('nobody alive at the reference date is fatal', async () => {
    const r = await loadFixture(engine, 'nobody-alive');
    expect(r.fatal).toBe(true);
    expect(r.report.problems.filter((p) => p.severity === 'fatal').map((p) => p.message)).toEqual([
      'Ingen af de 2 borgere i befolkningstabellen (befolkning) er i live på referencedatoen 2024-01-01. Vælg en anden referencedato, eller kontrollér fødsels- og dødsdatoerne.',
    ]);
  });

  it('a PNG named .csv gives one fatal message and nothing after it', async () => {
    const r = await loadFixture(engine, 'png-as-csv');
    expect(r.fatal).toBe(true);
    expect(r.report.problems.map((p) => [p.severity, p.code])).toEqual([['fatal', 'wrong_file_kind']]);
    expect(r.report.problems[0]!.message).toBe(
      'Filen befolkning.csv skal være en tekstfil (CSV), men ligner et billede (PNG). Vælg den rigtige fil til befolkning.',
    );
    for (const p of r.report.problems) expect(p.message).not.toMatch(INTERNAL);
  });

  it('recognises content that is not what the extension says', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(fileKindMismatch(bytes(0x50, 0x41, 0x52, 0x31, 0), 'csv')).toBe('en Parquet-fil');
    expect(fileKindMismatch(bytes(0x50, 0x4b, 0x03, 0x04), 'parquet')).toBe('en zip-fil eller et Excel-regneark (XLSX)');
    expect(fileKindMismatch(new TextEncoder().encode('a;b\n1;2\n'), 'xlsx')).toBe('ikke et Excel-regneark');
    expect(fileKindMismatch(bytes(0x61, 0x3b, 0x00, 0x62), 'csv')).toBe('ikke en tekstfil');
    // Real text, UTF-16 with a BOM, a real workbook and a real Parquet file pass.
    expect(fileKindMismatch(new TextEncoder().encode('PNR;KOEN\nP1;1\n'), 'csv')).toBeNull();
    expect(fileKindMismatch(bytes(0xff, 0xfe, 0x41, 0x00), 'csv')).toBeNull();
    expect(fileKindMismatch(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'xlsx')).toBeNull();
    expect(fileKindMismatch(bytes(0x50, 0x41, 0x52, 0x31), 'parquet')).toBeNull();
  });
});

describe('fatal input on the command line: exit 2, one message, no stack trace', () => {
  const out = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fatal-'));
  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

  it.each([
    ['empty-population', 'profile.json', 'Befolkningstabellen (befolkning) har ingen godkendte rækker'],
    ['png-as-csv', 'profile.json', 'Filen befolkning.csv skal være en tekstfil (CSV), men ligner et billede (PNG)'],
    ['bad-profile', 'not-json.profile.json', 'Profilen er ikke gyldig JSON.'],
    ['bad-profile', 'not-a-profile.profile.json', 'Profilen skal have "format": "datapakke-profile/1".'],
  ])(
    'validate %s (%s)',
    async (fixture, profile, message) => {
      const dir = fixtureDir(fixture);
      const r = await cli(['validate', '--input', dir, '--profile', path.join(dir, profile), '--out', out()]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(message);
      // A profile's own keys ("persons" under "tables") are what the analyst edits; data messages use labels only.
      expect(r.err).not.toMatch(fixture === 'bad-profile' ? /\(null\)|undefined/ : INTERNAL);
      expect(r.err).not.toContain('ingen befolkningstabel');
      noStack(r.err);
    },
    180_000,
  );

  it('build refuses an empty population with exit 2 and writes no package', async () => {
    const dir = fixtureDir('empty-population');
    const o = out();
    const r = await cli(['build', '--input', dir, '--profile', path.join(dir, 'profile.json'), '--track', 'kol', '--area', 'cluster:aarhus', '--out', o]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('STOP: Befolkningstabellen (befolkning) har ingen godkendte rækker');
    expect(fs.existsSync(path.join(o, 'kol', 'datapakke.json'))).toBe(false);
    noStack(r.err);
  }, 180_000);

  it('build refuses a profile that is not JSON before the engine starts', async () => {
    const dir = fixtureDir('bad-profile');
    const r = await cli([
      'build',
      '--input',
      dir,
      '--profile',
      path.join(dir, 'not-json.profile.json'),
      '--track',
      'kol',
      '--area',
      'cluster:aarhus',
      '--out',
      out(),
    ]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('Profilen er ikke gyldig JSON.');
    noStack(r.err);
  }, 180_000);
});
