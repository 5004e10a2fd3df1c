import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_LIMITS } from '../../shared/ipc';
import { IPC_VALIDATORS, checkToken, validateIpcRequest } from '../../electron/policy/ipc-validators';
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
