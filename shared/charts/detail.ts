/**
 * Adaptive detail (issue 15): which published breakdown a chart draws. Each chart kind lists its
 * breakdowns from finest to coarsest; the first whose cells are not mostly suppressed wins. Only rows
 * the package published are chosen among — nothing is recomputed, so no suppressed count can be
 * derived. A suppressed "ukendt" education group keeps its marker but does not count as a cell: it is
 * no part of the gradient.
 * When no breakdown qualifies the chart is not drawn and `reason` says why in one line.
 * PPTX, PDF, HTML and the app's review all go through this one function.
 */
import type { Indicator, IndicatorRow, StratumKey } from '../contract/datapakke';
import type { Lang } from '../text/format';
import { rowsWith } from './rows';

export type DetailKind = 'gradient' | 'lifecourse' | 'trend' | 'municipalities' | 'pyramid' | 'funnel';

interface Candidate {
  keys: readonly StratumKey[];
  /** Fewest published cells for a chart worth drawing. */
  minPublished: number;
  /** Which subtitle note says what was given up (none for the finest breakdown). */
  note?: keyof (typeof DA)['notes'];
}

/** Finest first. 10-year age bands and pooled years are used only when the package has such rows. */
const CANDIDATES: Record<DetailKind, readonly Candidate[]> = {
  gradient: [
    { keys: ['education', 'sex'], minPublished: 4 },
    { keys: ['education'], minPublished: 2, note: 'noSex' },
  ],
  lifecourse: [
    { keys: ['age', 'education'], minPublished: 10 },
    { keys: ['age_band', 'education'], minPublished: 6, note: 'ageBands' },
    { keys: ['age'], minPublished: 10, note: 'noEducation' },
  ],
  trend: [
    { keys: ['year', 'education'], minPublished: 4 },
    { keys: ['year'], minPublished: 2, note: 'noEducation' },
  ],
  municipalities: [{ keys: ['municipality'], minPublished: 2 }],
  funnel: [{ keys: ['municipality'], minPublished: 3 }],
  pyramid: [{ keys: ['age_band', 'sex'], minPublished: 2 }],
};

const DA = {
  notes: {
    noSex: 'Vist uden opdeling på køn: for mange grupper var udeladt pga. få observationer.',
    ageBands: 'Vist i aldersgrupper: for mange enkelte aldre var udeladt pga. få observationer.',
    noEducation: 'Vist uden opdeling på uddannelse: for mange grupper var udeladt pga. få observationer.',
  },
  reasons: {
    gradient: 'Ingen figur efter uddannelse: de fleste grupper er udeladt pga. få observationer.',
    lifecourse: 'Ingen figur over livsforløbet: de fleste aldre er udeladt pga. få observationer.',
    trend: 'Ingen figur over udviklingen: de fleste år er udeladt pga. få observationer.',
    municipalities: 'Ingen figur over kommunerne: de fleste kommuner er udeladt pga. få observationer.',
    funnel: 'Intet tragtdiagram: for få kommuner kan vises.',
    pyramid: 'Ingen befolkningspyramide: de fleste aldersgrupper er udeladt pga. få observationer.',
    missing: 'Ingen figur: pakken har ikke den opdeling, figuren kræver.',
    unknownEducation:
      'Ingen figur efter uddannelse: uddannelsen er ukendt for mere end halvdelen af borgerne, så en gradient ville vise noget andet end den sociale ulighed.',
  } as Record<DetailKind | 'missing' | 'unknownEducation', string>,
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    notes: {
      noSex: 'Shown without the split by sex: too many groups were omitted due to few observations.',
      ageBands: 'Shown in age groups: too many single ages were omitted due to few observations.',
      noEducation: 'Shown without the split by education: too many groups were omitted due to few observations.',
    },
    reasons: {
      gradient: 'No chart by education: most groups are omitted due to few observations.',
      lifecourse: 'No life-course chart: most ages are omitted due to few observations.',
      trend: 'No trend chart: most years are omitted due to few observations.',
      municipalities: 'No municipality chart: most municipalities are omitted due to few observations.',
      funnel: 'No funnel plot: too few municipalities can be shown.',
      pyramid: 'No population pyramid: most age groups are omitted due to few observations.',
      unknownEducation:
        'No chart by education: education is unknown for more than half of the residents, so a gradient would show something other than social inequality.',
      missing: 'No chart: the package lacks the breakdown the chart needs.',
    },
  },
};

export interface DetailChoice {
  kind: DetailKind;
  keys: readonly StratumKey[];
  /** The rows to draw (all rows of the breakdown). */
  rows: IndicatorRow[];
  /** True when a coarser breakdown than the finest was chosen. */
  coarser: boolean;
  /** Subtitle note in the package language when coarser. */
  note?: string;
  suppressedCells: number;
}

export type DetailResult = { shown: DetailChoice; reason?: undefined } | { shown: null; reason: string; hadRows: boolean };

/** The cells that count: a suppressed "ukendt" education group is not one of them. */
export function chartCells(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.filter((r) => !(r.suppressed && r.strata.education === 'ukendt'));
}

/** More than half of the cells suppressed: the chart would be mostly "udeladt". */
export function mostlySuppressed(rows: readonly IndicatorRow[]): boolean {
  const cells = chartCells(rows);
  return cells.length === 0 || 2 * cells.filter((r) => r.suppressed).length > cells.length;
}

/** At least two groups in every split (a sex panel with one bar is no comparison). */
function enoughPerSplit(keys: readonly StratumKey[], rows: readonly IndicatorRow[]): boolean {
  if (!keys.includes('sex') || !keys.includes('education')) return true;
  const bySex = new Map<string, number>();
  for (const r of rows) if (!r.suppressed && r.strata.education !== 'ukendt') bySex.set(String(r.strata.sex), (bySex.get(String(r.strata.sex)) ?? 0) + 1);
  return bySex.size >= 2 && [...bySex.values()].every((n) => n >= 2);
}

/**
 * A split by sex that loses a whole education group the coarser breakdown shows (both sexes
 * suppressed) hides the comparison that matters: the coarser breakdown is better.
 */
function losesGroup(indicator: Indicator, keys: readonly StratumKey[], rows: readonly IndicatorRow[]): boolean {
  if (!keys.includes('sex') || !keys.includes('education')) return false;
  const coarser = rowsWith(
    indicator,
    keys.filter((k) => k !== 'sex'),
  );
  const shownCoarse = new Set(coarser.filter((r) => !r.suppressed).map((r) => String(r.strata.education)));
  const shownFine = new Set(rows.filter((r) => !r.suppressed).map((r) => String(r.strata.education)));
  return [...shownCoarse].some((code) => code !== 'ukendt' && !shownFine.has(code));
}

/**
 * Single ages are drawn smoothed (lifecourse.ts): an age whose ±2-year window is mostly suppressed is a
 * gap, so those count as not shown.
 */
function drawableAges(rows: readonly IndicatorRow[]): { shown: number; cells: number } {
  const groups = new Map<string, IndicatorRow[]>();
  for (const r of rows) groups.set(String(r.strata.education ?? ''), [...(groups.get(String(r.strata.education ?? '')) ?? []), r]);
  let shown = 0;
  let cells = 0;
  for (const group of groups.values()) {
    for (const r of group) {
      cells++;
      if (r.suppressed) continue;
      const window = group.filter((q) => Math.abs(Number(q.strata.age) - Number(r.strata.age)) <= 2);
      if (2 * window.filter((q) => !q.suppressed).length > window.length) shown++;
    }
  }
  return { shown, cells };
}

function mostlyUnknownEducation(indicator: Indicator): boolean {
  const exact = (strata: Record<string, unknown>) => (indicator.rows ?? []).find((r) => JSON.stringify(r.strata) === JSON.stringify(strata));
  const total = exact({});
  const unknown = exact({ education: 'ukendt' });
  if (!total || !unknown || total.suppressed || unknown.suppressed) return false;
  const size = (r: typeof total) => (r.suppressed ? 0 : (r.denominator ?? r.numerator ?? 0));
  return size(total) > 0 && size(unknown) > size(total) / 2;
}

export function chooseDetail(indicator: Indicator, kind: DetailKind, lang: Lang = 'da'): DetailResult {
  const t = TEXTS[lang];
  // As the inequality summary (shared/package/inequality.ts): a dimension unknown for most people has no gradient.
  if (kind === 'gradient' && mostlyUnknownEducation(indicator)) return { shown: null, reason: t.reasons.unknownEducation, hadRows: true };
  let hadRows = false;
  const candidates = CANDIDATES[kind];
  for (const [i, c] of candidates.entries()) {
    const all = rowsWith(indicator, c.keys);
    if (all.length === 0) continue;
    hadRows = true;
    const rows = all;
    const published = rows.filter((r) => !r.suppressed).length;
    if (mostlySuppressed(rows) || published < c.minPublished || !enoughPerSplit(c.keys, rows) || losesGroup(indicator, c.keys, rows)) continue;
    if (c.keys.includes('age')) {
      const a = drawableAges(rows);
      if (2 * a.shown <= a.cells) continue;
    }
    const coarser = i > 0 && candidates.slice(0, i).some((p) => rowsWith(indicator, p.keys).length > 0);
    return {
      shown: {
        kind,
        keys: c.keys,
        rows,
        coarser,
        ...(coarser && c.note ? { note: t.notes[c.note] } : {}),
        suppressedCells: chartCells(rows).length - published,
      },
    };
  }
  return { shown: null, reason: hadRows ? t.reasons[kind] : t.reasons.missing, hadRows };
}

/**
 * Why an available indicator has no chart at all, in one line (undefined when some chart can be
 * drawn). For the slide, the PDF page, the HTML and the app's review alike.
 */
export function noChartReason(indicator: Indicator, lang: Lang = 'da'): string | undefined {
  const kinds: DetailKind[] =
    indicator.measure === 'count' ? ['pyramid', 'gradient', 'lifecourse', 'trend', 'municipalities'] : ['gradient', 'lifecourse', 'trend', 'municipalities'];
  const results = kinds.map((k) => chooseDetail(indicator, k, lang));
  if (results.some((r) => r.shown != null)) return undefined;
  return (results.find((r) => r.shown === null && r.hadRows) ?? results[0]!).reason;
}
