/**
 * The app's own origin, `app://datapakker`, and the one function that decides whether a URL belongs
 * to it. Everything else (request filter, navigation, trusted IPC sender, protocol handler) asks
 * here, so there is exactly one definition of "ours".
 */
import { mimeTypeFor } from './mime';
import { type Verdict, accept, refuse } from './verdict';

export const APP_SCHEME = 'app';
export const APP_HOST = 'datapakker';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The renderer's Electron composition root (renderer/electron.html; index.html is the web build's). */
export const APP_ENTRY_FILE = 'electron.html';
export const APP_ENTRY_URL = `${APP_ORIGIN}/${APP_ENTRY_FILE}`;

const MAX_URL_CHARS = 8192;
// Controls, spaces and backslashes: Chromium would "repair" them, so a URL that has them is hostile.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPICIOUS_CHARS = /[\u0000-\u0020\u007f\\]/;
// A dot segment, plain or percent-encoded: the URL parser would silently resolve it, so refuse it.
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?=[/?#]|$)/i;

/**
 * True only for a canonical `app://datapakker/...` URL: exact lower-case scheme and host, no
 * userinfo, no port. Chromium hands us canonical URLs for the privileged scheme, so refusing every
 * non-canonical spelling costs nothing and closes the parser-differential tricks.
 */
export function isAppUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_URL_CHARS) return false;
  if (SUSPICIOUS_CHARS.test(url) || DOT_SEGMENT.test(url)) return false;
  if (!url.startsWith(`${APP_ORIGIN}/`)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '';
}

export interface AppFile {
  /** Forward-slash path relative to the renderer build folder, with no `.` or `..` segment. */
  relativePath: string;
  mimeType: string;
}

/**
 * Maps an `app://datapakker/<path>` request to a file of the renderer build. Each path segment is
 * decoded once and must then be a plain name: no separators, no dot segments, no hidden files, no
 * drive letters, no NUL. The caller joins the result onto the build folder.
 */
export function resolveAppFile(url: unknown): Verdict<AppFile> {
  if (!isAppUrl(url)) return refuse('not an app:// URL');
  const pathname = new URL(url).pathname;
  const raw = pathname === '/' ? [APP_ENTRY_FILE] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const segment of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return refuse('malformed percent-encoding');
    }
    if (decoded === '' || decoded.startsWith('.')) return refuse(`forbidden path segment "${segment}"`);
    // eslint-disable-next-line no-control-regex -- control characters in a path segment are refused
    if (/[/\\:\u0000-\u001f\u007f]/.test(decoded)) return refuse(`forbidden character in "${segment}"`);
    segments.push(decoded);
  }
  const relativePath = segments.join('/');
  const mimeType = mimeTypeFor(segments[segments.length - 1]!);
  if (!mimeType) return refuse(`no MIME type for "${relativePath}"`);
  return accept({ relativePath, mimeType });
}
