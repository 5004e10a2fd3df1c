/**
 * Issue 18: the app under the desktop's own headers. The static server sends `appResponseHeaders()`
 * (electron/policy/csp.ts: script-src 'self' 'wasm-unsafe-eval', no 'unsafe-eval') for every file,
 * workers included. The bundled Region Midt sample is walked to the review and the export: every chart
 * of every package is drawn (in the chart worker, vega's AST mode), the exported HTML file draws its
 * charts under its own meta CSP, and no CSP violation is reported anywhere. A canary first proves the
 * test sees the CSP: `Function` is blocked in the page and in a worker, and both are reported.
 * With SCREENSHOTS=1 it saves docs/screenshots/review-csp.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { CHART_KINDS, chartsFor } from '../../shared/charts/index';
import type { ChartRef } from '../../shared/contract/datapakke';
import { samplePackage } from '../fixtures/datapakke/sample-package';
import { contentSecurityPolicy } from '../../electron/policy/csp';
import { launchApp, pageCspViolations, type AppSession } from './harness/chromium';
import { ROOT } from './harness/web-build';
import { DataPage, EksportPage, GennemsynPage, KontrolPage, PakkePage } from './pages/workflow';

const SHOTS = process.env.SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots') : null;
const SAMPLE = path.join(ROOT, 'data-samples', 'region-midt');
const TRACKS = ['KOL', 'Diabetes', 'Angst'];
const LONG = { timeout: 600_000 };
const CSP_TEXT = /Content Security Policy|EvalError|unsafe-eval/i;

/** What `Function('return 1')` does in the page and in a blob: worker the page starts. */
async function functionProbe(page: Page): Promise<{ page: string; worker: string }> {
  return page.evaluate(async () => {
    const probe = () => {
      try {
        return String(Function('return 1')());
      } catch (err) {
        return (err as Error).name;
      }
    };
    const source = `try { postMessage(String(Function('return 1')())); } catch (err) { postMessage(err.name); }`;
    // Not terminated: a worker stopped right away may never send its violation report.
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    const inWorker = await new Promise<string>((resolve) => (worker.onmessage = (e: MessageEvent<string>) => resolve(e.data)));
    return { page: probe(), worker: inWorker };
  });
}

interface Marks {
  /** Elements of vega's data marks (not axes, legends, titles): bars, rules, points, text labels. */
  all: number;
  /** The same without text: a chart whose every cell is suppressed draws only "– udeladt" texts. */
  graphic: number;
}

/** The marks drawn in each chart SVG under `selector`, by chart id. */
function marksPerChart(page: Page, selector: string, idAttribute: string): Promise<Record<string, Marks>> {
  return page.$$eval(
    selector,
    (nodes, attr) =>
      Object.fromEntries(
        nodes.map((n) => [
          n.getAttribute(attr) ?? '?',
          { all: n.querySelectorAll('svg .role-mark > *').length, graphic: n.querySelectorAll('svg .role-mark:not(.mark-text) > *').length },
        ]),
      ),
    idAttribute,
  );
}

/** Every chart drew marks, and every chart kind drew bars, lines or points in at least one chart. */
function expectDrawn(marks: Record<string, Marks>, where: string) {
  for (const [id, m] of Object.entries(marks)) expect(m.all, `${where} ${id}`).toBeGreaterThan(0);
  const kinds = new Set(Object.keys(marks).map(kindOf));
  for (const kind of kinds)
    expect(
      Math.max(
        ...Object.entries(marks)
          .filter(([id]) => kindOf(id) === kind)
          .map(([, m]) => m.graphic),
      ),
      `${where} ${kind}`,
    ).toBeGreaterThan(0);
}

const kindOf = (chartId: string) => chartId.slice(chartId.lastIndexOf('.') + 1);

describe('the desktop CSP in Chromium: the Region Midt sample to the review and the export', () => {
  let app: AppSession;
  const cspConsole = () => app.consoleErrors.filter((m) => CSP_TEXT.test(m));
  beforeAll(async () => {
    app = await launchApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
  });

  it('canary: the page is served with the desktop CSP, which blocks Function in the page and in workers, and says so', async () => {
    await new DataPage(app.page).ready();
    const served = await app.page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(served?.startsWith(contentSecurityPolicy())).toBe(true);
    expect(await functionProbe(app.page)).toEqual({ page: 'EvalError', worker: 'EvalError' });
    // The reporting channels saw it: the page's own events, and the server's reports, which are the only
    // channel that hears a worker (its event stays in the worker). Playwright's console shows neither, so
    // the console is watched for errors that mention CSP or EvalError (a chart that failed says so).
    expect((await pageCspViolations(app.page)).filter((v) => v.startsWith('script-src eval')).length).toBeGreaterThan(0);
    const evalReports = () =>
      app.cspReports.filter((r) => r['effective-directive'] === 'script-src' && r['blocked-uri'] === 'eval').map((r) => r['document-uri']);
    await expect.poll(() => new Set(evalReports()), { timeout: 30_000 }).toEqual(new Set([`${app.origin}/`, 'blob']));
  });

  it('draws every chart of every package in the review and the HTML export, with no CSP violation', async () => {
    const page = app.page;
    await page.reload();
    app.cspReports.length = 0;
    app.consoleErrors.length = 0;

    const files = fs
      .readdirSync(SAMPLE)
      .filter((f) => /\.(csv|parquet|xlsx)$/.test(f))
      .map((f) => path.join(SAMPLE, f));
    await page.evaluate((p) => localStorage.setItem('datapakker.profile', p), fs.readFileSync(path.join(SAMPLE, 'region-midt.profile.json'), 'utf8'));
    await page.reload();
    const data = new DataPage(page);
    await data.ready();
    await data.pickFiles(files);
    await data.notice(/gemte profil .* passer til filerne/).waitFor();
    await page.getByRole('button', { name: 'Indlæs og kontrollér' }).click();
    await page.getByRole('heading', { name: 'Kontrol af data' }).waitFor(LONG);
    // The workbook (kommunale_tilbud.xlsx, 1,935 rows) came through the XLSX worker under the CSP.
    const kontrol = new KontrolPage(page);
    await expect(kontrol.tableRow('municipal_services').innerText()).resolves.toMatch(/\b1\.?935\b/);
    await kontrol.next();
    await new PakkePage(page).choose({ area: 'cluster:aarhus', tracks: TRACKS, referenceDate: '2024-01-01' });
    await page.getByRole('button', { name: 'Byg datapakke' }).click();
    await page.getByRole('heading', { name: 'Gennemsyn og redigér' }).waitFor(LONG);

    // The review, package by package: wait until every card is mounted and every chart settled.
    const reviewMarks: Record<string, Marks> = {};
    for (const track of TRACKS) {
      if (TRACKS.length > 1) await page.getByRole('button', { name: track, exact: true }).click();
      await page
        .locator('p.lead')
        .filter({ hasText: new RegExp(`^${track} ·`) })
        .waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, { timeout: 120_000 });
      expect(await page.getByTestId('chart-failed').count()).toBe(0);
      Object.assign(reviewMarks, await marksPerChart(page, '[data-testid="chart"]', 'data-chart-id'));
      if (SHOTS && track === TRACKS[0]) await page.screenshot({ path: path.join(SHOTS, 'review-csp.png') });
    }
    expectDrawn(reviewMarks, 'review');

    await new GennemsynPage(page).toExport();
    const eksport = new EksportPage(page);
    await eksport.choose(['Rapport (HTML)', 'Figurer (SVG)']);
    // Three packages, every chart drawn for the HTML and SVG files, in the export worker.
    const { download } = await eksport.run({ timeout: 600_000 }).catch(async (err: unknown) => {
      console.error(
        `export failed; CSP reports ${JSON.stringify(app.cspReports)}; console ${JSON.stringify(app.consoleErrors)}; page: ${await page
          .locator('main')
          .innerText()
          .catch(() => '?')}`,
      );
      throw err;
    });
    const zip = unzipSync(fs.readFileSync((await download.path())!));

    // The review drew exactly the charts the export drew, and they cover every chart kind.
    const exported = Object.keys(zip)
      .filter((n) => /\/charts\/[^/]+\.svg$/.test(n))
      .map((n) => path.basename(n, '.svg'));
    expect(Object.keys(reviewMarks).sort()).toEqual(exported.sort());
    expect(new Set(exported.map(kindOf)).size).toBeGreaterThanOrEqual(4);

    // The sample's area has no chart of some kinds (e.g. too few municipalities for a funnel): the chart
    // worker draws one chart of every kind from the fixture package too, through the suite's hook.
    const fixtureCharts = new Map<string, ChartRef>();
    for (const track of ['kol', 'diabetes', 'angst'] as const) {
      const pkg = samplePackage(track);
      for (const chart of pkg.sections.flatMap((sec) => sec.indicators.flatMap((i) => chartsFor(i, pkg))))
        if (!fixtureCharts.has(kindOf(chart.id))) fixtureCharts.set(kindOf(chart.id), chart);
    }
    expect([...fixtureCharts.keys()].sort()).toEqual(CHART_KINDS.map((k) => k.kind).sort());
    const workerMarks = await page.evaluate(
      async (charts) => {
        const hook = (window as unknown as { __datapakkerEngine: { renderChartSvg(s: unknown): Promise<{ ok: boolean; value?: string; message?: string }> } })
          .__datapakkerEngine;
        const out: Record<string, { all: number; graphic: number } | string> = {};
        for (const chart of charts) {
          const drawn = await hook.renderChartSvg(chart.vegaLite);
          if (!drawn.ok) out[chart.id] = drawn.message ?? 'failed';
          else {
            const svg = new DOMParser().parseFromString(drawn.value!, 'image/svg+xml');
            out[chart.id] = { all: svg.querySelectorAll('.role-mark > *').length, graphic: svg.querySelectorAll('.role-mark:not(.mark-text) > *').length };
          }
        }
        return out;
      },
      [...fixtureCharts.values()],
    );
    for (const [id, m] of Object.entries(workerMarks)) expect(typeof m === 'string' ? m : m.graphic, id).toBeGreaterThan(0);

    // The app itself reported nothing: not the page, not the chart worker, not the engine's workers.
    expect(app.cspReports).toEqual([]);
    expect(await pageCspViolations(page)).toEqual([]);
    expect(cspConsole()).toEqual([]);
    expect(app.foreignRequests).toEqual([]);

    // Each exported HTML file under its own meta CSP (served here with no CSP header of ours).
    const htmlFiles = Object.keys(zip).filter((n) => n.endsWith('/datapakke.html'));
    expect(htmlFiles.length).toBe(TRACKS.length);
    for (const name of htmlFiles) {
      const url = `${app.origin}/__export/${name}`;
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: strFromU8(zip[name]!) }));
      await page.goto(url);
      const charts = await page.locator('[data-chart]').count();
      await page.waitForSelector(`body[data-charts-ready="${charts}"]`, { timeout: 120_000 });
      const marks = await marksPerChart(page, '[data-chart]', 'data-chart');
      expect(Object.keys(marks).length, name).toBe(charts);
      expectDrawn(marks, name);
      expect(await pageCspViolations(page), name).toEqual([]);
      expect(cspConsole(), name).toEqual([]);
    }
    // Canary: the file's CSP is in force for its own scripts (where vega runs). The probe must be a
    // script of the page: Chromium lets code that page.evaluate() injects call Function under a meta CSP.
    const probe = `<script>try { Function('return 1')(); document.body.dataset.evalProbe = 'ran'; } catch (err) { document.body.dataset.evalProbe = err.name; }</script>`;
    const probeUrl = `${app.origin}/__export/probe.html`;
    const file = strFromU8(zip[htmlFiles[0]!]!);
    const end = file.lastIndexOf('</body>');
    await page.route(probeUrl, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: file.slice(0, end) + probe + file.slice(end) }),
    );
    await page.goto(probeUrl);
    await expect(page.locator('body').getAttribute('data-eval-probe')).resolves.toBe('EvalError');
    expect(app.foreignRequests).toEqual([]);
  }, 1_200_000);
});
