import { describe, expect, it } from 'vitest';
import { decideRequest } from '../../electron/policy/request-filter';

const prod = { dev: false };
const dev = { dev: true };

describe('network kill-switch', () => {
  it.each([
    'app://datapakker/index.html',
    'app://datapakker/assets/duckdb-eh.wasm',
    'blob:app://datapakker/0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('lets local %s through', (url) => {
    expect(decideRequest(url, prod)).toEqual({ cancel: false });
  });

  it.each([
    'https://update.electronjs.org/foo',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'https://fonts.googleapis.com/css?family=IBM+Plex+Sans',
    'wss://example.com/socket',
    'ws://localhost:9229/',
    'ftp://example.com/x',
    'file:///etc/passwd',
    'file:///C:/Users/analyst/lpr.csv',
    'chrome-extension://abc/x.js',
    'devtools://devtools/bundled/inspector.html',
    'app://evil/index.html',
    'app://datapakker/../../etc/passwd',
    'APP://datapakker/index.html',
    'HTTPS://EXAMPLE.COM/',
    'javascript:alert(1)',
    '',
  ])('cancels and logs %s', (url) => {
    const decision = decideRequest(url, prod);
    expect(decision.cancel).toBe(true);
    if (decision.cancel) expect(decision.log).toMatch(/^Blocked request/);
  });

  it('allows the DevTools front-end only in an unpackaged run', () => {
    expect(decideRequest('devtools://devtools/bundled/inspector.html', dev)).toEqual({ cancel: false });
    expect(decideRequest('devtools://devtools/bundled/inspector.html', prod).cancel).toBe(true);
    expect(decideRequest('https://chrome-devtools-frontend.appspot.com/x', dev).cancel).toBe(true);
  });

  it('truncates long URLs in the log so query strings with data do not fill it', () => {
    const decision = decideRequest(`https://example.com/?q=${'x'.repeat(5000)}`, prod);
    expect(decision.cancel && decision.log.length).toBeLessThan(260);
  });

  it('cancels requests without a string URL', () => {
    expect(decideRequest(undefined, prod).cancel).toBe(true);
    expect(decideRequest({ url: 'app://datapakker/' }, prod).cancel).toBe(true);
  });
});
