/**
 * PDF of the whole package, A4: cover, contents, one section per indicator group, method appendix.
 * Charts go in as vectors (their SVG through svg-to-pdfkit) with the bundled font embedded.
 *
 * pdfkit and svg-to-pdfkit are passed in by the caller: their typings pull in Node's types, which
 * shared/ must not see, so this module only knows the small part of pdfkit it uses.
 */
import type { Datapakke, Indicator } from '../contract/datapakke';
import { formatDate, packageLang, type Lang } from '../text/format';
import { plainInequality } from '../charts/header';
import { chooseDetail, noChartReason } from '../charts/detail';
import { formatValue } from '../charts/rows';
import { SUPPRESSED_MARK } from '../charts/footnote';
import { valueLabel } from '../text/labels';
import { formatNumber } from '../text/format';
import { inequalityOverview, keyInequalities, keyInequalitiesNote, overviewColour, overviewInk, OVERVIEW_COLOURS } from '../text/key-inequalities';
import { packageTitle, provenanceLines, provenanceShort, trackName } from './provenance';
import type { ChartAsset, FontSet } from './types';

interface TextOptions {
  width?: number;
  align?: 'left' | 'right' | 'center';
  lineGap?: number;
  continued?: boolean;
  link?: string | number | null;
  goTo?: string;
  destination?: string;
}

/** The part of a PDFKit document this module uses. */
export interface PdfDoc {
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  y: number;
  x: number;
  info: Record<string, unknown>;
  registerFont(name: string, src: Uint8Array): PdfDoc;
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  fillColor(colour: string): PdfDoc;
  text(text: string, x?: number, y?: number, options?: TextOptions): PdfDoc;
  heightOfString(text: string, options?: TextOptions): number;
  addPage(): PdfDoc;
  moveDown(lines?: number): PdfDoc;
  rect(x: number, y: number, w: number, h: number): PdfDoc;
  fill(colour?: string): PdfDoc;
  addNamedDestination(name: string): void;
  bufferedPageRange(): { start: number; count: number };
  switchToPage(n: number): PdfDoc;
  on(event: 'data', cb: (chunk: Uint8Array) => void): PdfDoc;
  on(event: 'end', cb: () => void): PdfDoc;
  end(): void;
}

export interface PdfDeps {
  createDocument(options: Record<string, unknown>): PdfDoc;
  svgToPdf(
    doc: PdfDoc,
    svg: string,
    x: number,
    y: number,
    options: { width?: number; height?: number; fontCallback: (family: string, bold: boolean) => string; assumePt?: boolean },
  ): void;
}

const DA = {
  docLang: 'da-DK',
  cover: (track: string) => `Datapakke: ${track}`,
  asOf: (date: string) => `Opgjort ${date}`,
  about: 'Om pakken',
  aboutText:
    'Sociale forskelle i sundhed på alle indikatorer: hver indikator er opgjort efter uddannelse og de øvrige sociale opdelinger, med usikkerhed og ulighedsmål. Tal bygger udelukkende på aggregerede registerdata; små grupper er udeladt.',
  unavailable: (reason: string | undefined) => `Ikke tilgængelig: ${reason ?? 'data mangler'}`,
  method: 'Metodebilag',
  methodText: (level: number, grouping: string, population: string) =>
    `Intervaller er ${level} %-konfidensintervaller. Uddannelse i ${grouping} grupper, ordnet fra kortest til længst. Standardbefolkning: ${population}. Ulighedsmål: absolut forskel, ratio, SII og RII samt potentiel gevinst.`,
  provenance: 'Herkomst',
  contents: 'Indhold',
  page: (n: number, of: number) => `side ${n} af ${of}`,
  keyTitle: 'Nøglebudskaber',
  keySub: (area: string) => `De største statistisk klare forskelle mellem uddannelsesgrupperne i ${area}.`,
  overviewTitle: 'Ulighedsoverblik',
  overviewSub:
    'Hver indikator efter uddannelse. Farven viser forholdet til de længst uddannede (eller den længst uddannede gruppe, der kan vises); – = udeladt pga. få observationer.',
  indicator: 'Indikator',
  reference: 'ref.',
  unavailableTitle: 'Ikke med i denne pakke',
  measures:
    'Forskel: værdien blandt de kortest uddannede minus værdien blandt de længst uddannede; "gange så mange" er den ene divideret med den anden. En forskel er statistisk klar, når dens konfidensinterval ikke rummer 0. SII (hældningsindeks for ulighed) er den forventede forskel mellem bunden og toppen af uddannelsesrangen ud fra alle grupper (vægtet regression på gruppernes placering i befolkningen); RII (relativt ulighedsindeks) er det tilsvarende forhold. SII og RII står i regnearket (XLSX).',
  detailTitle: 'Figurer med grovere opdeling eller uden figur',
  detailText:
    'Når mere end halvdelen af en figurs grupper er udeladt, vises den nærmeste grovere opdeling, som pakken har offentliggjort (fx uden køn); der regnes ikke nye tal ud. Står intet tilbage, vises ingen figur.',
  none: 'Alle figurer vises i fuld detalje.',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    docLang: 'en-GB',
    cover: (track) => `Data package: ${track}`,
    asOf: (date) => `As of ${date}`,
    about: 'About the package',
    aboutText:
      'Social inequalities in health on every indicator: each indicator is broken down by education and the other social dimensions, with uncertainty and inequality measures. The figures are based solely on aggregated register data; small groups are omitted.',
    unavailable: (reason) => `Not available: ${reason ?? 'data missing'}`,
    method: 'Method appendix',
    methodText: (level, grouping, population) =>
      `Intervals are ${level}% confidence intervals. Education in ${grouping} groups, ordered from shortest to longest. Standard population: ${population}. Inequality measures: absolute difference, ratio, SII and RII, and potential gain.`,
    provenance: 'Provenance',
    contents: 'Contents',
    page: (n, of) => `page ${n} of ${of}`,
    keyTitle: 'Key messages',
    keySub: (area) => `The largest statistically clear differences between education groups in ${area}.`,
    overviewTitle: 'Inequality overview',
    overviewSub:
      'Each indicator by education. The colour shows the ratio to the most educated (or the most educated group that can be shown); – = omitted due to few observations.',
    indicator: 'Indicator',
    reference: 'ref.',
    unavailableTitle: 'Not in this package',
    measures:
      'Difference: the value among the least educated minus the value among the most educated; "times as many" is one divided by the other. A difference is statistically clear when its confidence interval excludes 0. SII (slope index of inequality) is the expected difference between the bottom and the top of the education ranking using every group (weighted regression on the groups\' positions in the population); RII (relative index of inequality) is the corresponding ratio. SII and RII are in the workbook (XLSX).',
    detailTitle: 'Charts with a coarser breakdown or without a chart',
    detailText:
      "When more than half of a chart's groups are omitted, the nearest coarser breakdown the package published is shown (e.g. without sex); no new figures are computed. When nothing is left, no chart is shown.",
    none: 'Every chart is shown in full detail.',
  },
};

const MARGIN = 50;
const CONTENT_W = 595.28 - 2 * MARGIN;
const BOTTOM = 841.89 - MARGIN - 30;

function chartHeight(asset: ChartAsset): number {
  return (asset.height * CONTENT_W) / asset.width;
}

/** A heading never stands alone at the foot of a page: it moves on with at least `keep` points of what follows. */
function heading(doc: PdfDoc, text: string, size: number, keep = 90): void {
  doc.font('bold').fontSize(size);
  ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_W }) + keep);
  doc.fillColor('#1a1a1a').text(text, MARGIN, doc.y, { width: CONTENT_W });
  doc.moveDown(0.3);
}

function para(doc: PdfDoc, text: string, size = 10.5, colour = '#333333', font = 'regular'): void {
  doc.font(font).fontSize(size).fillColor(colour).text(text, MARGIN, doc.y, { width: CONTENT_W, lineGap: 2 });
  doc.moveDown(0.4);
}

function ensureSpace(doc: PdfDoc, needed: number): void {
  if (doc.y + needed > BOTTOM) doc.addPage();
}

function cover(doc: PdfDoc, pkg: Datapakke): void {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  doc.rect(0, 0, 595.28, 300).fill('#08306b');
  doc
    .font('bold')
    .fontSize(32)
    .fillColor('#ffffff')
    .text(t.cover(trackName(pkg.track, lang)), MARGIN, 120, { width: CONTENT_W });
  doc
    .font('regular')
    .fontSize(20)
    .fillColor('#ffffff')
    .text(pkg.area.name, MARGIN, doc.y + 6, { width: CONTENT_W });
  doc
    .font('regular')
    .fontSize(12)
    .fillColor('#dce6f2')
    .text(t.asOf(formatDate(pkg.referenceDate, lang)), MARGIN, doc.y + 6, { width: CONTENT_W });
  doc.y = 340;
  heading(doc, t.about, 14);
  para(doc, t.aboutText);
  for (const line of provenanceLines(pkg)) para(doc, line, 9, '#555555');
}

type DrawSvg = (asset: ChartAsset, x: number, y: number, height: number) => void;

function indicatorPages(doc: PdfDoc, ind: Indicator, assets: readonly ChartAsset[], drawSvg: DrawSvg, lang: Lang, noChart: string[]): void {
  const own = assets.filter((a) => a.indicatorId === ind.id);
  const ineq = ind.available === false ? undefined : plainInequality(ind, lang);
  // Heading, message and the first chart stay together when they fit on a page.
  doc.font('bold').fontSize(11.5);
  const textH = (ind.keyMessage ? doc.heightOfString(ind.keyMessage, { width: CONTENT_W }) + 8 : 0) + (ineq ? 30 : 0) + 40;
  const first = own[0] ? chartHeight(own[0]) + 12 : 40;
  if (textH + first <= BOTTOM - MARGIN) ensureSpace(doc, textH + first);
  heading(doc, ind.title, 15, 0);
  if (ind.available === false) {
    para(doc, TEXTS[lang].unavailable(ind.reason), 10.5, '#6b6b6b');
    doc.moveDown(0.6);
    return;
  }
  if (ind.keyMessage) para(doc, ind.keyMessage, 11.5, '#1a1a1a', 'bold');
  if (ineq) para(doc, ineq);
  const gradient = chooseDetail(ind, 'gradient', lang);
  if (own.length === 0 || (ind.measure !== 'count' && gradient.shown === null && gradient.hadRows)) {
    const reason = noChartReason(ind, lang) ?? gradient.reason;
    if (reason) {
      para(doc, reason, 10.5, '#6b6b6b');
      noChart.push(`${ind.title}: ${reason}`);
    }
  }
  for (const asset of own) {
    const h = chartHeight(asset);
    ensureSpace(doc, h + 10);
    const y = doc.y;
    doc.addNamedDestination(asset.id);
    drawSvg(asset, MARGIN, y, h);
    doc.y = y + h + 12;
  }
  doc.moveDown(0.6);
}

/** Key messages, the inequality overview (coloured by ratio to the most advantaged group) and what is not in the package. */
function summaryPages(doc: PdfDoc, pkg: Datapakke, lang: Lang): void {
  const t = TEXTS[lang];
  heading(doc, t.keyTitle, 20);
  para(doc, t.keySub(pkg.area.name), 10.5, '#555555');
  const keys = keyInequalities(pkg);
  for (const k of keys) para(doc, `•  ${k.text}`, 11.5, '#1a1a1a');
  const note = keyInequalitiesNote(pkg, keys.length);
  if (note) para(doc, note, 10, '#555555');
  doc.moveDown(0.8);
  const ov = inequalityOverview(pkg);
  if (ov.rows.length > 0) {
    heading(doc, t.overviewTitle, 16, 140);
    para(doc, t.overviewSub, 9.5, '#555555');
    const firstW = 170;
    const colW = (CONTENT_W - firstW) / ov.columns.length;
    const cellText = (label: string, x: number, y: number, w: number, colour = '#1a1a1a', font = 'regular') =>
      doc
        .font(font)
        .fontSize(9)
        .fillColor(colour)
        .text(label, x + 3, y + 3, { width: w - 6, align: x === MARGIN ? 'left' : 'center' });
    const rowHeight = (cells: string[]) =>
      Math.max(
        18,
        ...cells.map(
          (c, i) =>
            doc
              .font('regular')
              .fontSize(9)
              .heightOfString(c, { width: (i === 0 ? firstW : colW) - 6 }) + 6,
        ),
      );
    const header = [t.indicator, ...ov.columns.map((c) => valueLabel('education', c, lang))];
    let y = doc.y;
    const hh = rowHeight(header);
    doc.rect(MARGIN, y, CONTENT_W, hh).fill('#dce6f2');
    header.forEach((h, i) => cellText(h, i === 0 ? MARGIN : MARGIN + firstW + (i - 1) * colW, y, i === 0 ? firstW : colW, '#1a1a1a', 'bold'));
    y += hh;
    for (const row of ov.rows) {
      const labels = row.cells.map((c) =>
        c.state === 'missing'
          ? ''
          : c.state === 'suppressed'
            ? SUPPRESSED_MARK
            : `${formatValue(c.value, row.unit, lang)} ${c.reference ? `(${t.reference})` : c.ratio != null ? `(× ${formatNumber(c.ratio, 1, lang)})` : ''}`,
      );
      const h = rowHeight([row.title, ...labels]);
      if (y + h > BOTTOM) {
        doc.addPage();
        y = doc.y;
      }
      cellText(row.title, MARGIN, y, firstW);
      row.cells.forEach((c, i) => {
        const x = MARGIN + firstW + i * colW;
        const colour =
          c.state === 'suppressed'
            ? OVERVIEW_COLOURS.suppressed
            : c.state === 'shown'
              ? c.reference
                ? OVERVIEW_COLOURS.reference
                : overviewColour(c.ratio)
              : OVERVIEW_COLOURS.reference;
        doc.rect(x + 1, y + 1, colW - 2, h - 2).fill(`#${colour}`);
        cellText(labels[i]!, x, y, colW, `#${overviewInk(colour)}`);
      });
      y += h;
    }
    doc.y = y + 10;
  }
  const unavailable = pkg.sections.flatMap((s) => s.indicators).filter((i) => i.available === false);
  if (unavailable.length > 0) {
    heading(doc, t.unavailableTitle, 14, 40);
    for (const ind of unavailable) para(doc, `•  ${ind.title}: ${ind.reason ?? ''}`, 10);
  }
}

/** The charts drawn with a coarser breakdown than the finest (detail.ts), as "title: note" lines. */
function coarserCharts(pkg: Datapakke, lang: Lang): string[] {
  const out: string[] = [];
  for (const ind of pkg.sections.flatMap((s) => s.indicators)) {
    if (ind.available === false) continue;
    for (const kind of ['gradient', 'lifecourse', 'trend'] as const) {
      const note = chooseDetail(ind, kind, lang).shown?.note;
      if (note) out.push(`${ind.title}: ${note}`);
    }
  }
  return out;
}

/** svg-to-pdfkit lays the SVG out at its own width/height attributes; set them to the box so the viewBox scales. */
export function fitSvg(svg: string, width: number, height: number): string {
  return svg.replace(/<svg([^>]*?)\swidth="[\d.]+"([^>]*?)\sheight="[\d.]+"/, `<svg$1 width="${width.toFixed(2)}"$2 height="${height.toFixed(2)}"`);
}

/** Bytes of the package PDF. `generatedAt` is used as the creation date so the bytes are reproducible. */
export function buildPdf(pkg: Datapakke, assets: readonly ChartAsset[], fonts: FontSet, deps: PdfDeps): Promise<Uint8Array> {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const doc = deps.createDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    info: {},
    lang: t.docLang,
    displayTitle: true,
    pdfVersion: '1.7',
    tagged: false,
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.semibold);
  doc.info.Title = packageTitle(pkg);
  doc.info.Author = `${pkg.app.name} ${pkg.app.version}`;
  doc.info.Subject = provenanceShort(pkg);
  doc.info.Keywords = provenanceLines(pkg).join('; ');
  doc.info.CreationDate = new Date(pkg.generatedAt);
  const drawSvg: DrawSvg = (asset, x, y, h) =>
    deps.svgToPdf(doc, fitSvg(asset.svg, CONTENT_W, h), x, y, { fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'), assumePt: true });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });

  cover(doc, pkg);
  doc.addPage();
  const contentsPage = doc.bufferedPageRange().count - 1;
  const entries: { title: string; page: number; level: number }[] = [];
  const noChart: string[] = [];
  doc.addPage();
  entries.push({ title: `${t.keyTitle} · ${t.overviewTitle}`, page: doc.bufferedPageRange().count, level: 0 });
  summaryPages(doc, pkg, lang);
  for (const section of pkg.sections) {
    doc.addPage();
    entries.push({ title: section.title, page: doc.bufferedPageRange().count, level: 0 });
    heading(doc, section.title, 20);
    for (const ind of section.indicators) {
      ensureSpace(doc, 160);
      entries.push({ title: ind.title, page: doc.bufferedPageRange().count, level: 1 });
      indicatorPages(doc, ind, assets, drawSvg, lang, noChart);
    }
  }
  doc.addPage();
  entries.push({ title: t.method, page: doc.bufferedPageRange().count, level: 0 });
  heading(doc, t.method, 20);
  para(doc, t.methodText(Math.round(pkg.settings.confidence * 100), pkg.settings.educationGrouping, pkg.settings.standardPopulation));
  para(doc, t.measures);
  heading(doc, t.detailTitle, 12, 40);
  para(doc, t.detailText, 9.5);
  const detailLines = [...coarserCharts(pkg, lang), ...noChart];
  for (const line of detailLines.length ? detailLines : [t.none]) para(doc, `•  ${line}`, 9.5);
  for (const ind of pkg.sections.flatMap((s) => s.indicators)) if (ind.definition) para(doc, `${ind.title}: ${ind.definition}`, 9.5);
  for (const [key, value] of Object.entries(pkg.method ?? {}))
    para(doc, `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`.slice(0, 2000), 8.5, '#555555');
  heading(doc, t.provenance, 12);
  for (const line of provenanceLines(pkg)) para(doc, line, 9, '#555555');

  doc.switchToPage(contentsPage);
  doc.y = MARGIN;
  heading(doc, t.contents, 20);
  for (const e of entries) {
    const y = doc.y;
    doc
      .font(e.level === 0 ? 'bold' : 'regular')
      .fontSize(e.level === 0 ? 12 : 10.5)
      .fillColor('#1a1a1a')
      .text(e.title, MARGIN + e.level * 16, y, { width: CONTENT_W - 60 - e.level * 16 });
    const after = doc.y;
    doc.text(String(e.page), MARGIN + CONTENT_W - 40, y, { width: 40, align: 'right' });
    doc.y = Math.max(after, doc.y) + 3;
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor('#777777')
      .text(`${provenanceShort(pkg)} · ${t.page(i + 1, range.count)}`, MARGIN, 841.89 - 36, { width: CONTENT_W, align: 'center' });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return done;
}
