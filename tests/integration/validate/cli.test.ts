/**
 * `datapakke validate` as a user runs it: a real process, real files. Proves the exit codes, the
 * files written, and that no stack trace reaches the user.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli/main';
import { fixtureDir } from './load-fixture';

const ROOT = path.resolve(fixtureDir('.'), '../../..');

function cli(args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATAPAKKER_DEBUG: '' },
    timeout: 120_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

/** Name, size, mtime and content of every file: proves a run changed nothing in the input folder. */
const snapshot = (dir: string) =>
  fs
    .readdirSync(dir)
    .sort()
    .map((f) => {
      const st = fs.statSync(path.join(dir, f));
      return [f, st.size, st.mtimeMs, fs.readFileSync(path.join(dir, f), 'base64')];
    });

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('datapakke validate (process)', () => {
  it('writes validation.json and validation.txt, rejected rows on request, exit 0', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'));
    const rejected = path.join(out, 'afviste.csv');
    const dir = fixtureDir('unknown-person');
    const before = snapshot(dir);
    const r = cli(['validate', '--input', dir, '--profile', path.join(dir, 'profile.json'), '--out', out, '--rejected', rejected]);
    expect(r.code, r.err).toBe(0);
    noStack(r.err);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'validation.json'), 'utf8'));
    expect(json.tables.hospital_contacts).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
    expect(fs.readFileSync(path.join(out, 'validation.txt'), 'utf8')).toContain('findes ikke i befolkningstabellen');
    const lines = fs.readFileSync(rejected, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3); // header + 2 rejected contacts
    expect(lines[1]).toMatch(/^hospital_contacts;lpr\.csv;3;unknown_person;/);
    expect(snapshot(dir)).toEqual(before); // the source files are only read
  }, 120_000);

  it('a fatal problem gives exit 2 and a clear message, no stack trace', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'));
    const dir = fixtureDir('missing-column');
    const r = cli(['validate', '--input', dir, '--profile', path.join(dir, 'profile.json'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("STOP: Kolonnen 'FOED_DAG' mangler i persons.csv");
    noStack(r.err);
    expect(fs.existsSync(path.join(out, 'validation.json'))).toBe(true);
  }, 120_000);
});

describe('datapakke dispatcher (in process)', () => {
  async function runMain(args: string[]) {
    let err = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      return { code: await main(args), err };
    } finally {
      spy.mockRestore();
      out.mockRestore();
    }
  }

  it('unknown command → exit 2 with the list of commands', async () => {
    const r = await runMain(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Ukendt kommando 'frobnicate'");
    expect(r.err).toContain('validate');
  });

  it('an unknown flag → exit 2 naming the flag', async () => {
    const r = await runMain(['validate', '--input', '.', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Ukendt tilvalg '--bogus'");
    noStack(r.err);
  });

  it('a missing required flag → exit 2 naming it', async () => {
    const r = await runMain(['validate', '--input', '.']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tilvalget --profile mangler');
  });

  it('a missing profile file → exit 2 (input that cannot be used), a Danish message, no stack trace', async () => {
    const r = await runMain(['validate', '--input', fixtureDir('basic'), '--profile', '/nonexistent/p.json', '--out', os.tmpdir()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Profilen /nonexistent/p.json findes ikke');
    noStack(r.err);
  });

  it('an invalid profile → exit 2 listing what is wrong', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'));
    fs.writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ format: 'datapakke-profile/1', tables: { people: { file: 'x.csv' } } }));
    const r = await runMain(['validate', '--input', fixtureDir('basic'), '--profile', path.join(dir, 'p.json'), '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Tabellen 'people' findes ikke i datakontrakten");
  });

  it('a bad reference date → exit 2', async () => {
    const r = await runMain(['validate', '--input', '.', '--profile', 'p', '--out', '.', '--reference-date', '01-01-2024']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('åååå-mm-dd');
  });
});
