/**
 * The charts of an indicator. `chartsFor` decides which kinds the data supports (a missing breakdown
 * simply means no chart of that kind) and builds their vega-lite specs; ids are `<indicator-id>.<kind>`.
 */
import type { ChartRef, Datapakke, Indicator } from '../contract/datapakke';
import { packageLang } from '../text/format';
import { funnelChart } from './funnel';
import { gradientChart } from './gradient';
import { isAvailable } from './rows';
import { lifecourseChart } from './lifecourse';
import { municipalityChart } from './municipalities';
import { potentialGainChart } from './potential-gain';
import { pyramidChart } from './pyramid';
import { trendChart } from './trend';
import type { ChartKind, ChartTable } from './types';

export type { ChartKind, ChartTable, ChartContext, VegaLiteSpec } from './types';

/** In reading order: the gradient first, the context charts after. */
export const CHART_KINDS: readonly ChartKind[] = [gradientChart, potentialGainChart, lifecourseChart, trendChart, municipalityChart, funnelChart, pyramidChart];

export function chartKindOf(chartId: string): ChartKind | undefined {
  const kind = chartId.slice(chartId.lastIndexOf('.') + 1);
  return CHART_KINDS.find((k) => k.kind === kind);
}

export function chartsFor(indicator: Indicator, pkg: Datapakke): ChartRef[] {
  if (!isAvailable(indicator)) return [];
  return CHART_KINDS.filter((k) => k.canMake(indicator)).map((k) => ({ id: `${indicator.id}.${k.kind}`, vegaLite: k.build(indicator, { pkg }) }));
}

export interface TextAlternative {
  title: string;
  keyMessage: string;
  table: ChartTable;
  /** Everything above as plain text, for aria descriptions and alt texts. */
  text: string;
}

/** What a screen reader gets for a chart: the title, the key message and the table. */
export function textAlternative(indicator: Indicator, chart: ChartRef, pkg: Datapakke): TextAlternative {
  const kind = chartKindOf(chart.id);
  const title = `${indicator.title}${kind ? ` (${kind.label[packageLang(pkg)].toLowerCase()})` : ''}`;
  const keyMessage = indicator.keyMessage ?? '';
  const table = kind ? kind.table(indicator, { pkg }) : { columns: [], rows: [] };
  const lines = [title, keyMessage, table.columns.join('; '), ...table.rows.map((r) => r.join('; '))].filter(Boolean);
  return { title, keyMessage, table, text: lines.join('\n') };
}
