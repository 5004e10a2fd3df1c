/**
 * The Node export adapter: renders every chart (SVG, PNG 2×/3×), produces the requested formats from the
 * datapakke alone, and writes them atomically beside datapakke.json with an export log.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Datapakke } from '../../../shared/contract/datapakke';
import { chartsFor } from '../../../shared/charts/index';
import { buildExportLog, exportLogText, type ExportedFile } from '../../../shared/export/export-log';
import { buildHtml } from '../../../shared/export/html';
import { buildPdf, type PdfDeps, type PdfDoc } from '../../../shared/export/pdf';
import { buildPptx } from '../../../shared/export/pptx';
import { EXPORT_FORMATS, type ChartAsset, type ExportFormat } from '../../../shared/export/types';
import { packageLang } from '../../../shared/text/format';
import { buildXlsx } from '../../../shared/export/xlsx';
import { loadBrowserBundles, loadFonts } from './assets';
import { Staging } from './atomic';
import { renderSvg, svgSize, svgToPng } from './render';
import { withCharts } from '../../../shared/export/with-charts';

export interface ExportOptions {
  /** The track folder (`DIR/<track>/`), where datapakke.json lives. */
  dir: string;
  formats: readonly ExportFormat[];
  signal?: AbortSignal;
  /** Clock for the log (tests pin it). */
  now?: () => Date;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface ExportSummary {
  dir: string;
  files: ExportedFile[];
  charts: string[];
  pdfRoute?: string;
  log: string;
}

export const PDF_ROUTE = 'pdfkit + svg-to-pdfkit (ren JavaScript, ingen browser)';
const PDF_ROUTE_EN = 'pdfkit + svg-to-pdfkit (plain JavaScript, no browser)';

export const pdfDeps: PdfDeps = {
  createDocument: (options) => new PDFDocument(options) as unknown as PdfDoc,
  svgToPdf: (doc, svg, x, y, options) => SVGtoPDF(doc as unknown as PDFKit.PDFDocument, svg, x, y, options),
};

export async function renderAssets(pkg: Datapakke, onChart?: (id: string) => void): Promise<ChartAsset[]> {
  const assets: ChartAsset[] = [];
  for (const ind of pkg.sections.flatMap((s) => s.indicators)) {
    for (const chart of chartsFor(ind, pkg)) {
      const svg = await renderSvg(chart.vegaLite);
      const { width, height } = svgSize(svg);
      assets.push({ id: chart.id, indicatorId: ind.id, vegaLite: chart.vegaLite, svg, png2x: svgToPng(svg, 2), width, height });
      onChart?.(chart.id);
    }
  }
  return assets;
}

/** The package with its chart specs filled in, as written to datapakke.json. */
export async function exportPackage(pkg: Datapakke, options: ExportOptions): Promise<ExportSummary> {
  const formats = EXPORT_FORMATS.filter((f) => options.formats.includes(f));
  const staging = await Staging.open(options.dir, options.signal);
  const progress = (step: string, done: number) => options.onProgress?.(step, done, formats.length + 1);
  try {
    progress('Tegner diagrammer', 0);
    const assets = await renderAssets(pkg, () => staging.checkCancelled());
    const fonts = await loadFonts();
    const files = new Map<string, Uint8Array | string>();
    for (const [i, format] of formats.entries()) {
      staging.checkCancelled();
      progress(`Danner ${format.toUpperCase()}`, i + 1);
      switch (format) {
        case 'json':
          files.set('datapakke.json', `${JSON.stringify(withCharts(pkg, assets), null, 2)}\n`);
          break;
        case 'svg':
          for (const a of assets) files.set(`charts/${a.id}.svg`, a.svg);
          break;
        case 'png':
          for (const a of assets) {
            files.set(`charts/${a.id}.png`, a.png2x);
            files.set(`charts/${a.id}@3x.png`, svgToPng(a.svg, 3));
          }
          break;
        case 'xlsx':
          files.set('datapakke.xlsx', await buildXlsx(pkg));
          break;
        case 'pptx':
          files.set('datapakke.pptx', await buildPptx(pkg, assets));
          break;
        case 'pdf':
          files.set('datapakke.pdf', await buildPdf(pkg, assets, fonts, pdfDeps));
          break;
        case 'html':
          files.set('datapakke.html', buildHtml(pkg, assets, await loadBrowserBundles(), fonts));
          break;
      }
    }
    const exported: ExportedFile[] = [];
    for (const [path, data] of files) {
      await staging.write(path, data);
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
      exported.push({ path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    const now = (options.now ?? (() => new Date()))();
    const log = buildExportLog(pkg, [...formats], exported, now.toISOString(), formats.includes('pdf') ? { pdfRoute: packageLang(pkg) === 'en' ? PDF_ROUTE_EN : PDF_ROUTE } : {});
    await staging.write('eksportlog.json', `${JSON.stringify(log, null, 2)}\n`);
    await staging.write('eksportlog.txt', exportLogText(log));
    await staging.commit();
    return { dir: options.dir, files: exported, charts: assets.map((a) => a.id), ...(formats.includes('pdf') ? { pdfRoute: PDF_ROUTE } : {}), log: 'eksportlog.json' };
  } catch (error) {
    await staging.discard();
    throw error;
  }
}
