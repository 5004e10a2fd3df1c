import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, ISOLATION_HEADERS, appResponseHeaders, contentSecurityPolicy } from '../../electron/policy/csp';

describe('content security policy', () => {
  const csp = contentSecurityPolicy();

  it('is the exact strict policy', () => {
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data: blob:; " +
        "style-src 'self' 'unsafe-inline'; font-src 'self'; object-src 'none'; frame-src 'none'; media-src 'none'; manifest-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('never allows eval, remote hosts, http(s), websockets or wildcards', () => {
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).not.toMatch(/https?:|wss?:|ftp:|file:|\*/);
    for (const sources of Object.values(CSP_DIRECTIVES)) {
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|'unsafe-inline'|blob:|data:)$/);
    }
  });

  it('allows inline code only for styles, and data:/blob: only where named', () => {
    const withInline = Object.entries(CSP_DIRECTIVES)
      .filter(([, s]) => s.includes("'unsafe-inline'"))
      .map(([d]) => d);
    expect(withInline).toEqual(['style-src']);
    const withData = Object.entries(CSP_DIRECTIVES)
      .filter(([, s]) => s.includes('data:'))
      .map(([d]) => d);
    expect(withData).toEqual(['img-src']);
  });

  it('closes the directives that do not fall back to default-src', () => {
    for (const d of ['base-uri', 'frame-ancestors', 'form-action', 'object-src']) expect(CSP_DIRECTIVES[d]).toEqual(["'none'"]);
  });
});

describe('response headers', () => {
  it('carry the CSP and cross-origin isolation needed for duckdb-wasm threads', () => {
    const headers = appResponseHeaders('application/wasm');
    expect(headers['Content-Type']).toBe('application/wasm');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(headers['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(Object.keys(ISOLATION_HEADERS)).toContain('Referrer-Policy');
  });
});
