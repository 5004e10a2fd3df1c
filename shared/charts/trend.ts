/** Trend over years: one line with interval band (per education group when the package has year × education). */
import type { Indicator, IndicatorRow } from '../contract/datapakke';
import { formatDate, packageLang, type Lang } from '../text/format';
import { dimensionLabel, valueLabel } from '../text/labels';
import { footerLines, withFooter } from './footnote';
import { chartTitle, populationLine } from './header';
import { lineBandLayers, type LinePoint } from './line-band';
import { educationOrder, formatInterval, formatValue } from './rows';
import { chooseDetail } from './detail';
import { CHART_HEIGHT, CHART_WIDTH, educationColours, houseConfig, SINGLE_COLOUR, UNKNOWN_COLOUR, unitLabel, valueFormat } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';

const DA = {
  total: 'I alt',
  value: 'Værdi',
  interval: 'Konfidensinterval',
  omitted: '– (udeladt)',
  eachYear: (dayMonth: string) => `pr. ${dayMonth} hvert år`,
  lookback: (years: number, from: string, main: string | null) =>
    `Alle år har samme tilbageblik på ${years} år${main ? ` (udtrækkets data begynder ${from}; hovedtallet bruger ${main})` : ''}, så årene kan sammenlignes.`,
  mainLookback: (years: number | null) => (years === null ? 'al historik' : `${years} år`),
  residents: 'Befolkningen hvert år er områdets nuværende borgere, der levede på datoen.',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    total: 'Total',
    value: 'Value',
    interval: 'Confidence interval',
    omitted: '– (omitted)',
    eachYear: (dayMonth) => `as of ${dayMonth} each year`,
    lookback: (years, from, main) =>
      `Every year has the same look-back of ${years} years${main ? ` (the extract's data begin in ${from}; the main figure uses ${main})` : ''}, so the years compare.`,
    mainLookback: (years) => (years === null ? 'all history' : `${years} years`),
    residents: "Each year's population is today's residents of the area who were alive on the date.",
  },
};

/** The breakdown drawn (detail.ts): year × education unless mostly suppressed, else the total by year. */
function source(indicator: Indicator, lang: Lang = 'da'): { rows: IndicatorRow[]; byEducation: boolean; note?: string } {
  const d = chooseDetail(indicator, 'trend', lang).shown;
  if (!d) return { rows: [], byEducation: false };
  return { rows: d.rows, byEducation: d.keys.includes('education'), ...(d.note ? { note: d.note } : {}) };
}

export const trendChart: ChartKind = {
  kind: 'trend',
  label: { da: 'Udvikling over tid', en: 'Trend over time' },
  canMake: (indicator) =>
    new Set(
      source(indicator)
        .rows.filter((r) => !r.suppressed)
        .map((r) => r.strata.year),
    ).size >= 2,

  build(indicator, ctx): VegaLiteSpec {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const { rows, byEducation, note } = source(indicator, lang);
    const codes = byEducation
      ? educationOrder(
          ctx.pkg,
          rows.map((r) => String(r.strata.education)),
        )
      : ['total'];
    const label = (code: string) => (byEducation ? valueLabel('education', code, lang) : t.total);
    const points: LinePoint[] = rows.map((r) => ({
      x: Number(r.strata.year),
      group: label(byEducation ? String(r.strata.education) : 'total'),
      suppressed: r.suppressed,
      value: r.suppressed ? null : r.value,
      lower: r.suppressed ? null : (r.lower ?? null),
      upper: r.suppressed ? null : (r.upper ?? null),
    }));
    const known = codes.filter((c) => c !== 'ukendt');
    const colours = byEducation ? [...educationColours(known.length), ...(codes.includes('ukendt') ? [UNKNOWN_COLOUR] : [])] : [SINGLE_COLOUR];
    const chart = lineBandLayers(points, {
      xTitle: dimensionLabel('year', lang),
      yTitle: unitLabel(indicator.unit, lang),
      yFormat: valueFormat(indicator.unit),
      groups: codes.map(label),
      colours,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      endLabels: !byEducation,
    });
    const anySuppressed = points.some((p) => p.suppressed);
    const m = indicator.trend;
    const extra = m
      ? [
          t.lookback(
            m.lookbackYears,
            formatDate(`${m.dataFrom}-01`, lang).replace(/^1\.? /, ''),
            m.mainLookbackYears === m.lookbackYears ? null : t.mainLookback(m.mainLookbackYears),
          ),
          t.residents,
        ]
      : [];
    const footer = footerLines(indicator, ctx.pkg, { suppressed: anySuppressed, intervals: true, extra });
    const years = points.map((p) => p.x);
    // The years' status dates share the reference date's day and month.
    const dayMonth = formatDate(ctx.pkg.referenceDate, lang).replace(/ \d{4}$/, '');
    const population = populationLine(indicator, ctx.pkg).replace(/, [^,]*$/, `, ${t.eachYear(dayMonth)}`);
    const title = chartTitle(`${indicator.title}, ${Math.min(...years)}-${Math.max(...years)}`, [population, note]);
    return withFooter(chart, footer, houseConfig(lang), title);
  },

  table(indicator, ctx) {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const { rows, byEducation } = source(indicator);
    return {
      columns: [dimensionLabel('year', lang), ...(byEducation ? [dimensionLabel('education', lang)] : []), t.value, t.interval],
      rows: rows.map((r) => [
        String(r.strata.year),
        ...(byEducation ? [valueLabel('education', String(r.strata.education), lang)] : []),
        r.suppressed ? t.omitted : formatValue(r.value, indicator.unit, lang),
        r.suppressed ? '' : formatInterval(r.lower, r.upper, indicator.unit, lang),
      ]),
    };
  },
};
