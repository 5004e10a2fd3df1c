/**
 * PPTX deck for the director forum: title slide, one slide per indicator (chart image at 2×, title, key
 * message, source line), editable native PowerPoint bar charts of the social gradients (analysts
 * restyle them; the image slide stays the faithful version), and a method slide.
 */
import PptxGenJS from 'pptxgenjs';
import type { Datapakke, Indicator } from '../contract/datapakke';
import { formatDate, packageLang, type Lang } from '../text/format';
import { valueLabel } from '../text/labels';
import { sourceLine } from '../charts/footnote';
import { inequalityText } from '../charts/header';
import { educationOrder, published, rowsWith } from '../charts/rows';
import { educationColours, FONT_FAMILY, SEX_COLOURS } from '../charts/theme';
import { packageTitle, provenanceLines, provenanceShort, trackName } from './provenance';
import { toBase64, type ChartAsset } from './types';

const DA = {
  cover: (track: string) => `Datapakke: ${track}`,
  asOf: (date: string) => `Opgjort ${date}`,
  period: (from: string, to: string) => ` · periode ${from} - ${to}`,
  sources: 'Kilder',
  tagline: 'social ulighed på alle indikatorer',
  unavailable: (reason: string | undefined) => `Ikke tilgængelig: ${reason ?? 'data mangler'}`,
  noCharts: 'Ingen diagrammer: data har ikke de nødvendige opdelinger.',
  byEducation: (title: string) => `${title} efter uddannelse`,
  editable: 'redigerbart diagram',
  leftOut: (groups: string) => `Ikke vist (udeladt pga. få observationer): ${groups}. `,
  method: 'Metode og datagrundlag',
  methodBullets: (grouping: string, level: number, population: string) => [
    `Uddannelse i ${grouping} grupper, ordnet fra kortest til længst.`,
    `Intervaller er ${level} %-konfidensintervaller; standardisering til ${population}.`,
    'Ulighedsmål: absolut forskel, ratio, SII/RII (hældnings- og relativt ulighedsindeks) og potentiel gevinst.',
  ],
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    cover: (track) => `Data package: ${track}`,
    asOf: (date) => `As of ${date}`,
    period: (from, to) => ` · period ${from} - ${to}`,
    sources: 'Sources',
    tagline: 'social inequality on every indicator',
    unavailable: (reason) => `Not available: ${reason ?? 'data missing'}`,
    noCharts: 'No charts: the data lack the breakdowns needed.',
    byEducation: (title) => `${title} by education`,
    editable: 'editable chart',
    leftOut: (groups) => `Not shown (omitted due to few observations): ${groups}. `,
    method: 'Method and data',
    methodBullets: (grouping, level, population) => [
      `Education in ${grouping} groups, ordered from shortest to longest.`,
      `Intervals are ${level}% confidence intervals; standardised to ${population}.`,
      'Inequality measures: absolute difference, ratio, SII/RII (slope and relative index of inequality) and potential gain.',
    ],
  },
};

const W = 13.333;
const H = 7.5;
const INK = '1A1A1A';
const MUTED = '555555';

type Slide = ReturnType<PptxGenJS['addSlide']>;

function footer(slide: Slide, pkg: Datapakke, source: string): void {
  slide.addText(source, { x: 0.5, y: H - 0.72, w: W - 1, h: 0.3, fontFace: FONT_FAMILY, fontSize: 10, color: MUTED });
  slide.addText(provenanceShort(pkg), { x: 0.5, y: H - 0.42, w: W - 1, h: 0.3, fontFace: FONT_FAMILY, fontSize: 8, color: '888888' });
}

function fitImage(asset: ChartAsset, box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  const ratio = asset.width / asset.height;
  const w = Math.min(box.w, box.h * ratio);
  const h = w / ratio;
  return { x: box.x + (box.w - w) / 2, y: box.y, w, h };
}

/** The main chart of an indicator: the gradient when there is one. */
export function mainChart(indicator: Indicator, assets: readonly ChartAsset[]): ChartAsset | undefined {
  const own = assets.filter((a) => a.indicatorId === indicator.id);
  return own.find((a) => a.id.endsWith('.gradient')) ?? own[0];
}

function titleSlide(pptx: PptxGenJS, pkg: Datapakke): void {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const s = pptx.addSlide();
  s.background = { color: '08306B' };
  s.addText(t.cover(trackName(pkg.track, lang)), { x: 0.7, y: 1.6, w: W - 1.4, h: 1.0, fontFace: FONT_FAMILY, fontSize: 40, bold: true, color: 'FFFFFF' });
  s.addText(pkg.area.name, { x: 0.7, y: 2.7, w: W - 1.4, h: 0.7, fontFace: FONT_FAMILY, fontSize: 28, color: 'FFFFFF' });
  s.addText(`${t.asOf(formatDate(pkg.referenceDate, lang))}${pkg.period ? t.period(formatDate(pkg.period.from, lang), formatDate(pkg.period.to, lang)) : ''}`, { x: 0.7, y: 3.5, w: W - 1.4, h: 0.5, fontFace: FONT_FAMILY, fontSize: 18, color: 'DCE6F2' });
  const sources = pkg.sources.map((src) => `${src.table}: ${src.files.join(', ')}`).join(' · ');
  s.addText(`${t.sources}: ${sources}`, { x: 0.7, y: 5.4, w: W - 1.4, h: 0.8, fontFace: FONT_FAMILY, fontSize: 12, color: 'DCE6F2', valign: 'top' });
  s.addText(`${pkg.app.name} ${pkg.app.version} · ${t.tagline}`, { x: 0.7, y: 6.5, w: W - 1.4, h: 0.4, fontFace: FONT_FAMILY, fontSize: 11, color: 'DCE6F2' });
}

function indicatorSlide(pptx: PptxGenJS, pkg: Datapakke, indicator: Indicator, asset: ChartAsset | undefined): void {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const s = pptx.addSlide();
  s.addText(indicator.title, { x: 0.5, y: 0.3, w: W - 1, h: 0.6, fontFace: FONT_FAMILY, fontSize: 26, bold: true, color: INK });
  if (indicator.available === false || !asset) {
    s.addText(indicator.available === false ? t.unavailable(indicator.reason) : t.noCharts, { x: 0.5, y: 1.2, w: W - 1, h: 1, fontFace: FONT_FAMILY, fontSize: 18, color: MUTED });
    footer(s, pkg, sourceLine(pkg));
    return;
  }
  const message = indicator.keyMessage ?? inequalityText(indicator, undefined, lang) ?? '';
  s.addText(message, { x: 0.5, y: 0.9, w: W - 1, h: 0.6, fontFace: FONT_FAMILY, fontSize: 16, color: '333333', valign: 'top' });
  s.addImage({ data: `image/png;base64,${toBase64(asset.png2x)}`, ...fitImage(asset, { x: 0.5, y: 1.55, w: W - 1, h: H - 2.35 }), altText: `${indicator.title}. ${message}` });
  footer(s, pkg, sourceLine(pkg, indicator));
}

/**
 * An editable bar chart of the gradient. A group with a suppressed cell is left out of it (an empty
 * point is not valid chart XML, and a zero bar would be wrong) and named in the slide's note.
 */
function nativeGradientSlide(pptx: PptxGenJS, pkg: Datapakke, indicator: Indicator): boolean {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const bySex = rowsWith(indicator, ['education', 'sex']);
  const rows = bySex.length > 0 ? bySex : rowsWith(indicator, ['education']);
  const order = educationOrder(pkg, rows.map((r) => String(r.strata.education)));
  const series = bySex.length > 0 ? ['K', 'M'] : [''];
  const cell = (code: string, sex: string) => rows.find((x) => String(x.strata.education) === code && (sex ? x.strata.sex === sex : true));
  const complete = order.filter((code) => series.every((sex) => cell(code, sex)?.suppressed === false));
  const left = order.filter((code) => !complete.includes(code));
  if (complete.length < 2 || published(rows).length < 2) return false;
  const data = series.map((sex) => ({
    name: sex ? valueLabel('sex', sex, lang) : indicator.title,
    labels: complete.map((code) => valueLabel('education', code, lang)),
    values: complete.map((code) => {
      const r = cell(code, sex)!;
      return r.suppressed ? 0 : r.value;
    }),
  }));
  const s = pptx.addSlide();
  s.addText(`${t.byEducation(indicator.title)} (${t.editable})`, { x: 0.5, y: 0.3, w: W - 1, h: 0.6, fontFace: FONT_FAMILY, fontSize: 24, bold: true, color: INK });
  const colours = series[0] ? series.map((x) => SEX_COLOURS[x]!.slice(1)) : [educationColours(3)[0]!.slice(1)];
  s.addChart(pptx.ChartType.bar, data, {
    x: 0.5, y: 1.1, w: W - 1, h: H - 2.0, barDir: 'col', chartColors: colours, showLegend: series.length > 1, legendPos: 't',
    legendFontFace: FONT_FAMILY, legendFontSize: 14, catAxisLabelFontFace: FONT_FAMILY, catAxisLabelFontSize: 14, valAxisLabelFontFace: FONT_FAMILY, valAxisLabelFontSize: 12,
    showValue: true, dataLabelFontSize: 12, dataLabelFormatCode: indicator.unit === 'pct' || indicator.unit === 'per1000' ? '#,##0.0' : '#,##0', valAxisLabelFormatCode: '#,##0.0',
    altText: t.byEducation(indicator.title),
  });
  const note = left.length ? t.leftOut(left.map((c) => valueLabel('education', c, lang)).join(', ')) : '';
  footer(s, pkg, `${note}${sourceLine(pkg)}`);
  return true;
}

function methodSlide(pptx: PptxGenJS, pkg: Datapakke): void {
  const t = TEXTS[packageLang(pkg)];
  const s = pptx.addSlide();
  s.addText(t.method, { x: 0.5, y: 0.3, w: W - 1, h: 0.6, fontFace: FONT_FAMILY, fontSize: 26, bold: true, color: INK });
  const bullets = [
    ...t.methodBullets(pkg.settings.educationGrouping, Math.round(pkg.settings.confidence * 100), pkg.settings.standardPopulation),
    ...provenanceLines(pkg),
  ];
  s.addText(bullets.map((text) => ({ text, options: { bullet: true, breakLine: true } })), { x: 0.5, y: 1.1, w: W - 1, h: H - 2.0, fontFace: FONT_FAMILY, fontSize: 13, color: '333333', valign: 'top' });
  footer(s, pkg, sourceLine(pkg));
}

export async function buildPptx(pkg: Datapakke, assets: readonly ChartAsset[]): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = packageTitle(pkg);
  pptx.subject = provenanceShort(pkg);
  pptx.author = `${pkg.app.name} ${pkg.app.version}`;
  pptx.company = pkg.area.name;
  titleSlide(pptx, pkg);
  const indicators = pkg.sections.flatMap((s) => s.indicators);
  for (const ind of indicators) indicatorSlide(pptx, pkg, ind, mainChart(ind, assets));
  for (const ind of indicators) if (ind.available !== false) nativeGradientSlide(pptx, pkg, ind);
  methodSlide(pptx, pkg);
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
