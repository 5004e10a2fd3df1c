/**
 * Potential gain: the cases there are today next to the cases there would be if everyone had the
 * level of the most advantaged group ("N færre tilfælde hvis …").
 */
import { formatNumber, formatPercent } from '../text/format';
import { footerLines, withFooter } from './footnote';
import { chartTitle, populationLine, potentialGainText } from './header';
import { totalRow } from './rows';
import { CHART_WIDTH, educationColours, houseConfig } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';
import type { Indicator, PotentialGain } from '../contract/datapakke';

function gain(indicator: Indicator): PotentialGain | undefined {
  const s = indicator.inequality;
  return s && !s.suppressed ? s.potentialGain : undefined;
}

function observed(indicator: Indicator): number | undefined {
  const g = gain(indicator);
  const total = totalRow(indicator);
  if (total?.numerator != null) return total.numerator;
  // The share is cases / observed, so the observed count follows when the total row has no numerator.
  return g && g.share > 0 ? g.cases / g.share : undefined;
}

export const potentialGainChart: ChartKind = {
  kind: 'potential-gain',
  label: 'Potentiel gevinst',
  canMake: (indicator) => (gain(indicator)?.cases ?? 0) > 0 && observed(indicator) != null,

  build(indicator, ctx): VegaLiteSpec {
    const g = gain(indicator)!;
    const obs = observed(indicator)!;
    const [dark, , light] = educationColours(3);
    const values = [
      { label: 'Tilfælde i dag', n: obs, colour: dark },
      { label: 'Hvis alle havde de\nlængst uddannedes\nforekomst', n: obs - g.cases, colour: light },
    ];
    const y = { field: 'label', type: 'nominal', sort: values.map((v) => v.label), title: null, axis: { labelLimit: 230, labelFontSize: 15, labelExpr: "split(datum.label, '\\n')" } };
    const chart = {
      data: { values },
      width: CHART_WIDTH - 180,
      height: 170,
      layer: [
        { mark: { type: 'bar', height: { band: 0.6 } }, encoding: { y, x: { field: 'n', type: 'quantitative', title: 'Antal tilfælde', axis: { format: ',.0f', tickCount: 5 } }, color: { field: 'colour', type: 'nominal', scale: null, legend: null } } },
        { mark: { type: 'text', align: 'left', dx: 8, fontSize: 16, fontWeight: 600 }, encoding: { y, x: { field: 'n', type: 'quantitative' }, text: { field: 'n', type: 'quantitative', format: ',.0f' } } },
      ],
    };
    const footer = footerLines(indicator, ctx.pkg, { extra: ['Beregnet som forskellen mellem de faktiske tilfælde og dem, der ville være, hvis alle uddannelsesgrupper havde samme forekomst som de længst uddannede.'] });
    const title = chartTitle(`${indicator.title}: ${formatNumber(g.cases, 0)} færre tilfælde ved lige forekomst`, [populationLine(indicator, ctx.pkg), potentialGainText(g.cases, g.share)]);
    return withFooter(chart, footer, houseConfig(), title);
  },

  table(indicator) {
    const g = gain(indicator)!;
    const obs = observed(indicator)!;
    return {
      columns: ['', 'Antal tilfælde'],
      rows: [
        ['Tilfælde i dag', formatNumber(obs, 0)],
        ['Hvis alle havde de længst uddannedes forekomst', formatNumber(obs - g.cases, 0)],
        ['Færre tilfælde', `${formatNumber(g.cases, 0)} (${formatPercent(g.share * 100, 0)})`],
      ],
    };
  },
};
