/**
 * STAND-IN until shared/charts' chartsFor() lands (swap in app/services.ts): a horizontal bar chart
 * with interval whiskers; suppressed groups get an explicit "–" instead of a bar.
 */
import type { Indicator, StratumKey } from '../../../shared/contract/datapakke';
import { stratumLabel } from '../../../shared/charts/rows';
import { formatNumber } from '../../../shared/text/format';

export function fallbackChartSpec(indicator: Indicator): Record<string, unknown> {
  const values = (indicator.rows ?? []).map((r) => {
    const group = Object.entries(r.strata).map(([k, v]) => stratumLabel(k as StratumKey, v)).join(', ') || 'I alt';
    return r.suppressed
      ? { group, value: null, lower: null, upper: null, label: '– (få observationer)' }
      : { group, value: r.value, lower: r.lower ?? r.value, upper: r.upper ?? r.value, label: formatNumber(r.value, 1) };
  });
  const unit = indicator.unit === 'pct' ? 'Procent' : indicator.unit === 'per1000' ? 'Pr. 1.000' : 'Antal';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: { step: 34 },
    data: { values },
    config: { font: 'IBM Plex Sans, Arial, sans-serif', axis: { labelFontSize: 13, titleFontSize: 13 }, view: { stroke: null } },
    encoding: { y: { field: 'group', type: 'nominal', sort: null, title: null } },
    layer: [
      { mark: { type: 'bar', color: '#0059b3' }, encoding: { x: { field: 'value', type: 'quantitative', title: unit } } },
      { mark: { type: 'rule', color: '#1a1a1a' }, encoding: { x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 13 }, encoding: { x: { datum: 0 }, text: { field: 'label' }, opacity: { condition: { test: 'datum.value === null', value: 1 }, value: 0 } } },
    ],
  };
}
