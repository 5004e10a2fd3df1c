import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAppFile } from '../../electron/policy/app-origin';
import { mimeTypeFor } from '../../electron/policy/mime';

describe('isAppUrl', () => {
  it.each([
    'app://datapakker/index.html',
    'app://datapakker/',
    'app://datapakker/assets/index-abc123.js',
    'app://datapakker/assets/duckdb-eh.wasm?v=1#x',
    APP_ENTRY_URL,
  ])('accepts our own URL %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['other host', 'app://evil/index.html'],
    ['host prefix', 'app://datapakker.evil/index.html'],
    ['no path', 'app://datapakker'],
    ['traversal', 'app://datapakker/../etc/passwd'],
    ['traversal at start of host', 'app://../datapakker/index.html'],
    ['encoded traversal', 'app://datapakker/%2e%2e/secret.js'],
    ['upper-case encoded traversal', 'app://datapakker/assets/%2E%2E/%2E%2E/x.js'],
    ['mixed encoded traversal', 'app://datapakker/.%2e/x.js'],
    ['single dot segment', 'app://datapakker/./index.html'],
    ['backslash', 'app://datapakker\\..\\index.html'],
    ['backslash in path', 'app://datapakker/assets\\x.js'],
    ['upper-case scheme', 'APP://datapakker/index.html'],
    ['mixed-case host', 'app://DataPakker/index.html'],
    ['userinfo before our host', 'app://evil@datapakker/index.html'],
    ['our host as userinfo', 'app://datapakker@evil/index.html'],
    ['userinfo with password', 'app://datapakker:pw@evil/index.html'],
    ['port', 'app://datapakker:8080/index.html'],
    ['file', 'file:///etc/passwd'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['javascript', 'javascript:alert(1)'],
    ['http', 'http://datapakker/index.html'],
    ['https', 'https://example.com/'],
    ['blob', 'blob:app://datapakker/0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11'],
    ['leading space', ' app://datapakker/index.html'],
    ['embedded tab', 'app://data\tpakker/index.html'],
    ['NUL byte', 'app://datapakker/index.html\u0000.js'],
    ['newline', 'app://datapakker/\nindex.html'],
    ['protocol-relative', '//datapakker/index.html'],
    ['empty', ''],
    ['oversized', `app://datapakker/${'a'.repeat(9000)}.js`],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([[null], [undefined], [42], [{ href: 'app://datapakker/' }], [['app://datapakker/']]])('refuses non-strings (%s)', (value) => {
    expect(isAppUrl(value)).toBe(false);
  });
});

describe('resolveAppFile', () => {
  it('maps the root to the Electron entry and keeps sub-folders', () => {
    expect(APP_ENTRY_URL).toBe('app://datapakker/electron.html');
    expect(resolveAppFile('app://datapakker/')).toEqual({ ok: true, value: { relativePath: 'electron.html', mimeType: 'text/html; charset=utf-8' } });
    expect(resolveAppFile('app://datapakker/index.html')).toEqual({ ok: true, value: { relativePath: 'index.html', mimeType: 'text/html; charset=utf-8' } });
    expect(resolveAppFile('app://datapakker/assets/duckdb-eh.wasm?x=1#y')).toEqual({
      ok: true,
      value: { relativePath: 'assets/duckdb-eh.wasm', mimeType: 'application/wasm' },
    });
    expect(resolveAppFile('app://datapakker/fonts/IBM%20Plex.ttf')).toEqual({ ok: true, value: { relativePath: 'fonts/IBM Plex.ttf', mimeType: 'font/ttf' } });
  });

  it.each([
    ['encoded slash traversal', 'app://datapakker/..%2f..%2fsecret.js'],
    ['encoded slash inside a segment', 'app://datapakker/a%2f..%2f..%2fetc.js'],
    ['encoded backslash', 'app://datapakker/a%5c..%5cx.js'],
    ['encoded NUL', 'app://datapakker/x.js%00.png'],
    ['drive letter', 'app://datapakker/C:%2fWindows%2fwin.ini'],
    ['hidden file', 'app://datapakker/.env'],
    ['empty segment', 'app://datapakker/a//b.js'],
    ['folder', 'app://datapakker/assets/'],
    ['unknown type', 'app://datapakker/run.exe'],
    ['no extension', 'app://datapakker/etc/passwd'],
    ['bad percent-encoding', 'app://datapakker/%E0%A4%A.js'],
    ['not ours', 'https://example.com/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppFile(url).ok).toBe(false);
  });

  it('decodes once: a double-encoded dot segment is a literal name, never a parent', () => {
    const result = resolveAppFile('app://datapakker/%252e%252e/x.js');
    expect(result).toEqual({ ok: true, value: { relativePath: '%2e%2e/x.js', mimeType: 'text/javascript; charset=utf-8' } });
  });
});

describe('mimeTypeFor', () => {
  it('serves wasm with the exact type streaming compilation needs', () => {
    expect(mimeTypeFor('duckdb-eh.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('worker.mjs')).toBe('text/javascript; charset=utf-8');
  });
  it.each(['noext', '.hidden', 'trailingdot.', 'x.exe', 'x.sh'])('has no type for %s', (name) => {
    expect(mimeTypeFor(name)).toBeNull();
  });
});
