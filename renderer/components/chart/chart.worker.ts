/**
 * Compiles a vega-lite spec and renders it to an SVG string off the UI thread. vega compiles
 * expressions with `new Function`, which the page's CSP forbids; a worker from the app's own origin
 * runs under its own policy, so the page keeps a strict script-src.
 */
import { compile } from 'vega-lite';
import { parse, View } from 'vega';

export interface ChartRequest {
  id: number;
  spec: Record<string, unknown>;
}
export type ChartResponse = { id: number; svg: string } | { id: number; error: string };

self.onmessage = async (event: MessageEvent<ChartRequest>) => {
  const { id, spec } = event.data;
  try {
    const vegaSpec = compile(spec as unknown as Parameters<typeof compile>[0]).spec;
    const view = new View(parse(vegaSpec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    postMessage({ id, svg } satisfies ChartResponse);
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies ChartResponse);
  }
};
