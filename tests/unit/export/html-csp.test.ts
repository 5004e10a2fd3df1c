/**
 * The HTML export's charts run without eval: its CSP has no 'unsafe-eval', and vega-interpreter's ES
 * module becomes a classic inline script over the global `vega` (tests/e2e/csp.test.ts opens the
 * exported file in Chromium and watches for CSP violations).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { chartsFor } from '../../../shared/charts/index';
import { compileForPage, HTML_CSP, interpreterScript } from '../../../shared/export/html';
import { vegaLiteToSvg } from '../../../renderer/components/chart/vega-svg';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const require = createRequire(import.meta.url);
/** Globals the interpreter's function table names at load time (a browser page has them all). */
const BROWSER_GLOBALS = { setTimeout, setInterval, clearTimeout, clearInterval };
const ESM = readFileSync(require.resolve('vega-interpreter'), 'utf8');

describe('the HTML export under its own CSP', () => {
  it('allows no eval and fetches nothing', () => {
    const directives = Object.fromEntries(
      HTML_CSP.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives['script-src']).toEqual(["'unsafe-inline'"]);
    expect(HTML_CSP).not.toContain('unsafe-eval');
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
  });

  it('vega-interpreter as a classic script defines the interpreter vega expects', () => {
    const script = interpreterScript(ESM);
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    // A classic script in a context whose only global is vega's browser build (here: the vega module).
    const context = vm.createContext({ vega: { ...vega }, ...BROWSER_GLOBALS });
    vm.runInContext(script, context);
    const interpreter = context.vegaInterpreter as Record<string, unknown>;
    expect(Object.keys(interpreter).sort()).toEqual(['encode', 'event', 'handler', 'operator', 'parameter']);
    // It is the same interpreter the app uses: same functions, same behaviour.
    const { expressionInterpreter } = require('vega-interpreter') as { expressionInterpreter: Record<string, unknown> };
    expect(Object.keys(interpreter).sort()).toEqual(Object.keys(expressionInterpreter).sort());
  });

  it('the page script draws a chart as the app does (AST mode, the classic-script interpreter)', async () => {
    const context = vm.createContext({ vega: { ...vega }, ...BROWSER_GLOBALS });
    vm.runInContext(interpreterScript(ESM), context);
    const pkg = samplePackage('kol');
    const chart = chartsFor(pkg.sections[0]!.indicators[0]!, pkg)[0]!;
    // As the boot script of shared/export/html.ts, with the headless renderer.
    const view = new vega.View(vega.parse(compileForPage(chart.vegaLite) as vega.Spec, undefined, { ast: true }), {
      renderer: 'none',
      expr: context.vegaInterpreter,
    });
    const svg = await view.toSVG();
    view.finalize();
    expect(svg).toBe(await vegaLiteToSvg(chart.vegaLite));
    expect(svg).toContain('Borgere med KOL');
  });

  it('refuses a vega-interpreter of another shape instead of writing an HTML file without charts', () => {
    expect(() => interpreterScript(ESM.replace("from 'vega-util'", "from 'vega-util-next'"))).toThrow(/unexpected module shape/);
    expect(() => interpreterScript(ESM.replace('export { expression as expressionInterpreter }', 'export default expression'))).toThrow(
      /unexpected module shape/,
    );
    expect(() => interpreterScript(`${ESM}\nexport const extra = 1;`)).toThrow(/unexpected import or export/);
  });
});
