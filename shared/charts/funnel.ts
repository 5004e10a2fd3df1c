/**
 * Funnel plot: each municipality's value against its population, with 95 % and 99,8 % control limits
 * around the area's value (normal approximation: binomial for proportions, Poisson for rates).
 * A municipality outside the 99,8 % funnel differs by more than chance.
 */
import type { Indicator, PublishedRow } from '../contract/datapakke';
import { formatNumber, packageLang, type Lang } from '../text/format';
import { dimensionLabel } from '../text/labels';
import { footerLines, withFooter } from './footnote';
import { chartTitle, populationLine } from './header';
import { chooseDetail } from './detail';
import { formatValue, municipalityName, published, rowsWith, totalRow } from './rows';
import { CHART_HEIGHT, CHART_WIDTH, houseConfig, REFERENCE_COLOUR, SINGLE_COLOUR, unitLabel, valueFormat } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';

const DA = {
  limits: ['95 %-grænse', '99,8 %-grænse'] as [string, string],
  xTitle: 'Befolkning (nævner, logaritmisk akse)',
  reference: (level: string) =>
    `Den vandrette linje er områdets niveau (${level}). Kontrolgrænserne viser, hvor meget en kommune af den størrelse kan afvige ved tilfældighed alene.`,
  title: (title: string) => `${title}: kommuner i forhold til befolkningens størrelse`,
  columns: ['Population', 'Værdi', 'Inden for 99,8 %-grænsen'] as readonly string[],
  yes: 'Ja',
  no: 'Nej',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    limits: ['95% limit', '99.8% limit'],
    xTitle: 'Population (denominator, logarithmic axis)',
    reference: (level) =>
      `The horizontal line is the area's level (${level}). The control limits show how far a municipality of that size can differ by chance alone.`,
    title: (title) => `${title}: municipalities by population size`,
    columns: ['Population', 'Value', 'Within the 99.8% limit'],
    yes: 'Yes',
    no: 'No',
  },
};

const LIMITS = [
  { z: 1.959964, dash: [6, 4] },
  { z: 3.090232, dash: [2, 3] },
];

function scaleOf(indicator: Indicator): number {
  return indicator.unit === 'pct' ? 100 : indicator.unit === 'per1000' ? 1000 : 1;
}

function points(indicator: Indicator): PublishedRow[] {
  return published(rowsWith(indicator, ['municipality'])).filter((r) => (r.denominator ?? 0) > 0);
}

/** Control limit (in the indicator's unit) for population n around the reference rate p0 (a fraction). */
export function controlLimit(indicator: Indicator, p0: number, n: number, z: number, side: 1 | -1): number {
  const variance = indicator.measure === 'proportion' ? (p0 * (1 - p0)) / n : p0 / n;
  return Math.max(0, p0 + side * z * Math.sqrt(variance)) * scaleOf(indicator);
}

export const funnelChart: ChartKind = {
  kind: 'funnel',
  label: { da: 'Tragtdiagram', en: 'Funnel plot' },
  canMake: (indicator) =>
    (indicator.measure === 'proportion' || indicator.measure === 'rate') &&
    (indicator.unit === 'pct' || indicator.unit === 'per1000') &&
    points(indicator).length >= 3 &&
    totalRow(indicator) != null &&
    chooseDetail(indicator, 'funnel').shown != null,

  build(indicator, ctx): VegaLiteSpec {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const limitLabels = LIMITS.map((_, i) => t.limits[i]!);
    const pts = points(indicator);
    const total = totalRow(indicator)!;
    const p0 = total.value / scaleOf(indicator);
    const ns = pts.map((r) => r.denominator!);
    const lo = Math.min(...ns) * 0.5;
    const hi = Math.max(...ns) * 1.5;
    const steps = 80;
    const curve = Array.from({ length: steps + 1 }, (_, i) => lo * (hi / lo) ** (i / steps));
    const limits = LIMITS.flatMap((l, i) =>
      ([1, -1] as const).flatMap((side) =>
        curve.map((n) => ({ n, v: controlLimit(indicator, p0, n, l.z, side), limit: limitLabels[i], line: `${limitLabels[i]}${side}` })),
      ),
    );
    const x = {
      field: 'n',
      type: 'quantitative',
      title: t.xTitle,
      scale: { type: 'log', domain: [lo, hi], nice: false },
      axis: { format: ',.0f', tickCount: 6 },
    };
    const fmt = valueFormat(indicator.unit);
    const y = { field: 'v', type: 'quantitative', title: unitLabel(indicator.unit, lang), axis: { format: fmt }, scale: { zero: false } };
    const layer: VegaLiteSpec[] = [
      {
        data: { values: limits },
        mark: { type: 'line', color: '#666666', strokeWidth: 1.5 },
        encoding: {
          x,
          y,
          detail: { field: 'line' },
          strokeDash: {
            field: 'limit',
            type: 'nominal',
            scale: { domain: limitLabels, range: LIMITS.map((l) => l.dash) },
            legend: { title: null, orient: 'top' },
          },
        },
      },
      {
        data: { values: [{ v: total.value }] },
        mark: { type: 'rule', color: REFERENCE_COLOUR, strokeWidth: 2 },
        encoding: { y: { field: 'v', type: 'quantitative' } },
      },
      {
        data: { values: pts.map((r) => ({ n: r.denominator, v: r.value, name: municipalityName(Number(r.strata.municipality)) })) },
        layer: [
          { mark: { type: 'point', filled: true, size: 150, color: SINGLE_COLOUR, opacity: 1 }, encoding: { x, y } },
          { mark: { type: 'text', align: 'left', dx: 9, dy: -9, fontSize: 13 }, encoding: { x, y, text: { field: 'name' } } },
        ],
      },
    ];
    const chart = { width: CHART_WIDTH, height: CHART_HEIGHT, layer };
    const footer = footerLines(indicator, ctx.pkg, {
      extra: [t.reference(formatValue(total.value, indicator.unit, lang))],
    });
    const title = chartTitle(t.title(indicator.title), [populationLine(indicator, ctx.pkg)]);
    return withFooter(chart, footer, houseConfig(lang), title);
  },

  table(indicator, ctx) {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const total = totalRow(indicator);
    const p0 = total ? total.value / scaleOf(indicator) : 0;
    return {
      columns: [dimensionLabel('municipality', lang), ...t.columns],
      rows: points(indicator).map((r) => {
        const n = r.denominator!;
        const inside = r.value >= controlLimit(indicator, p0, n, LIMITS[1]!.z, -1) && r.value <= controlLimit(indicator, p0, n, LIMITS[1]!.z, 1);
        return [municipalityName(Number(r.strata.municipality)), formatNumber(n, 0, lang), formatValue(r.value, indicator.unit, lang), inside ? t.yes : t.no];
      }),
    };
  },
};
