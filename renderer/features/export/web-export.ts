/**
 * Exports in the renderer: the byte producers of shared/export fed with charts rendered here. Every
 * file is produced before any is handed to the Platform, so Cancel leaves nothing half-written.
 */
import type { Datapakke } from '../../../shared/contract/datapakke';
import type { SaveRequest } from '../../../shared/platform';
import { buildXlsx } from '../../../shared/export/xlsx';
import { buildPptx } from '../../../shared/export/pptx';
import { buildHtml } from '../../../shared/export/html';
import type { ChartAsset } from '../../../shared/export/types';
import type { ExportFormat, OnProgress } from '../../app/types';
import { throwIfCancelled, yieldToUi } from '../../app/cancellable';
import { renderAssets, type ChartSpecsOf } from './chart-assets';
import { fontBytes } from '../../styles/fonts';
import { withCharts } from '../../../shared/export/with-charts';

/** What the web build can write; PDF needs Electron's printToPDF (or the command line). */
export const WEB_FORMATS: Record<ExportFormat, boolean> = { pptx: true, xlsx: true, png: true, html: true, pdf: false, json: true };

const MIME = {
  json: 'application/json',
  html: 'text/html',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
} as const;

async function vegaRuntime(): Promise<{ vega: string; vegaLite: string }> {
  const [vega, vegaLite] = await Promise.all([import('@vega-build/vega.min.js?raw'), import('@vega-lite-build/vega-lite.min.js?raw')]);
  return { vega: vega.default, vegaLite: vegaLite.default };
}

/** Formats when the Platform can print HTML to PDF (the desktop app). */
export const DESKTOP_FORMATS: Record<ExportFormat, boolean> = { ...WEB_FORMATS, pdf: true };

export async function exportInBrowser(
  pkg: Datapakke,
  formats: ExportFormat[],
  specsOf: ChartSpecsOf,
  onProgress: OnProgress,
  signal: AbortSignal,
  printToPdf?: (html: string) => Promise<Uint8Array>,
): Promise<SaveRequest[]> {
  const base = `datapakke-${pkg.track}-${pkg.area.code}`;
  const steps = formats.length + 1;
  onProgress({ fraction: 0, label: 'charts' });
  const assets = await renderAssets(pkg, specsOf, () => throwIfCancelled(signal));
  const out: SaveRequest[] = [];
  const text = (s: string) => new TextEncoder().encode(s);
  for (const [i, format] of formats.entries()) {
    onProgress({ fraction: (i + 1) / steps, label: format });
    await yieldToUi();
    throwIfCancelled(signal);
    switch (format) {
      case 'json':
        out.push({ suggestedName: `${base}.json`, mimeType: MIME.json, bytes: text(`${JSON.stringify(withCharts(pkg, assets), null, 2)}\n`) });
        break;
      case 'xlsx':
        out.push({ suggestedName: `${base}.xlsx`, mimeType: MIME.xlsx, bytes: await buildXlsx(pkg) });
        break;
      case 'pptx':
        out.push({ suggestedName: `${base}.pptx`, mimeType: MIME.pptx, bytes: await buildPptx(pkg, assets) });
        break;
      case 'html':
        out.push({ suggestedName: `${base}.html`, mimeType: MIME.html, bytes: text(buildHtml(pkg, assets, await vegaRuntime(), await fontBytes())) });
        break;
      case 'png':
        for (const a of assets) out.push({ suggestedName: `${pkg.area.code}-${a.id}.png`, mimeType: MIME.png, bytes: a.png2x });
        break;
      case 'pdf':
        if (!printToPdf) throw new Error('PDF dannes i skrivebordsappen eller på kommandolinjen.');
        out.push({ suggestedName: `${base}.pdf`, mimeType: 'application/pdf', bytes: await printToPdf(buildHtml(pkg, assets, await vegaRuntime(), await fontBytes())) });
        break;
    }
  }
  onProgress({ fraction: 1, label: '' });
  return out;
}
