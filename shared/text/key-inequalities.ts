/**
 * "Nøglebudskaber" and "Ulighedsoverblik" (issue 15): the package's largest statistically clear
 * inequalities as plain Danish sentences, and the matrix of every indicator by education group with
 * each cell's ratio to the most advantaged group. Pure: reads published numbers only (a suppressed
 * cell is never an input, and nothing is derived from one).
 *
 * A difference is "statistically clear" when its confidence interval excludes 0: the package's own
 * inequality summary when published; otherwise, between two published education groups, when their
 * confidence intervals do not overlap (conservative). Largest = the biggest ratio between the groups
 * (either direction), which compares across units; ties by the absolute difference.
 */
import type { Datapakke, Indicator, IndicatorRow, PublishedRow, Unit } from '../contract/datapakke';
import { EDUCATION_GROUPS, valueLabel } from './labels';
import { formatNumber, formatPercent, packageLang, type Lang } from './format';

export interface KeyInequality {
  indicatorId: string;
  title: string;
  unit: Unit;
  low: { code: string; value: number };
  high: { code: string; value: number };
  /** low − high, in the indicator's unit (percentage points for pct). */
  difference: number;
  /** low / high; null when high is 0. */
  ratio: number | null;
  /** Where the clarity comes from: the package's summary or two non-overlapping intervals. */
  basis: 'summary' | 'intervals';
  text: string;
}

const DA = {
  differenceUnit: { pct: 'procentpoint', per1000: 'pr. 1.000', dkk: 'kr.', count: '' } as Record<Unit, string>,
  sentence: (title: string, low: string, high: string, lowGroup: string, highGroup: string, diff: string, times: string) =>
    `${title}: ${low} blandt borgere med ${lowGroup} mod ${high} med ${highGroup} – forskel på ${diff}${times}.`,
  times: (r: string, unit: Unit) => `; ${r} gange så ${unit === 'dkk' ? 'meget' : 'mange'}`,
  standardised: 'aldersstandardiseret',
  shortest: 'kortest uddannelse',
  longest: 'længst uddannelse',
  none: 'Ingen forskel mellem uddannelsesgrupperne er statistisk klar i denne pakke: grupperne er for små, eller forskellene for usikre.',
  few: (n: number) =>
    `Kun ${n === 1 ? 'én forskel er' : `${n} forskelle er`} statistisk klar${n === 1 ? '' : 'e'} i denne pakke; de øvrige er for usikre eller udeladt pga. få observationer.`,
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    differenceUnit: { pct: 'percentage points', per1000: 'per 1,000', dkk: 'DKK', count: '' },
    sentence: (title, low, high, lowGroup, highGroup, diff, times) =>
      `${title}: ${low} among people with ${lowGroup} against ${high} with ${highGroup} – a difference of ${diff}${times}.`,
    times: (r, unit) => `; ${r} times as ${unit === 'dkk' ? 'much' : 'many'}`,
    standardised: 'age-standardised',
    shortest: 'the shortest education',
    longest: 'the longest education',
    none: 'No difference between the education groups is statistically clear in this package: the groups are too small or the differences too uncertain.',
    few: (n) =>
      `Only ${n} difference${n === 1 ? ' is' : 's are'} statistically clear in this package; the others are too uncertain or omitted due to few observations.`,
  },
};

function formatIn(value: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'pct':
      return formatPercent(value, 1, lang);
    case 'per1000':
      return `${formatNumber(value, 1, lang)} ${lang === 'da' ? 'pr. 1.000' : 'per 1,000'}`;
    case 'dkk':
      return lang === 'da' ? `${formatNumber(value, 0, lang)} kr.` : `DKK ${formatNumber(value, 0, lang)}`;
    case 'count':
      return formatNumber(value, 0, lang);
  }
}

/** The education groups of the package's grouping, least → most advantaged ("ukendt" never). */
function groupOrder(pkg: Datapakke): readonly string[] {
  return EDUCATION_GROUPS[pkg.settings.educationGrouping] ?? [];
}

/** Published education-only rows by code (the gradient's rows without other splits). */
export function educationRows(indicator: Indicator): Map<string, IndicatorRow> {
  const out = new Map<string, IndicatorRow>();
  for (const r of indicator.rows ?? []) {
    const keys = Object.keys(r.strata);
    if (keys.length === 1 && keys[0] === 'education') out.set(String(r.strata.education), r);
  }
  return out;
}

/** The values the summary used: standardised when every group has one (shared/package/inequality.ts). */
function isStandardised(rows: PublishedRow[]): boolean {
  return rows.length > 0 && rows.every((r) => r.standardised != null);
}

function comparable(rows: PublishedRow[]): { value: number; lower: number | null; upper: number | null }[] {
  const std = isStandardised(rows);
  return rows.map((r) => (std && r.standardised ? r.standardised : { value: r.value, lower: r.lower ?? null, upper: r.upper ?? null }));
}

/** Indicators about health and care: a population's own make-up (counts, shares of the population) is no inequality. */
function isOutcome(indicator: Indicator): boolean {
  return indicator.available !== false && indicator.inequality !== undefined && indicator.measure !== 'count';
}

function candidate(pkg: Datapakke, indicator: Indicator, lang: Lang): KeyInequality | null {
  if (!isOutcome(indicator)) return null;
  const t = TEXTS[lang];
  const order = groupOrder(pkg);
  const rows = educationRows(indicator);
  const summary = indicator.inequality!;
  const lowestEdu = order[0]!;
  const highestEdu = order[order.length - 1]!;
  let low: { code: string; value: number };
  let high: { code: string; value: number };
  let difference: number;
  let ratio: number | null;
  let basis: KeyInequality['basis'];
  let standardised = false;
  const ci = !summary.suppressed ? summary.intervals?.difference : undefined;
  if (!summary.suppressed && summary.dimension === 'education' && summary.difference != null && ci) {
    if (ci.lower <= 0 && ci.upper >= 0) return null;
    const lr = rows.get(lowestEdu);
    const hr = rows.get(highestEdu);
    if (!lr || lr.suppressed || !hr || hr.suppressed) return null;
    const published = order.map((c) => rows.get(c)).filter((r): r is PublishedRow => r != null && !r.suppressed);
    const values = comparable(published);
    standardised = isStandardised(published);
    low = { code: lowestEdu, value: values[0]!.value };
    high = { code: highestEdu, value: values[values.length - 1]!.value };
    difference = summary.difference;
    ratio = summary.ratio ?? (high.value > 0 ? low.value / high.value : null);
    basis = 'summary';
  } else {
    // No summary with an interval (a group is suppressed): compare the outermost published groups, if clearly apart.
    const published = order.map((c) => rows.get(c)).filter((r): r is PublishedRow => r != null && !r.suppressed);
    if (published.length < 2) return null;
    const a = published[0]!;
    const b = published[published.length - 1]!;
    if (a.lower == null || a.upper == null || b.lower == null || b.upper == null) return null;
    const apart = a.lower > b.upper || b.lower > a.upper;
    if (!apart) return null;
    low = { code: String(a.strata.education), value: a.value };
    high = { code: String(b.strata.education), value: b.value };
    difference = a.value - b.value;
    ratio = b.value > 0 ? a.value / b.value : null;
    basis = 'intervals';
  }
  const groupName = (code: string, extreme: string) =>
    code === lowestEdu && extreme === 'low'
      ? t.shortest
      : code === highestEdu && extreme === 'high'
        ? t.longest
        : valueLabel('education', code, lang).toLowerCase();
  const d = indicator.unit === 'pct' || indicator.unit === 'per1000' ? 1 : 0;
  const diff = `${formatNumber(Math.abs(difference), d, lang)}${t.differenceUnit[indicator.unit] ? ` ${t.differenceUnit[indicator.unit]}` : ''}`;
  const times = ratio != null && Number.isFinite(ratio) && ratio >= 1.05 ? t.times(formatNumber(ratio, 1, lang), indicator.unit) : '';
  const text = t.sentence(
    standardised ? `${indicator.title} (${t.standardised})` : indicator.title,
    formatIn(low.value, indicator.unit, lang),
    formatIn(high.value, indicator.unit, lang),
    groupName(low.code, 'low'),
    groupName(high.code, 'high'),
    diff,
    times,
  );
  return { indicatorId: indicator.id, title: indicator.title, unit: indicator.unit, low, high, difference, ratio, basis, text };
}

function size(k: KeyInequality): number {
  if (k.ratio == null || k.ratio <= 0) return Infinity;
  return Math.max(k.ratio, 1 / k.ratio);
}

/** The 3-6 largest statistically clear inequalities (fewer when the package has fewer). */
export function keyInequalities(pkg: Datapakke, max = 6): KeyInequality[] {
  const lang = packageLang(pkg);
  const found = pkg.sections
    .flatMap((s) => s.indicators)
    .map((i) => candidate(pkg, i, lang))
    .filter((k): k is KeyInequality => k !== null);
  return found.sort((a, b) => size(b) - size(a) || Math.abs(b.difference) - Math.abs(a.difference)).slice(0, max);
}

/** The line under the key messages when fewer than three are clear (or none). */
export function keyInequalitiesNote(pkg: Datapakke, count: number): string | undefined {
  const t = TEXTS[packageLang(pkg)];
  if (count === 0) return t.none;
  return count < 3 ? t.few(count) : undefined;
}

export type OverviewCell =
  | { code: string; state: 'missing' }
  | { code: string; state: 'suppressed' }
  | {
      code: string;
      state: 'shown';
      value: number;
      /** The most advantaged published group: the row's reference. */ reference: boolean;
      /** value / the reference's value; null when that is 0. */ ratio: number | null;
    };

export interface OverviewRow {
  indicatorId: string;
  title: string;
  unit: Unit;
  cells: OverviewCell[];
}

export interface Overview {
  /** Education codes, least → most advantaged: the columns. */
  columns: string[];
  rows: OverviewRow[];
}

/** Every available indicator with education rows, by education group; the reference is the most advantaged published group. */
export function inequalityOverview(pkg: Datapakke): Overview {
  const columns = [...groupOrder(pkg)];
  const rows: OverviewRow[] = [];
  for (const ind of pkg.sections.flatMap((s) => s.indicators)) {
    if (!isOutcome(ind)) continue;
    const edu = educationRows(ind);
    if (edu.size === 0) continue;
    // The reference is the most advantaged group with a published value.
    const published = columns.filter((c) => edu.get(c)?.suppressed === false);
    // With a single published group there is nothing to compare with: no reference, no ratio.
    const refCode = published.length >= 2 ? published[published.length - 1] : undefined;
    const ref = refCode ? edu.get(refCode) : undefined;
    const refValue = ref && !ref.suppressed ? ref.value : null;
    const cells: OverviewCell[] = columns.map((code) => {
      const r = edu.get(code);
      if (!r) return { code, state: 'missing' };
      if (r.suppressed) return { code, state: 'suppressed' };
      return { code, state: 'shown', value: r.value, reference: code === refCode, ratio: refValue != null && refValue > 0 ? r.value / refValue : null };
    });
    rows.push({ indicatorId: ind.id, title: ind.title, unit: ind.unit, cells });
  }
  return { columns, rows };
}

/**
 * Cell colour by the ratio to the most advantaged group: diverging, colour-blind safe (ColorBrewer
 * RdBu): higher than the reference in reds, lower in blues, near 1 (±10 %) neutral; suppressed grey.
 */
export const OVERVIEW_COLOURS = {
  much_higher: 'B2182B',
  higher: 'EF8A62',
  slightly_higher: 'FDDBC7',
  same: 'F7F7F7',
  slightly_lower: 'D1E5F0',
  lower: '67A9CF',
  much_lower: '2166AC',
  suppressed: 'BDBDBD',
  reference: 'FFFFFF',
} as const;

export function overviewColour(ratio: number | null): string {
  if (ratio == null) return OVERVIEW_COLOURS.reference;
  if (ratio >= 2) return OVERVIEW_COLOURS.much_higher;
  if (ratio >= 1.5) return OVERVIEW_COLOURS.higher;
  if (ratio > 1.1) return OVERVIEW_COLOURS.slightly_higher;
  if (ratio >= 1 / 1.1) return OVERVIEW_COLOURS.same;
  if (ratio > 1 / 1.5) return OVERVIEW_COLOURS.slightly_lower;
  if (ratio > 1 / 2) return OVERVIEW_COLOURS.lower;
  return OVERVIEW_COLOURS.much_lower;
}

/** Dark cells need white text (contrast ≥ 4.5:1). */
export function overviewInk(colour: string): string {
  return colour === OVERVIEW_COLOURS.much_higher || colour === OVERVIEW_COLOURS.much_lower ? 'FFFFFF' : '1A1A1A';
}
