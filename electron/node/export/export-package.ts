/**
 * The command line's export adapter: shared/export's `exportFiles` with Node's deps (headless vega
 * with the bundled font's metrics, resvg, pdfkit), written atomically into the track folder.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Datapakke } from '../../../shared/contract/datapakke';
import type { ExportedFile } from '../../../shared/export/export-log';
import { EXPORT_LOG_FILES, exportFiles, PDF_ROUTE, type ExportDeps } from '../../../shared/export/export-files';
import type { PdfDeps, PdfDoc } from '../../../shared/export/pdf';
import type { ExportFormat } from '../../../shared/export/types';
import { loadBrowserBundles, loadFonts } from './assets';
import { Staging } from './atomic';
import { renderSvg, svgToPng } from './render';
import { createPngPool, type PngPool } from './png-pool';

export interface ExportOptions {
  /** The track folder (`DIR/<track>/`), where datapakke.json lives. */
  dir: string;
  formats: readonly ExportFormat[];
  signal?: AbortSignal;
  /** Clock for the log (tests pin it). */
  now?: () => Date;
  onProgress?: (step: string, done: number, total: number) => void;
  /** PNG threads shared by several exports (the caller closes it); without it each export starts its own when PNGs are asked for. */
  pngPool?: PngPool;
}

export interface ExportSummary {
  dir: string;
  /** The exported files, without the export log itself. */
  files: ExportedFile[];
  charts: string[];
  pdfRoute?: string;
  log: string;
}

export { PDF_ROUTE };

export const pdfDeps: PdfDeps = {
  createDocument: (options) => new PDFDocument(options) as unknown as PdfDoc,
  svgToPdf: (doc, svg, x, y, options) => SVGtoPDF(doc as unknown as PDFKit.PDFDocument, svg, x, y, options),
};

/** Everything platform-specific the pipeline needs, as Node provides it. */
export function nodeExportDeps(options: { now?: () => Date; progress?: ExportDeps['progress']; pngPool?: PngPool } = {}): ExportDeps {
  const pool = options.pngPool;
  return {
    renderSvg,
    svgToPng: pool ? (svg, scale) => pool.svgToPng(svg, scale) : async (svg, scale) => svgToPng(svg, scale),
    // Two jobs per thread keeps each busy while the next is posted; without threads, one at a time.
    ...(pool && pool.size > 0 ? { pngConcurrency: pool.size * 2 } : {}),
    fonts: loadFonts,
    htmlRuntime: loadBrowserBundles,
    pdf: pdfDeps,
    sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
    now: options.now ?? (() => new Date()),
    ...(options.progress ? { progress: options.progress } : {}),
  };
}

/** Exports the package into `options.dir`: all files or, on failure or Cancel, none. */
export async function exportPackage(pkg: Datapakke, options: ExportOptions): Promise<ExportSummary> {
  const staging = await Staging.open(options.dir, options.signal);
  try {
    const progress = (step: string, done: number, total: number) => {
      staging.checkCancelled();
      if (!step.startsWith('chart ')) options.onProgress?.(done === 0 ? 'Tegner diagrammer' : `Danner ${step.toUpperCase()}`, done, total);
    };
    staging.checkCancelled();
    // Threads only when PNG files are asked for: nothing else rasterises.
    const ownPool = !options.pngPool && options.formats.includes('png') ? createPngPool() : undefined;
    const pngPool = options.pngPool ?? ownPool;
    let result: Awaited<ReturnType<typeof exportFiles>>;
    try {
      result = await exportFiles(
        pkg,
        options.formats,
        nodeExportDeps({ ...(options.now ? { now: options.now } : {}), progress, ...(pngPool ? { pngPool } : {}) }),
      );
    } finally {
      await ownPool?.close();
    }
    for (const file of result.files) await staging.write(file.path, file.bytes);
    await staging.commit();
    return {
      dir: options.dir,
      files: result.log.files,
      charts: result.charts,
      ...(result.log.pdfRoute ? { pdfRoute: result.log.pdfRoute } : {}),
      log: EXPORT_LOG_FILES[0],
    };
  } catch (error) {
    await staging.discard();
    throw error;
  }
}
