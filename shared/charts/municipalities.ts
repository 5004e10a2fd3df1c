/**
 * Municipality comparison: one dot per municipality with its interval, sorted by value, and the area's
 * own value as the reference line. Suppressed municipalities stay in the list with the "–" marker.
 */
import { formatNumber, packageLang, type Lang } from '../text/format';
import { dimensionLabel } from '../text/labels';
import { footerLines, SUPPRESSED_MARK, withFooter } from './footnote';
import { chartTitle, populationLine } from './header';
import { chooseDetail } from './detail';
import { formatInterval, formatValue, municipalityName, rowsWith, totalRow } from './rows';
import { CHART_WIDTH, houseConfig, REFERENCE_COLOUR, SINGLE_COLOUR, SUPPRESSED_COLOUR, unitLabel, valueFormat } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';

const DA = {
  omitted: 'udeladt',
  reference: 'Den stiplede linje viser hele områdets niveau.',
  title: (title: string) => `${title} i kommunerne`,
  columns: ['Værdi', 'Konfidensinterval', 'Antal', 'Population'] as readonly string[],
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    omitted: 'omitted',
    reference: 'The dashed line shows the level of the whole area.',
    title: (title) => `${title} by municipality`,
    columns: ['Value', 'Confidence interval', 'Count', 'Population'],
  },
};

export const municipalityChart: ChartKind = {
  kind: 'municipalities',
  label: { da: 'Kommuner', en: 'Municipalities' },
  canMake: (indicator) => chooseDetail(indicator, 'municipalities').shown != null,

  build(indicator, ctx): VegaLiteSpec {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const rows = rowsWith(indicator, ['municipality']);
    const values = rows
      .map((r) => ({
        name: municipalityName(Number(r.strata.municipality)),
        suppressed: r.suppressed,
        value: r.suppressed ? null : r.value,
        lower: r.suppressed ? null : (r.lower ?? null),
        upper: r.suppressed ? null : (r.upper ?? null),
      }))
      .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
    const order = values.map((v) => v.name);
    const y = { field: 'name', type: 'nominal', sort: order, scale: { domain: order }, title: null };
    const fmt = valueFormat(indicator.unit);
    const total = totalRow(indicator);
    const published = { filter: 'datum.suppressed == false' };
    const layer: VegaLiteSpec[] = [
      {
        transform: [published, { filter: 'datum.lower != null' }],
        mark: { type: 'rule', strokeWidth: 2.5, color: '#7a9cc6' },
        encoding: { y, x: { field: 'lower', type: 'quantitative', title: unitLabel(indicator.unit, lang) }, x2: { field: 'upper' } },
      },
      {
        transform: [published],
        mark: { type: 'point', filled: true, size: 160, color: SINGLE_COLOUR, opacity: 1 },
        encoding: {
          y,
          x: { field: 'value', type: 'quantitative', title: unitLabel(indicator.unit, lang), axis: { format: fmt, tickCount: 6 }, scale: { zero: false } },
        },
      },
      {
        transform: [published],
        mark: { type: 'text', align: 'left', dx: 10, dy: -12, fontSize: 13 },
        encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'value', type: 'quantitative', format: fmt } },
      },
    ];
    if (total) {
      layer.push({
        data: { values: [{ ref: total.value, label: `${ctx.pkg.area.name}: ${formatValue(total.value, indicator.unit, lang)}` }] },
        layer: [
          { mark: { type: 'rule', color: REFERENCE_COLOUR, strokeDash: [6, 4], strokeWidth: 2 }, encoding: { x: { field: 'ref', type: 'quantitative' } } },
          {
            mark: { type: 'text', color: REFERENCE_COLOUR, align: 'left', baseline: 'bottom', dx: 6, y: -4, fontSize: 13, fontWeight: 600 },
            encoding: { x: { field: 'ref', type: 'quantitative' }, text: { field: 'label' } },
          },
        ],
      });
    }
    const anySuppressed = values.some((v) => v.suppressed);
    if (anySuppressed) {
      layer.push({
        transform: [{ filter: 'datum.suppressed == true' }, { calculate: `'${SUPPRESSED_MARK} ${t.omitted}'`, as: 'marker' }],
        mark: { type: 'text', align: 'left', fontSize: 14, fontStyle: 'italic', color: SUPPRESSED_COLOUR, x: 6 },
        encoding: { y, text: { field: 'marker' } },
      });
    }
    const chart = { data: { values }, width: CHART_WIDTH - 120, height: Math.max(120, values.length * 34), layer };
    const footer = footerLines(indicator, ctx.pkg, { suppressed: anySuppressed, intervals: true, extra: total ? [t.reference] : [] });
    const title = chartTitle(t.title(indicator.title), [populationLine(indicator, ctx.pkg)]);
    return withFooter(chart, footer, houseConfig(lang), title);
  },

  table(indicator, ctx) {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    return {
      columns: [dimensionLabel('municipality', lang), ...t.columns],
      rows: rowsWith(indicator, ['municipality']).map((r) => [
        municipalityName(Number(r.strata.municipality)),
        r.suppressed ? `${SUPPRESSED_MARK} (${t.omitted})` : formatValue(r.value, indicator.unit, lang),
        r.suppressed ? '' : formatInterval(r.lower, r.upper, indicator.unit, lang),
        r.suppressed || r.numerator == null ? '' : formatNumber(r.numerator, 0, lang),
        r.suppressed || r.denominator == null ? '' : formatNumber(r.denominator, 0, lang),
      ]),
    };
  },
};
