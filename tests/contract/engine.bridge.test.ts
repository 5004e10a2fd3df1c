/**
 * The main process's engine bridge (electron/node/engine-bridge.ts): the renderer's `engine:*` IPC
 * requests answered by native DuckDB in an engine host, here a Node child process as in
 * engine.host.test.ts. Files are registered by grant token (real files, real grants), the engine is
 * chosen from the granted sizes (a sparse file stands in for a large extract), errors come back as
 * values with their kind and without the picked file's path, and close leaves no private folder.
 */
import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, EngineError } from '../../shared/engine';
import { childProcessChannel, createEngineHostClient } from '../../electron/node/engine-host-client';
import { NOT_IN_EXTRACT_MESSAGE, createEngineBridge } from '../../electron/node/engine-bridge';
import { GRANT_REFUSED_MESSAGE, GrantError, createFileGrants } from '../../electron/node/file-grants';
import { PRIVATE_PREFIX } from '../../electron/node/private-temp';

const ROOT = path.resolve(__dirname, '../..');
const HOST = path.join(ROOT, 'electron/node/engine-host-main.ts');
const TSX = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;
const GB = 1024 ** 3;

let base: string;
let csv: string;
let sparse: string;
beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'engine-bridge-test-')));
  csv = path.join(base, 'befolkning.csv');
  fs.writeFileSync(csv, 'pnr;alder\n1;40\n2;65\n3;71\n');
  // Over the threshold on paper (1 GB and one byte), nothing on disk: the size decides, not the content.
  sparse = path.join(base, 'lmdb.csv');
  fs.closeSync(fs.openSync(sparse, 'w'));
  fs.truncateSync(sparse, GB + 1);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const privateDirs = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith(PRIVATE_PREFIX)) : []);

/** A host in a Node child, as main starts one in a utility process (with its temp root). */
function realHost(tempRoot: string) {
  const started: ChildProcess[] = [];
  const startHost = async (onExit: () => void, allowedFiles: string[]): Promise<Engine> => {
    const child = fork(HOST, [], { execArgv: ['--import', TSX], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    started.push(child);
    child.on('exit', () => onExit());
    return createEngineHostClient(childProcessChannel(child), { threads: 1, memoryLimit: '64MB', tempRoot, allowedFiles }, { log: () => {} });
  };
  return { started, startHost };
}

describe('engine bridge with a real engine host', () => {
  it('chooses by the granted sizes, registers a grant by token, queries, and close ends the host and its folder', async () => {
    const grants = createFileGrants();
    const [small, large] = await grants.grantFiles([csv, sparse]);
    const tempRoot = path.join(base, 'engine-temp');
    const host = realHost(tempRoot);
    const bridge = createEngineBridge({ grants, startHost: host.startHost, nativeAvailable: () => true, log: () => {} });
    const h = bridge.handlers;

    expect(await h['engine:choose']({ tokens: [small!.token], setting: 'auto' })).toMatchObject({ engine: 'wasm' });
    expect(await h['engine:choose']({ tokens: [small!.token, large!.token], setting: 'auto' })).toEqual({
      engine: 'native',
      reason: 'Udtrækket fylder 1,0 GB (over 256 MB), så native DuckDB bruges: den kan bruge alle kerner og skrive midlertidige data til disken.',
      reasonEn: 'The extract takes 1.0 GB (over 256 MB), so native DuckDB is used: it can use every core and write temporary data to disk.',
    });
    expect(host.started).toHaveLength(0); // choosing starts nothing

    expect(await h['engine:register-grant']({ name: '__src_1_befolkning.csv', token: small!.token })).toEqual({ ok: true, value: null });
    expect(await h['engine:query']({ sql: "SELECT sum(alder) AS s, count(*) AS n FROM read_csv('__src_1_befolkning.csv', delim=';')" })).toEqual({
      ok: true,
      value: [{ s: 176, n: 3 }],
    });
    expect(await h['engine:exec']({ sql: 'CREATE TABLE t AS SELECT 1 AS a' })).toEqual({ ok: true, value: null });
    expect(host.started).toHaveLength(1); // one host for every call
    expect(privateDirs(tempRoot)).toHaveLength(1);

    // An error is a value with its kind; the engine stays usable.
    const bad = await h['engine:query']({ sql: 'SELECT * FROM no_such_table' });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'sql' } });
    expect(await h['engine:query']({ sql: 'SELECT a FROM t' })).toEqual({ ok: true, value: [{ a: 1 }] });

    // Confined: the renderer's SQL reads the registered extract and nothing else, and writes nowhere
    // outside the private folder; no statement lifts that. Spilling to the private folder still works.
    const secret = path.join(base, 'hemmelig.csv');
    fs.writeFileSync(secret, 'cpr\n0101011234\n');
    const refused = async (sql: string) => {
      const result = await h['engine:query']({ sql });
      expect({ sql, ok: result.ok }).toEqual({ sql, ok: false });
    };
    await refused(`SELECT * FROM read_csv(${JSON.stringify(secret).replace(/"/g, "'")})`);
    await refused(`SELECT * FROM read_text('/etc/passwd')`);
    await refused(`SELECT * FROM read_csv('../../hemmelig.csv')`);
    await refused(`SELECT * FROM glob('/etc/*')`);
    await refused(`COPY (SELECT 1 AS a) TO '${path.join(base, 'evil.csv')}'`);
    await refused(`ATTACH '${path.join(base, 'evil.duckdb')}'`);
    await refused('SET enable_external_access = true');
    await refused('SET lock_configuration = false');
    await refused(`SET allowed_directories = ['/']`);
    await refused(`SET temp_directory = '${base}'`);
    expect(fs.existsSync(path.join(base, 'evil.csv'))).toBe(false);
    expect(fs.existsSync(path.join(base, 'evil.duckdb'))).toBe(false);
    expect(await h['engine:exec']({ sql: 'CREATE TABLE big AS SELECT range AS i, md5(range::VARCHAR) AS h FROM range(2000000)' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await h['engine:query']({ sql: 'SELECT count(DISTINCT h) AS n FROM big' })).toEqual({ ok: true, value: [{ n: 2_000_000 }] });
    // A picked file outside the extract the engine was chosen for is not registered.
    const [other] = await grants.grantFiles([secret]);
    expect(await h['engine:register-grant']({ name: 'x.csv', token: other!.token })).toEqual({
      ok: false,
      error: { kind: 'io', message: NOT_IN_EXTRACT_MESSAGE },
    });

    // A token that was never granted registers nothing, and says so in Danish.
    expect(await h['engine:register-grant']({ name: 'x.csv', token: '0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11' })).toEqual({
      ok: false,
      error: { kind: 'io', message: GRANT_REFUSED_MESSAGE },
    });

    const child = host.started[0]!;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(await h['engine:close'](null)).toEqual({ ok: true, value: null });
    expect(await exited).toBe(0);
    expect(privateDirs(tempRoot)).toEqual([]);

    // The next call starts a fresh host (the old tables are gone with the old one).
    expect(await h['engine:query']({ sql: 'SELECT 2 AS b' })).toEqual({ ok: true, value: [{ b: 2 }] });
    expect(host.started).toHaveLength(2);
    expect(await h['engine:query']({ sql: 'SELECT a FROM t' })).toMatchObject({ ok: false, error: { kind: 'sql' } });
    // An extract that goes to duckdb-wasm closes the host: no person data kept where it is not used.
    const second = host.started[1]!;
    const secondExit = new Promise<number | null>((resolve) => second.on('exit', (code) => resolve(code)));
    expect(await h['engine:choose']({ tokens: [small!.token], setting: 'auto' })).toMatchObject({ engine: 'wasm' });
    expect(await secondExit).toBe(0);
    expect(privateDirs(tempRoot)).toEqual([]);
    await bridge.close();
  });

  it('a cancelled query comes back as kind cancelled', async () => {
    const host = realHost(path.join(base, 'engine-temp-cancel'));
    const bridge = createEngineBridge({ grants: createFileGrants(), startHost: host.startHost, nativeAvailable: () => true, log: () => {} });
    const h = bridge.handlers;
    expect(await h['engine:exec']({ sql: 'SELECT 1' })).toEqual({ ok: true, value: null });
    const running = h['engine:query']({ sql: 'SELECT count(*) AS n FROM range(100000000000) a' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await h['engine:cancel'](null)).toEqual({ ok: true, value: null });
    expect(await running).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    await bridge.close();
  });
});

/** An Engine that records calls and fails as told; no process. */
function fakeHost(failWith?: (sql: string) => Error | undefined) {
  const calls: string[] = [];
  let exits: (() => void)[] = [];
  let starts = 0;
  const startHost = async (onExit: () => void): Promise<Engine> => {
    starts++;
    exits.push(onExit);
    return {
      name: 'fake',
      registerFile: async (name, source) => void calls.push(`register ${name} ${source.kind === 'path' ? source.path : source.kind}`),
      dropFile: async (name) => void calls.push(`drop ${name}`),
      exec: async (sql) => {
        calls.push(`exec ${sql}`);
        const err = failWith?.(sql);
        if (err) throw err;
      },
      query: async (sql) => {
        calls.push(`query ${sql}`);
        const err = failWith?.(sql);
        if (err) throw err;
        return [];
      },
      insertArrowIpc: async (table, ipc, options) => void calls.push(`insert ${table} ${ipc.length} ${options?.create}`),
      cancel: async () => void calls.push('cancel'),
      close: async () => void calls.push('close'),
    };
  };
  return {
    calls,
    startHost,
    get starts() {
      return starts;
    },
    /** The host process ends (crash). */
    die() {
      for (const exit of exits) exit();
      exits = [];
    },
  };
}

describe('engine bridge (fake host)', () => {
  it('never puts the picked file’s path in a message the renderer gets', async () => {
    const grants = createFileGrants();
    const [file] = await grants.grantFiles([csv]);
    const host = fakeHost((sql) => (sql.includes('boom') ? new Error(`IO Error: No files found that match the pattern "${csv}"`) : undefined));
    const bridge = createEngineBridge({ grants, startHost: host.startHost, nativeAvailable: () => true, log: () => {} });
    await bridge.handlers['engine:choose']({ tokens: [file!.token], setting: 'native' });
    await bridge.handlers['engine:register-grant']({ name: '__src_1_befolkning.csv', token: file!.token });
    expect(host.calls).toEqual([`register __src_1_befolkning.csv ${csv}`]); // the host gets the path …
    const result = await bridge.handlers['engine:exec']({ sql: 'boom' });
    expect(result).toEqual({ ok: false, error: { kind: 'io', message: 'IO Error: No files found that match the pattern "__src_1_befolkning.csv"' } }); // … the renderer never
  });

  it('keeps an EngineError’s kind, inserts bytes with create, and cancel and drop start no host', async () => {
    const host = fakeHost((sql) => (sql === 'oom' ? new EngineError('memory', 'Out of Memory Error') : undefined));
    const bridge = createEngineBridge({ grants: createFileGrants(), startHost: host.startHost, nativeAvailable: () => true, log: () => {} });
    const h = bridge.handlers;
    expect(await h['engine:cancel'](null)).toEqual({ ok: true, value: null });
    expect(await h['engine:drop-file']({ name: 'a.csv' })).toEqual({ ok: true, value: null });
    expect(host.starts).toBe(0);
    expect(await h['engine:exec']({ sql: 'oom' })).toEqual({ ok: false, error: { kind: 'memory', message: 'Out of Memory Error' } });
    expect(await h['engine:insert-arrow']({ table: '__raw_1', ipc: new Uint8Array(5), create: false })).toEqual({ ok: true, value: null });
    expect(await h['engine:cancel'](null)).toEqual({ ok: true, value: null });
    expect(host.calls).toEqual(['exec oom', 'insert __raw_1 5 false', 'cancel']);
    expect(host.starts).toBe(1);
  });

  it('starts a new host after the old one died, and choices follow the setting and the installation', async () => {
    const grants = createFileGrants();
    const [large] = await grants.grantFiles([sparse]);
    let available = true;
    const host = fakeHost();
    const bridge = createEngineBridge({ grants, startHost: host.startHost, nativeAvailable: () => available, log: () => {} });
    const h = bridge.handlers;
    await h['engine:exec']({ sql: 'SELECT 1' });
    host.die();
    await h['engine:exec']({ sql: 'SELECT 1' });
    expect(host.starts).toBe(2);
    expect((await h['engine:choose']({ tokens: [large!.token], setting: 'wasm' })).engine).toBe('wasm');
    expect(host.calls.at(-1)).toBe('close'); // wasm chosen: the running host is closed
    expect((await h['engine:choose']({ tokens: [], setting: 'native' })).engine).toBe('native');
    available = false;
    expect(await h['engine:choose']({ tokens: [large!.token], setting: 'native' })).toMatchObject({
      engine: 'wasm',
      reason: 'Native DuckDB er ikke tilgængelig på denne installation; den indbyggede motor (duckdb-wasm) bruges.',
    });
    await expect(h['engine:choose']({ tokens: ['0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11'], setting: 'auto' })).rejects.toBeInstanceOf(GrantError);
  });

  it('a close while another is under way (window closed, then quit) resolves only when the host is closed', async () => {
    let finish!: () => void;
    const closed: string[] = [];
    const bridge = createEngineBridge({
      grants: createFileGrants(),
      startHost: async () => ({
        ...(await fakeHost().startHost(() => {})),
        close: () => new Promise<void>((resolve) => (finish = () => (closed.push('host closed'), resolve()))),
      }),
      nativeAvailable: () => true,
      log: () => {},
    });
    await bridge.handlers['engine:exec']({ sql: 'SELECT 1' });
    const first = bridge.close();
    const second = bridge.close().then(() => closed.push('quit may go on'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toEqual([]);
    finish();
    await Promise.all([first, second]);
    expect(closed).toEqual(['host closed', 'quit may go on']);
  });
});
