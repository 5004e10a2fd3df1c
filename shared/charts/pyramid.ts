/**
 * Population pyramid: cases (numerator) by age band, men to the left and women to the right. For a
 * count indicator the value itself is the count. Suppressed bands show the "–" marker at the axis.
 */
import type { Indicator, IndicatorRow } from '../contract/datapakke';
import { formatNumber } from '../text/format';
import { valueLabel } from '../text/labels';
import { footerLines, SUPPRESSED_MARK, withFooter } from './footnote';
import { chartTitle, populationLine } from './header';
import { rowsWith } from './rows';
import { CHART_HEIGHT, CHART_WIDTH, houseConfig, SEX_COLOURS, SUPPRESSED_COLOUR } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';

function count(indicator: Indicator, r: IndicatorRow): number | null {
  if (r.suppressed) return null;
  return indicator.measure === 'count' ? r.value : (r.numerator ?? null);
}

/** What the bars count: people for a population count, cases (the numerator) otherwise. */
function counted(indicator: Indicator): string {
  return indicator.measure === 'count' ? 'personer' : 'tilfælde';
}

/** "… efter alder og køn", unless the indicator's own title already says so. */
function pyramidTitle(indicator: Indicator): string {
  return /alder og køn/i.test(indicator.title) ? indicator.title : `${indicator.title} efter alder og køn`;
}

function bandStart(band: string): number {
  return Number.parseInt(band, 10) || 0;
}

export const pyramidChart: ChartKind = {
  kind: 'pyramid',
  label: 'Befolkningspyramide',
  canMake: (indicator) => {
    const rows = rowsWith(indicator, ['age_band', 'sex']);
    return new Set(rows.map((r) => r.strata.sex)).size === 2 && rows.some((r) => count(indicator, r) != null);
  },

  build(indicator, ctx): VegaLiteSpec {
    const rows = rowsWith(indicator, ['age_band', 'sex']);
    const bands = [...new Set(rows.map((r) => String(r.strata.age_band)))].sort((a, b) => bandStart(b) - bandStart(a));
    const values = rows.map((r) => {
      const n = count(indicator, r);
      const men = r.strata.sex === 'M';
      return { band: String(r.strata.age_band), sex: valueLabel('sex', r.strata.sex ?? ''), suppressed: n == null, signed: n == null ? 0 : men ? -n : n, n };
    });
    const max = Math.max(1, ...values.map((v) => Math.abs(v.signed)));
    const y = { field: 'band', type: 'ordinal', sort: bands, title: 'Alder', axis: { labelFontSize: 12 } };
    const sexDomain = [valueLabel('sex', 'M'), valueLabel('sex', 'K')];
    const layer: VegaLiteSpec[] = [
      {
        transform: [{ filter: 'datum.suppressed == false' }],
        mark: { type: 'bar' },
        encoding: {
          y,
          x: { field: 'signed', type: 'quantitative', title: `Antal ${counted(indicator)}`, scale: { domain: [-max * 1.1, max * 1.1] }, axis: { labelExpr: "format(abs(datum.value), ',.0f')", tickCount: 6 } },
          color: { field: 'sex', type: 'nominal', scale: { domain: sexDomain, range: [SEX_COLOURS.M, SEX_COLOURS.K] }, legend: { title: null, orient: 'top' } },
        },
      },
    ];
    const anySuppressed = values.some((v) => v.suppressed);
    if (anySuppressed) {
      layer.push({
        transform: [{ filter: 'datum.suppressed == true' }, { calculate: `'${SUPPRESSED_MARK}'`, as: 'marker' }, { calculate: "datum.sex == 'Mænd' ? 'right' : 'left'", as: 'side' }],
        mark: { type: 'text', fontSize: 14, color: SUPPRESSED_COLOUR, dx: 0 },
        encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'marker' }, xOffset: { value: 0 } },
      });
    }
    const chart = { data: { values }, width: CHART_WIDTH, height: CHART_HEIGHT + 60, layer };
    const total = values.reduce((s, v) => s + (v.n ?? 0), 0);
    const footer = footerLines(indicator, ctx.pkg, { suppressed: anySuppressed });
    const title = chartTitle(pyramidTitle(indicator), [populationLine(indicator, ctx.pkg), `I alt ${formatNumber(total, 0)} ${counted(indicator)} i de viste grupper`]);
    return withFooter(chart, footer, houseConfig(), title);
  },

  table(indicator) {
    const rows = rowsWith(indicator, ['age_band', 'sex']);
    return {
      columns: ['Aldersgruppe', 'Køn', `Antal ${counted(indicator)}`],
      rows: rows.map((r) => {
        const n = count(indicator, r);
        return [String(r.strata.age_band), valueLabel('sex', r.strata.sex ?? ''), n == null ? '– (udeladt)' : formatNumber(n, 0)];
      }),
    };
  },
};
