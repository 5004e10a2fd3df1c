import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_LIMITS } from '../../shared/ipc';
import { IPC_VALIDATORS, checkEngineName, checkToken, validateIpcRequest } from '../../electron/policy/ipc-validators';
import { checkFileName, checkRelativePath } from '../../electron/policy/file-name';

const TOKEN = '0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11';
const bytes = new Uint8Array([1, 2, 3]);
const save = { suggestedName: 'kol-midt.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes };

// Zero-filled typed arrays are allocated lazily by the OS: this costs no real memory.
const oversizedBytes = new Uint8Array(IPC_LIMITS.maxSaveBytes + 1);

describe('every channel has a validator', () => {
  it('covers the channel map exactly', () => {
    expect(Object.keys(IPC_VALIDATORS).sort()).toEqual([...IPC_CHANNELS].sort());
  });
  it('refuses a channel outside the map', () => {
    expect(validateIpcRequest('platform:shell-open' as never, {}).ok).toBe(false);
  });
});

describe('platform:info', () => {
  it('takes nothing', () => {
    expect(validateIpcRequest('platform:info', null)).toEqual({ ok: true, value: null });
    expect(validateIpcRequest('platform:info', undefined)).toEqual({ ok: true, value: null });
    expect(validateIpcRequest('platform:info', { path: '/etc' }).ok).toBe(false);
  });
});

describe('platform:open-files', () => {
  it('accepts the documented options', () => {
    expect(validateIpcRequest('platform:open-files', {})).toEqual({ ok: true, value: {} });
    expect(validateIpcRequest('platform:open-files', { folder: true, accept: ['.csv', '.parquet', '.XLSX'] })).toEqual({
      ok: true,
      value: { folder: true, accept: ['.csv', '.parquet', '.XLSX'] },
    });
  });
  it.each([
    ['a default path smuggled in', { folder: true, defaultPath: '/etc' }],
    ['folder as string', { folder: 'yes' }],
    ['accept with a path', { accept: ['../../etc/passwd'] }],
    ['accept with a glob', { accept: ['*'] }],
    ['accept not an array', { accept: '.csv' }],
    ['too many extensions', { accept: Array.from({ length: IPC_LIMITS.maxAcceptEntries + 1 }, () => '.csv') }],
    ['null', null],
    ['array', []],
    ['class instance', new (class Options {})()],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('platform:open-files', payload).ok).toBe(false);
  });
});

describe('platform:save-file', () => {
  it('accepts a plain name, a MIME type and bytes (Buffer too)', () => {
    expect(validateIpcRequest('platform:save-file', save)).toEqual({ ok: true, value: save });
    expect(validateIpcRequest('platform:save-file', { ...save, bytes: Buffer.from([1]) }).ok).toBe(true);
  });
  it.each([
    ['traversal in the name', { ...save, suggestedName: '../../.bashrc' }],
    ['windows traversal', { ...save, suggestedName: '..\\..\\autoexec.bat' }],
    ['absolute path', { ...save, suggestedName: '/etc/passwd' }],
    ['windows absolute path', { ...save, suggestedName: 'C:\\Windows\\x.dll' }],
    ['hidden dot name (what ..%2f decodes to downstream)', { ...save, suggestedName: '..%2f..%2fx' }],
    ['NUL byte', { ...save, suggestedName: 'a.xlsx\u0000.exe' }],
    ['oversized name', { ...save, suggestedName: `${'a'.repeat(IPC_LIMITS.maxNameChars)}.xlsx` }],
    ['bytes as string', { ...save, bytes: 'AAAA' }],
    ['bytes as plain array', { ...save, bytes: [1, 2, 3] }],
    ['bytes as ArrayBuffer', { ...save, bytes: new ArrayBuffer(3) }],
    ['oversized bytes', { ...save, bytes: oversizedBytes }],
    ['MIME with a newline', { ...save, mimeType: 'text/html\r\nX-Evil: 1' }],
    ['oversized MIME', { ...save, mimeType: `a/${'b'.repeat(IPC_LIMITS.maxMimeChars)}` }],
    ['extra property', { ...save, path: '/tmp/x' }],
    ['missing property', { suggestedName: 'a.xlsx', bytes }],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('platform:save-file', payload).ok).toBe(false);
  });
});

it('refuses oversized payloads for their size, not by accident', () => {
  expect(validateIpcRequest('platform:save-file', { ...save, bytes: oversizedBytes })).toEqual({ ok: false, reason: 'save bytes exceed the size limit' });
  expect(validateIpcRequest('files:read-slice', { token: TOKEN, start: 1, end: IPC_LIMITS.maxSliceBytes + 2 })).toEqual({
    ok: false,
    reason: 'slice exceeds the size limit',
  });
  expect(validateIpcRequest('platform:save-file', { ...save, bytes: oversizedBytes.subarray(0, IPC_LIMITS.maxSaveBytes) }).ok).toBe(true);
});

describe('platform:save-files', () => {
  it('accepts distinct plain names', () => {
    const files = [save, { ...save, suggestedName: 'kol-midt.pptx' }];
    expect(validateIpcRequest('platform:save-files', files)).toEqual({ ok: true, value: files });
  });
  it('accepts an export in the command line layout (track folder, charts subfolder)', () => {
    const files = [
      { ...save, suggestedName: 'kol/datapakke.xlsx' },
      { ...save, suggestedName: 'kol/charts/kol.prevalence.gradient@3x.png' },
    ];
    expect(validateIpcRequest('platform:save-files', files)).toEqual({ ok: true, value: files });
  });
  it('a single save takes a plain name only', () => {
    expect(validateIpcRequest('platform:save-file', { ...save, suggestedName: 'kol/datapakke.xlsx' }).ok).toBe(false);
  });
  it.each([
    ['empty list', []],
    ['not a list', save],
    ['names equal but for case', [save, { ...save, suggestedName: 'KOL-midt.xlsx' }]],
    ['one bad file among good ones', [save, { ...save, suggestedName: '../x.xlsx' }]],
    ['a path climbing out', [{ ...save, suggestedName: 'kol/../../x.xlsx' }]],
    ['a path with an empty part', [{ ...save, suggestedName: 'kol//x.xlsx' }]],
    ['an absolute path', [{ ...save, suggestedName: '/kol/x.xlsx' }]],
    ['a path too deep', [{ ...save, suggestedName: 'a/b/c/d/x.xlsx' }]],
    ['a device as folder', [{ ...save, suggestedName: 'aux/x.xlsx' }]],
    [
      'paths equal but for case',
      [
        { ...save, suggestedName: 'kol/x.xlsx' },
        { ...save, suggestedName: 'KOL/x.xlsx' },
      ],
    ],
    ['too many files', Array.from({ length: IPC_LIMITS.maxSaveFiles + 1 }, (_, i) => ({ ...save, suggestedName: `f${i}.xlsx` }))],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('platform:save-files', payload).ok).toBe(false);
  });
});

describe('files:read-slice', () => {
  it('accepts a token and bounds within the limit', () => {
    expect(validateIpcRequest('files:read-slice', { token: TOKEN, start: 0, end: IPC_LIMITS.maxSliceBytes })).toEqual({
      ok: true,
      value: { token: TOKEN, start: 0, end: IPC_LIMITS.maxSliceBytes },
    });
    expect(validateIpcRequest('files:read-slice', { token: TOKEN, start: 5, end: 5 }).ok).toBe(true);
  });
  it.each([
    ['a path instead of a token', { token: '/etc/passwd', start: 0, end: 10 }],
    ['a traversal token', { token: '../../../etc/passwd', start: 0, end: 10 }],
    ['an upper-case token (main mints lower case)', { token: TOKEN.toUpperCase(), start: 0, end: 10 }],
    ['a token with a NUL', { token: `${TOKEN}\u0000`, start: 0, end: 10 }],
    ['an oversized token', { token: 'a'.repeat(10_000), start: 0, end: 10 }],
    ['slice over the limit', { token: TOKEN, start: 0, end: IPC_LIMITS.maxSliceBytes + 1 }],
    ['end before start', { token: TOKEN, start: 10, end: 5 }],
    ['negative start', { token: TOKEN, start: -1, end: 5 }],
    ['fractional', { token: TOKEN, start: 0.5, end: 5 }],
    ['NaN', { token: TOKEN, start: Number.NaN, end: 5 }],
    ['Infinity', { token: TOKEN, start: 0, end: Number.POSITIVE_INFINITY }],
    ['unsafe integer', { token: TOKEN, start: 2 ** 53, end: 2 ** 53 + 2 }],
    ['numbers as strings', { token: TOKEN, start: '0', end: '10' }],
    ['bigint', { token: TOKEN, start: 0n, end: 10n }],
    ['an extra path', { token: TOKEN, start: 0, end: 10, path: '/etc/passwd' }],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('files:read-slice', payload).ok).toBe(false);
  });
});

describe('files:sha256', () => {
  it('takes one token', () => {
    expect(validateIpcRequest('files:sha256', { token: TOKEN })).toEqual({ ok: true, value: { token: TOKEN } });
  });
  it.each([
    ['a path', { token: '/etc/passwd' }],
    ['an extra path', { token: TOKEN, path: '/etc/passwd' }],
    ['a bare token', TOKEN],
    ['nothing', null],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('files:sha256', payload).ok).toBe(false);
  });
});

describe('engine:choose', () => {
  it('takes tokens and a setting', () => {
    expect(validateIpcRequest('engine:choose', { tokens: [TOKEN], setting: 'auto' })).toEqual({ ok: true, value: { tokens: [TOKEN], setting: 'auto' } });
    expect(validateIpcRequest('engine:choose', { tokens: [], setting: 'native' }).ok).toBe(true);
    expect(validateIpcRequest('engine:choose', { tokens: [TOKEN, TOKEN], setting: 'wasm' }).ok).toBe(true);
  });
  it.each([
    ['a size instead of tokens (main sums the sizes itself)', { totalBytes: 1, setting: 'auto' }],
    ['a size beside the tokens', { tokens: [TOKEN], setting: 'auto', totalBytes: 10 ** 12 }],
    ['an unknown setting', { tokens: [TOKEN], setting: 'fast' }],
    ['no setting', { tokens: [TOKEN] }],
    ['a path among the tokens', { tokens: [TOKEN, '/etc/passwd'], setting: 'auto' }],
    ['tokens not a list', { tokens: TOKEN, setting: 'auto' }],
    ['too many tokens', { tokens: Array.from({ length: IPC_LIMITS.maxChooseFiles + 1 }, () => TOKEN), setting: 'auto' }],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('engine:choose', payload).ok).toBe(false);
  });
});

describe('engine:exec and engine:query', () => {
  it.each(['engine:exec', 'engine:query'] as const)('%s takes one SQL string up to the limit', (channel) => {
    expect(validateIpcRequest(channel, { sql: 'SELECT 1' })).toEqual({ ok: true, value: { sql: 'SELECT 1' } });
    expect(validateIpcRequest(channel, { sql: 'x'.repeat(IPC_LIMITS.maxSqlChars) }).ok).toBe(true);
    expect(validateIpcRequest(channel, { sql: 'x'.repeat(IPC_LIMITS.maxSqlChars + 1) })).toEqual({ ok: false, reason: 'SQL exceeds the size limit' });
  });
  it.each([
    ['empty SQL', { sql: '' }],
    ['SQL not a string', { sql: ['SELECT 1'] }],
    ['a bare string', 'SELECT 1'],
    ['an extra field', { sql: 'SELECT 1', params: [] }],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('engine:exec', payload).ok).toBe(false);
    expect(validateIpcRequest('engine:query', payload).ok).toBe(false);
  });
});

describe('engine:register-grant and engine:drop-file', () => {
  it('take a plain engine name (and a token)', () => {
    const name = '__src_3_lmdb_2024.parquet';
    expect(validateIpcRequest('engine:register-grant', { name, token: TOKEN })).toEqual({ ok: true, value: { name, token: TOKEN } });
    expect(validateIpcRequest('engine:drop-file', { name })).toEqual({ ok: true, value: { name } });
  });
  it.each([
    ['a path instead of a token', { name: 'a.csv', token: '/home/a/lmdb.csv' }],
    ['a path beside the token', { name: 'a.csv', token: TOKEN, path: '/home/a/lmdb.csv' }],
    ['a name that climbs', { name: '../a.csv', token: TOKEN }],
    ['a name that is ..', { name: '..', token: TOKEN }],
    ['a hidden name', { name: '.bashrc', token: TOKEN }],
    ['a name with a folder', { name: 'files/a.csv', token: TOKEN }],
    ['a windows path', { name: 'C:\\a.csv', token: TOKEN }],
    ['an absolute name', { name: '/tmp/a.csv', token: TOKEN }],
    ['a name with a quote (SQL)', { name: "a'.csv", token: TOKEN }],
    ['a name with a NUL', { name: 'a\u0000.csv', token: TOKEN }],
    ['an oversized name', { name: 'a'.repeat(IPC_LIMITS.maxEngineNameChars + 1), token: TOKEN }],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('engine:register-grant', payload).ok).toBe(false);
    if (!('token' in payload) || payload.token === TOKEN)
      expect(validateIpcRequest('engine:drop-file', { name: payload.name }).ok).toBe(payload.name === 'a.csv');
  });
  it('checkEngineName', () => {
    expect(checkEngineName('__raw_3')).toEqual({ ok: true, value: '__raw_3' });
    for (const bad of ['', '.', '..', 'a b', 'a/b', 'a\\b', 'a;DROP', 42, null]) expect(checkEngineName(bad).ok).toBe(false);
  });
});

describe('engine:insert-arrow', () => {
  it('takes a table name, bytes and create', () => {
    expect(validateIpcRequest('engine:insert-arrow', { table: '__raw_3', ipc: bytes, create: true })).toEqual({
      ok: true,
      value: { table: '__raw_3', ipc: bytes, create: true },
    });
  });
  it('refuses bytes over the limit for their size', () => {
    const oversized = new Uint8Array(IPC_LIMITS.maxArrowIpcBytes + 1);
    expect(validateIpcRequest('engine:insert-arrow', { table: 't', ipc: oversized, create: false })).toEqual({
      ok: false,
      reason: 'Arrow IPC bytes exceed the size limit',
    });
  });
  it.each([
    ['a table name with SQL in it', { table: 't"; DROP TABLE persons; --', ipc: bytes, create: true }],
    ['bytes as a plain array', { table: 't', ipc: [1, 2], create: true }],
    ['bytes as an ArrayBuffer', { table: 't', ipc: new ArrayBuffer(2), create: true }],
    ['create missing', { table: 't', ipc: bytes }],
    ['create as string', { table: 't', ipc: bytes, create: 'true' }],
    ['an extra field', { table: 't', ipc: bytes, create: true, schema: 'main' }],
  ])('refuses %s', (_label, payload) => {
    expect(validateIpcRequest('engine:insert-arrow', payload).ok).toBe(false);
  });
});

describe('engine:cancel and engine:close', () => {
  it.each(['engine:cancel', 'engine:close'] as const)('%s takes nothing', (channel) => {
    expect(validateIpcRequest(channel, null)).toEqual({ ok: true, value: null });
    expect(validateIpcRequest(channel, undefined)).toEqual({ ok: true, value: null });
    expect(validateIpcRequest(channel, { force: true }).ok).toBe(false);
  });
});

describe('checkToken', () => {
  it('accepts only lower-case UUIDs', () => {
    expect(checkToken(TOKEN)).toEqual({ ok: true, value: TOKEN });
    for (const bad of ['', 'abc', `${TOKEN}x`, ` ${TOKEN}`, 42, null]) expect(checkToken(bad).ok).toBe(false);
  });
});

describe('checkFileName', () => {
  it.each(['kol-midt.xlsx', 'Datapakke KOL 2024.pptx', 'ældre_åbne_ønsker.html', 'a'])('accepts %s', (name) => {
    expect(checkFileName(name)).toEqual({ ok: true, value: name });
  });
  it.each([
    '',
    '.',
    '..',
    '.bashrc',
    '../x',
    '..\\x',
    'a/b',
    'a\\b',
    'C:x',
    'a:b',
    'a*b',
    'a?b',
    'a|b',
    'a"b',
    'a<b>',
    'a\u0000b',
    'a\nb',
    'CON',
    'nul.txt',
    'COM1.xlsx',
    'lpt9',
    'x.xlsx.',
    'x.xlsx ',
    ' x.xlsx',
    'a'.repeat(IPC_LIMITS.maxNameChars + 1),
  ])('refuses %j', (name) => {
    expect(checkFileName(name).ok).toBe(false);
  });
  it.each([null, undefined, 1, ['a'], { name: 'a' }])('refuses non-strings (%j)', (name) => {
    expect(checkFileName(name).ok).toBe(false);
  });
});

describe('checkRelativePath (exports into a picked folder)', () => {
  it.each([
    'datapakke.json',
    'kol/datapakke.pdf',
    'kol/charts/kol.prevalence.gradient@3x.png',
    'angst/eksportlog.txt',
    'aarhus/kol/charts/kol.prevalence.gradient.svg',
  ])('accepts %s', (name) => {
    expect(checkRelativePath(name)).toEqual({ ok: true, value: name });
  });
  it.each([
    '',
    '/kol/x.png',
    'kol/',
    'kol//x.png',
    'kol/../x.png',
    '../kol/x.png',
    'kol/./x.png',
    'kol\\x.png',
    'C:/x.png',
    'kol/.git/x',
    'nul/x.png',
    'a/b/c/d/e.png',
    `kol/${'a'.repeat(IPC_LIMITS.maxNameChars)}`,
  ])('refuses %j', (name) => {
    expect(checkRelativePath(name).ok).toBe(false);
  });
  it.each([null, 1, ['kol', 'x.png']])('refuses non-strings (%j)', (name) => {
    expect(checkRelativePath(name).ok).toBe(false);
  });
});
