/**
 * The analyst's whole workflow in Chromium on the web build: pick files, correct one column by hand,
 * check, build KOL for the Aarhus cluster, edit a key message, export — and no request leaves the
 * app's origin. With SCREENSHOTS=1 it also refreshes docs/screenshots/app-*.png (the review and the
 * figure come from tests/e2e/samples.test.ts, whose data has real social groups).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { launchApp, type AppSession } from './harness/chromium';
import { ROOT } from './harness/web-build';
import { describePhases, measureLongTasks, type LongTaskPhase } from './harness/long-tasks';
import { expectedAge65, writeExtract, type PlantedPerson } from './fixtures/extract';
import { validateProfile } from '../../shared/contract/profile';
import { DataPage, EksportPage, GennemsynPage, KontrolPage, PakkePage } from './pages/workflow';

const SHOTS = process.env.SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots') : null;
const REFERENCE_DATE = '2024-01-01';
const KEY_MESSAGE = 'KOL rammer skævt: borgere med kort uddannelse har oftest sygdommen (redigeret af analytikeren).';

const da1 = (x: number) => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);

describe('workflow in Chromium (web build)', () => {
  let app: AppSession;
  let files: string[];
  let persons: PlantedPerson[];
  const shot = async (name: string) => {
    if (SHOTS) await app.page.screenshot({ path: path.join(SHOTS, `app-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    ({ files, persons } = writeExtract(fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-extract-'))));
    if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
  });

  it('walks Data → Kontrol → Pakke → Gennemsyn → Eksport on the extract, offline', async () => {
    const data = new DataPage(app.page);
    await data.ready();
    await shot('start');
    await data.pickFiles(files);

    // The proposal found the Danish headers but not the municipality column: corrected by hand.
    await expect(data.mapping('persons', 'person_id').inputValue()).resolves.toBe('PNR');
    await expect(data.mapping('persons', 'sex').inputValue()).resolves.toBe('KOEN');
    await expect(data.mapping('hospital_contacts', 'diagnosis_code').inputValue()).resolves.toBe('DIAG');
    await expect(data.mapping('persons', 'municipality_code').inputValue()).resolves.toBe('');
    await data.mapColumn('persons', 'municipality_code', 'BOPAEL_KOM');
    await shot('data');
    const phases: LongTaskPhase[] = [];
    phases.push(await measureLongTasks(app.page, 'import', () => data.importAndCheck()));

    // Every row was read; the one with sex code 9… (every 97th from 5) was rejected and said so.
    const kontrol = new KontrolPage(app.page);
    const rejected = persons.filter((p) => p.sex === '9').length;
    await expect(kontrol.tableRow('persons').innerText()).resolves.toMatch(new RegExp(`600\\s+${600 - rejected}\\s+${rejected}`));
    await kontrol.filter(/^Fejl/);
    await expect(kontrol.problems().first().innerText()).resolves.toContain(`${rejected} rækker`);
    await kontrol.filter(/^Alle/);
    await shot('kontrol');
    await kontrol.next();

    const pakke = new PakkePage(app.page);
    await pakke.choose({ area: 'cluster:aarhus', tracks: ['KOL'], referenceDate: REFERENCE_DATE });
    await pakke.blur();
    await shot('pakke');
    phases.push(await measureLongTasks(app.page, 'build', () => pakke.build()));

    // Numbers on screen are the planted truth: alive residents of Aarhus and Samsø with a known sex.
    const review = new GennemsynPage(app.page);
    const truth = expectedAge65(persons, REFERENCE_DATE, [751, 741]);
    const residents = [...truth.bySex.values()].reduce((sum, c) => sum + c.n, 0);
    const pyramid = review.indicator('kol.population_pyramid');
    await expect(pyramid.getByRole('row', { name: /^I alt/ }).first().innerText()).resolves.toContain(String(residents));
    // Small age bands are suppressed, shown as "–" with the reason, never as 0.
    await expect(pyramid.getByText('Udeladt pga. få observationer').count()).resolves.toBeGreaterThan(0);
    await review.editKeyMessage('kol.prevalence', KEY_MESSAGE);
    // Reordered with the keyboard; focus stays on the moved indicator's button, so Enter again moves it on.
    await expect(review.moveUp('kol.incidence')).resolves.toMatch(/^Flyt op: /);
    await review.chartsDrawn(2);
    await review.toExport();

    const eksport = new EksportPage(app.page);
    await expect(eksport.format('PDF').isDisabled()).resolves.toBe(true);
    await eksport.choose(['PowerPoint (PPTX)', 'Excel (XLSX)', 'Figurer (PNG)', 'Rapport (HTML)', 'Datapakke (datapakke.json)']);
    let exported!: Awaited<ReturnType<EksportPage['run']>>;
    phases.push(await measureLongTasks(app.page, 'export', async () => void (exported = await eksport.run())));
    const { download, summary, heading } = exported;
    console.info(`Long tasks on the UI thread: ${describePhases(phases)}`);
    // Issue 7 (the UI never blocks over 100 ms in import and build) is a speed goal: reported here and
    // written to docs/benchmarks.md, not asserted (a timed assertion fails on a busy 2-core machine).
    // One download, a ZIP named after the package, holding exactly what the summary lists.
    expect(download.suggestedFilename()).toBe('datapakke-kol-aarhus.zip');
    expect(heading).toContain('datapakke-kol-aarhus.zip');
    const zip = unzipSync(fs.readFileSync((await download.path())!));
    const names = Object.keys(zip).sort();
    expect(summary.slice().sort()).toEqual(names);
    expect(names.filter((n) => !n.endsWith('.png'))).toEqual(['datapakke-kol-aarhus.html', 'datapakke-kol-aarhus.json', 'datapakke-kol-aarhus.pptx', 'datapakke-kol-aarhus.xlsx']);
    const file = (name: string) => Buffer.from(zip[name]!);

    const pkg = JSON.parse(file('datapakke-kol-aarhus.json').toString('utf8'));
    expect(pkg.format).toBe('datapakke/1');
    expect(pkg.area.municipalities).toEqual([751, 741]);
    // The analyst's order and text are what the package carries.
    const disease = pkg.sections.find((s: { id: string }) => s.id === 'disease');
    expect(disease.indicators.map((i: { id: string }) => i.id).slice(0, 2)).toEqual(['kol.incidence', 'kol.prevalence']);
    const edited = disease.indicators.find((i: { id: string }) => i.id === 'kol.prevalence');
    expect(edited.keyMessage).toBe(KEY_MESSAGE);
    expect(edited.charts.length).toBeGreaterThan(0);
    expect(file('datapakke-kol-aarhus.html').toString('utf8')).toContain(KEY_MESSAGE);
    const slides = unzipSync(file('datapakke-kol-aarhus.pptx'));
    const slideText = Object.entries(slides).filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(([, b]) => strFromU8(b)).join('');
    expect(slideText).toContain(KEY_MESSAGE);
    const workbook = unzipSync(file('datapakke-kol-aarhus.xlsx'));
    expect(Object.keys(workbook)).toContain('xl/workbook.xml');
    expect(strFromU8(workbook['xl/sharedStrings.xml'] ?? new Uint8Array())).toContain(edited.title);
    // One PNG per chart, at twice the chart's size, per chart in datapakke.json.
    const charts = pkg.sections.flatMap((s: { indicators: { charts?: unknown[] }[] }) => s.indicators.flatMap((i) => i.charts ?? []));
    const pngs = names.filter((n) => n.endsWith('.png'));
    expect(pngs.every((n) => n.startsWith('figurer/'))).toBe(true);
    expect(pngs).toHaveLength(charts.length);
    for (const png of pngs) {
      const bytes = file(png);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBeGreaterThan(800);
    }
    await shot('eksport');

    expect(app.foreignRequests).toEqual([]);
  });

  it('applies a saved profile next time, and asks when this year’s headers differ', async () => {
    const data = new DataPage(app.page);
    await app.page.reload();
    await data.ready();
    await app.page.getByRole('button', { name: 'English' }).click();
    await app.page.getByRole('heading', { name: "Pick the extract's files" }).waitFor();
    await app.page.getByRole('button', { name: 'Dansk' }).click();
    await data.ready();
    await data.pickFiles(files);
    await data.mapColumn('persons', 'municipality_code', 'BOPAEL_KOM');
    const saved = await data.saveProfile();
    const profile = JSON.parse(fs.readFileSync((await saved.path())!, 'utf8'));
    expect(profile.tables.persons).toMatchObject({ file: 'befolkning_*.csv', columns: { municipality_code: 'BOPAEL_KOM' } });
    // The saved file is a profile the command line accepts.
    expect(validateProfile(profile)).toEqual([]);

    await app.page.reload();
    await data.ready();
    await data.pickFiles(files);
    await data.notice(/gemte profil .* passer til filerne/).waitFor();
    await expect(data.mapping('persons', 'municipality_code').inputValue()).resolves.toBe('BOPAEL_KOM');

    // Next year the municipality column is renamed: the app shows the difference and asks.
    const renamed = writeExtract(fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-extract-')), { municipalityHeader: 'KOMKODE' });
    await app.page.reload();
    await data.ready();
    await data.pickFiles(renamed.files);
    await data.notice(/afviger fra din gemte profil/).waitFor();
    await expect(data.notice(/Mangler i befolkning_2024\.csv: BOPAEL_KOM/).count()).resolves.toBe(1);
    await shot('profil-afviger');
    // Readable at 150 % scaling: the same page zoomed, as a Windows user at 150 % sees it.
    await app.page.evaluate(() => document.body.style.setProperty('zoom', '1.5'));
    await shot('data-150');
    expect(app.foreignRequests).toEqual([]);
  });

  it('blocks the next step on a fatal problem, and says why and what to do', async () => {
    const data = new DataPage(app.page);
    await app.page.evaluate(() => localStorage.clear());
    await app.page.reload();
    await data.ready();
    // Only the hospital contacts: without a population nothing can be computed.
    await data.pickFiles(files.filter((f) => f.endsWith('lpr_2023.csv')));
    await data.importAndCheck();
    const alert = app.page.getByRole('alert');
    await expect(alert.innerText()).resolves.toContain('Der er fejl, der forhindrer en datapakke');
    await expect(app.page.locator('.problem.fatal').first().innerText()).resolves.toContain('ingen befolkningstabel');
    await expect(app.page.getByRole('button', { name: 'Videre til Pakke' }).count()).resolves.toBe(0);
    // The step bar says the same: Pakke is blocked, with the reason under it.
    await expect(app.page.getByRole('navigation').innerText()).resolves.toContain('Kontrollen har fundet fejl, der skal rettes først');
    await shot('kontrol-blokeret');
    await app.page.getByRole('button', { name: 'Tilbage til Data' }).click();
    await data.ready();
    expect(app.foreignRequests).toEqual([]);
  });
});
