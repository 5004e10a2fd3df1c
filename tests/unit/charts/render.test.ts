import { describe, expect, it } from 'vitest';
import { chartsFor } from '../../../shared/charts/index';
import { houseConfig } from '../../../shared/charts/theme';
import { renderPixels, renderSvg } from '../../../electron/node/export/render';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const pkg = samplePackage('kol');
const prevalence = pkg.sections[0]!.indicators[0]!;

describe('chart rendering', () => {
  it('formats numbers the Danish way in axes and labels', async () => {
    const svg = await renderSvg({
      config: houseConfig(),
      data: { values: [{ a: 'x', b: 1234.5 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative', axis: { format: ',.1f' } } },
    });
    expect(svg).toContain('1.000,0');
    expect(svg).not.toContain('1,000.0');
  });

  it('the gradient draws a bar for each published group, the marker for the suppressed one, Danish text as text', async () => {
    const gradient = chartsFor(prevalence, pkg)[0]!;
    const svg = await renderSvg(gradient.vegaLite);
    expect(svg).toContain('<text');
    expect(svg).toContain('Borgere med KOL efter uddannelse og køn');
    expect(svg).toContain('– udeladt');
    const bars = (svg.match(/<path aria-label="[^"]*"/g) ?? []).filter((l) => /Uddannelse: /.test(l) && /Procent: [\d,]+/.test(l));
    const rows = prevalence.rows!.filter((r) => Object.keys(r.strata).length === 2 && r.strata.education != null && r.strata.sex != null);
    expect(rows).toHaveLength(8);
    expect(bars).toHaveLength(rows.filter((r) => !r.suppressed).length);
    // The suppressed cell (ukendt, women) has no bar: only the men's "Ukendt" bar exists.
    expect(bars.filter((b) => b.includes('Uddannelse: Ukendt;'))).toHaveLength(1);
  });

  it('PNG rendering draws the title text with the bundled font', async () => {
    const svg = await renderSvg({
      config: houseConfig(),
      title: 'Æøå titel',
      width: 200,
      height: 40,
      data: { values: [{}] },
      mark: { type: 'point', opacity: 0 },
    });
    const { pixels, width, height } = renderPixels(svg, 1);
    const titleHeight = Math.min(height, 50);
    let dark = 0;
    for (let y = 0; y < titleHeight; y++) for (let x = 0; x < width; x++) if (pixels[(y * width + x) * 4]! < 128) dark++;
    // Without a font resvg draws nothing at all here (0 dark pixels).
    expect(dark).toBeGreaterThan(150);
  });
});
