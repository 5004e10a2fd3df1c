/**
 * The export pipeline off the UI thread: shared/export's `exportFiles` runs here with the browser's
 * deps (vega in AST mode, pdfkit's browser build, pptxgenjs, exceljs, WebCrypto), so building a PDF
 * or a deck never freezes the page. Only rasterising an SVG goes back to the page, which draws it
 * with an <img> on a canvas (a worker cannot decode an SVG image).
 */
import type { Datapakke } from '../../../shared/contract/datapakke';
import { exportFiles, type ExportFile } from '../../../shared/export/export-files';
import type { PdfDeps, PdfDoc } from '../../../shared/export/pdf';
import type { ExportFormat, FontSet } from '../../../shared/export/types';
import { vegaLiteToSvg } from '../../components/chart/vega-svg';

export type ExportWorkerRequest =
  // The page passes the font files it loaded (asset URLs are not resolved in the worker's bundle).
  | { kind: 'export'; pkg: Datapakke; formats: ExportFormat[]; fonts: FontSet; now: string }
  | { kind: 'png'; id: number; png: Uint8Array }
  | { kind: 'png-error'; id: number; message: string };

export type ExportWorkerMessage =
  | { kind: 'progress'; step: string; done: number; total: number }
  | { kind: 'png'; id: number; svg: string; scale: number }
  | { kind: 'done'; files: ExportFile[] }
  | { kind: 'error'; message: string };

const post = (message: ExportWorkerMessage) => postMessage(message);

/** pdfkit's browser build is large (2.5 MB): loaded on a PDF export only. */
async function loadPdfDeps(): Promise<PdfDeps> {
  const [pdfkit, svgToPdf] = await Promise.all([import('pdfkit/js/pdfkit.standalone.js'), import('svg-to-pdfkit')]);
  return {
    createDocument: (options) => new pdfkit.default(options) as PdfDoc,
    svgToPdf: (doc, svg, x, y, options) => svgToPdf.default(doc, svg, x, y, options),
  };
}

const NO_PDF: PdfDeps = {
  createDocument: () => {
    throw new Error('pdfkit er ikke indlæst.');
  },
  svgToPdf: () => undefined,
};

/** vega's browser build and vega-interpreter, inlined into the HTML file (the files the command line reads from node_modules). */
async function htmlRuntime() {
  const [vega, interpreter] = await Promise.all([import('@vega-build/vega.min.js?raw'), import('@vega-interpreter-build/vega-interpreter.js?raw')]);
  return { vega: vega.default, interpreter: interpreter.default };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

let nextPng = 1;
const pendingPngs = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();

/** Asks the page to rasterise the SVG. */
function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const id = nextPng++;
  return new Promise((resolve, reject) => {
    pendingPngs.set(id, { resolve, reject });
    post({ kind: 'png', id, svg, scale });
  });
}

self.onmessage = async (event: MessageEvent<ExportWorkerRequest>) => {
  const request = event.data;
  if (request.kind !== 'export') {
    const waiting = pendingPngs.get(request.id);
    pendingPngs.delete(request.id);
    if (request.kind === 'png') waiting?.resolve(request.png);
    else waiting?.reject(new Error(request.message));
    return;
  }
  try {
    const result = await exportFiles(request.pkg, request.formats, {
      renderSvg: vegaLiteToSvg,
      svgToPng,
      fonts: async () => request.fonts,
      htmlRuntime,
      pdf: request.formats.includes('pdf') ? await loadPdfDeps() : NO_PDF,
      sha256,
      // The page's clock: the moment the analyst pressed Export.
      now: () => new Date(request.now),
      progress: (step, done, total) => post({ kind: 'progress', step, done, total }),
    });
    post({ kind: 'done', files: result.files });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
