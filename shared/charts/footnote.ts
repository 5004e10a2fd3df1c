/**
 * Source line and definition footnote under every chart (UX.md), drawn as a text view under the chart
 * so they survive every export route (SVG, PNG, PDF, HTML).
 */
import type { Datapakke, Indicator } from '../contract/datapakke';
import { formatDate, formatNumber, packageLang, type Lang } from '../text/format';
import { CHART_WIDTH } from './theme';
import type { VegaLiteSpec } from './types';

export const SUPPRESSED_MARK = '–';

const DA = {
  moreFiles: (n: number) => ` m.fl. (${n} filer)`,
  survey: 'spørgeskemadata og registerudtræk',
  registry: 'registerudtræk',
  source: (kind: string, shown: string, area: string, date: string, app: string) => `Kilde: ${kind}${shown}. ${area}, opgjort ${date}. ${app}.`,
  interval: (level: string) => `Streger og bånd viser ${level} %-konfidensinterval.`,
  suppressed: (minCount: number) => `${SUPPRESSED_MARK} Udeladt pga. få observationer (færre end ${minCount}).`,
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    moreFiles: (n) => ` et al. (${n} files)`,
    survey: 'survey data and register extracts',
    registry: 'register extracts',
    source: (kind, shown, area, date, app) => `Source: ${kind}${shown}. ${area}, as of ${date}. ${app}.`,
    interval: (level) => `Whiskers and bands show the ${level}% confidence interval.`,
    suppressed: (minCount) => `${SUPPRESSED_MARK} Omitted due to few observations (fewer than ${minCount}).`,
  },
};

export function sourceLine(pkg: Datapakke, indicator?: Indicator): string {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const files = pkg.sources.flatMap((s) => s.files);
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? t.moreFiles(files.length) : '');
  const kind = indicator?.source === 'survey' ? t.survey : t.registry;
  return t.source(kind, shown ? ` (${shown})` : '', pkg.area.name, formatDate(pkg.referenceDate, lang), `${pkg.app.name} ${pkg.app.version}`);
}

export function intervalNote(pkg: Datapakke): string {
  const lang = packageLang(pkg);
  return TEXTS[lang].interval(formatNumber(pkg.settings.confidence * 100, 0, lang));
}

export function suppressionNote(pkg: Datapakke): string {
  return TEXTS[packageLang(pkg)].suppressed(pkg.settings.minCount);
}

/** "Definition" is the same word in Danish and English. */
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
