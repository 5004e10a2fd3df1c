/**
 * Chart rendering in Node: vega-lite → vega → SVG (headless View, text kept as text); SVG → PNG is in
 * raster.ts (resvg with the bundled font), re-exported here.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { installTextMetrics } from './measure';

export async function renderSvg(vegaLite: Record<string, unknown>): Promise<string> {
  installTextMetrics();
  const { spec } = compile(vegaLite as unknown as TopLevelSpec);
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export { svgToPng, renderPixels } from './raster';
