/** The one shape every chart module has. */
import type { Datapakke, Indicator } from '../contract/datapakke';
import type { Lang } from '../text/format';

export type VegaLiteSpec = Record<string, unknown>;

export interface ChartContext {
  pkg: Datapakke;
}

/** A table behind a chart: the text alternative and the HTML/PDF tables show it. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartKind {
  /** Suffix of the chart id: `<indicator-id>.<kind>`. */
  kind: string;
  /** Name of the chart kind per language (contents, alt texts). */
  label: Record<Lang, string>;
  canMake(indicator: Indicator): boolean;
  build(indicator: Indicator, ctx: ChartContext): VegaLiteSpec;
  table(indicator: Indicator, ctx: ChartContext): ChartTable;
}
