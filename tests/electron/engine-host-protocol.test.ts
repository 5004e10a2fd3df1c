import { describe, expect, it } from 'vitest';
import { ENGINE_HOST_LIMITS, checkEngineHostRequest, checkEngineHostResponse, engineHostDiedMessage } from '../../electron/policy/engine-host-protocol';
import { HOST_MEMORY_CAP_MB, NATIVE_THRESHOLD_BYTES, chooseEngine, engineHostOptions } from '../../electron/policy/engine-choice';

describe('engine host protocol: requests', () => {
  it.each([
    { id: 1, type: 'open', options: {} },
    { id: 2, type: 'open', options: { memoryLimit: '4096MB', threads: 8, tempRoot: '/home/a/.cache/datapakker' } },
    { id: 3, type: 'open', options: { tempRoot: 'C:\\Users\\a\\AppData\\Local\\Temp' } },
    { id: 4, type: 'open', options: { allowedFiles: ['/home/a/udtraek/lmdb.parquet', "C:\\Users\\a\\O'Brien\\lpr.csv"] } },
    { id: 5, type: 'open', options: { allowedFiles: [] } },
    { id: 4, type: 'query', sql: 'SELECT 1' },
    { id: 5, type: 'exec', sql: 'CREATE TABLE t (x INT)' },
    { id: 6, type: 'registerFile', name: 'lmdb/2020.csv', source: { kind: 'path', path: '/data/lmdb_2020.csv' } },
    { id: 7, type: 'registerFile', name: 'x.csv', source: { kind: 'bytes', bytes: new Uint8Array([1, 2]) } },
    { id: 8, type: 'registerFile', name: 'x.csv', source: { kind: 'bytes', bytes: Buffer.from('a') } },
    { id: 9, type: 'dropFile', name: 'x.csv' },
    { id: 10, type: 'insertArrowIpc', table: 't', ipc: new Uint8Array(4), create: false },
    { id: 11, type: 'cancel' },
    { id: 0, type: 'close' },
  ])('accepts %o', (message) => {
    const verdict = checkEngineHostRequest(message);
    expect(verdict.ok).toBe(true);
  });

  it.each([
    ['not an object', 'query'],
    ['no id', { type: 'query', sql: 'SELECT 1' }],
    ['negative id', { id: -1, type: 'query', sql: 'SELECT 1' }],
    ['fractional id', { id: 1.5, type: 'query', sql: 'SELECT 1' }],
    ['unknown type', { id: 1, type: 'shell', sql: 'rm -rf /' }],
    ['extra field', { id: 1, type: 'query', sql: 'SELECT 1', path: '/etc' }],
    ['empty sql', { id: 1, type: 'exec', sql: '' }],
    ['sql not a string', { id: 1, type: 'exec', sql: ['SELECT 1'] }],
    ['parent step in a name', { id: 1, type: 'registerFile', name: '../x.csv', source: { kind: 'path', path: '/x.csv' } }],
    ['absolute name', { id: 1, type: 'registerFile', name: '/tmp/x.csv', source: { kind: 'path', path: '/x.csv' } }],
    ['drive name', { id: 1, type: 'dropFile', name: 'C:x.csv' }],
    ['relative source path', { id: 1, type: 'registerFile', name: 'x.csv', source: { kind: 'path', path: 'x.csv' } }],
    ['blob source', { id: 1, type: 'registerFile', name: 'x.csv', source: { kind: 'blob', blob: {} } }],
    ['bytes as array', { id: 1, type: 'insertArrowIpc', table: 't', ipc: [1, 2], create: true }],
    ['create missing', { id: 1, type: 'insertArrowIpc', table: 't', ipc: new Uint8Array(1) }],
    ['memory limit as SQL', { id: 1, type: 'open', options: { memoryLimit: "1GB'; INSTALL httpfs; --" } }],
    ['zero threads', { id: 1, type: 'open', options: { threads: 0 } }],
    ['relative temp root', { id: 1, type: 'open', options: { tempRoot: 'tmp' } }],
    ['unknown option', { id: 1, type: 'open', options: { extensions: true } }],
    ['a relative allowed file', { id: 1, type: 'open', options: { allowedFiles: ['lmdb.parquet'] } }],
    ['allowed files not a list', { id: 1, type: 'open', options: { allowedFiles: '/home/a/lmdb.parquet' } }],
    ['an allowed file with a NUL', { id: 1, type: 'open', options: { allowedFiles: ['/home/a/x\u0000.csv'] } }],
    ['cancel with payload', { id: 1, type: 'cancel', sql: 'x' }],
  ])('refuses %s', (_label, message) => {
    expect(checkEngineHostRequest(message).ok).toBe(false);
  });
});

describe('engine host protocol: sizes', () => {
  it('refuses SQL and names over the limits, and accepts them at the limit', () => {
    const sql = (n: number) => `SELECT 1${' '.repeat(n - 8)}`;
    expect(checkEngineHostRequest({ id: 1, type: 'query', sql: sql(ENGINE_HOST_LIMITS.maxSqlChars) }).ok).toBe(true);
    expect(checkEngineHostRequest({ id: 1, type: 'query', sql: sql(ENGINE_HOST_LIMITS.maxSqlChars + 1) }).ok).toBe(false);
    expect(checkEngineHostRequest({ id: 1, type: 'dropFile', name: 'x'.repeat(ENGINE_HOST_LIMITS.maxNameChars) }).ok).toBe(true);
    expect(checkEngineHostRequest({ id: 1, type: 'dropFile', name: 'x'.repeat(ENGINE_HOST_LIMITS.maxNameChars + 1) }).ok).toBe(false);
    expect(checkEngineHostResponse({ id: 1, ok: false, error: { kind: 'sql', message: 'x'.repeat(ENGINE_HOST_LIMITS.maxMessageChars + 1) } }).ok).toBe(false);
  });
});

describe('engine host protocol: responses', () => {
  it('accepts rows, a name, and typed errors', () => {
    expect(checkEngineHostResponse({ id: 1, ok: true, rows: [{ a: 1, b: 'x', c: null, d: true }] })).toEqual({
      ok: true,
      value: { id: 1, ok: true, rows: [{ a: 1, b: 'x', c: null, d: true }] },
    });
    expect(checkEngineHostResponse({ id: 2, ok: true, name: 'duckdb (native)' }).ok).toBe(true);
    expect(checkEngineHostResponse({ id: 3, ok: false, error: { kind: 'memory', message: 'Out of Memory' } }).ok).toBe(true);
  });

  it.each([
    ['row value an object', { id: 1, ok: true, rows: [{ a: { toString: 1 } }] }],
    ['rows not an array', { id: 1, ok: true, rows: { a: 1 } }],
    ['unknown error kind', { id: 1, ok: false, error: { kind: 'fatal', message: 'x' } }],
    ['error without message', { id: 1, ok: false, error: { kind: 'sql' } }],
    ['ok missing', { id: 1, rows: [] }],
    ['extra field', { id: 1, ok: true, eval: 'x' }],
  ])('refuses %s', (_label, message) => {
    expect(checkEngineHostResponse(message).ok).toBe(false);
  });

  it('says in Danish that the host stopped, with the exit code when there is one', () => {
    expect(engineHostDiedMessage(137)).toMatch(/^Databasemotoren \(native DuckDB i en separat proces\) stoppede uventet \(afslutningskode 137\)\. /);
    expect(engineHostDiedMessage(null)).not.toMatch(/afslutningskode/);
  });
});

describe('engine choice', () => {
  const GB = 1024 ** 3;
  it('wasm up to the threshold, native above it', () => {
    const MB = 1024 ** 2;
    expect(NATIVE_THRESHOLD_BYTES).toBe(256 * MB);
    expect(chooseEngine({ totalBytes: 19 * MB, setting: 'auto', nativeAvailable: true })).toEqual({
      engine: 'wasm',
      reason: 'Udtrækket fylder 19 MB (højst 256 MB), så den indbyggede motor (duckdb-wasm) bruges.',
      reasonEn: 'The extract takes 19 MB (at most 256 MB), so the built-in engine (duckdb-wasm) is used.',
    });
    expect(chooseEngine({ totalBytes: 256 * MB, setting: 'auto', nativeAvailable: true }).engine).toBe('wasm');
    expect(chooseEngine({ totalBytes: 256 * MB + 1, setting: 'auto', nativeAvailable: true }).engine).toBe('native');
    // The benchmark's region sample (0.5 GB) and full volume (1.4 GB) both go to native DuckDB.
    expect(chooseEngine({ totalBytes: 502 * MB, setting: 'auto', nativeAvailable: true }).reason).toMatch(
      /^Udtrækket fylder 502 MB \(over 256 MB\), så native DuckDB bruges/,
    );
    expect(chooseEngine({ totalBytes: 2.5 * GB, setting: 'auto', nativeAvailable: true }).reason).toMatch(
      /^Udtrækket fylder 2,5 GB \(over 256 MB\), så native DuckDB bruges/,
    );
  });

  it('the user setting wins, but native only where it exists', () => {
    expect(chooseEngine({ totalBytes: 10 * GB, setting: 'wasm', nativeAvailable: true }).engine).toBe('wasm');
    expect(chooseEngine({ totalBytes: 1, setting: 'native', nativeAvailable: true }).engine).toBe('native');
    expect(chooseEngine({ totalBytes: 10 * GB, setting: 'native', nativeAvailable: false }).engine).toBe('wasm');
    expect(chooseEngine({ totalBytes: 10 * GB, setting: 'auto', nativeAvailable: false }).engine).toBe('wasm');
  });

  it('host options: every core and 60 % of RAM (at least 1 GB, at most 2 GB), which the protocol accepts', () => {
    const options = engineHostOptions({ totalMemBytes: 16 * GB, cores: 8, tempRoot: '/home/a/.cache/datapakker' });
    expect(HOST_MEMORY_CAP_MB).toBe(2048);
    expect(options).toEqual({ memoryLimit: '2048MB', threads: 8, tempRoot: '/home/a/.cache/datapakker' });
    expect(engineHostOptions({ totalMemBytes: 3 * GB, cores: 2 }).memoryLimit).toBe('1843MB');
    expect(engineHostOptions({ totalMemBytes: GB, cores: 0 })).toEqual({ memoryLimit: '1024MB', threads: 1 });
    expect(checkEngineHostRequest({ id: 1, type: 'open', options }).ok).toBe(true);
  });
});
