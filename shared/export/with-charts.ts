import type { Datapakke } from '../contract/datapakke';
import type { ChartAsset } from './types';

/** The package with its chart specs filled in, as written to datapakke.json (Node and browser exports alike). */
export function withCharts(pkg: Datapakke, assets: readonly ChartAsset[]): Datapakke {
  return {
    ...pkg,
    sections: pkg.sections.map((s) => ({
      ...s,
      indicators: s.indicators.map((i) => {
        const charts = assets.filter((a) => a.indicatorId === i.id).map((a) => ({ id: a.id, vegaLite: a.vegaLite }));
        return charts.length ? { ...i, charts } : i;
      }),
    })),
  };
}
