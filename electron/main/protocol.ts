/**
 * The app:// protocol: serves the renderer build (dist-web) and in-memory print pages, each response
 * with the CSP and cross-origin isolation headers. The scheme must be declared privileged before the
 * app is ready; the handler is installed after.
 */
import { protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME, resolveAppFile } from '../policy/app-origin';
import { appResponseHeaders } from '../policy/csp';
import { printPageId } from '../policy/print-page';

export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
  ]);
}

export function serveAppScheme(distRoot: string, printPages: ReadonlyMap<string, string>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const printId = printPageId(request.url);
    if (printId) {
      const html = printPages.get(printId);
      return html === undefined ? new Response('Ikke fundet', { status: 404 }) : new Response(html, { headers: appResponseHeaders('text/html; charset=utf-8') });
    }
    const file = resolveAppFile(request.url);
    if (!file.ok) {
      console.warn(`[app://] refused ${request.url}: ${file.reason}`);
      return new Response('Ikke fundet', { status: 404 });
    }
    try {
      const bytes = await fs.readFile(path.join(distRoot, ...file.value.relativePath.split('/')));
      return new Response(bytes, { headers: appResponseHeaders(file.value.mimeType) });
    } catch {
      return new Response('Ikke fundet', { status: 404 });
    }
  });
}
