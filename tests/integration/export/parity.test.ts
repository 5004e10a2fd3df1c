/**
 * Issue 18: the app and the command line produce the same files for the same package. The bundled
 * sample (data-samples/region-midt, KOL, Aarhus cluster) is built once and exported twice:
 *  - the command line's way: electron/node/export's exportPackage, writing out/<track>/ on disk;
 *  - the app's way: shared/export's exportFiles with the browser's deps as far as they run under
 *    Node (pdfkit's browser build, svg-to-pdfkit, WebCrypto hashing, the renderer's font files and
 *    vega bundle), turned into SaveRequests as renderer/features/export/app-export.ts does, and
 *    written by the desktop's own writer (electron/node/file-grants.ts writeIntoFolder).
 * Drawing a chart (the chart worker) and rasterising it (the canvas) need a browser: here both paths
 * use Node's; tests/e2e/workflow.test.ts runs the real browser deps.
 */
import { execFileSync } from 'node:child_process';
import { createHash, webcrypto } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Datapakke } from '../../../shared/contract/datapakke';
import { resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke } from '../../../shared/package/build';
import { exportFiles, saveRequestsOf, type ExportDeps } from '../../../shared/export/export-files';
import type { PdfDeps, PdfDoc } from '../../../shared/export/pdf';
import { EXPORT_FORMATS } from '../../../shared/export/types';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';
import { exportPackage, renderSvg, svgToPng } from '../../../electron/node/export/index';
import { createFileGrants } from '../../../electron/node/file-grants';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = path.join(ROOT, 'data-samples/region-midt');
const require = createRequire(import.meta.url);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-parity-'));
const CLI_OUT = path.join(tmp, 'cli');
const APP_OUT = path.join(tmp, 'app');
const CLI_NOW = new Date('2026-12-04T10:00:00Z');
const APP_NOW = new Date('2026-12-04T10:07:31Z');

/**
 * Files whose bytes legitimately differ: the ZIP containers stamp their entries with the time they
 * are made, and pdfkit's browser build compresses its streams with pako instead of Node's zlib
 * (same content, other bytes: compared by text below).
 */
const BYTES_DIFFER = new Set(['datapakke.pptx', 'datapakke.xlsx', 'datapakke.pdf']);

function listFiles(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]))
    .sort();
}

/** The renderer's deps where they run under Node: pdfkit's browser build, WebCrypto, the renderer's font and vega files. */
function appDeps(): ExportDeps {
  const PDFDocument = require('pdfkit/js/pdfkit.standalone.js') as new (options: Record<string, unknown>) => unknown;
  const SVGtoPDF = require('svg-to-pdfkit') as (doc: unknown, svg: string, x: number, y: number, options: unknown) => void;
  const pdf: PdfDeps = {
    createDocument: (options) => new PDFDocument(options) as PdfDoc,
    svgToPdf: (doc, svg, x, y, options) => SVGtoPDF(doc, svg, x, y, options),
  };
  // renderer/styles/fonts.ts serves these files; renderer/vite.config.ts's '@vega-build' alias is vega/build.
  const font = (weight: string) =>
    new Uint8Array(fs.readFileSync(path.join(ROOT, `node_modules/@expo-google-fonts/ibm-plex-sans/${weight}/IBMPlexSans_${weight}.ttf`)));
  return {
    renderSvg,
    svgToPng: async (svg, scale) => svgToPng(svg, scale),
    fonts: async () => ({ regular: font('400Regular'), semibold: font('600SemiBold'), bold: font('700Bold') }),
    htmlRuntime: async () => ({
      vega: fs.readFileSync(path.join(ROOT, 'node_modules/vega/build/vega.min.js'), 'utf8'),
      interpreter: fs.readFileSync(path.join(ROOT, 'node_modules/vega-interpreter/build/vega-interpreter.js'), 'utf8'),
    }),
    pdf,
    // As renderer/features/export/app-export.ts: crypto.subtle.
    sha256: async (bytes) => Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex'),
    now: () => APP_NOW,
  };
}

let pkg: Datapakke;
let appNames: string[];

beforeAll(async () => {
  const engine = await createNodeWasmEngine();
  try {
    const loaded = await loadExtractFromDir(engine, SAMPLE, path.join(SAMPLE, 'region-midt.profile.json'), { referenceDate: '2024-01-01', salt: 'parity' });
    expect(loaded.fatal).toBe(false);
    pkg = await buildDatapakke(engine, {
      track: 'kol',
      area: resolveArea('cluster:aarhus'),
      referenceDate: '2024-01-01',
      settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
      sources: loaded.sources,
      generatedAt: '2026-12-04T09:00:00Z',
      app: { name: 'datapakker', version: 'test' },
    });
  } finally {
    await engine.close();
  }
  // The command line: out/<track>/.
  await exportPackage(pkg, { dir: path.join(CLI_OUT, pkg.track), formats: EXPORT_FORMATS, now: () => CLI_NOW });
  // The app: SaveRequests named <track>/<path>, written by the desktop's writer into the picked folder.
  const requests = saveRequestsOf(pkg, (await exportFiles(pkg, EXPORT_FORMATS, appDeps())).files);
  fs.mkdirSync(APP_OUT);
  const grants = createFileGrants();
  appNames = [];
  for (const r of requests) appNames.push(await grants.writeIntoFolder(APP_OUT, r.suggestedName, r.bytes));
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const read = (root: string, name: string) => fs.readFileSync(path.join(root, name));

describe('app and command line export the same files', () => {
  it('the same file list, in the command line layout', () => {
    const cli = listFiles(CLI_OUT);
    expect(appNames.slice().sort()).toEqual(cli);
    expect(listFiles(APP_OUT)).toEqual(cli);
    for (const f of ['datapakke.json', 'datapakke.html', 'datapakke.pdf', 'datapakke.pptx', 'datapakke.xlsx', 'eksportlog.json', 'eksportlog.txt'])
      expect(cli).toContain(`kol/${f}`);
    const charts = JSON.parse(read(CLI_OUT, 'kol/datapakke.json').toString('utf8')).sections.flatMap((s: { indicators: { charts?: { id: string }[] }[] }) =>
      s.indicators.flatMap((i) => (i.charts ?? []).map((c) => c.id)),
    ) as string[];
    expect(charts.length).toBeGreaterThan(10);
    expect(cli.filter((f) => f.startsWith('kol/charts/'))).toEqual(
      charts.flatMap((id) => [`kol/charts/${id}.svg`, `kol/charts/${id}.png`, `kol/charts/${id}@3x.png`]).sort(),
    );
  });

  it('datapakke.json byte for byte', () => {
    expect(read(APP_OUT, 'kol/datapakke.json').equals(read(CLI_OUT, 'kol/datapakke.json'))).toBe(true);
  });

  it('the export log equal but for its timestamp (and the bytes of the PDF and the ZIP containers)', () => {
    const log = (root: string) => {
      const l = JSON.parse(read(root, 'kol/eksportlog.json').toString('utf8'));
      return { ...l, exportedAt: '…', files: l.files.map((f: { path: string }) => (BYTES_DIFFER.has(f.path) ? { path: f.path } : f)) };
    };
    const cli = JSON.parse(read(CLI_OUT, 'kol/eksportlog.json').toString('utf8'));
    expect(cli.exportedAt).toBe(CLI_NOW.toISOString());
    expect(JSON.parse(read(APP_OUT, 'kol/eksportlog.json').toString('utf8')).exportedAt).toBe(APP_NOW.toISOString());
    expect(log(APP_OUT)).toEqual(log(CLI_OUT));
    expect(cli.formats).toEqual(['json', 'html', 'pdf', 'pptx', 'xlsx', 'png', 'svg']);
    expect(cli.pdfRoute).toMatch(/^pdfkit/);
    // Every file but the log itself is listed, with the hash of the bytes on disk.
    expect(cli.files.map((f: { path: string }) => `kol/${f.path}`).sort()).toEqual(listFiles(CLI_OUT).filter((f) => !/eksportlog\./.test(f)));
    for (const f of cli.files as { path: string; bytes: number; sha256: string }[]) {
      const bytes = read(CLI_OUT, `kol/${f.path}`);
      expect(bytes.length, f.path).toBe(f.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
    }
    const text = (root: string) => read(root, 'kol/eksportlog.txt').toString('utf8').split('\n');
    const differ = text(APP_OUT).filter((line, i) => line !== text(CLI_OUT)[i]);
    expect(
      differ.every((l) => l.startsWith('Eksporteret:') || /^ {2}datapakke\.(pptx|xlsx|pdf) /.test(l)),
      differ.join('\n'),
    ).toBe(true);
  });

  it('charts and HTML are the same bytes; the PDF the same pages and text', (ctx) => {
    for (const f of listFiles(CLI_OUT).filter((n) => /\.(svg|png|html)$/.test(n))) expect(read(APP_OUT, f).equals(read(CLI_OUT, f)), f).toBe(true);
    if (!fs.existsSync('/usr/bin/pdftotext')) ctx.skip();
    const pdf = (root: string) => ({
      info: execFileSync('pdfinfo', [path.join(root, 'kol/datapakke.pdf')])
        .toString()
        .replace(/^File size:.*$/m, ''),
      text: execFileSync('pdftotext', ['-layout', path.join(root, 'kol/datapakke.pdf'), '-']).toString(),
    });
    const [app, cli] = [pdf(APP_OUT), pdf(CLI_OUT)];
    expect(app.info).toEqual(cli.info);
    expect(app.text).toEqual(cli.text);
  });

  it("the app's PDF has its charts: fonts embedded, chart text drawn", (ctx) => {
    if (!fs.existsSync('/usr/bin/pdftotext')) ctx.skip();
    const file = path.join(APP_OUT, 'kol/datapakke.pdf');
    expect(execFileSync('pdffonts', [file]).toString()).toMatch(/IBMPlexSans-Regular\s.*yes\s+yes/);
    // Axis labels exist only in the charts' SVGs, drawn into the PDF by svg-to-pdfkit.
    const svgText = read(APP_OUT, 'kol/charts/kol.prevalence.gradient.svg').toString('utf8');
    const axisTitle = /aria-label="Y-axis titled '([^']+)'/.exec(svgText)?.[1] ?? /<text[^>]*>([^<]{6,})<\/text>/.exec(svgText)![1]!;
    expect(execFileSync('pdftotext', [file, '-']).toString()).toContain(axisTitle.replace(/&amp;/g, '&'));
  });
});
