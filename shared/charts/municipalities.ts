/**
 * Municipality comparison: one dot per municipality with its interval, sorted by value, and the area's
 * own value as the reference line. Suppressed municipalities stay in the list with the "–" marker.
 */
import type { Indicator } from '../contract/datapakke';
import { formatNumber } from '../text/format';
import { footerLines, SUPPRESSED_MARK, withFooter } from './footnote';
import { chartTitle, populationLine } from './header';
import { formatInterval, formatValue, municipalityName, rowsWith, totalRow } from './rows';
import { CHART_WIDTH, houseConfig, REFERENCE_COLOUR, SINGLE_COLOUR, SUPPRESSED_COLOUR, unitLabel, valueFormat } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';

export const municipalityChart: ChartKind = {
  kind: 'municipalities',
  label: 'Kommuner',
  canMake: (indicator) => rowsWith(indicator, ['municipality']).filter((r) => !r.suppressed).length >= 2,

  build(indicator, ctx): VegaLiteSpec {
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
      { transform: [published, { filter: 'datum.lower != null' }], mark: { type: 'rule', strokeWidth: 2.5, color: '#7a9cc6' }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: unitLabel(indicator.unit) }, x2: { field: 'upper' } } },
      { transform: [published], mark: { type: 'point', filled: true, size: 160, color: SINGLE_COLOUR, opacity: 1 }, encoding: { y, x: { field: 'value', type: 'quantitative', title: unitLabel(indicator.unit), axis: { format: fmt, tickCount: 6 }, scale: { zero: false } } } },
      { transform: [published], mark: { type: 'text', align: 'left', dx: 10, dy: -12, fontSize: 13 }, encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'value', type: 'quantitative', format: fmt } } },
    ];
    if (total) {
      layer.push({ data: { values: [{ ref: total.value, label: `${ctx.pkg.area.name}: ${formatValue(total.value, indicator.unit)}` }] }, layer: [
        { mark: { type: 'rule', color: REFERENCE_COLOUR, strokeDash: [6, 4], strokeWidth: 2 }, encoding: { x: { field: 'ref', type: 'quantitative' } } },
        { mark: { type: 'text', color: REFERENCE_COLOUR, align: 'left', baseline: 'bottom', dx: 6, y: -4, fontSize: 13, fontWeight: 600 }, encoding: { x: { field: 'ref', type: 'quantitative' }, text: { field: 'label' } } },
      ] });
    }
    const anySuppressed = values.some((v) => v.suppressed);
    if (anySuppressed) {
      layer.push({
        transform: [{ filter: 'datum.suppressed == true' }, { calculate: `'${SUPPRESSED_MARK} udeladt'`, as: 'marker' }],
        mark: { type: 'text', align: 'left', fontSize: 14, fontStyle: 'italic', color: SUPPRESSED_COLOUR, x: 6 },
        encoding: { y, text: { field: 'marker' } },
      });
    }
    const chart = { data: { values }, width: CHART_WIDTH - 120, height: Math.max(120, values.length * 34), layer };
    const footer = footerLines(indicator, ctx.pkg, { suppressed: anySuppressed, intervals: true, extra: total ? ['Den stiplede linje viser hele områdets niveau.'] : [] });
    const title = chartTitle(`${indicator.title} i kommunerne`, [populationLine(indicator, ctx.pkg)]);
    return withFooter(chart, footer, houseConfig(), title);
  },

  table(indicator) {
    return {
      columns: ['Kommune', 'Værdi', 'Konfidensinterval', 'Antal', 'Population'],
      rows: rowsWith(indicator, ['municipality']).map((r) => [
        municipalityName(Number(r.strata.municipality)),
        r.suppressed ? '– (udeladt)' : formatValue(r.value, indicator.unit),
        r.suppressed ? '' : formatInterval(r.lower, r.upper, indicator.unit),
        r.suppressed || r.numerator == null ? '' : formatNumber(r.numerator, 0),
        r.suppressed || r.denominator == null ? '' : formatNumber(r.denominator, 0),
      ]),
    };
  },
};
