/**
 * The analyst's whole workflow in Chromium on the web build: pick files, correct one column by hand,
 * check, build KOL for the Aarhus cluster, edit a key message, export — and no request leaves the
 * app's origin. With SCREENSHOTS=1 it also refreshes docs/screenshots/app-*.png (the review and the
 * figure come from tests/e2e/samples.test.ts, whose data has real social groups).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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

/**
 * Pixels of a PDF page (pdftoppm, 40 dpi) inside filled areas, as a chart's bars are: coloured or
 * grey (not white, not the dark of text) and equal to the next three pixels to the right. Text, even
 * anti-aliased, has almost none; a page with a bar chart has thousands.
 */
function chartPixels(pdf: string, page: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), '-singlefile', pdf]);
  // Binary PPM: "P6\n<w> <h>\n255\n" then RGB triples.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const px = ppm.subarray(header[0].length);
  const filled = (i: number) => Math.min(px[i]!, px[i + 1]!, px[i + 2]!) <= 235 && Math.max(px[i]!, px[i + 1]!, px[i + 2]!) > 110;
  const same = (i: number, d: number) => px[i + d] === px[i] && px[i + d + 1] === px[i + 1] && px[i + d + 2] === px[i + 2];
  let count = 0;
  for (let i = 0; i + 12 <= px.length; i += 3) if ((i / 3) % width < width - 4 && filled(i) && same(i, 3) && same(i, 6) && same(i, 9)) count++;
  return count;
}

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

    // The proposal finds the Danish headers, the municipality column by its register name too (4c06269).
    await expect(data.mapping('persons', 'person_id').inputValue()).resolves.toBe('PNR');
    await expect(data.mapping('persons', 'sex').inputValue()).resolves.toBe('KOEN');
    await expect(data.mapping('hospital_contacts', 'diagnosis_code').inputValue()).resolves.toBe('DIAG');
    await expect(data.mapping('persons', 'municipality_code').inputValue()).resolves.toBe('BOPAEL_KOM');
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
    await expect(
      pyramid
        .getByRole('row', { name: /^I alt/ })
        .first()
        .innerText(),
    ).resolves.toContain(String(residents));
    // Small age bands are suppressed, shown as "–" with the reason, never as 0.
    await expect(pyramid.getByText('Udeladt pga. få observationer').count()).resolves.toBeGreaterThan(0);
    await review.editKeyMessage('kol.prevalence', KEY_MESSAGE);
    // Reordered with the keyboard; focus stays on the moved indicator's button, so Enter again moves it on.
    await expect(review.moveUp('kol.incidence')).resolves.toMatch(/^Flyt op: /);
    // 300 residents without education data: only the pyramid has enough published cells for a chart
    // (issue 15: no chart where most cells are suppressed; the others say why). csp.test.ts draws every
    // chart kind on the bundled sample.
    await review.chartsDrawn(1);
    await app.page
      .getByText(/^Ingen figur/)
      .first()
      .waitFor({ timeout: 60_000 });
    await review.toExport();

    const eksport = new EksportPage(app.page);
    // Every format in the web build too: one pipeline (shared/export/export-files.ts), the pdfkit PDF.
    await expect(eksport.format('PDF').isDisabled()).resolves.toBe(false);
    await eksport.choose(['PowerPoint (PPTX)', 'Excel (XLSX)', 'PDF', 'Figurer (PNG)', 'Rapport (HTML)', 'Datapakke (datapakke.json)']);
    let exported!: Awaited<ReturnType<EksportPage['run']>>;
    phases.push(await measureLongTasks(app.page, 'export', async () => void (exported = await eksport.run())));
    const { download, summary, heading } = exported;
    console.info(`Long tasks on the UI thread: ${describePhases(phases)}`);
    // Issue 7 (the UI never blocks over 100 ms in import and build) is a speed goal: reported here and
    // written to docs/benchmarks.md, not asserted (a timed assertion fails on a busy 2-core machine).
    // One download, a ZIP named after the package, holding exactly what the summary lists, in the
    // command line's layout (out/<track>/…, README "What the demo writes").
    expect(download.suggestedFilename()).toBe('datapakke-kol-aarhus.zip');
    expect(heading).toContain('datapakke-kol-aarhus.zip');
    const zip = unzipSync(fs.readFileSync((await download.path())!));
    const names = Object.keys(zip).sort();
    expect(summary.slice().sort()).toEqual(names);
    expect(names.filter((n) => !n.startsWith('kol/charts/'))).toEqual([
      'kol/datapakke.html',
      'kol/datapakke.json',
      'kol/datapakke.pdf',
      'kol/datapakke.pptx',
      'kol/datapakke.xlsx',
      'kol/eksportlog.json',
      'kol/eksportlog.txt',
    ]);
    const file = (name: string) => Buffer.from(zip[name]!);

    const pkg = JSON.parse(file('kol/datapakke.json').toString('utf8'));
    expect(pkg.format).toBe('datapakke/1');
    expect(pkg.area.municipalities).toEqual([751, 741]);
    // The analyst's order and text are what the package carries.
    const disease = pkg.sections.find((s: { id: string }) => s.id === 'disease');
    expect(disease.indicators.map((i: { id: string }) => i.id).slice(0, 2)).toEqual(['kol.incidence', 'kol.prevalence']);
    const edited = disease.indicators.find((i: { id: string }) => i.id === 'kol.prevalence');
    expect(edited.keyMessage).toBe(KEY_MESSAGE);
    // Charts travel in the package where there is something to draw (here the pyramid; the prevalence
    // of 300 residents is mostly suppressed and gets none, as in the review).
    const exportedPyramid = pkg.sections
      .flatMap((s: { indicators: { id: string; charts?: unknown[] }[] }) => s.indicators)
      .find((i: { id: string }) => i.id === 'kol.population_pyramid');
    expect(exportedPyramid.charts.length).toBeGreaterThan(0);
    expect(file('kol/datapakke.html').toString('utf8')).toContain(KEY_MESSAGE);
    const slides = unzipSync(file('kol/datapakke.pptx'));
    const slideText = Object.entries(slides)
      .filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(slideText).toContain(KEY_MESSAGE);
    const workbook = unzipSync(file('kol/datapakke.xlsx'));
    expect(Object.keys(workbook)).toContain('xl/workbook.xml');
    expect(strFromU8(workbook['xl/sharedStrings.xml'] ?? new Uint8Array())).toContain(edited.title);
    // Per chart in datapakke.json a PNG at twice and one at three times the chart's size.
    const charts: { id: string }[] = pkg.sections.flatMap((s: { indicators: { charts?: { id: string }[] }[] }) => s.indicators.flatMap((i) => i.charts ?? []));
    expect(names.filter((n) => n.startsWith('kol/charts/'))).toEqual(charts.flatMap((c) => [`kol/charts/${c.id}.png`, `kol/charts/${c.id}@3x.png`]).sort());
    for (const c of charts) {
      const [x2, x3] = [file(`kol/charts/${c.id}.png`), file(`kol/charts/${c.id}@3x.png`)];
      for (const png of [x2, x3]) expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(x2.readUInt32BE(16)).toBeGreaterThan(800);
      expect(Math.abs(x3.readUInt32BE(16) - 1.5 * x2.readUInt32BE(16))).toBeLessThanOrEqual(2);
    }
    // The export log lists every file with the hash of its bytes.
    const log = JSON.parse(file('kol/eksportlog.json').toString('utf8'));
    expect(log.formats).toEqual(['json', 'html', 'pdf', 'pptx', 'xlsx', 'png']);
    expect(log.pdfRoute).toMatch(/^pdfkit/);
    expect(log.files.map((f: { path: string }) => `kol/${f.path}`).sort()).toEqual(names.filter((n) => !n.includes('eksportlog')));
    for (const f of log.files as { path: string; sha256: string }[])
      expect(
        createHash('sha256')
          .update(file(`kol/${f.path}`))
          .digest('hex'),
        f.path,
      ).toBe(f.sha256);
    // The PDF is pdfkit's (fonts embedded) and has its charts: a rendered page shows the bars.
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-app-pdf-')), 'datapakke.pdf');
    fs.writeFileSync(pdf, file('kol/datapakke.pdf'));
    expect(execFileSync('pdffonts', [pdf]).toString()).toMatch(/IBMPlexSans-Regular\s.*yes\s+yes/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    // Page 2 is the table of contents (text only): the control. Measured here: chart pages 1,700-8,900
    // such pixels (the command line's PDF of the fixture package too), text pages 0-1.
    expect(chartPixels(pdf, 2)).toBeLessThan(50);
    const bars = Array.from({ length: pages - 2 }, (_, i) => ({ page: i + 3, pixels: chartPixels(pdf, i + 3) }));
    const best = bars.reduce((a, b) => (b.pixels > a.pixels ? b : a));
    expect(best.pixels, JSON.stringify(bars)).toBeGreaterThan(3000);
    if (SHOTS)
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(best.page), '-l', String(best.page), '-singlefile', pdf, path.join(SHOTS, 'app-pdf-page')]);
    await shot('eksport');

    expect(app.foreignRequests).toEqual([]);
    // Import, build and an export of every format (the PDF and the 2× and 3× PNGs included) take about
    // a minute on a busy 2-core machine.
  }, 240_000);

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
    await expect(data.notice(/befolkning_2024\.csv: kolonne mangler: BOPAEL_KOM/).count()).resolves.toBe(1);
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
