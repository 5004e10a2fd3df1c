/**
 * The desktop app's route for a large extract, without Electron: the renderer's services choose the
 * engine, register picked files by grant token, hash them in main and import and build through the
 * renderer's HostEngine → the IPC validators → main's engine bridge → native DuckDB in an engine
 * host (a Node child process, as in tests/contract/engine.host.test.ts). The IPC layer here is a
 * stand-in for preload + ipcMain that runs the same validators on every request. duckdb-wasm is
 * a stub that fails if used: everything must go through the host.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { IPC_LIMITS, type IpcChannel, type IpcRequest, type IpcResponse } from '../../../shared/ipc';
import type { EngineSetting, NativeEnginePort, PickedFile, Platform } from '../../../shared/platform';
import { validateIpcRequest } from '../../../electron/policy/ipc-validators';
import { childProcessChannel, createEngineHostClient } from '../../../electron/node/engine-host-client';
import { createEngineBridge } from '../../../electron/node/engine-bridge';
import { createFileGrants } from '../../../electron/node/file-grants';
import { PRIVATE_PREFIX } from '../../../electron/node/private-temp';
import { createNativeEngine } from '../../../electron/node/native-engine';
import { createNodeExtractAccess } from '../../../electron/node/extract-access';
import { loadExtract } from '../../../shared/import/load-extract';
import type { Profile } from '../../../shared/contract/profile';
import { createServices } from '../../../renderer/app/services';
import { createHostEngine } from '../../../renderer/engine/host-engine';
import { registerPicked } from '../../../renderer/platform/picked-files';
import type { MappingProfile } from '../../../renderer/features/mapping/profile';

const ROOT = path.resolve(__dirname, '../../..');
const HOST = path.join(ROOT, 'electron/node/engine-host-main.ts');
const TSX = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;
const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));

let tempRoot: string;
beforeAll(() => {
  tempRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'desktop-native-')));
});
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

const wasmMustNotBeUsed = (): Engine => {
  const no = async (): Promise<never> => {
    throw new Error('duckdb-wasm was used for an extract chosen for native DuckDB');
  };
  return { name: 'wasm stub', registerFile: no, dropFile: no, exec: no, query: no, insertArrowIpc: no, cancel: no, close: no };
};

it('imports and builds a package through the engine host, by grant token, with the choice in the method text', async () => {
  const grants = createFileGrants();
  const bridge = createEngineBridge({
    grants,
    startHost: async (onExit, allowedFiles) => {
      const child = fork(HOST, [], { execArgv: ['--import', TSX], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      child.on('exit', () => onExit());
      return createEngineHostClient(childProcessChannel(child), { threads: 2, tempRoot, allowedFiles }, { log: () => {} });
    },
    nativeAvailable: () => true,
    log: () => {},
  });
  const handlers: { [C in IpcChannel]?: (request: IpcRequest<C>) => Promise<IpcResponse<C>> } = {
    ...bridge.handlers,
    'files:read-slice': (r) => grants.readSlice(r),
    'files:sha256': (r) => grants.sha256(r.token),
  };
  const requests: string[] = [];
  // What preload + main's validating wrapper do: only known channels, every payload validated.
  const invoke = async <C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> => {
    const checked = validateIpcRequest(channel, request);
    if (!checked.ok) throw new Error(`refused ${channel}: ${checked.reason}`);
    requests.push(`${channel} ${JSON.stringify(request, (_k, v: unknown) => (v instanceof Uint8Array ? `<${v.length} bytes>` : v))}`);
    return (handlers[channel] as (r: IpcRequest<C>) => Promise<IpcResponse<C>>)(checked.value);
  };
  const nativeEngine: NativeEnginePort = {
    choose: (files, setting) => invoke('engine:choose', { tokens: files.map((f) => f.token), setting }),
    exec: (sql) => invoke('engine:exec', { sql }),
    query: (sql) => invoke('engine:query', { sql }),
    registerGrant: (name, file) => invoke('engine:register-grant', { name, token: file.token }),
    dropFile: (name) => invoke('engine:drop-file', { name }),
    insertArrowIpc: (table, ipc, create) => invoke('engine:insert-arrow', { table, ipc, create }),
    cancel: () => invoke('engine:cancel', null),
    close: () => invoke('engine:close', null),
  };
  const platform: Platform = {
    info: async () => ({ name: 'Datapakker', version: 'test', platform: 'electron' }),
    openFiles: async () => [],
    saveFile: async () => null,
    saveFiles: async () => null,
    readFileSlice: (handle, start, end) => invoke('files:read-slice', { token: handle.token, start, end }),
    hashFile: (handle) => invoke('files:sha256', { token: handle.token }),
    nativeEngine,
  };
  let setting: EngineSetting = 'native';
  const services = createServices({
    platform,
    engine: Promise.resolve(wasmMustNotBeUsed()),
    profiles: { load: () => null, save: () => {} },
    engineSetting: { load: () => setting, save: (s) => (setting = s) },
  });

  // The sample's CSV and Parquet files; the workbook is parsed in a browser worker, which Node has not.
  const granted = (await grants.grantFolder(SAMPLE, ['.csv', '.parquet'])).filter((f) => f.name !== 'planted-truths.json');
  const picked: PickedFile[] = granted.map((f) => ({ name: f.name, size: f.size, handle: { kind: 'grant', token: f.token } }));
  const profile = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'region-midt.profile.json'), 'utf8')) as MappingProfile;
  delete profile.tables.municipal_services;

  expect(await services.chooseEngine(picked)).toEqual({
    engine: 'native',
    reason: 'Native DuckDB er valgt i indstillingerne.',
    reasonEn: 'Native DuckDB is chosen in the settings.',
  });
  expect((await services.engine).name).toBe('duckdb (native)');

  const imported = await services.importExtract(
    picked.map((p) => ({ picked: p, peek: null })),
    profile,
    '2024-01-01',
    () => {},
    new AbortController().signal,
  );
  expect(imported.engine?.engine).toBe('native');
  // The same report and sources (rows, files, and the SHA-256 that main streamed) as native DuckDB
  // reading the folder in this process, hashed there by Node.
  const local = await createNativeEngine({ threads: 2 });
  try {
    const direct = await loadExtract(local, createNodeExtractAccess(SAMPLE), profile as unknown as Profile, {
      referenceDate: '2024-01-01',
      salt: 'x',
      keepRejected: false,
    });
    expect(imported.sources).toEqual(direct.sources);
    expect(imported.report).toEqual(direct.report);
  } finally {
    await local.close();
  }
  const prescriptions = imported.sources.find((s) => s.table === 'prescriptions');
  expect(prescriptions?.rows).toBeGreaterThan(100_000);
  expect(prescriptions?.files).toEqual(['lmdb_2014_2018.parquet', 'lmdb_2019_2024.parquet']);

  // Files went over as tokens and Parquet was read by DuckDB itself: no path, no Arrow bytes, and of a
  // Parquet file only the first bytes (the format check), never the file.
  const registered = requests.filter((r) => r.startsWith('engine:register-grant'));
  expect(registered.length).toBe(granted.length);
  expect(requests.join('\n')).not.toContain(SAMPLE);
  expect(requests.filter((r) => r.startsWith('engine:insert-arrow'))).toEqual([]);
  const parquetTokens = granted.filter((f) => f.name.endsWith('.parquet')).map((f) => f.token);
  const parquetReads = requests
    .filter((r) => r.startsWith('files:read-slice') && parquetTokens.some((t) => r.includes(t)))
    .map((r) => JSON.parse(r.slice('files:read-slice '.length)) as { start: number; end: number });
  expect(parquetReads.every((r) => r.start === 0 && r.end <= 4096)).toBe(true);

  const [pkg] = await services.buildPackages(
    { tracks: ['kol'], area: 'region', referenceDate: '2024-01-01', educationGrouping: '3', minCount: 5, standardPopulation: 'ESP2013', lang: 'da' },
    imported.sources,
    () => {},
    new AbortController().signal,
  );
  expect(pkg?.method?.engine).toBe('duckdb (native) — Native DuckDB er valgt i indstillingerne.');
  // The app’s statements stay far below the IPC’s SQL limit (the longest here, KOL: 8,206 characters).
  const longest = Math.max(...requests.filter((r) => /^engine:(exec|query) /.test(r)).map((r) => r.length));
  expect(longest).toBeLessThan(IPC_LIMITS.maxSqlChars / 10);
  expect(fs.readdirSync(tempRoot).filter((n) => n.startsWith(PRIVATE_PREFIX))).toHaveLength(1);

  // Back to the built-in engine: the host goes, with its private folder.
  setting = 'wasm';
  expect((await services.chooseEngine(picked))?.engine).toBe('wasm');
  expect((await services.engine).name).toBe('wasm stub');
  expect(fs.readdirSync(tempRoot).filter((n) => n.startsWith(PRIVATE_PREFIX))).toEqual([]);
  await bridge.close();
});

it('the renderer’s HostEngine keeps an error’s kind across IPC (a cancel stays a cancel) and takes picked files only by token', async () => {
  const calls: string[] = [];
  const fail = (kind: 'cancelled' | 'memory') => ({
    ok: false as const,
    error: { kind, message: kind === 'cancelled' ? 'INTERRUPT Error' : 'Out of Memory Error' },
  });
  const port: NativeEnginePort = {
    choose: async () => ({ engine: 'native', reason: '', reasonEn: '' }),
    exec: async (sql) => (calls.push(`exec ${sql}`), fail('memory')),
    query: async (sql) => (calls.push(`query ${sql}`), fail('cancelled')),
    registerGrant: async (name, file) => (calls.push(`grant ${name} ${JSON.stringify(file)}`), { ok: true, value: null }),
    dropFile: async () => ({ ok: true, value: null }),
    insertArrowIpc: async (table, ipc, create) => (calls.push(`insert ${table} ${ipc.length} ${create}`), { ok: true, value: null }),
    cancel: async () => ({ ok: true, value: null }),
    close: async () => ({ ok: true, value: null }),
  };
  const engine = createHostEngine(port);
  expect(engine.name).toBe('duckdb (native)');
  expect(engine.readsParquet).toBe(true);
  await expect(engine.query('SELECT 1')).rejects.toMatchObject({ name: 'EngineError', kind: 'cancelled', message: 'INTERRUPT Error' });
  await expect(engine.exec('SELECT 1')).rejects.toMatchObject({ name: 'EngineError', kind: 'memory' });
  await expect(engine.exec('INSTALL httpfs')).rejects.toMatchObject({ kind: 'unsupported' }); // refused before it is sent
  await expect(engine.registerFile('a.csv', { kind: 'bytes', bytes: new Uint8Array(3) })).rejects.toMatchObject({ kind: 'unsupported' });
  // Only the token crosses, whatever else the page hung on the handle.
  const picked: PickedFile = { name: 'lpr.csv', size: 3, handle: { kind: 'grant', token: '0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11', path: '/home/a/lpr.csv' } };
  await registerPicked(engine, undefined, picked, '__src_1_lpr.csv');
  await engine.insertArrowIpc('__raw_1', new Uint8Array(4));
  expect(calls).toEqual([
    'query SELECT 1',
    'exec SELECT 1',
    'grant __src_1_lpr.csv {"kind":"grant","token":"0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11"}',
    'insert __raw_1 4 true',
  ]);
});
