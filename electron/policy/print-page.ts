/**
 * HTML printed to PDF is served from memory under `app://datapakker/print/<id>.html`, so the print
 * window stays inside the network kill-switch and the CSP (no file: or data: navigation needed).
 */
import { APP_ORIGIN, isAppUrl } from './app-origin';

const PRINT_PATH = /^\/print\/([a-f0-9-]{36})\.html$/;

export function printPageUrl(id: string): string {
  return `${APP_ORIGIN}/print/${id}.html`;
}

/** The id of a print page URL, or null when the URL is not one. */
export function printPageId(url: unknown): string | null {
  if (!isAppUrl(url)) return null;
  const match = PRINT_PATH.exec(new URL(url).pathname);
  return match ? match[1]! : null;
}
