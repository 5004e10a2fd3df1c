/**
 * Life course 0-100 ("knæk kurven"): the indicator by single-year age, one smoothed line with interval
 * band per education group (or one line when the package has age alone). Smoothing is a centred
 * 5-year moving average of value and limits, so single noisy ages do not draw spikes.
 */
import type { Indicator, IndicatorRow } from '../contract/datapakke';
import { packageLang, type Lang } from '../text/format';
import { dimensionLabel, valueLabel } from '../text/labels';
import { footerLines, withFooter } from './footnote';
import { chartTitle, plainInequality, populationLine } from './header';
import { chooseDetail } from './detail';
import { educationOrder, formatInterval, formatValue } from './rows';
import { lineBandLayers, type LinePoint } from './line-band';
import { CHART_HEIGHT, CHART_WIDTH, educationColours, houseConfig, SINGLE_COLOUR, UNKNOWN_COLOUR, unitLabel, valueFormat } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';

const HALF_WINDOW = 2;

const DA = {
  xTitle: 'Alder (år)',
  smoothed: 'Kurverne er udjævnet som glidende gennemsnit over 5 aldersår.',
  gaps: 'Lodrette streger ved x-aksen markerer udeladte aldre; hvor de fleste aldre er udeladt, er kurven afbrudt.',
  title: (title: string, byEducation: boolean) => `${title} gennem livet${byEducation ? ' efter uddannelse' : ''}`,
  value: 'Værdi',
  interval: 'Konfidensinterval',
  omitted: '– (udeladt)',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    xTitle: 'Age (years)',
    smoothed: 'The curves are smoothed as a moving average over 5 years of age.',
    gaps: 'Vertical ticks at the x axis mark omitted ages; where most ages are omitted, the curve is broken.',
    title: (title, byEducation) => `${title} over the life course${byEducation ? ' by education' : ''}`,
    value: 'Value',
    interval: 'Confidence interval',
    omitted: '– (omitted)',
  },
};

/** The breakdown drawn (detail.ts): age × education, else 10-year bands × education if published, else age alone. */
function source(indicator: Indicator, lang: Lang = 'da'): { rows: IndicatorRow[]; byEducation: boolean; ageKey: 'age' | 'age_band'; note?: string } {
  const d = chooseDetail(indicator, 'lifecourse', lang).shown;
  if (!d) return { rows: [], byEducation: false, ageKey: 'age' };
  return {
    rows: d.rows,
    byEducation: d.keys.includes('education'),
    ageKey: d.keys.includes('age_band') ? 'age_band' : 'age',
    ...(d.note ? { note: d.note } : {}),
  };
}

/** The x position of a row: its age, or the middle of its age band ("40-49" → 45, "90+" → 92). */
function ageOf(r: IndicatorRow, key: 'age' | 'age_band'): number {
  if (key === 'age') return Number(r.strata.age);
  const [from, to] = String(r.strata.age_band)
    .split(/[-+]/)
    .map((x) => Number.parseInt(x, 10));
  return Number.isFinite(to) ? (from! + to!) / 2 : from! + 2;
}

/**
 * Centred ±2-year mean over the published ages. A suppressed age hides 1-4 cases, never zero, so a
 * mean over a window that is mostly suppressed would draw a false zero line (small areas, the very
 * old): such a window is left as a gap (value null, the line breaks) unless more than half of
 * its n ages are published.
 */
export function smooth(points: LinePoint[]): LinePoint[] {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  return sorted.map((p) => {
    if (p.suppressed) return p;
    const window = sorted.filter((q) => Math.abs(q.x - p.x) <= HALF_WINDOW);
    const near = window.filter((q) => !q.suppressed);
    if (2 * near.length <= window.length) return { ...p, value: null, lower: null, upper: null };
    const mean = (f: (q: LinePoint) => number | null) => {
      const v = near.map(f).filter((n): n is number => n != null);
      return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
    };
    return { ...p, value: mean((q) => q.value), lower: mean((q) => q.lower), upper: mean((q) => q.upper) };
  });
}

export const lifecourseChart: ChartKind = {
  kind: 'lifecourse',
  label: { da: 'Livsforløb 0-100 år', en: 'Life course 0-100 years' },
  canMake: (indicator) => source(indicator).rows.length > 0,

  build(indicator, ctx): VegaLiteSpec {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const { rows, byEducation, ageKey, note } = source(indicator, lang);
    const codes = byEducation
      ? educationOrder(
          ctx.pkg,
          rows.map((r) => String(r.strata.education)),
        )
      : ['total'];
    const label = (code: string) => (byEducation ? valueLabel('education', code, lang) : indicator.title);
    const smoothOrNot = ageKey === 'age' ? smooth : (p: LinePoint[]) => p;
    const points: LinePoint[] = codes.flatMap((code) =>
      smoothOrNot(
        rows
          .filter((r) => !byEducation || String(r.strata.education) === code)
          .map((r) => ({
            x: ageOf(r, ageKey),
            group: label(code),
            suppressed: r.suppressed,
            value: r.suppressed ? null : r.value,
            lower: r.suppressed ? null : (r.lower ?? null),
            upper: r.suppressed ? null : (r.upper ?? null),
          })),
      ),
    );
    const known = codes.filter((c) => c !== 'ukendt');
    const colours = byEducation ? [...educationColours(known.length), ...(codes.includes('ukendt') ? [UNKNOWN_COLOUR] : [])] : [SINGLE_COLOUR];
    const chart = lineBandLayers(points, {
      xTitle: t.xTitle,
      yTitle: unitLabel(indicator.unit, lang),
      yFormat: valueFormat(indicator.unit),
      groups: codes.map(label),
      colours,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      xValues: Array.from({ length: 11 }, (_, i) => i * 10),
    });
    const anySuppressed = points.some((p) => p.suppressed);
    const footer = footerLines(indicator, ctx.pkg, {
      suppressed: anySuppressed,
      intervals: true,
      extra: [t.smoothed, ...(anySuppressed ? [t.gaps] : [])],
    });
    const title = chartTitle(t.title(indicator.title, byEducation), [
      populationLine(indicator, ctx.pkg),
      byEducation ? plainInequality(indicator, lang) : undefined,
      note,
    ]);
    return withFooter(chart, footer, houseConfig(lang), title);
  },

  table(indicator, ctx) {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const { rows, byEducation, ageKey } = source(indicator, lang);
    return {
      columns: [dimensionLabel(ageKey, lang), ...(byEducation ? [dimensionLabel('education', lang)] : []), t.value, t.interval],
      rows: rows.map((r) => [
        String(r.strata[ageKey]),
        ...(byEducation ? [valueLabel('education', String(r.strata.education), lang)] : []),
        r.suppressed ? t.omitted : formatValue(r.value, indicator.unit, lang),
        r.suppressed ? '' : formatInterval(r.lower, r.upper, indicator.unit, lang),
      ]),
    };
  },
};
