/**
 * What pptxgenjs 4 cannot write into a native chart, added to its chart XML after the fact:
 * - confidence intervals as custom error bars (`c:errBars` with literal plus/minus values) —
 *   pptxgenjs has no error-bar option;
 * - suppressed cells as real blanks: pptxgenjs writes `<c:pt><c:v></c:v></c:pt>` for a missing value,
 *   which is not a number; the point is dropped so the series is sparse (a gap, never a zero bar).
 * Pure string work on the chart part; the order of elements follows CT_BarSer / CT_LineSer
 * (errBars comes right before c:cat).
 */
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';

export interface SeriesIntervals {
  /** Per point: [lower, upper] in the chart's unit, or null when there is no interval (or no value). */
  points: ([number, number] | null)[];
  values: (number | null)[];
}

export interface ChartPatch {
  /** One entry per series, in the order the series were added. */
  series: SeriesIntervals[];
  /** Line charts need errDir="y"; bar charts must not have it. */
  kind: 'bar' | 'line';
  colour?: string;
}

function numLit(values: number[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${Number.isFinite(v) ? Math.max(0, v) : 0}</c:v></c:pt>`).join('');
  return `<c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numLit>`;
}

/** The error-bar element of one series: plus = upper − value, minus = value − lower (0 where none). */
export function errBarsXml(s: SeriesIntervals, kind: 'bar' | 'line', colour = '1A1A1A'): string | null {
  if (!s.points.some((p) => p != null)) return null;
  const plus = s.points.map((p, i) => (p && s.values[i] != null ? p[1] - s.values[i]! : 0));
  const minus = s.points.map((p, i) => (p && s.values[i] != null ? s.values[i]! - p[0] : 0));
  return (
    '<c:errBars>' +
    (kind === 'line' ? '<c:errDir val="y"/>' : '') +
    '<c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/>' +
    `<c:plus>${numLit(plus)}</c:plus><c:minus>${numLit(minus)}</c:minus>` +
    `<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
    '</c:errBars>'
  );
}

/** Drops empty points (`<c:v></c:v>`) so a suppressed cell is a blank, not an invalid number. */
export function dropEmptyPoints(xml: string): string {
  return xml.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, '');
}

/** Inserts each series' error bars before its `<c:cat>`. */
export function addErrorBars(xml: string, patch: ChartPatch): string {
  let i = 0;
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, inner: string) => {
    const s = patch.series[i++];
    const bars = s ? errBarsXml(s, patch.kind, patch.colour) : null;
    if (!bars || !inner.includes('<c:cat>')) return whole;
    return `<c:ser>${inner.replace('<c:cat>', `${bars}<c:cat>`)}</c:ser>`;
  });
}

/** The chart parts of a deck in the order they were added (pptxgenjs numbers them with a process-wide counter). */
export function chartParts(files: Record<string, Uint8Array>): string[] {
  return Object.keys(files)
    .map((name) => ({ name, n: /^ppt\/charts\/chart(\d+)\.xml$/.exec(name)?.[1] }))
    .filter((x): x is { name: string; n: string } => x.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map((x) => x.name);
}

/** Applies the patches (index = the chart's order of creation) to a written deck. */
export function patchDeck(bytes: Uint8Array, patches: readonly (ChartPatch | null)[]): Uint8Array {
  const files = unzipSync(bytes);
  chartParts(files).forEach((name, i) => {
    let xml = dropEmptyPoints(strFromU8(files[name]!));
    const patch = patches[i];
    if (patch) xml = addErrorBars(xml, patch);
    files[name] = strToU8(xml);
  });
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
