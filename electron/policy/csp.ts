/**
 * The Content-Security-Policy and isolation headers on every response of the app:// protocol.
 * Directives are data so a test can read each one; the string is built from them.
 */

/** Every source list is local: the app's own origin, or in-memory `blob:`/`data:` where noted. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // duckdb-wasm and parquet-wasm compile WebAssembly; 'wasm-unsafe-eval' allows that and nothing else
  // ('unsafe-eval' would also allow eval and new Function).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // duckdb-wasm starts its worker from a blob: URL wrapping the bundled worker file.
  'worker-src': ["'self'", 'blob:'],
  // fetch() of the bundled .wasm files goes to our own scheme only.
  'connect-src': ["'self'"],
  // Charts render to data:/blob: images for previews and PNG export.
  'img-src': ["'self'", 'data:', 'blob:'],
  // React style props and vega's SVG output set inline styles.
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'media-src': ["'none'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export function contentSecurityPolicy(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Cross-origin isolation lets duckdb-wasm use SharedArrayBuffer (its threaded bundle); the other
 * headers stop MIME sniffing and leaking the app URL.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The full header set for one app:// response. */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return { 'Content-Type': mimeType, 'Content-Security-Policy': contentSecurityPolicy(), ...ISOLATION_HEADERS };
}
