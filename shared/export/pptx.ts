/**
 * PPTX deck for the director forum (issue 15), usable as it is:
 * title → "Nøglebudskaber" → "Ulighedsoverblik" → one slide per indicator with a large native
 * PowerPoint chart (bars by education, clustered by sex, lines for the life course and the trend, the
 * pyramid as two bar series, municipalities as bars) with confidence intervals as error bars
 * (pptx-charts.ts) → "Ikke med i denne pakke" → method. The breakdown each chart draws comes from
 * shared/charts/detail.ts, so the deck shows what the PDF, the HTML and the app show. Text is Calibri
 * (on every PowerPoint), nothing under 10 pt, chart text 14 pt. Definition, method and the full source
 * go in the speaker notes; the slide carries one short source line.
 */
import PptxGenJS from 'pptxgenjs';
import type { Datapakke, Indicator, IndicatorRow, StratumKey } from '../contract/datapakke';
import { formatDate, formatNumber, packageLang, type Lang } from '../text/format';
import { dimensionLabel, valueLabel } from '../text/labels';
import { definitionLine, sourceLine, SUPPRESSED_MARK } from '../charts/footnote';
import { plainInequality, populationLine } from '../charts/header';
import { chooseDetail, noChartReason, type DetailChoice, type DetailKind } from '../charts/detail';
import { smooth } from '../charts/lifecourse';
import { educationOrder, formatValue, municipalityName, totalRow } from '../charts/rows';
import { educationColours, SEX_COLOURS, SINGLE_COLOUR, UNKNOWN_COLOUR, unitLabel } from '../charts/theme';
import { inequalityOverview, keyInequalities, keyInequalitiesNote, overviewColour, overviewInk, OVERVIEW_COLOURS } from '../text/key-inequalities';
import { packageTitle, provenanceLines, provenanceShort, trackName } from './provenance';
import { patchDeck, type ChartPatch, type SeriesIntervals } from './pptx-charts';
import type { ChartAsset } from './types';

/** On every PowerPoint (Windows and Mac), so the deck looks the same on the directors' PCs. */
export const DECK_FONT = 'Calibri';

const DA = {
  cover: (track: string) => `Datapakke: ${track}`,
  asOf: (date: string) => `Opgjort ${date}`,
  period: (from: string, to: string) => ` · periode ${from} - ${to}`,
  tagline: 'social ulighed på alle indikatorer',
  keyTitle: 'Nøglebudskaber',
  keySub: (area: string) => `De største statistisk klare forskelle mellem uddannelsesgrupperne i ${area}`,
  overviewTitle: 'Ulighedsoverblik',
  overviewSub: 'Hver indikator efter uddannelse. Farven viser forholdet til de længst uddannede (eller den længst uddannede gruppe, der kan vises).',
  indicator: 'Indikator',
  legend: ['≥ 2 gange', '1,5-2', '1,1-1,5', 'samme niveau', '0,67-0,9', '0,5-0,67', '< 0,5', `${SUPPRESSED_MARK} udeladt`],
  reference: 'reference',
  unavailableTitle: 'Ikke med i denne pakke',
  unavailableSub: 'Indikatorer, som udtrækket ikke kan belyse, og hvorfor',
  noChart: (reason: string) => reason,
  kindTitle: {
    lifecourse: (t: string) => `${t} gennem livet`,
    trend: (t: string) => `${t}: udvikling over tid`,
    municipalities: (t: string) => `${t} i kommunerne`,
    pyramid: (t: string) => t,
    gradient: (t: string) => t,
    funnel: (t: string) => t,
  } as Record<DetailKind, (t: string) => string>,
  omitted: `${SUPPRESSED_MARK} udeladt`,
  omittedFor: (who: string) => `${who}: ${SUPPRESSED_MARK} udeladt`,
  short: (kind: string, area: string, date: string, level: string, min: number) =>
    `Kilde: ${kind}, ${area}, ${date}. Streger: ${level} %-konfidensinterval. ${SUPPRESSED_MARK} = udeladt (færre end ${min}).`,
  registry: 'registerudtræk',
  survey: 'spørgeskema og registre',
  areaLevel: (area: string, value: string) => `Hele ${area}: ${value}`,
  smoothed: 'Kurverne er udjævnet over 5 aldersår; intervallerne står i tabellerne (XLSX, PDF).',
  method: 'Metode og datagrundlag',
  methodBullets: (grouping: string, level: number, population: string, min: number) => [
    `Uddannelse i ${grouping} grupper, ordnet fra kortest til længst. Borgere med ukendt uddannelse vises for sig.`,
    `Streger på søjler og punkter er ${level} %-konfidensintervaller. Aldersstandardisering til ${population}.`,
    `Grupper med færre end ${min} personer er udeladt (${SUPPRESSED_MARK}), og tal, der kan regne dem ud, er udeladt med dem.`,
    'Forskel: værdien blandt de kortest uddannede minus værdien blandt de længst uddannede. "Gange så mange": den ene divideret med den anden. Forskellen er "statistisk klar", når dens konfidensinterval ikke rummer 0.',
    'SII (hældningsindeks for ulighed) er forskellen mellem bunden og toppen af uddannelsesrangen ud fra alle grupper; RII (relativt ulighedsindeks) er forholdet. Begge står i regnearket (XLSX).',
    'Når mere end halvdelen af en figurs grupper er udeladt, vises den nærmeste grovere opdeling, som pakken har offentliggjort (fx uden køn); står intet tilbage, vises ingen figur.',
  ],
  detailTitle: 'Figurer med grovere opdeling eller uden figur',
  coarser: (title: string, note: string) => `${title}: ${note}`,
  none: 'Alle figurer vises i fuld detalje.',
  notes: { definition: 'Definition', method: 'Metode', source: 'Kilde', message: 'Budskab', table: 'Tal' },
};

type Texts = typeof DA;

const TEXTS: Record<Lang, Texts> = {
  da: DA,
  en: {
    cover: (track) => `Data package: ${track}`,
    asOf: (date) => `As of ${date}`,
    period: (from, to) => ` · period ${from} - ${to}`,
    tagline: 'social inequality on every indicator',
    keyTitle: 'Key messages',
    keySub: (area) => `The largest statistically clear differences between education groups in ${area}`,
    overviewTitle: 'Inequality overview',
    overviewSub: 'Each indicator by education. The colour shows the ratio to the most educated (or the most educated group that can be shown).',
    indicator: 'Indicator',
    legend: ['≥ 2 times', '1.5-2', '1.1-1.5', 'same level', '0.67-0.9', '0.5-0.67', '< 0.5', `${SUPPRESSED_MARK} omitted`],
    reference: 'reference',
    unavailableTitle: 'Not in this package',
    unavailableSub: 'Indicators the extract cannot support, and why',
    noChart: (reason) => reason,
    kindTitle: {
      lifecourse: (t) => `${t} over the life course`,
      trend: (t) => `${t}: trend`,
      municipalities: (t) => `${t} by municipality`,
      pyramid: (t) => t,
      gradient: (t) => t,
      funnel: (t) => t,
    },
    omitted: `${SUPPRESSED_MARK} omitted`,
    omittedFor: (who) => `${who}: ${SUPPRESSED_MARK} omitted`,
    short: (kind, area, date, level, min) =>
      `Source: ${kind}, ${area}, ${date}. Whiskers: ${level}% confidence interval. ${SUPPRESSED_MARK} = omitted (fewer than ${min}).`,
    registry: 'register extracts',
    survey: 'survey and registers',
    areaLevel: (area, value) => `All of ${area}: ${value}`,
    smoothed: 'The curves are smoothed over 5 years of age; the intervals are in the tables (XLSX, PDF).',
    method: 'Method and data',
    methodBullets: (grouping, level, population, min) => [
      `Education in ${grouping} groups, ordered from shortest to longest. People with unknown education are shown separately.`,
      `Whiskers are ${level}% confidence intervals. Age standardisation to ${population}.`,
      `Groups with fewer than ${min} people are omitted (${SUPPRESSED_MARK}), and so are figures from which they could be derived.`,
      'Difference: the value among the least educated minus the value among the most educated. "Times as many": one divided by the other. A difference is "statistically clear" when its confidence interval excludes 0.',
      'SII (slope index of inequality) is the difference between the bottom and the top of the education ranking, using every group; RII (relative index of inequality) is the ratio. Both are in the workbook (XLSX).',
      "When more than half of a chart's groups are omitted, the nearest coarser breakdown the package published is shown (e.g. without sex); when nothing is left, no chart is shown.",
    ],
    detailTitle: 'Charts with a coarser breakdown or without a chart',
    coarser: (title, note) => `${title}: ${note}`,
    none: 'Every chart is shown in full detail.',
    notes: { definition: 'Definition', method: 'Method', source: 'Source', message: 'Message', table: 'Figures' },
  },
};

const W = 13.333;
const H = 7.5;
const INK = '1A1A1A';
const MUTED = '4D4D4D';
/** The chart box: 12,55 × 4,82 in of a 13,33 × 7,5 in slide = 60,5 %. */
export const CHART_BOX = { x: 0.39, y: 2.08, w: 12.55, h: 4.82 } as const;

type Slide = ReturnType<PptxGenJS['addSlide']>;
type ChartData = { name: string; labels: string[]; values: (number | null)[] }[];

interface Deck {
  pptx: PptxGenJS;
  pkg: Datapakke;
  lang: Lang;
  t: Texts;
  /** One entry per native chart, in the order they were added. */
  patches: (ChartPatch | null)[];
  /** Indicators whose chart was coarser or absent: for the method slide. */
  detail: string[];
}

const hex = (c: string) => c.replace('#', '').toUpperCase();

function text(
  slide: Slide,
  value: string,
  o: { x: number; y: number; w: number; h: number; size: number; bold?: boolean; colour?: string; valign?: 'top' | 'middle' | 'bottom' },
): void {
  slide.addText(value, {
    x: o.x,
    y: o.y,
    w: o.w,
    h: o.h,
    fontFace: DECK_FONT,
    fontSize: o.size,
    bold: o.bold ?? false,
    color: o.colour ?? INK,
    valign: o.valign ?? 'top',
    margin: 0,
  });
}

function shortSource(d: Deck, indicator?: Indicator): string {
  const { pkg, t, lang } = d;
  return t.short(
    indicator?.source === 'survey' ? t.survey : t.registry,
    pkg.area.name,
    formatDate(pkg.referenceDate, lang),
    formatNumber(pkg.settings.confidence * 100, 0, lang),
    pkg.settings.minCount,
  );
}

function footer(slide: Slide, d: Deck, indicator?: Indicator): void {
  text(slide, shortSource(d, indicator), { x: 0.42, y: H - 0.44, w: W - 0.84, h: 0.3, size: 11, colour: MUTED });
}

function heading(slide: Slide, title: string, sub: string[]): void {
  text(slide, title, { x: 0.42, y: 0.28, w: W - 0.84, h: 0.62, size: title.length > 62 ? 22 : title.length > 50 ? 24 : 28, bold: true });
  const lines = sub.filter(Boolean);
  if (lines.length) {
    slide.addText(
      lines.map((line, i) => ({ text: line, options: { fontSize: i === 0 ? 16 : 13, color: i === 0 ? '262626' : MUTED, breakLine: i < lines.length - 1 } })),
      { x: 0.42, y: 0.92, w: W - 0.84, h: 1.12, fontFace: DECK_FONT, valign: 'top', margin: 0 },
    );
  }
}

function notesFor(d: Deck, indicator: Indicator, extra: string[] = []): string {
  const n = d.t.notes;
  const method = (indicator.notes ?? []).join(' ');
  return [
    indicator.keyMessage ? `${n.message}: ${indicator.keyMessage}` : '',
    ...extra,
    definitionLine(indicator) ?? '',
    method ? `${n.method}: ${method}` : '',
    sourceLine(d.pkg, indicator),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function titleSlide(d: Deck): void {
  const { pptx, pkg, t, lang } = d;
  const s = pptx.addSlide();
  s.background = { color: '08306B' };
  text(s, t.cover(trackName(pkg.track, lang)), { x: 0.7, y: 1.6, w: W - 1.4, h: 1.0, size: 40, bold: true, colour: 'FFFFFF' });
  text(s, pkg.area.name, { x: 0.7, y: 2.7, w: W - 1.4, h: 0.7, size: 28, colour: 'FFFFFF' });
  text(s, `${t.asOf(formatDate(pkg.referenceDate, lang))}${pkg.period ? t.period(formatDate(pkg.period.from, lang), formatDate(pkg.period.to, lang)) : ''}`, {
    x: 0.7,
    y: 3.5,
    w: W - 1.4,
    h: 0.5,
    size: 18,
    colour: 'DCE6F2',
  });
  text(s, `${pkg.app.name} ${pkg.app.version} · ${t.tagline}`, { x: 0.7, y: 6.5, w: W - 1.4, h: 0.4, size: 12, colour: 'DCE6F2' });
  s.addNotes(provenanceLines(pkg).join('\n'));
}

function keyMessagesSlide(d: Deck): void {
  const { pptx, pkg, t } = d;
  const s = pptx.addSlide();
  heading(s, t.keyTitle, [t.keySub(pkg.area.name)]);
  const keys = keyInequalities(pkg);
  const note = keyInequalitiesNote(pkg, keys.length);
  const items = keys.map((k) => ({ text: k.text, options: { bullet: { indent: 18 }, breakLine: true, paraSpaceAfter: 10 } }));
  if (items.length)
    s.addText(items, {
      x: 0.42,
      y: 1.6,
      w: W - 0.84,
      h: note ? 4.3 : 5.2,
      fontFace: DECK_FONT,
      fontSize: keys.length > 4 ? 17 : 19,
      color: INK,
      valign: 'top',
      margin: 0,
    });
  if (note) text(s, note, { x: 0.42, y: items.length ? 6.0 : 1.7, w: W - 0.84, h: 0.8, size: 16, colour: MUTED });
  footer(s, d);
  s.addNotes(keys.map((k) => `${k.text} (${k.basis === 'summary' ? 'ulighedsmål med konfidensinterval' : 'konfidensintervaller overlapper ikke'})`).join('\n'));
}

function overviewSlide(d: Deck): void {
  const { pptx, pkg, t, lang } = d;
  const ov = inequalityOverview(pkg);
  if (ov.rows.length === 0) return;
  const s = pptx.addSlide();
  heading(s, t.overviewTitle, [t.overviewSub]);
  const size = ov.rows.length > 10 ? 12 : 14;
  const header = [t.indicator, ...ov.columns.map((c) => valueLabel('education', c, lang))].map((label) => ({
    text: label,
    options: { bold: true, fill: { color: 'DCE6F2' }, color: INK, fontSize: size },
  }));
  const body = ov.rows.map((row) => [
    { text: row.title, options: { color: INK, fontSize: size } },
    ...row.cells.map((c) => {
      if (c.state === 'missing') return { text: '', options: { fontSize: size } };
      if (c.state === 'suppressed')
        return { text: SUPPRESSED_MARK, options: { fill: { color: OVERVIEW_COLOURS.suppressed }, color: INK, align: 'center' as const, fontSize: size } };
      const colour = c.reference ? OVERVIEW_COLOURS.reference : overviewColour(c.ratio);
      const ratio = c.reference ? t.reference : c.ratio != null ? `× ${formatNumber(c.ratio, 1, lang)}` : '';
      return {
        text: `${formatValue(c.value, row.unit, lang)}${ratio ? `  (${ratio})` : ''}`,
        options: { fill: { color: colour }, color: overviewInk(colour), align: 'center' as const, fontSize: size },
      };
    }),
  ]);
  const firstW = 4.1;
  const restW = (W - 0.84 - firstW) / ov.columns.length;
  const rowH = Math.min(0.42, 4.3 / (ov.rows.length + 1));
  s.addTable([header, ...body], {
    x: 0.42,
    y: 1.75,
    w: W - 0.84,
    colW: [firstW, ...ov.columns.map(() => restW)],
    rowH,
    fontFace: DECK_FONT,
    fontSize: size,
    border: { type: 'solid', pt: 0.75, color: 'FFFFFF' },
    valign: 'middle',
    margin: 0.04,
  });
  const colours = [
    OVERVIEW_COLOURS.much_higher,
    OVERVIEW_COLOURS.higher,
    OVERVIEW_COLOURS.slightly_higher,
    OVERVIEW_COLOURS.same,
    OVERVIEW_COLOURS.slightly_lower,
    OVERVIEW_COLOURS.lower,
    OVERVIEW_COLOURS.much_lower,
    OVERVIEW_COLOURS.suppressed,
  ];
  const chipW = (W - 0.84) / colours.length;
  colours.forEach((c, i) => {
    s.addText(t.legend[i]!, {
      x: 0.42 + i * chipW,
      y: H - 0.95,
      w: chipW - 0.05,
      h: 0.36,
      fontFace: DECK_FONT,
      fontSize: 12,
      color: overviewInk(c),
      fill: { color: c },
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  });
  footer(s, d);
  s.addNotes(
    `${t.overviewSub}\n${ov.rows.map((r) => `${r.title}: ${r.cells.map((c) => (c.state === 'missing' ? '' : c.state === 'suppressed' ? SUPPRESSED_MARK : formatValue(c.value, r.unit, lang))).join(' | ')}`).join('\n')}`,
  );
}

const interval = (r: IndicatorRow): [number, number] | null => (!r.suppressed && r.lower != null && r.upper != null ? [r.lower, r.upper] : null);
const valueOf = (r: IndicatorRow | undefined): number | null => (r && !r.suppressed ? r.value : null);

/** A round axis maximum above every value and interval (PowerPoint's automatic axis ignores error bars). */
export function axisMax(values: readonly (number | null | undefined)[]): number | undefined {
  const max = Math.max(...values.filter((v): v is number => v != null && Number.isFinite(v)));
  if (!Number.isFinite(max) || max <= 0) return undefined;
  const step = 10 ** Math.floor(Math.log10(max));
  const nice = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * step).find((v) => v >= max * 1.04) ?? 10 * step;
  return nice;
}

const uppers = (rows: readonly IndicatorRow[]) => rows.flatMap((r) => (r.suppressed ? [] : [r.value, r.upper ?? r.value]));

function baseChartOptions(d: Deck, ind: Indicator, rows: readonly IndicatorRow[] = []): PptxGenJS.IChartOpts {
  const max = axisMax(uppers(rows));
  return {
    ...(max ? { valAxisMaxVal: max } : {}),
    ...CHART_BOX,
    fontFace: DECK_FONT,
    catAxisLabelFontFace: DECK_FONT,
    catAxisLabelFontSize: 14,
    catAxisLabelColor: '333333',
    valAxisLabelFontFace: DECK_FONT,
    valAxisLabelFontSize: 14,
    valAxisLabelColor: '333333',
    valAxisLabelFormatCode: ind.unit === 'pct' || ind.unit === 'per1000' ? '#,##0.0' : '#,##0',
    showValAxisTitle: true,
    valAxisTitle: unitLabel(ind.unit, d.lang),
    valAxisTitleFontFace: DECK_FONT,
    valAxisTitleFontSize: 14,
    valAxisTitleColor: '333333',
    valGridLine: { color: 'E5E5E5', size: 0.75 },
    legendFontFace: DECK_FONT,
    legendFontSize: 14,
    legendPos: 't',
    dataLabelFontFace: DECK_FONT,
    dataLabelFontSize: 14,
    valAxisMinVal: 0,
  };
}

/** Bars by education (one colour per group, values in the axis labels), or clustered by sex. */
function gradientChart(d: Deck, s: Slide, ind: Indicator, c: DetailChoice): void {
  const { pptx, pkg, lang, t } = d;
  const rows = c.rows;
  const order = educationOrder(
    pkg,
    rows.map((r) => String(r.strata.education)),
  );
  const bySex = c.keys.includes('sex');
  const sexes = bySex ? ['K', 'M'].filter((x) => rows.some((r) => r.strata.sex === x)) : [''];
  const cell = (code: string, sex: string) => rows.find((r) => String(r.strata.education) === code && (!sex || r.strata.sex === sex));
  const labels = order.map((code) => {
    const name = valueLabel('education', code, lang);
    if (!bySex) {
      const r = cell(code, '');
      return r && !r.suppressed ? `${name}\n${formatValue(r.value, ind.unit, lang)}` : `${name}\n${t.omitted}`;
    }
    const missing = sexes.filter((x) => cell(code, x)?.suppressed !== false);
    if (missing.length === sexes.length) return `${name}\n${t.omitted}`;
    return missing.length ? `${name}\n${t.omittedFor(missing.map((x) => valueLabel('sex', x, lang)).join(', '))}` : name;
  });
  const data: ChartData = sexes.map((sex) => ({
    name: sex ? valueLabel('sex', sex, lang) : ind.title,
    labels,
    values: order.map((code) => valueOf(cell(code, sex))),
  }));
  const series: SeriesIntervals[] = sexes.map((sex) => ({
    values: order.map((code) => valueOf(cell(code, sex))),
    points: order.map((code) => {
      const r = cell(code, sex);
      return r ? interval(r) : null;
    }),
  }));
  const known = order.filter((x) => x !== 'ukendt');
  const eduColours = [...educationColours(known.length), ...(order.includes('ukendt') ? [UNKNOWN_COLOUR] : [])].map(hex);
  s.addChart(pptx.ChartType.bar, data, {
    ...baseChartOptions(d, ind, rows),
    barDir: 'col',
    barGapWidthPct: bySex ? 60 : 45,
    chartColors: bySex ? sexes.map((x) => hex(SEX_COLOURS[x]!)) : eduColours,
    showLegend: bySex,
    showValue: bySex,
    dataLabelPosition: 'inBase' as 'inEnd',
    dataLabelColor: INK,
    dataLabelFontBold: true,
    dataLabelFormatCode: ind.unit === 'pct' || ind.unit === 'per1000' ? '#,##0.0' : '#,##0',
    altText: `${ind.title}: ${labels.map((l) => l.replace('\n', ' ')).join('; ')}`,
  });
  d.patches.push({ kind: 'bar', series });
}

/** Lines per education group by single age (smoothed like the PDF) or age band. */
function lifecourseChart(d: Deck, s: Slide, ind: Indicator, c: DetailChoice): void {
  const { pptx, pkg, lang } = d;
  const byEdu = c.keys.includes('education');
  const ageKey: StratumKey = c.keys.includes('age_band') ? 'age_band' : 'age';
  const codes = byEdu
    ? educationOrder(
        pkg,
        c.rows.map((r) => String(r.strata.education)),
      )
    : [''];
  const ages = [...new Set(c.rows.map((r) => String(r.strata[ageKey])))].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const data: ChartData = codes.map((code) => {
    const own = c.rows.filter((r) => !byEdu || String(r.strata.education) === code);
    const points = own.map((r) => ({
      x: Number.parseInt(String(r.strata[ageKey]), 10),
      group: code,
      suppressed: r.suppressed,
      value: valueOf(r),
      lower: r.suppressed ? null : (r.lower ?? null),
      upper: r.suppressed ? null : (r.upper ?? null),
    }));
    const drawn = ageKey === 'age' ? smooth(points) : points;
    const at = new Map(drawn.map((p) => [p.x, p.value]));
    return { name: byEdu ? valueLabel('education', code, lang) : ind.title, labels: ages, values: ages.map((a) => at.get(Number.parseInt(a, 10)) ?? null) };
  });
  const known = codes.filter((x) => x !== 'ukendt');
  const colours = byEdu ? [...educationColours(known.length), ...(codes.includes('ukendt') ? [UNKNOWN_COLOUR] : [])].map(hex) : [hex(SINGLE_COLOUR)];
  s.addChart(pptx.ChartType.line, data, {
    ...baseChartOptions(d, ind),
    chartColors: colours,
    lineSize: 3,
    lineDataSymbol: 'none',
    showLegend: byEdu,
    displayBlanksAs: 'gap',
    catAxisLabelFrequency: ageKey === 'age' ? '10' : '1',
    catAxisLabelRotate: 0,
    showCatAxisTitle: true,
    catAxisTitle: dimensionLabel('age', lang),
    catAxisTitleFontSize: 14,
    catAxisTitleFontFace: DECK_FONT,
    altText: ind.title,
  });
  d.patches.push(null);
}

/** Lines by year (per education group when published) with interval whiskers. */
function trendChart(d: Deck, s: Slide, ind: Indicator, c: DetailChoice): void {
  const { pptx, pkg, lang } = d;
  const byEdu = c.keys.includes('education');
  const codes = byEdu
    ? educationOrder(
        pkg,
        c.rows.map((r) => String(r.strata.education)),
      )
    : [''];
  const years = [...new Set(c.rows.map((r) => String(r.strata.year)))].sort();
  const cell = (code: string, y: string) => c.rows.find((r) => String(r.strata.year) === y && (!byEdu || String(r.strata.education) === code));
  const data: ChartData = codes.map((code) => ({
    name: byEdu ? valueLabel('education', code, lang) : ind.title,
    labels: years,
    values: years.map((y) => valueOf(cell(code, y))),
  }));
  const series: SeriesIntervals[] = codes.map((code) => ({
    values: years.map((y) => valueOf(cell(code, y))),
    points: years.map((y) => {
      const r = cell(code, y);
      return r ? interval(r) : null;
    }),
  }));
  const known = codes.filter((x) => x !== 'ukendt');
  const colours = byEdu ? [...educationColours(known.length), ...(codes.includes('ukendt') ? [UNKNOWN_COLOUR] : [])].map(hex) : [hex(SINGLE_COLOUR)];
  s.addChart(pptx.ChartType.line, data, {
    ...baseChartOptions(d, ind, c.rows),
    chartColors: colours,
    lineSize: 3,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 9,
    showLegend: byEdu,
    displayBlanksAs: 'gap',
    showValue: !byEdu,
    dataLabelPosition: 'r',
    dataLabelFormatCode: ind.unit === 'pct' || ind.unit === 'per1000' ? '#,##0.0' : '#,##0',
    altText: ind.title,
  });
  d.patches.push({ kind: 'line', series });
}

/** Municipalities as horizontal bars, largest on top, with whiskers. */
function municipalitiesChart(d: Deck, s: Slide, ind: Indicator, c: DetailChoice): void {
  const { pptx, lang, t } = d;
  const rows = [...c.rows].sort((a, b) => (valueOf(a) ?? -Infinity) - (valueOf(b) ?? -Infinity));
  const labels = rows.map((r) => `${municipalityName(Number(r.strata.municipality))}${r.suppressed ? `  ${t.omitted}` : ''}`);
  s.addChart(pptx.ChartType.bar, [{ name: ind.title, labels, values: rows.map(valueOf) }], {
    ...baseChartOptions(d, ind, rows),
    barDir: 'bar',
    barGapWidthPct: 50,
    chartColors: [hex(SINGLE_COLOUR)],
    showLegend: false,
    showValue: true,
    dataLabelPosition: 'inBase' as 'inEnd',
    dataLabelColor: 'FFFFFF',
    dataLabelFontBold: true,
    dataLabelFormatCode: ind.unit === 'pct' || ind.unit === 'per1000' ? '#,##0.0' : '#,##0',
    altText: `${ind.title}: ${labels.join('; ')}`,
  });
  d.patches.push({ kind: 'bar', series: [{ values: rows.map(valueOf), points: rows.map(interval) }] });
  void lang;
}

/** The pyramid as two bar series: men to the left (negative values shown without sign), women to the right. */
function pyramidChart(d: Deck, s: Slide, ind: Indicator, c: DetailChoice): void {
  const { pptx, lang, t } = d;
  const bands = [...new Set(c.rows.map((r) => String(r.strata.age_band)))].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const count = (r: IndicatorRow | undefined) => (r && !r.suppressed ? (ind.measure === 'count' ? r.value : (r.numerator ?? null)) : null);
  const cell = (band: string, sex: string) => c.rows.find((r) => String(r.strata.age_band) === band && r.strata.sex === sex);
  const labels = bands.map((b) => (['M', 'K'].some((x) => count(cell(b, x)) == null) ? `${b}  ${t.omitted}` : b));
  const men = bands.map((b) => {
    const n = count(cell(b, 'M'));
    return n == null ? null : -n;
  });
  const women = bands.map((b) => count(cell(b, 'K')));
  s.addChart(
    pptx.ChartType.bar,
    [
      { name: valueLabel('sex', 'M', lang), labels, values: men },
      { name: valueLabel('sex', 'K', lang), labels, values: women },
    ],
    {
      ...baseChartOptions(d, ind),
      valAxisMinVal: undefined as unknown as number,
      barDir: 'bar',
      barGrouping: 'clustered',
      barOverlapPct: 100,
      barGapWidthPct: 15,
      chartColors: [hex(SEX_COLOURS.M!), hex(SEX_COLOURS.K!)],
      showLegend: true,
      valAxisLabelFormatCode: '#,##0;#,##0',
      catAxisLabelPos: 'low',
      catAxisLabelFontSize: 14,
      valAxisTitle: unitLabel('count', lang),
      altText: ind.title,
    },
  );
  d.patches.push(null);
}

const DRAW: Partial<Record<DetailKind, (d: Deck, s: Slide, ind: Indicator, c: DetailChoice) => void>> = {
  gradient: gradientChart,
  lifecourse: lifecourseChart,
  trend: trendChart,
  municipalities: municipalitiesChart,
  pyramid: pyramidChart,
};

/** The indicator's main chart first (the gradient, or the pyramid for a population count), then its context charts. */
function indicatorKinds(ind: Indicator): DetailKind[] {
  return ind.measure === 'count' ? ['pyramid', 'gradient', 'lifecourse', 'trend', 'municipalities'] : ['gradient', 'lifecourse', 'trend', 'municipalities'];
}

function chartSlide(d: Deck, ind: Indicator, kind: DetailKind, c: DetailChoice, main: boolean): void {
  const { pptx, pkg, t, lang } = d;
  const s = pptx.addSlide();
  const total = totalRow(ind);
  const sub = [
    main ? (ind.keyMessage ?? '') : '',
    [
      populationLine(ind, pkg),
      kind === 'gradient' || (kind === 'lifecourse' && c.keys.includes('education')) ? plainInequality(ind, lang) : undefined,
      kind === 'municipalities' && total ? t.areaLevel(pkg.area.name, formatValue(total.value, ind.unit, lang)) : undefined,
      kind === 'lifecourse' ? t.smoothed : undefined,
      c.note,
    ]
      .filter(Boolean)
      .map((x) => String(x).replace(/\.$/, ''))
      .join('. '),
  ];
  heading(s, t.kindTitle[kind](ind.title), sub);
  DRAW[kind]!(d, s, ind, c);
  footer(s, d, ind);
  s.addNotes(notesFor(d, ind, c.note ? [c.note] : []));
  if (c.note) d.detail.push(t.coarser(t.kindTitle[kind](ind.title), c.note));
}

function noChartSlide(d: Deck, ind: Indicator, reason: string): void {
  const { pptx, pkg, t } = d;
  const s = pptx.addSlide();
  heading(s, ind.title, [ind.keyMessage ?? '', populationLine(ind, pkg)]);
  text(s, t.noChart(reason), { x: 0.42, y: 2.6, w: W - 0.84, h: 0.6, size: 20, colour: MUTED });
  footer(s, d, ind);
  s.addNotes(notesFor(d, ind, [reason]));
  d.detail.push(`${ind.title}: ${reason}`);
}

function indicatorSlides(d: Deck, ind: Indicator): void {
  const kinds = indicatorKinds(ind);
  const results = kinds.map((k) => ({ kind: k, r: chooseDetail(ind, k, d.lang) }));
  const shown = results.filter((x) => x.r.shown != null);
  if (shown.length === 0) {
    noChartSlide(d, ind, noChartReason(ind, d.lang)!);
    return;
  }
  shown.forEach((x, i) => chartSlide(d, ind, x.kind, x.r.shown!, i === 0));
}

function unavailableSlide(d: Deck, unavailable: Indicator[]): void {
  if (unavailable.length === 0) return;
  const { pptx, t } = d;
  const s = pptx.addSlide();
  heading(s, t.unavailableTitle, [t.unavailableSub]);
  const size = unavailable.length > 6 ? 14 : 16;
  s.addText(
    unavailable.flatMap((ind) => [
      { text: `${ind.title}: `, options: { bold: true, bullet: { indent: 18 } } },
      { text: ind.reason ?? '', options: { breakLine: true } },
    ]),
    { x: 0.42, y: 1.6, w: W - 0.84, h: 5.2, fontFace: DECK_FONT, fontSize: size, color: INK, valign: 'top', margin: 0, paraSpaceAfter: 8 },
  );
  footer(s, d);
}

function methodSlides(d: Deck): void {
  const { pptx, pkg, t } = d;
  const s = pptx.addSlide();
  heading(s, t.method, []);
  const bullets = t.methodBullets(
    pkg.settings.educationGrouping,
    Math.round(pkg.settings.confidence * 100),
    pkg.settings.standardPopulation,
    pkg.settings.minCount,
  );
  s.addText(
    bullets.map((line) => ({ text: line, options: { bullet: { indent: 18 }, breakLine: true } })),
    { x: 0.42, y: 1.1, w: W - 0.84, h: 5.6, fontFace: DECK_FONT, fontSize: 16, color: '262626', valign: 'top', margin: 0, paraSpaceAfter: 8 },
  );
  footer(s, d);
  s.addNotes(provenanceLines(pkg).join('\n'));
  const s2 = pptx.addSlide();
  heading(s2, t.detailTitle, []);
  const lines = d.detail.length ? d.detail : [t.none];
  const size = lines.length > 14 ? 11 : lines.length > 10 ? 12 : 14;
  s2.addText(
    lines.map((line) => ({ text: line, options: { bullet: { indent: 16 }, breakLine: true } })),
    { x: 0.42, y: 1.1, w: W - 0.84, h: 5.7, fontFace: DECK_FONT, fontSize: size, color: '262626', valign: 'top', margin: 0, paraSpaceAfter: 4 },
  );
  footer(s2, d);
}

export async function buildPptx(pkg: Datapakke, _assets: readonly ChartAsset[] = []): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = packageTitle(pkg);
  pptx.subject = provenanceShort(pkg);
  pptx.author = `${pkg.app.name} ${pkg.app.version}`;
  pptx.company = pkg.area.name;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const lang = packageLang(pkg);
  const d: Deck = { pptx, pkg, lang, t: TEXTS[lang], patches: [], detail: [] };
  titleSlide(d);
  keyMessagesSlide(d);
  overviewSlide(d);
  const indicators = pkg.sections.flatMap((s) => s.indicators);
  for (const ind of indicators) if (ind.available !== false && (ind.rows?.length ?? 0) > 0) indicatorSlides(d, ind);
  unavailableSlide(
    d,
    indicators.filter((i) => i.available === false || (i.rows?.length ?? 0) === 0),
  );
  methodSlides(d);
  const out = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return patchDeck(out, d.patches);
}
