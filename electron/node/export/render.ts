/**
 * Chart rendering in Node: vega-lite → vega → SVG (headless View, text kept as text), and SVG → PNG with
 * resvg using the bundled IBM Plex Sans (resvg draws no text at all without an explicit font).
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT_FILES } from './assets';
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

function rasterise(svg: string, scale: number) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.semibold, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: 'IBM Plex Sans',
      sansSerifFamily: 'IBM Plex Sans',
    },
  });
  return resvg.render();
}

export function svgToPng(svg: string, scale: number): Uint8Array {
  return rasterise(svg, scale).asPng();
}

/** Raw RGBA pixels (tests look for drawn text). */
export function renderPixels(svg: string, scale: number): { pixels: Uint8Array; width: number; height: number } {
  const image = rasterise(svg, scale);
  return { pixels: image.pixels, width: image.width, height: image.height };
}
