/**
 * The app renders charts in vega's AST mode (renderer/components/chart/vega-svg.ts) because its CSP
 * forbids `Function`. The interpreter must draw exactly what vega's default expression compiler draws,
 * for every chart kind: otherwise the review (AST mode) and the command line's SVGs would differ.
 */
import { describe, expect, it } from 'vitest';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_KINDS, chartsFor } from '../../../shared/charts/index';
import { vegaLiteToSvg } from '../../../renderer/components/chart/vega-svg';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

async function withFunction(vegaLite: Record<string, unknown>): Promise<string> {
  const view = new View(parse(compile(vegaLite as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const charts = (['kol', 'diabetes', 'angst'] as const).flatMap((track) => {
  const pkg = samplePackage(track);
  return pkg.sections.flatMap((s) => s.indicators.flatMap((i) => chartsFor(i, pkg)));
});

describe('charts in vega AST mode (no Function)', () => {
  it('the sample packages have every chart kind', () => {
    const kinds = new Set(charts.map((c) => c.id.slice(c.id.lastIndexOf('.') + 1)));
    expect([...kinds].sort()).toEqual(CHART_KINDS.map((k) => k.kind).sort());
  });

  it.each(charts.map((c) => [c.id, c] as const))("%s draws the same SVG as with vega's expression compiler", async (_id, chart) => {
    const ast = await vegaLiteToSvg(chart.vegaLite);
    expect(ast).toBe(await withFunction(chart.vegaLite));
    expect(ast).toMatch(/<path|<text/);
  });

  it('does not call Function while rendering', async () => {
    const original = globalThis.Function;
    const calls: unknown[] = [];
    // A canary first: the trap sees vega's default mode compile its expressions.
    globalThis.Function = new Proxy(original, {
      construct: (target, args) => (calls.push(args), Reflect.construct(target, args)),
      apply: (target, self, args) => (calls.push(args), Reflect.apply(target, self, args)),
    });
    try {
      const chart = charts[0]!;
      await withFunction(chart.vegaLite);
      expect(calls.length).toBeGreaterThan(0);
      calls.length = 0;
      await vegaLiteToSvg(chart.vegaLite);
      expect(calls).toEqual([]);
    } finally {
      globalThis.Function = original;
    }
  });
});
