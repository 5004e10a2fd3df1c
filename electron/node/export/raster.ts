/**
 * SVG → PNG with resvg and the bundled IBM Plex Sans (resvg draws no text at all without an explicit
 * font). Apart from render.ts, so the PNG worker threads load resvg alone, not vega.
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from './assets';

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
