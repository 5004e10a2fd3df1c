/**
 * The app's export adapter (web build and desktop alike): shared/export's `exportFiles` with the
 * browser's deps, its files handed to the Platform under `<track>/` exactly as the command line
 * writes `out/<track>/`. Every file is produced before any is handed over, so Cancel leaves
 * nothing half-written. Nothing is fetched but the app's own bundled files.
 */
import type { Datapakke } from '../../../shared/contract/datapakke';
import type { SaveRequest } from '../../../shared/platform';
import { exportFiles, saveRequestsOf, type ExportDeps } from '../../../shared/export/export-files';
import type { PdfDeps, PdfDoc } from '../../../shared/export/pdf';
import type { ExportFormat } from '../../../shared/export/types';
import type { OnProgress } from '../../app/types';
import { throwIfCancelled, yieldToUi } from '../../app/cancellable';
import { renderChartSvg } from '../../components/chart/render-chart';
import { fontBytes } from '../../styles/fonts';
import { svgToPng } from './rasterise';

/** pdfkit's browser build is large (2.5 MB): loaded on the first PDF export only. */
let pdfDeps: Promise<PdfDeps> | null = null;
function loadPdfDeps(): Promise<PdfDeps> {
  pdfDeps ??= Promise.all([import('pdfkit/js/pdfkit.standalone.js'), import('svg-to-pdfkit')]).then(([pdfkit, svgToPdf]) => ({
    createDocument: (options) => new pdfkit.default(options) as PdfDoc,
    svgToPdf: (doc, svg, x, y, options) => svgToPdf.default(doc, svg, x, y, options),
  }));
  pdfDeps.catch(() => (pdfDeps = null));
  return pdfDeps;
}

/** vega's browser build and vega-interpreter, inlined into the HTML file (the same files the command line reads from node_modules). */
async function htmlRuntime() {
  const [vega, interpreter] = await Promise.all([import('@vega-build/vega.min.js?raw'), import('@vega-interpreter-build/vega-interpreter.js?raw')]);
  return { vega: vega.default, interpreter: interpreter.default };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const NO_PDF: PdfDeps = {
  createDocument: () => {
    throw new Error('pdfkit is not loaded');
  },
  svgToPdf: () => undefined,
};

/** The browser's deps: charts drawn in the chart worker, PNGs by the canvas, pdfkit's browser build. */
export async function browserExportDeps(formats: readonly ExportFormat[]): Promise<ExportDeps> {
  return {
    renderSvg: renderChartSvg,
    svgToPng,
    fonts: fontBytes,
    htmlRuntime,
    pdf: formats.includes('pdf') ? await loadPdfDeps() : NO_PDF,
    sha256,
    now: () => new Date(),
  };
}

/** One package's files, as SaveRequests named `<track>/<path>`. */
export async function exportForApp(pkg: Datapakke, formats: readonly ExportFormat[], onProgress: OnProgress, signal: AbortSignal): Promise<SaveRequest[]> {
  const deps = await browserExportDeps(formats);
  const result = await exportFiles(pkg, formats, {
    ...deps,
    progress: async (step, done, total) => {
      onProgress({ fraction: done / total, label: step });
      await yieldToUi();
      throwIfCancelled(signal);
    },
  });
  onProgress({ fraction: 1, label: '' });
  return saveRequestsOf(pkg, result.files);
}
