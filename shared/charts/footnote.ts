/**
 * Source line and definition footnote under every chart (UX.md), drawn as a text view under the chart
 * so they survive every export route (SVG, PNG, PDF, HTML).
 */
import type { Datapakke, Indicator } from '../contract/datapakke';
import { formatDate, formatNumber } from '../text/format';
import { CHART_WIDTH } from './theme';
import type { VegaLiteSpec } from './types';

export const SUPPRESSED_MARK = '–';

export function sourceLine(pkg: Datapakke, indicator?: Indicator): string {
  const files = pkg.sources.flatMap((s) => s.files);
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` m.fl. (${files.length} filer)` : '');
  const kind = indicator?.source === 'survey' ? 'spørgeskemadata og registerudtræk' : 'registerudtræk';
  return `Kilde: ${kind}${shown ? ` (${shown})` : ''}. ${pkg.area.name}, opgjort ${formatDate(pkg.referenceDate)}. ${pkg.app.name} ${pkg.app.version}.`;
}

export function intervalNote(pkg: Datapakke): string {
  return `Streger og bånd viser ${formatNumber(pkg.settings.confidence * 100, 0)} %-konfidensinterval.`;
}

export function suppressionNote(pkg: Datapakke): string {
  return `${SUPPRESSED_MARK} Udeladt pga. få observationer (færre end ${pkg.settings.minCount}).`;
}

export function definitionLine(indicator: Indicator): string | undefined {
  return indicator.definition ? `Definition: ${indicator.definition}` : undefined;
}

/** Greedy word wrap: vega text marks do not wrap on their own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FooterOptions {
  suppressed?: boolean;
  intervals?: boolean;
  extra?: string[];
}

export function footerLines(indicator: Indicator, pkg: Datapakke, opts: FooterOptions = {}): string[] {
  const parts = [
    ...(opts.extra ?? []),
    opts.suppressed ? suppressionNote(pkg) : undefined,
    opts.intervals ? intervalNote(pkg) : undefined,
    definitionLine(indicator),
    sourceLine(pkg, indicator),
  ].filter((p): p is string => Boolean(p));
  return parts.flatMap((p) => wrapText(p, 110));
}

/**
 * Puts the chart above its footnote. Title and config move to the top level so the title spans both.
 */
export function withFooter(chart: VegaLiteSpec, lines: string[], config: Record<string, unknown>, title: unknown): VegaLiteSpec {
  const footer: VegaLiteSpec = {
    width: CHART_WIDTH,
    height: lines.length * 17,
    data: { values: lines.map((text, i) => ({ text, i })) },
    mark: { type: 'text', align: 'left', baseline: 'top', fontSize: 12.5, color: '#555555' },
    encoding: {
      text: { field: 'text', type: 'nominal' },
      x: { value: 0 },
      y: { field: 'i', type: 'ordinal', axis: null },
    },
  };
  return { title, config, vconcat: [chart, footer], spacing: 22 };
}
