/**
 * The social gradient: one bar per education group, least → most advantaged, with interval whiskers,
 * split into panels by sex when the package has education × sex. Suppressed groups keep their place on
 * the axis and show the "–" marker instead of a bar.
 */
import type { Indicator, IndicatorRow } from '../contract/datapakke';
import { packageLang, type Lang } from '../text/format';
import { dimensionLabel, valueLabel } from '../text/labels';
import { footerLines, SUPPRESSED_MARK, withFooter, wrapText } from './footnote';
import { chartTitle, plainInequality, populationLine } from './header';
import { chooseDetail } from './detail';
import { educationOrder, formatInterval, formatValue } from './rows';
import { CHART_HEIGHT, CHART_WIDTH, educationColours, houseConfig, SUPPRESSED_COLOUR, UNKNOWN_COLOUR, unitLabel, valueFormat } from './theme';
import type { ChartContext, ChartKind, ChartTable, VegaLiteSpec } from './types';

const DA = {
  omitted: 'udeladt',
  title: (title: string, bySex: boolean) => `${title} efter uddannelse${bySex ? ' og køn' : ''}`,
  value: 'Værdi',
  interval: 'Konfidensinterval',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    omitted: 'omitted',
    title: (title, bySex) => `${title} by education${bySex ? ' and sex' : ''}`,
    value: 'Value',
    interval: 'Confidence interval',
  },
};

/** The breakdown drawn: education × sex unless mostly suppressed, then education alone (detail.ts). */
function detail(indicator: Indicator, lang: Lang = 'da') {
  return chooseDetail(indicator, 'gradient', lang).shown;
}

function bySex(indicator: Indicator): boolean {
  const d = detail(indicator);
  return d != null && d.keys.includes('sex') && new Set(d.rows.map((r) => r.strata.sex)).size >= 2;
}

function sourceRows(indicator: Indicator): IndicatorRow[] {
  return detail(indicator)?.rows ?? [];
}

/** Axis labels break at "/" so the long group names fit under their bars. */
function axisLabel(code: string, width: number, lang: Lang): string {
  return valueLabel('education', code, lang)
    .split('/')
    .flatMap((part, i, all) => wrapText(i < all.length - 1 ? `${part}/` : part, width))
    .join('\n');
}

export const gradientChart: ChartKind = {
  kind: 'gradient',
  label: { da: 'Social gradient', en: 'Social gradient' },
  canMake: (indicator) => detail(indicator) != null,

  build(indicator, ctx: ChartContext): VegaLiteSpec {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const rows = sourceRows(indicator);
    const split = bySex(indicator);
    const order = educationOrder(
      ctx.pkg,
      rows.map((r) => String(r.strata.education)),
    );
    const wrapAt = split ? 13 : 22;
    const label = (code: string) => axisLabel(code, wrapAt, lang);
    const labels = order.map(label);
    const colours = [...educationColours(order.filter((c) => c !== 'ukendt').length), ...(order.includes('ukendt') ? [UNKNOWN_COLOUR] : [])];
    const values = rows.map((r) => ({
      group: label(String(r.strata.education)),
      sex: r.strata.sex != null ? valueLabel('sex', r.strata.sex, lang) : '',
      suppressed: r.suppressed,
      value: r.suppressed ? null : r.value,
      lower: r.suppressed ? null : (r.lower ?? null),
      upper: r.suppressed ? null : (r.upper ?? null),
      top: r.suppressed ? null : Math.max(r.value, r.upper ?? r.value),
    }));
    const anySuppressed = values.some((v) => v.suppressed);
    const anyInterval = values.some((v) => v.lower != null);
    const fmt = valueFormat(indicator.unit);
    const x = {
      field: 'group',
      type: 'nominal',
      sort: labels,
      scale: { domain: labels },
      title: dimensionLabel('education', lang),
      axis: { title: null, labelAngle: 0, labelExpr: "split(datum.label, '\\n')", labelLimit: 260, labelFontSize: split ? 13 : 15 },
    };
    const published = { filter: 'datum.suppressed == false' };
    const layer = [
      {
        transform: [published],
        mark: { type: 'bar', width: { band: 0.62 } },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative', title: unitLabel(indicator.unit, lang), axis: { format: fmt, tickCount: 5 } },
          color: { field: 'group', type: 'nominal', title: dimensionLabel('education', lang), scale: { domain: labels, range: colours }, legend: null },
        },
      },
      ...(anyInterval
        ? [
            {
              transform: [published, { filter: 'datum.lower != null' }],
              mark: { type: 'errorbar', ticks: { width: 14 }, color: '#1a1a1a', thickness: 1.6 },
              encoding: { x, y: { field: 'lower', type: 'quantitative', title: unitLabel(indicator.unit, lang) }, y2: { field: 'upper' } },
            },
          ]
        : []),
      {
        transform: [published],
        mark: { type: 'text', baseline: 'bottom', dy: -6, fontSize: 15, fontWeight: 600, color: '#1a1a1a' },
        encoding: { x, y: { field: 'top', type: 'quantitative' }, text: { field: 'value', type: 'quantitative', format: fmt } },
      },
      ...(anySuppressed
        ? [
            {
              transform: [{ filter: 'datum.suppressed == true' }, { calculate: `'${SUPPRESSED_MARK} ${t.omitted}'`, as: 'marker' }],
              mark: { type: 'text', baseline: 'bottom', dy: -4, fontSize: 15, fontStyle: 'italic', color: SUPPRESSED_COLOUR },
              encoding: { x, y: { datum: 0, type: 'quantitative' }, text: { field: 'marker', type: 'nominal' } },
            },
          ]
        : []),
    ];
    const title = chartTitle(t.title(indicator.title, split), [
      populationLine(indicator, ctx.pkg),
      plainInequality(indicator, lang),
      detail(indicator, lang)?.note,
    ]);
    const footer = footerLines(indicator, ctx.pkg, { suppressed: anySuppressed, intervals: anyInterval });
    const chart: VegaLiteSpec = split
      ? {
          data: { values },
          facet: { column: { field: 'sex', type: 'nominal', title: null, header: { labelAnchor: 'start' } } },
          spec: { width: CHART_WIDTH / 2 - 24, height: CHART_HEIGHT, layer },
          resolve: { scale: { y: 'shared' } },
        }
      : { data: { values }, width: CHART_WIDTH, height: CHART_HEIGHT, layer };
    return withFooter(chart, footer, houseConfig(lang), title);
  },

  table(indicator, ctx): ChartTable {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const rows = sourceRows(indicator);
    const order = educationOrder(
      ctx.pkg,
      rows.map((r) => String(r.strata.education)),
    );
    const sorted = [...rows].sort(
      (a, b) =>
        String(a.strata.sex ?? '').localeCompare(String(b.strata.sex ?? '')) ||
        order.indexOf(String(a.strata.education)) - order.indexOf(String(b.strata.education)),
    );
    const withSex = bySex(indicator);
    return {
      columns: [...(withSex ? [dimensionLabel('sex', lang)] : []), dimensionLabel('education', lang), t.value, t.interval],
      rows: sorted.map((r) => [
        ...(withSex ? [valueLabel('sex', r.strata.sex ?? '', lang)] : []),
        valueLabel('education', String(r.strata.education), lang),
        r.suppressed ? `${SUPPRESSED_MARK} (${t.omitted})` : formatValue(r.value, indicator.unit, lang),
        r.suppressed ? '' : formatInterval(r.lower, r.upper, indicator.unit, lang),
      ]),
    };
  },
};
