/**
 * Real text widths for headless vega. Without a canvas vega guesses 0.8 × font size per character,
 * which makes every chart far wider than its content; we measure with the bundled font's metrics
 * (through pdfkit's font engine) instead, so layout in Node matches the browser's.
 */
import PDFDocument from 'pdfkit';
import * as vega from 'vega';
import { FONT_FILES } from './assets';

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

let installed = false;

export function installTextMetrics(): void {
  if (installed) return;
  installed = true;
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('r', FONT_FILES.regular);
  doc.registerFont('b', FONT_FILES.semibold);
  const cache = new Map<string, number>();
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = (item: TextItem, text: unknown): number => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const str = text == null ? '' : String(text).trim();
    if (size <= 0 || !str) return 0;
    const weight = item.fontWeight;
    const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
    const key = `${bold ? 'b' : 'r'}|${size}|${str}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = doc
        .font(bold ? 'b' : 'r')
        .fontSize(size)
        .widthOfString(str);
      cache.set(key, width);
    }
    return width;
  };
}
