/**
 * Debian Chromium driven by playwright-core, with a network guard: every request whose origin is
 * not the app's own is recorded and aborted, so a test can assert that nothing left the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureWebBuild } from './web-build';
import { serveStatic } from './static-server';
import { observeLongTasks } from './long-tasks';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AppSession {
  origin: string;
  page: Page;
  context: BrowserContext;
  /** URLs of every request that tried to leave the app's origin (workers included). */
  foreignRequests: string[];
  /** Messages the page logged as errors (helps when a step does not appear). */
  consoleErrors: string[];
  /**
   * Every CSP violation: the server's reports (page and workers, see static-server.ts) and the page's
   * own `securitypolicyviolation` events (read with `pageCspViolations`).
   */
  cspReports: Record<string, unknown>[];
  downloadsDir: string;
  close(): Promise<void>;
}

export function isOwnOrigin(url: string, origin: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:') return true;
  return u.origin === origin;
}

/** Runs in every page and frame before its own scripts: keeps its `securitypolicyviolation` events. */
function recordCspViolations() {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
}

/** The `securitypolicyviolation` events the current page has seen since it loaded. */
export function pageCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

export async function launchApp(options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {}): Promise<AppSession> {
  const dist = await ensureWebBuild();
  const cspReports: Record<string, unknown>[] = [];
  const server = await serveStatic(dist, { onCspReport: (r) => cspReports.push(r) });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-chromium-'));
  const downloadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-downloads-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    if (!isOwnOrigin(request.url(), server.origin)) foreignRequests.push(request.url());
  });
  await context.route(
    (url) => !isOwnOrigin(url.href, server.origin),
    (route) => route.abort('blockedbyclient'),
  );
  await observeLongTasks(context);
  await context.addInitScript(recordCspViolations);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${server.origin}/`);
  return {
    origin: server.origin,
    page,
    context,
    foreignRequests,
    consoleErrors,
    cspReports,
    downloadsDir,
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      fs.rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}
