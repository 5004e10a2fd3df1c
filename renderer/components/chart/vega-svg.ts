/**
 * vega-lite spec → SVG text without `Function`: vega parses every expression to an AST and
 * vega-interpreter evaluates it, so charts render under the app's CSP (`script-src 'self'
 * 'wasm-unsafe-eval'`, no 'unsafe-eval'), which forbids vega's default expression compiler.
 * No DOM: runs in the chart worker, and in Node tests that compare it with vega's default mode.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';

export async function vegaLiteToSvg(vegaLite: Record<string, unknown>): Promise<string> {
  const { spec } = compile(vegaLite as unknown as TopLevelSpec);
  const view = new View(parse(spec, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
