/**
 * One self-contained HTML file: opens offline from disk, interactive charts (vega's runtime inlined as
 * text the adapter passes in), tables, key messages and method. A CSP meta tag forbids every network
 * request; the font is embedded as a data URL. Only aggregated rows are in it.
 *
 * The vega-lite specs are compiled to vega here rather than in the page: vega-lite's browser build
 * carries URL strings (issue links, "$schema"), and the file should contain no URL at all.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Datapakke, Indicator } from '../contract/datapakke';
import { textAlternative } from '../charts/index';
import { inequalityText } from '../charts/header';
import type { ChartTable } from '../charts/types';
import { packageLang, type Lang } from '../text/format';
import { packageTitle, provenanceLines, provenanceShort } from './provenance';
import { toBase64, type ChartAsset, type FontSet } from './types';

export interface HtmlRuntime {
  /** Text of vega's browser build (build/vega.min.js): a classic script defining the global `vega`. */
  vega: string;
  /**
   * Text of vega-interpreter's build (vega-interpreter/build/vega-interpreter.js, an ES module that
   * imports from vega-util); `interpreterScript` turns it into a classic script over the global `vega`.
   */
  interpreter: string;
}

const DA = {
  unavailable: 'Ikke tilgængelig',
  missingData: 'data mangler',
  table: 'Tabel',
  method: 'Metode og datagrundlag',
  methodText: (level: number, grouping: string, population: string) =>
    `Intervaller er ${level} %-konfidensintervaller. Uddannelse i ${grouping} grupper, ordnet fra kortest til længst. Standardbefolkning: ${population}.`,
  definitions: 'Definitioner og koder som brugt',
  contents: 'Indhold',
  chartFailed: 'Diagrammet kunne ikke vises: ',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    unavailable: 'Not available',
    missingData: 'data missing',
    table: 'Table',
    method: 'Method and data',
    methodText: (level, grouping, population) =>
      `Intervals are ${level}% confidence intervals. Education in ${grouping} groups, ordered from shortest to longest. Standard population: ${population}.`,
    definitions: 'Definitions and codes as used',
    contents: 'Contents',
    chartFailed: 'The chart could not be shown: ',
  },
};

/** vega-lite → vega, without the "$schema" URL. */
export function compileForPage(vegaLite: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, ...spec } = compile(vegaLite as unknown as TopLevelSpec).spec as unknown as Record<string, unknown>;
  return spec;
}

/**
 * Nothing may be fetched, and no eval: the charts run in vega's AST mode with vega-interpreter, so
 * vega never compiles an expression with Function. 'unsafe-inline' runs the file's own inline scripts.
 */
export const HTML_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline <script> content may not contain "</script" (nor "<!--" in older parsers). */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function table(t: ChartTable, caption: string): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function indicatorHtml(pkg: Datapakke, ind: Indicator, assets: readonly ChartAsset[]): string {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const parts = [`<section class="indicator" id="${escapeHtml(ind.id)}"><h3>${escapeHtml(ind.title)}</h3>`];
  if (ind.available === false) {
    parts.push(`<p class="unavailable">${t.unavailable}: ${escapeHtml(ind.reason ?? t.missingData)}</p></section>`);
    return parts.join('\n');
  }
  if (ind.keyMessage) parts.push(`<p class="key">${escapeHtml(ind.keyMessage)}</p>`);
  const ineq = inequalityText(ind, undefined, lang);
  if (ineq) parts.push(`<p class="ineq">${escapeHtml(ineq)}</p>`);
  for (const asset of assets.filter((a) => a.indicatorId === ind.id)) {
    const alt = textAlternative(ind, { id: asset.id, vegaLite: asset.vegaLite }, pkg);
    const descId = `desc-${asset.id}`;
    parts.push(
      `<figure><div class="chart" data-chart="${escapeHtml(asset.id)}" role="img" aria-label="${escapeHtml(alt.title)}" aria-describedby="${escapeHtml(descId)}"></div>` +
        `<figcaption id="${escapeHtml(descId)}"><details><summary>${t.table}: ${escapeHtml(alt.title)}</summary>${table(alt.table, alt.title)}</details></figcaption></figure>`,
    );
  }
  if (ind.definition) parts.push(`<p class="def">Definition: ${escapeHtml(ind.definition)}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

const STYLE = `
@font-face{font-family:'IBM Plex Sans';font-weight:400;src:url(data:font/ttf;base64,__R__) format('truetype')}
@font-face{font-family:'IBM Plex Sans';font-weight:600;src:url(data:font/ttf;base64,__B__) format('truetype')}
body{font-family:'IBM Plex Sans',sans-serif;color:#1a1a1a;max-width:1000px;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:2rem;margin-bottom:.2rem}h2{border-bottom:2px solid #08306b;padding-bottom:.2rem;margin-top:2.5rem}
.key{font-size:1.15rem;font-weight:600}.ineq,.def,.meta{color:#404040}.unavailable{color:#6b6b6b;font-style:italic}
figure{margin:1.2rem 0}.chart{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}th{background:#dce6f2}td:first-child,th:first-child{text-align:left}
caption{text-align:left;font-weight:600}footer{margin-top:3rem;font-size:.85rem;color:#555;border-top:1px solid #ccc;padding-top:.5rem}
nav ol{columns:2}`;

const INTERPRETER_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*['"]vega-util['"];?[ \t]*$/m;
const INTERPRETER_EXPORT = /^export\s*\{\s*([\w$]+)\s+as\s+expressionInterpreter\s*\};?[ \t]*$/m;

/**
 * vega-interpreter's ES module as a classic inline script: its one import from vega-util is read from
 * the global `vega` (vega's browser build re-exports vega-util), its one export becomes the global
 * `vegaInterpreter`. Throws when the module has another shape, so a vega-interpreter update that
 * changes it fails the tests instead of shipping HTML files without charts.
 */
export function interpreterScript(esm: string): string {
  const imported = INTERPRETER_IMPORT.exec(esm);
  const exported = INTERPRETER_EXPORT.exec(esm);
  if (!imported || !exported) throw new Error('vega-interpreter: unexpected module shape (import from vega-util / export expressionInterpreter)');
  const body = esm.replace(INTERPRETER_IMPORT, '').replace(INTERPRETER_EXPORT, '');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error('vega-interpreter: unexpected import or export');
  const names = imported[1]!
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => n.replace(/\s+as\s+/, ': '));
  return `var vegaInterpreter = (function(){\nvar { ${names.join(', ')} } = vega;\n${body}\nreturn ${exported[1]};\n})();`;
}

/** `failed` is the failure message as a JS string literal (see jsString). */
const boot = (failed: string) => `
(function(){
  var specs = JSON.parse(document.getElementById('chart-specs').textContent);
  var done = 0, nodes = document.querySelectorAll('[data-chart]');
  nodes.forEach(function(el){
    var spec = specs[el.getAttribute('data-chart')];
    if (!spec) return;
    // AST mode: expressions are evaluated by vega-interpreter, never compiled with Function.
    var runtime = vega.parse(spec, null, { ast: true });
    new vega.View(runtime, { renderer: 'svg', container: el, hover: true, expr: vegaInterpreter }).runAsync().then(function(){
      done++; if (done === nodes.length) document.body.setAttribute('data-charts-ready', String(done));
    }).catch(function(e){ el.textContent = ${failed} + e.message; });
  });
})();`;

/** A single-quoted JS literal, escaped so a translation with an apostrophe cannot break the script. */
function jsString(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

export function buildHtml(pkg: Datapakke, assets: readonly ChartAsset[], runtime: HtmlRuntime, fonts: Pick<FontSet, 'regular' | 'semibold'>): string {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const title = packageTitle(pkg);
  const specs = Object.fromEntries(assets.map((a) => [a.id, compileForPage(a.vegaLite)]));
  const toc =
    pkg.sections.map((s) => `<li><a href="#sec-${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('') + `<li><a href="#metode">${t.method}</a></li>`;
  const sections = pkg.sections
    .map(
      (s) =>
        `<section id="sec-${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>${s.indicators.map((i) => indicatorHtml(pkg, i, assets)).join('\n')}</section>`,
    )
    .join('\n');
  const method =
    `<section id="metode"><h2>${t.method}</h2><ul>${provenanceLines(pkg)
      .map((l) => `<li>${escapeHtml(l)}</li>`)
      .join('')}</ul>` +
    `<p>${t.methodText(Math.round(pkg.settings.confidence * 100), escapeHtml(pkg.settings.educationGrouping), escapeHtml(pkg.settings.standardPopulation))}</p>` +
    (pkg.method ? `<details><summary>${t.definitions}</summary><pre>${escapeHtml(JSON.stringify(pkg.method, null, 2))}</pre></details>` : '') +
    '</section>';
  const style = STYLE.replace('__R__', toBase64(fonts.regular)).replace('__B__', toBase64(fonts.semibold));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${pkg.app.name} ${pkg.app.version}`)}">
<meta name="description" content="${escapeHtml(provenanceShort(pkg))}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(provenanceShort(pkg))}</p></header>
<nav aria-label="${t.contents}"><h2>${t.contents}</h2><ol>${toc}</ol></nav>
<main>
${sections}
${method}
</main>
<footer>${provenanceLines(pkg)
    .map((l) => escapeHtml(l))
    .join('<br>')}</footer>
<script type="application/json" id="chart-specs">${JSON.stringify(specs).replace(/</g, '\\u003c')}</script>
<script>${scriptSafe(runtime.vega)}</script>
<script>${scriptSafe(interpreterScript(runtime.interpreter))}</script>
<script>${boot(jsString(t.chartFailed))}</script>
</body>
</html>
`;
}
