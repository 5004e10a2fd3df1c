import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACK_IDS, type Datapakke, type TrackId } from '../../../shared/contract/datapakke';
import { ExportCancelledError, exportPackage, type ExportSummary } from '../../../electron/node/export/index';
import { FAKE_PERSON_IDS, samplePackage } from '../../fixtures/datapakke/sample-package';
import { scanBytes } from './scan';

const ALL = ['json', 'html', 'pdf', 'pptx', 'xlsx', 'png', 'svg'] as const;
const root = mkdtempSync(join(tmpdir(), 'datapakker-export-'));
const packages = new Map<TrackId, Datapakke>();
const summaries = new Map<TrackId, ExportSummary>();
const hasTool = (tool: string) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, tool)));

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? allFiles(join(dir, f)) : [join(dir, f)]));
}

beforeAll(async () => {
  for (const track of TRACK_IDS) {
    const pkg = samplePackage(track);
    packages.set(track, pkg);
    // PNG rasterising is the same code for every track; the other tracks skip it to keep the suite quick.
    const formats = track === 'kol' ? ALL : ALL.filter((f) => f !== 'png');
    summaries.set(track, await exportPackage(pkg, { dir: join(root, track), formats, now: () => new Date('2026-11-22T12:00:00Z') }));
  }
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('exportPackage on the samples', () => {
  it.each(TRACK_IDS)('%s: writes every format, the charts and the export log', (track) => {
    const dir = join(root, track);
    for (const ext of ['json', 'html', 'pdf', 'pptx', 'xlsx']) expect(existsSync(join(dir, `datapakke.${ext}`)), ext).toBe(true);
    const s = summaries.get(track)!;
    expect(s.charts.length).toBeGreaterThan(4);
    const kinds = track === 'kol' ? ['.svg', '.png', '@3x.png'] : ['.svg'];
    for (const id of s.charts) for (const f of kinds.map((k) => `${id}${k}`)) expect(existsSync(join(dir, 'charts', f)), f).toBe(true);
    const log = JSON.parse(readFileSync(join(dir, 'eksportlog.json'), 'utf8'));
    expect(log.exportedAt).toBe('2026-11-22T12:00:00.000Z');
    expect(log.provenance.sources[0].sha256).toBe('a'.repeat(64));
    expect(log.files.map((f: { path: string }) => f.path)).toContain('datapakke.pdf');
    expect(readFileSync(join(dir, 'eksportlog.txt'), 'utf8')).toContain(
      track === 'kol' ? 'Formater: json, html, pdf, pptx, xlsx, png, svg' : 'Formater: json, html, pdf, pptx, xlsx, svg',
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('.eksport-'))).toEqual([]);
  });

  it('PNGs are 2× and 3× the SVG size', () => {
    const dir = join(root, 'kol', 'charts');
    const svg = readFileSync(join(dir, 'kol.prevalence.gradient.svg'), 'utf8');
    const w = Number(/width="([\d.]+)"/.exec(svg)![1]);
    const pngWidth = (f: string) => readFileSync(join(dir, f)).readUInt32BE(16);
    expect(pngWidth('kol.prevalence.gradient.png')).toBe(Math.round(w * 2));
    expect(pngWidth('kol.prevalence.gradient@3x.png')).toBe(Math.round(w * 3));
  });

  it('PPTX: title, key messages, overview, native charts (no pictures, no duplicate copies at the end), method', () => {
    const zip = unzipSync(readFileSync(join(root, 'kol', 'datapakke.pptx')));
    const slideXml = (n: number) => new TextDecoder().decode(zip[`ppt/slides/slide${n}.xml`]!);
    const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const indicators = packages.get('kol')!.sections.flatMap((s) => s.indicators);
    const available = indicators.filter((i) => i.available !== false);
    expect(slideXml(2)).toContain('>Nøglebudskaber<');
    expect(slideXml(3)).toContain('>Ulighedsoverblik<');
    // Every available indicator has a slide of its own, its charts native; the unavailable one is listed with its reason.
    expect(slides.length).toBeGreaterThanOrEqual(3 + available.length + 2);
    expect(Object.keys(zip).filter((n) => n.startsWith('ppt/media/') && n.endsWith('.png'))).toEqual([]);
    const charts = Object.keys(zip).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(available.length);
    const all = slides.map((_, i) => slideXml(i + 1)).join('');
    expect(all).toContain('>Ikke med i denne pakke<');
    const xmlText = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(all).toContain(xmlText(indicators.find((i) => i.available === false)!.reason!));
    const chartXml = charts.map((c) => new TextDecoder().decode(zip[c]!));
    expect(chartXml.some((x) => x.includes('<c:barChart>') && x.includes('<c:errBars>'))).toBe(true);
    expect(chartXml.some((x) => x.includes('<c:lineChart>'))).toBe(true);
    // A suppressed cell is a blank point, not an empty number and not a zero bar.
    for (const x of chartXml) expect(x).not.toContain('<c:v></c:v>');
    expect(slideXml(4)).toContain('Borgere med KOL');
  });

  it('PDF: A4, fonts embedded, renders with pdftoppm', () => {
    const file = join(root, 'kol', 'datapakke.pdf');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasTool('pdftoppm')) return;
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(execFileSync('pdffonts', [file]).toString()).toMatch(/IBMPlexSans-Regular\s.*yes\s+yes/);
    const out = mkdtempSync(join(tmpdir(), 'pdfpages-'));
    execFileSync('pdftoppm', ['-r', '20', '-png', file, join(out, 'p')]);
    expect(readdirSync(out)).toHaveLength(pages);
    rmSync(out, { recursive: true, force: true });
  });

  it('no exported file contains a person id or a URL that would be fetched', () => {
    const findings = TRACK_IDS.flatMap((t) => allFiles(join(root, t)).map((f) => scanBytes(relative(root, f), readFileSync(f), FAKE_PERSON_IDS))).flat();
    expect(findings).toEqual([]);
  });

  it('the scanner does find a planted person id and URL (inside a zip too)', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = zipSync({ 'a.xml': strToU8(`<x xmlns="http://schemas.openxmlformats.org/x">${FAKE_PERSON_IDS[0]} https://cdn.example.com/x.js</x>`) });
    expect(scanBytes('t.pptx', zip, FAKE_PERSON_IDS).map((f) => f.what)).toEqual([`person id ${FAKE_PERSON_IDS[0]}`, 'URL https://cdn.example.com']);
  });

  it('a cancelled export leaves nothing behind', async () => {
    const dir = join(root, 'cancelled');
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(exportPackage(packages.get('kol')!, { dir, formats: ALL, signal: ctrl.signal })).rejects.toBeInstanceOf(ExportCancelledError);
    expect(readdirSync(dir)).toEqual([]);
  });

  // .ci/run installs LibreOffice (impress, calc) when soffice is missing; skipped only on a machine without it.
  it('PPTX and XLSX open in LibreOffice', async (ctx) => {
    if (!hasTool('soffice')) ctx.skip();
    const out = join(root, 'libreoffice');
    const profile = `file://${join(root, 'lo-profile')}`;
    for (const ext of ['pptx', 'xlsx'])
      execFileSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, ext), join(root, 'kol', `datapakke.${ext}`)],
        { timeout: 180_000, stdio: 'pipe' },
      );
    const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const slides = Object.keys(unzipSync(readFileSync(join(root, 'kol', 'datapakke.pptx')))).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
    expect(pages(join(out, 'pptx', 'datapakke.pdf'))).toBe(slides);
    expect(pages(join(out, 'xlsx', 'datapakke.pdf'))).toBeGreaterThan(1);
  }, 400_000);

  it('HTML opens offline in Chromium, shows every chart and makes no network request', async (ctx) => {
    if (!existsSync('/usr/bin/chromium')) ctx.skip();
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const context = await browser.newContext({ offline: true });
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const file = join(root, 'kol', 'datapakke.html');
      await page.goto(`file://${file}`);
      const expected = summaries.get('kol')!.charts.length;
      await page.waitForSelector(`body[data-charts-ready="${expected}"]`, { timeout: 60_000 });
      expect(await page.locator('[data-chart] svg').count()).toBe(expected);
      expect(await page.locator('[data-chart] svg text', { hasText: 'Borgere med KOL efter uddannelse' }).count()).toBe(1);
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
      expect(requests.filter((u) => u.startsWith('file://'))).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });
});
