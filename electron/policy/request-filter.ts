/**
 * The network kill-switch: every request the session makes passes through `decideRequest`. Only the
 * app's own scheme and in-memory URLs pass; everything else (http, https, ws, ftp, file, other
 * custom schemes) is cancelled and logged, so no byte of a registry extract can leave the machine.
 */
import { APP_SCHEME, isAppUrl } from './app-origin';

export interface RequestContext {
  /** Unpackaged run: the DevTools front-end (devtools:) is allowed. */
  dev: boolean;
}

export type RequestDecision = { cancel: false } | { cancel: true; log: string };

// In-memory URLs never touch the network: duckdb-wasm's worker is a blob:, chart images are data:.
const LOCAL_ONLY_SCHEMES = new Set(['blob:', 'data:']);
const LOGGED_URL_CHARS = 200;

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match ? `${match[1]!.toLowerCase()}:` : '';
}

export function decideRequest(url: unknown, context: RequestContext): RequestDecision {
  if (typeof url !== 'string') return { cancel: true, log: 'Blocked request with no URL' };
  const scheme = schemeOf(url);
  if (scheme === `${APP_SCHEME}:` && isAppUrl(url)) return { cancel: false };
  if (LOCAL_ONLY_SCHEMES.has(scheme) && url.startsWith(scheme)) return { cancel: false };
  if (context.dev && scheme === 'devtools:' && url.startsWith('devtools://devtools/')) return { cancel: false };
  // Truncated: a data-bearing query string should not fill the log.
  const shown = url.length > LOGGED_URL_CHARS ? `${url.slice(0, LOGGED_URL_CHARS)}…` : url;
  return { cancel: true, log: `Blocked request (network is off): ${shown}` };
}
