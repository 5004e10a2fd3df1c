/**
 * The one export pipeline. `exportFiles` turns a datapakke into every file of the requested formats
 * plus the export log, as paths relative to the package's folder and bytes; it writes nothing. The
 * command line (electron/node/export) and the app (renderer/features/export) are adapters that pass
 * in what differs per platform (drawing a chart, rasterising an SVG, pdfkit's build, fonts, clock,
 * hashing) and write the result: a folder on disk, a folder the analyst picked, or one ZIP download.
 *
 * Layout of a package folder (the same everywhere; README "What the demo writes"):
 *   datapakke.json|html|pdf|pptx|xlsx, charts/<indicator>.<chart>.svg|png|@3x.png, eksportlog.json|txt
 */
import type { Datapakke } from '../contract/datapakke';
import { chartsFor } from '../charts/index';
import type { SaveRequest } from '../platform';
import { packageLang } from '../text/format';
import { buildExportLog, exportLogText, type ExportedFile, type ExportLog } from './export-log';
import { buildHtml, type HtmlRuntime } from './html';
import { buildPdf, type PdfDeps } from './pdf';
import { buildPptx } from './pptx';
import { EXPORT_FORMATS, type ChartAsset, type ExportFormat, type FontSet } from './types';
import { withCharts } from './with-charts';
import { buildXlsx } from './xlsx';

/** What the platform provides. Every function is called only when a requested format needs it. */
export interface ExportDeps {
  /** vega-lite spec → SVG text (vega's SVG renderer, text kept as text). */
  renderSvg(vegaLite: Record<string, unknown>): Promise<string>;
  /** SVG → PNG bytes at `scale` × the SVG's size, on white, text in the bundled font. */
  svgToPng(svg: string, scale: number): Promise<Uint8Array>;
  /**
   * How many svgToPng calls may be in flight at once (default 1: one after the other). An adapter
   * that rasterises in worker threads says how many it has; the PNGs are then drawn while the
   * other formats are built, and at most this many (plus the ones already done) are held.
   */
  pngConcurrency?: number;
  /** The bundled IBM Plex Sans (PDF and HTML embed it). */
  fonts(): Promise<FontSet>;
  /** vega's browser build, inlined into the HTML file. */
  htmlRuntime(): Promise<HtmlRuntime>;
  /** pdfkit and svg-to-pdfkit (Node's build or the browser's standalone build). */
  pdf: PdfDeps;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256(bytes: Uint8Array): Promise<string>;
  /** The export log's clock. */
  now(): Date;
  /**
   * Called before each chart and each format; awaited, so an adapter can let the UI paint, and may
   * throw to cancel (nothing has been written then).
   */
  progress?(step: string, done: number, total: number): void | Promise<void>;
}

export interface ExportFile {
  /** Relative to the package's folder, `/`-separated, e.g. `charts/kol.prevalence.gradient.svg`. */
  path: string;
  bytes: Uint8Array;
}

export interface ExportResult {
  /** Every file in the order written, the export log last (`eksportlog.json`, `eksportlog.txt`). */
  files: ExportFile[];
  log: ExportLog;
  /** Chart ids (`<indicator>.<chart>`) rendered. */
  charts: string[];
}

export const EXPORT_LOG_FILES = ['eksportlog.json', 'eksportlog.txt'] as const;

export const PDF_ROUTE = { da: 'pdfkit + svg-to-pdfkit (ren JavaScript, ingen browser)', en: 'pdfkit + svg-to-pdfkit (plain JavaScript, no browser)' } as const;

/** Formats that draw charts; JSON and XLSX need only the specs and the rows. */
const CHART_FORMATS: readonly ExportFormat[] = ['html', 'pdf', 'pptx', 'png', 'svg'];
/** Formats that need PNGs of the charts: only the PNG files themselves (the deck draws native charts, the PDF vectors). */
const PNG_FORMATS: readonly ExportFormat[] = ['png'];

const MIME_TYPES: Record<string, string> = {
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  svg: 'image/svg+xml',
};

/** The MIME type of an exported file, by its extension. */
export function mimeTypeOf(path: string): string {
  return MIME_TYPES[/\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

// In every runtime shared/ runs in (Node, browsers, workers), but not in lib ES2022.
declare const TextEncoder: { new (): { encode(text: string): Uint8Array } };
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Every chart of the package: spec and SVG, and (when `png` is given) its 2× and 3× PNG files, each
 * raster started as soon as its SVG exists, at most `png.limit` at a time. An adapter with worker
 * threads thus rasterises while the main thread draws the next SVGs and then builds the deck, the
 * PDF and the rest; the PNG files are awaited only in the png step.
 */
async function renderCharts(
  pkg: Datapakke,
  deps: ExportDeps,
  total: number,
  png: { limit: number } | null,
): Promise<{ assets: ChartAsset[]; pngs: Promise<ExportFile[]> | null }> {
  const assets: ChartAsset[] = [];
  const pngJobs: Promise<ExportFile>[] = [];
  const limited = limiter(png?.limit ?? 1);
  for (const indicator of pkg.sections.flatMap((s) => s.indicators)) {
    for (const chart of chartsFor(indicator, pkg)) {
      await deps.progress?.(`chart ${chart.id}`, 0, total);
      const svg = await deps.renderSvg(chart.vegaLite);
      const { width, height } = svgSize(svg);
      assets.push({ id: chart.id, indicatorId: indicator.id, vegaLite: chart.vegaLite, svg, width, height });
      if (png) {
        for (const [scale, path] of [
          [2, `charts/${chart.id}.png`],
          [3, `charts/${chart.id}@3x.png`],
        ] as const)
          pngJobs.push(limited(async () => ({ path, bytes: await deps.svgToPng(svg, scale) })));
      }
    }
  }
  const pngs = png ? Promise.all(pngJobs) : null;
  // Held until the png step awaits it (or dropped with a cancel): no unhandled rejection meanwhile.
  pngs?.catch(() => {});
  return { assets, pngs };
}

/** Runs at most `n` of the given tasks at once, in the order they were asked for. */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** The chart specs without drawing (datapakke.json alone needs no SVG). */
function chartSpecs(pkg: Datapakke): ChartAsset[] {
  return pkg.sections.flatMap((s) =>
    s.indicators.flatMap((indicator) =>
      chartsFor(indicator, pkg).map((c) => ({
        id: c.id,
        indicatorId: indicator.id,
        vegaLite: c.vegaLite,
        svg: '',
        width: 0,
        height: 0,
      })),
    ),
  );
}

/** Width and height of an SVG produced by vega (its root carries both as attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 800), height: Number(m?.[2] ?? 500) };
}

/** Every file of the requested formats and the export log; formats run in EXPORT_FORMATS order. */
export async function exportFiles(pkg: Datapakke, requested: readonly ExportFormat[], deps: ExportDeps): Promise<ExportResult> {
  const formats = EXPORT_FORMATS.filter((f) => requested.includes(f));
  const total = formats.length + 1;
  const drawn = formats.some((f) => CHART_FORMATS.includes(f));
  const wantPng = formats.some((f) => PNG_FORMATS.includes(f));
  const { assets, pngs } = drawn
    ? await renderCharts(pkg, deps, total, wantPng ? { limit: deps.pngConcurrency ?? 1 } : null)
    : { assets: chartSpecs(pkg), pngs: null };
  const files: ExportFile[] = [];
  for (const [i, format] of formats.entries()) {
    await deps.progress?.(format, i + 1, total);
    switch (format) {
      case 'json':
        files.push({ path: 'datapakke.json', bytes: utf8(`${JSON.stringify(withCharts(pkg, assets), null, 2)}\n`) });
        break;
      case 'svg':
        for (const a of assets) files.push({ path: `charts/${a.id}.svg`, bytes: utf8(a.svg) });
        break;
      case 'png':
        files.push(...(await pngs!));
        break;
      case 'xlsx':
        files.push({ path: 'datapakke.xlsx', bytes: await buildXlsx(pkg) });
        break;
      case 'pptx':
        files.push({ path: 'datapakke.pptx', bytes: await buildPptx(pkg, assets) });
        break;
      case 'pdf':
        files.push({ path: 'datapakke.pdf', bytes: await buildPdf(pkg, assets, await deps.fonts(), deps.pdf) });
        break;
      case 'html':
        files.push({ path: 'datapakke.html', bytes: utf8(buildHtml(pkg, assets, await deps.htmlRuntime(), await deps.fonts())) });
        break;
    }
  }
  const listed: ExportedFile[] = [];
  for (const f of files) listed.push({ path: f.path, bytes: f.bytes.length, sha256: await deps.sha256(f.bytes) });
  const log = buildExportLog(pkg, [...formats], listed, deps.now().toISOString(), formats.includes('pdf') ? { pdfRoute: PDF_ROUTE[packageLang(pkg)] } : {});
  files.push({ path: EXPORT_LOG_FILES[0], bytes: utf8(`${JSON.stringify(log, null, 2)}\n`) });
  files.push({ path: EXPORT_LOG_FILES[1], bytes: utf8(exportLogText(log)) });
  return { files, log, charts: assets.map((a) => a.id) };
}

/**
 * The files of one package as the app hands them to its Platform: under `<track>/`, as the command
 * line writes `out/<track>/`, so the folder the analyst picks (or the ZIP) has the same layout.
 */
export function saveRequestsOf(pkg: Datapakke, files: readonly ExportFile[]): SaveRequest[] {
  return files.map((f) => ({ suggestedName: `${pkg.track}/${f.path}`, mimeType: mimeTypeOf(f.path), bytes: f.bytes }));
}

/** The name of the one download (ZIP) holding the packages: `datapakke-<track>-<area>.zip`, or `datapakker-<area>.zip` for several. */
export function archiveNameOf(pkgs: readonly Datapakke[]): string {
  const areas = [...new Set(pkgs.map((p) => p.area.code))];
  const area = areas.length === 1 ? `-${areas[0]}` : '';
  return pkgs.length === 1 ? `datapakke-${pkgs[0]!.track}${area}.zip` : `datapakker${area}.zip`;
}
