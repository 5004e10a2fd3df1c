/**
 * The bundled synthetic Region Midt extract (data-samples/region-midt: 50,000 persons, Parquet,
 * XLSX and Latin-1 CSV, planted social gradients) through the whole app with its committed
 * profile: the gradients arrive in the review as charts, and nothing leaves the origin. With
 * SCREENSHOTS=1 it takes the review and figure screenshots (app-gennemsyn*.png,
 * app-eksport-figur.png), which need data with real social groups.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { launchApp, type AppSession } from './harness/chromium';
import { ROOT } from './harness/web-build';
import { describePhases, measureLongTasks, type LongTaskPhase } from './harness/long-tasks';
import { DataPage, EksportPage, GennemsynPage, KontrolPage, PakkePage } from './pages/workflow';

const SHOTS = process.env.SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots') : null;
const SAMPLE = path.join(ROOT, 'data-samples', 'region-midt');
const LONG = { timeout: 300_000 };

describe('the Region Midt sample in Chromium (web build)', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
  });

  it('builds KOL for the Aarhus cluster with social gradients, offline', async () => {
    const page = app.page;
    const files = fs
      .readdirSync(SAMPLE)
      .filter((f) => /\.(csv|parquet|xlsx)$/.test(f))
      .map((f) => path.join(SAMPLE, f));
    // First time, no profile: Parquet headers are read too, so those tables get a proposal.
    const first = new DataPage(page);
    await first.ready();
    await first.pickFiles(files);
    // The socioeconomic table is the Parquet file named for it, not a CSV that merely resembles it.
    await expect(
      page.getByRole('region', { name: 'uddannelse_beskaeftigelse.parquet' }).getByLabel('socioeconomic: education', { exact: true }).inputValue(),
    ).resolves.toBe('UDDANNELSE');
    await expect(first.mapping('prescriptions', 'atc').first().inputValue()).resolves.toBe('ATC');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'app-data-parquet.png'), fullPage: true });

    const profile = fs.readFileSync(path.join(SAMPLE, 'region-midt.profile.json'), 'utf8');
    // The analyst saved this profile last year: it is in the app's local store.
    await page.evaluate((p) => localStorage.setItem('datapakker.profile', p), profile);
    await page.reload();
    const data = new DataPage(page);
    await data.ready();
    await data.pickFiles(files);
    await data.notice(/gemte profil .* passer til filerne/).waitFor();

    // Cancel an import in flight: the app says so calmly, stays on Data, and the engine is free for
    // the next try (a cancelled duckdb-wasm query once kept it busy until the query would have ended).
    await page.getByRole('button', { name: 'Indlæs og kontrollér' }).click();
    await page.getByTestId('progress').waitFor();
    await page.getByRole('button', { name: 'Annullér' }).click();
    await expect(page.getByTestId('cancelled').innerText()).resolves.toContain('Kørslen blev annulleret');
    await expect(page.getByRole('heading', { name: 'Vælg udtrækkets filer' }).isVisible()).resolves.toBe(true);

    const phases: LongTaskPhase[] = [];
    phases.push(
      await measureLongTasks(page, 'import', async () => {
        await page.getByRole('button', { name: 'Indlæs og kontrollér' }).click();
        await page.getByRole('heading', { name: 'Kontrol af data' }).waitFor(LONG);
      }),
    );
    // The workbook (kommunale_tilbud.xlsx, 1,935 rows, parsed in the XLSX worker) arrived whole.
    const kontrol = new KontrolPage(page);
    await expect(kontrol.tableRow('municipal_services').innerText()).resolves.toMatch(/\b1\.?935\b/);
    await kontrol.next();
    const pakke = new PakkePage(page);
    await pakke.choose({ area: 'cluster:aarhus', tracks: ['KOL'], referenceDate: '2024-01-01' });
    phases.push(
      await measureLongTasks(page, 'build', async () => {
        await page.getByRole('button', { name: 'Byg datapakke' }).click();
        await page.getByRole('heading', { name: 'Gennemsyn og redigér' }).waitFor(LONG);
      }),
    );

    // The planted gradient is there: prevalence by education names every education group.
    const review = new GennemsynPage(page);
    const prevalence = review.indicator('kol.prevalence');
    await expect(prevalence.getByRole('rowheader', { name: /Uddannelse: Grundskole/ }).count()).resolves.toBeGreaterThan(0);
    await review.chartsDrawn(8);
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, 'app-gennemsyn.png'), fullPage: false });
      await prevalence.screenshot({ path: path.join(SHOTS, 'app-gennemsyn-indikator.png') });
    }

    await review.toExport();
    const eksport = new EksportPage(page);
    await eksport.choose(['Figurer (PNG)']);
    let exported!: Awaited<ReturnType<EksportPage['run']>>;
    phases.push(await measureLongTasks(page, 'export', async () => void (exported = await eksport.run())));
    const zip = unzipSync(fs.readFileSync((await exported.download.path())!));
    const gradient = Object.keys(zip).find((n) => n.endsWith('kol.prevalence.gradient.png'));
    expect(gradient).toBeDefined();
    if (SHOTS) fs.writeFileSync(path.join(SHOTS, 'app-eksport-figur.png'), zip[gradient!]!);
    console.info(`Region Midt sample, long tasks on the UI thread: ${describePhases(phases)}`);
    // Issue 7 (the UI never blocks over 100 ms in import and build) is a speed goal: reported here and
    // written to docs/benchmarks.md, not asserted (a timed assertion fails on a busy 2-core machine).
    expect(app.foreignRequests).toEqual([]);
  }, 900_000);
});
