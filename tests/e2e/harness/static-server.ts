/**
 * Serves the web build on 127.0.0.1 and a random port under the desktop app's own conditions: every
 * file gets exactly the headers the app:// protocol sends (`appResponseHeaders`: the CSP, COOP/COEP
 * isolation, nosniff), and a path the protocol would refuse (dot segments, hidden files, a type it
 * has no MIME type for) is refused here too. So the suite sees what the desktop sees.
 *
 * With `onCspReport` the CSP gets one more directive, `report-uri /__csp-report`, which changes nothing
 * that is enforced: Chromium then posts every violation here, from the page and from every worker
 * (a worker's `securitypolicyviolation` event never reaches the page).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, resolveAppFile } from '../../../electron/policy/app-origin';
import { appResponseHeaders } from '../../../electron/policy/csp';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export const CSP_REPORT_PATH = '/__csp-report';

export async function serveStatic(dir: string, options: { onCspReport?: (report: Record<string, unknown>) => void } = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const { onCspReport } = options;
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (onCspReport && req.method === 'POST' && pathname === CSP_REPORT_PATH) {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const parsed = JSON.parse(body) as { 'csp-report'?: Record<string, unknown> };
        onCspReport(parsed['csp-report'] ?? parsed);
        res.writeHead(204).end();
      });
      return;
    }
    // The web build's entry is index.html; the protocol's default (electron.html) is the desktop's.
    const file = resolveAppFile(`${APP_ORIGIN}${pathname === '/' ? '/index.html' : pathname}`);
    const full = file.ok ? path.join(root, ...file.value.relativePath.split('/')) : '';
    if (!file.ok || !fs.existsSync(full) || !fs.statSync(full).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers = appResponseHeaders(file.value.mimeType);
    if (onCspReport) headers['Content-Security-Policy'] += `; report-uri ${CSP_REPORT_PATH}`;
    res.writeHead(200, headers);
    fs.createReadStream(full).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
