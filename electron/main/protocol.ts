/**
 * The app:// protocol: serves the renderer build (dist-web), each response
 * with the CSP and cross-origin isolation headers. The scheme must be declared privileged before the
 * app is ready; the handler is installed after.
 */
import { protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME, resolveAppFile } from '../policy/app-origin';
import { appResponseHeaders } from '../policy/csp';

export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
  ]);
}

export function serveAppScheme(distRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
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
