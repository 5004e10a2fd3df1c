/**
 * Renders vega-lite specs to SVG strings off the UI thread. The worker is served with the app's CSP
 * like every other file, so it renders in vega's AST mode (vega-svg.ts): no `Function`, no eval.
 */
import { vegaLiteToSvg } from './vega-svg';

export interface ChartRequest {
  id: number;
  spec: Record<string, unknown>;
}
export type ChartResponse = { id: number; svg: string } | { id: number; error: string };

self.onmessage = async (event: MessageEvent<ChartRequest>) => {
  const { id, spec } = event.data;
  try {
    postMessage({ id, svg: await vegaLiteToSvg(spec) } satisfies ChartResponse);
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies ChartResponse);
  }
};
