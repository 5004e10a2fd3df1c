/**
 * Issue 18.5: the native engine leaves no person data on disk when the analyst cancels with Ctrl-C
 * (SIGINT) or the process is terminated (SIGTERM) in the middle of an import of the bundled sample,
 * and a folder left by a hard kill (SIGKILL) is swept at the next start. The child gets its own
 * TMPDIR and working folder, so "nothing left" is checked exactly: both must end empty.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVATE_PREFIX, sweepStalePrivateDirs } from '../../../electron/node/private-temp';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.join(ROOT, 'data-samples', 'region-midt');
const CHILD = path.join(__dirname, 'native-import-child.ts');
const TSX = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;

let base: string;
beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'native-temp-test-')));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** Every file under a folder, relative (empty folders too). */
function listAll(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** As listAll, without tsx's cache of transpiled source (`tsx-<uid>/`), which runs the child here and holds no data. */
const leftBehind = (dir: string) => listAll(dir).filter((f) => !/^tsx-\d+(\/|$)/.test(f));

/** Starts the child, waits until an import is under way with data staged in its private folder, then sends `signal`. */
async function killMidImport(
  signal: NodeJS.Signals,
): Promise<{ tmp: string; cwd: string; code: number | null; signal: NodeJS.Signals | null; staged: string[] }> {
  const tmp = fs.mkdtempSync(path.join(base, `${signal}-tmp-`));
  const cwd = fs.mkdtempSync(path.join(base, `${signal}-cwd-`));
  const child = spawn(process.execPath, ['--import', TSX, CHILD, SAMPLE], {
    cwd,
    env: { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  // Mid-import: the private folder holds a staged Parquet file (the sample's LMDB and socio-economic
  // data go through it) — person data on disk right now.
  const deadline = Date.now() + 90_000;
  let staged: string[] = [];
  while (Date.now() < deadline) {
    const dirs = fs.readdirSync(tmp).filter((n) => n.startsWith(PRIVATE_PREFIX));
    staged = dirs.flatMap((d) =>
      listAll(path.join(tmp, d))
        .filter((f) => f.endsWith('.parquet') && !f.includes('lmdb_') && !f.includes('uddannelse_'))
        .map((f) => `${d}/${f}`),
    );
    if (staged.length > 0) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill(signal);
  const result = await exited;
  if (staged.length === 0) throw new Error(`no staged file seen before the deadline; child stderr: ${err}`);
  return { tmp, cwd, ...result, staged };
}

describe('native engine: no person data left behind', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s mid-import: the private folder is gone, nothing in the working folder',
    async (signal) => {
      const r = await killMidImport(signal);
      expect(r.staged[0]).toMatch(new RegExp(`^${PRIVATE_PREFIX}\\d+-\\w+/files/`)); // the probe caught it with data staged
      expect(r.signal).toBe(signal); // re-raised: the exit status says how it ended (130/143 in a shell)
      expect(leftBehind(r.tmp)).toEqual([]);
      expect(leftBehind(r.cwd)).toEqual([]); // no '.tmp' of DuckDB's in the current folder
    },
    120_000,
  );

  it("after SIGKILL the folder stays, and the next start removes it (and only dead owners' folders)", async () => {
    const r = await killMidImport('SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    const left = fs.readdirSync(r.tmp).filter((n) => n.startsWith(PRIVATE_PREFIX));
    expect(left).toHaveLength(1);
    // A live process's folder (this one's, and a planted one for our parent) is never touched.
    const mine = fs.mkdtempSync(path.join(r.tmp, `${PRIVATE_PREFIX}${process.pid}-`));
    const parents = fs.mkdtempSync(path.join(r.tmp, `${PRIVATE_PREFIX}${process.ppid}-`));
    const removed = sweepStalePrivateDirs(r.tmp);
    expect(removed).toEqual([path.join(r.tmp, left[0]!)]);
    expect(
      fs
        .readdirSync(r.tmp)
        .filter((n) => n.startsWith(PRIVATE_PREFIX))
        .sort(),
    ).toEqual([path.basename(mine), path.basename(parents)].sort());
  }, 120_000);
});
