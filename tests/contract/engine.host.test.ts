/**
 * The engine host (electron/node/engine-host.ts) as the desktop app runs it in a utility process,
 * here in a Node child process speaking the same protocol: the whole engine contract through it (also
 * confined to its folder and the picked files, as the desktop app opens it),
 * a killed host rejecting pending work with the Danish message, and no private folder left after a
 * clean close. Each child gets its own TMPDIR, so "nothing left" is checked exactly.
 */
import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine';
import { childProcessChannel, createEngineHostClient } from '../../electron/node/engine-host-client';
import { PRIVATE_PREFIX } from '../../electron/node/private-temp';
import { engineContract, contractCsvBytes } from './engine-contract';

const ROOT = path.resolve(__dirname, '../..');
const HOST = path.join(ROOT, 'electron/node/engine-host-main.ts');
const TSX = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;

let base: string;
beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'engine-host-test-')));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** Starts the host in a Node child with its own TMPDIR (tsx keeps its cache there; that holds no data). */
function startHost(): { child: ChildProcess; tmp: string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const tmp = fs.mkdtempSync(path.join(base, 'tmp-'));
  const child = fork(HOST, [], {
    execArgv: ['--import', TSX],
    serialization: 'advanced',
    env: { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, tmp, exited };
}

const privateDirs = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith(PRIVATE_PREFIX)) : []);

engineContract(
  'native DuckDB in the engine host (Node child process)',
  async () => createEngineHostClient(childProcessChannel(startHost().child), { threads: 1 }),
  {
    latin1Csv: () => {
      const file = path.join(fs.mkdtempSync(path.join(base, 'csv-')), 'befolkning.csv');
      fs.writeFileSync(file, contractCsvBytes());
      return { kind: 'path', path: file };
    },
    parquetBuiltIn: true,
  },
);

/** The picked file of the confined run: made before the host opens, so its path can be allowed. */
let confinedCsv: string;
engineContract(
  'native DuckDB in the engine host, confined to its folder and the picked files (as the desktop app opens it)',
  async () => {
    confinedCsv = path.join(fs.mkdtempSync(path.join(base, 'picked-')), "O'Brien befolkning.csv");
    fs.writeFileSync(confinedCsv, contractCsvBytes());
    return createEngineHostClient(childProcessChannel(startHost().child), { threads: 1, allowedFiles: [confinedCsv] });
  },
  { latin1Csv: () => ({ kind: 'path', path: confinedCsv }), parquetBuiltIn: true },
);

describe('engine host process', () => {
  it('a clean close removes the private folder (with a spilled table in it) and ends the process', async () => {
    const host = startHost();
    const spillRoot = path.join(host.tmp, 'spill-root');
    const engine = await createEngineHostClient(childProcessChannel(host.child), { threads: 1, memoryLimit: '64MB', tempRoot: spillRoot });
    expect(engine.name).toBe('duckdb (native), engine host');
    // Bytes cross the process boundary intact (structured clone): a registered in-memory CSV.
    await engine.registerFile('mem.csv', { kind: 'bytes', bytes: contractCsvBytes() });
    expect(await engine.query("SELECT count(*) AS n FROM read_csv('mem.csv', delim=';', encoding='latin-1')")).toEqual([{ n: 3 }]);
    // Larger than the memory limit, so DuckDB writes to its temp folder inside the private folder.
    await engine.exec('CREATE TABLE big AS SELECT range AS i, md5(range::VARCHAR) AS h FROM range(3000000)');
    expect(await engine.query('SELECT count(DISTINCT h) AS n FROM big')).toEqual([{ n: 3_000_000 }]);
    const dirs = privateDirs(spillRoot);
    expect(dirs).toHaveLength(1); // the folder was under the tempRoot the client asked for
    const spilled = fs.readdirSync(path.join(spillRoot, dirs[0]!, 'spill'));
    expect(spilled.length).toBeGreaterThan(0); // person data would be on disk right now
    await engine.close();
    expect(await host.exited).toEqual({ code: 0, signal: null });
    expect(privateDirs(spillRoot)).toEqual([]);
    expect(privateDirs(host.tmp)).toEqual([]);
    // Used after close: a clear error, not a hang.
    await expect(engine.query('SELECT 1')).rejects.toMatchObject({ name: 'EngineError', message: 'Databasemotoren er lukket.' });
  }, 120_000);

  it('a killed host rejects the pending query with the Danish message, and every later call too', async () => {
    const host = startHost();
    const engine: Engine = await createEngineHostClient(childProcessChannel(host.child), { threads: 1 });
    await engine.exec('CREATE TABLE t AS SELECT 1 AS x');
    const pending = engine.query('SELECT sum(hash(range)) AS s FROM range(1000000000000)');
    const outcome = pending.then(
      () => 'resolved',
      (err: unknown) => err,
    );
    await new Promise((r) => setTimeout(r, 300));
    host.child.kill('SIGKILL');
    const err = (await outcome) as Error & { kind?: string };
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('EngineError');
    expect(err.kind).toBe('io');
    expect(err.message).toMatch(/^Databasemotoren \(native DuckDB i en separat proces\) stoppede uventet\. .*ingen data har forladt computeren/);
    await expect(engine.query('SELECT 1')).rejects.toMatchObject({ message: err.message });
    await engine.close(); // does not hang on a dead host
    expect((await host.exited).signal).toBe('SIGKILL');
  }, 60_000);

  it('SIGTERM mid-query: the pending query rejects with the exit in the message, the private folder is gone', async () => {
    const host = startHost();
    const engine = await createEngineHostClient(childProcessChannel(host.child), { threads: 1 });
    const outcome = engine.query('SELECT sum(hash(range)) AS s FROM range(1000000000000)').then(
      () => 'resolved',
      (err: unknown) => err,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(privateDirs(host.tmp)).toHaveLength(1);
    host.child.kill('SIGTERM');
    const err = (await outcome) as Error;
    expect(err.message).toMatch(/stoppede uventet/);
    expect((await host.exited).signal).toBe('SIGTERM');
    expect(privateDirs(host.tmp)).toEqual([]);
  }, 60_000);

  it('cancel interrupts a running query in the host, which then answers the next one', async () => {
    const host = startHost();
    const engine = await createEngineHostClient(childProcessChannel(host.child), { threads: 1 });
    const running = engine.query('SELECT sum(hash(range)) AS s FROM range(1000000000000)');
    const outcome = running.then(
      () => 'resolved',
      (err: unknown) => err,
    );
    await new Promise((r) => setTimeout(r, 300));
    await engine.cancel();
    expect(await outcome).toMatchObject({ name: 'EngineError', kind: 'cancelled' });
    expect(await engine.query('SELECT 2 AS n')).toEqual([{ n: 2 }]);
    await engine.close();
    expect((await host.exited).code).toBe(0);
  }, 60_000);

  it('cancel of a query that is spilling leaves no spill file behind (issue 17: cancel leaves no temp files)', async () => {
    const host = startHost();
    const spillRoot = path.join(host.tmp, 'spill-root');
    const engine = await createEngineHostClient(childProcessChannel(host.child), { threads: 1, memoryLimit: '64MB', tempRoot: spillRoot });
    const spillFiles = () => {
      const [dir] = privateDirs(spillRoot);
      const spill = dir ? path.join(spillRoot, dir, 'spill') : null;
      return spill && fs.existsSync(spill) ? fs.readdirSync(spill) : [];
    };
    // A sort far larger than the memory limit: DuckDB writes runs to the spill folder as it goes.
    const outcome = engine.query('SELECT count(*) AS n FROM (SELECT md5(range::VARCHAR) AS h FROM range(200000000) ORDER BY h)').then(
      () => 'resolved',
      (err: unknown) => err,
    );
    const deadline = Date.now() + 30_000;
    while (spillFiles().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(spillFiles().length).toBeGreaterThan(0); // person data would be on disk right now
    await engine.cancel();
    expect(await outcome).toMatchObject({ name: 'EngineError', kind: 'cancelled' });
    expect(spillFiles()).toEqual([]);
    expect(await engine.query('SELECT 4 AS n')).toEqual([{ n: 4 }]);
    await engine.close();
    expect(privateDirs(spillRoot)).toEqual([]);
  }, 120_000);

  it('refuses a malformed request without acting on it', async () => {
    const host = startHost();
    const engine = await createEngineHostClient(childProcessChannel(host.child), { threads: 1 });
    const reply = new Promise<unknown>((resolve) => host.child.on('message', (m) => (m as { id?: number }).id === 999 && resolve(m)));
    host.child.send({ id: 999, type: 'registerFile', name: '../escape.csv', source: { kind: 'path', path: '/etc/passwd' } });
    expect(await reply).toMatchObject({ id: 999, ok: false, error: { kind: 'unsupported' } });
    expect(await engine.query('SELECT 3 AS n')).toEqual([{ n: 3 }]);
    await engine.close();
  }, 60_000);
});
