/** Title and subtitle of a chart: what it shows, for whom, when; plus the inequality summary. */
import type { Datapakke, Indicator, InequalitySummary, StratumKey, Unit } from '../contract/datapakke';
import { formatDate, formatNumber, formatPercent, packageLang, type Lang } from '../text/format';
import { dimensionLabel } from '../text/labels';
import { wrapText } from './footnote';
import { decimalsFor } from './rows';

const DA = {
  residents: (ages: string | undefined) => (ages ? `Borgere ${ages} år` : 'Borgere'),
  asOf: (date: string) => `pr. ${date}`,
  population: (who: string, area: string, when: string) => `${who} i ${area}, ${when}`,
  differenceUnit: { pct: ' procentpoint', per1000: ' pr. 1.000', dkk: ' kr.', count: '' } as Record<Unit, string>,
  suppressed: (dim: string) => `Ulighedsmål for ${dim} udeladt pga. få observationer.`,
  difference: 'forskel',
  inequality: (dim: string, parts: string) => `Ulighed efter ${dim}: ${parts}`,
  potentialGain: (cases: string, share: string) => `${cases} færre tilfælde (${share}) hvis alle havde samme forekomst som de længst uddannede`,
  between: {
    education: 'mellem korteste og længste uddannelse',
    income_quartile: 'mellem laveste og højeste indkomstkvartil',
    cohabitation: 'mellem enlige og samlevende',
    labour_market: 'mellem den mest udsatte gruppe og borgere i beskæftigelse',
    origin: 'mellem den mest udsatte gruppe og borgere af dansk oprindelse',
  } as Record<string, string>,
  plain: (diff: string, between: string) => `forskel på ${diff} ${between}`,
  times: (ratio: string, unit: Unit) => `${ratio} gange så ${unit === 'dkk' ? 'meget' : 'mange'}`,
  unclear: '(forskellen er statistisk usikker)',
  standardised: 'aldersstandardiseret',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    residents: (ages) => (ages ? `Residents aged ${ages}` : 'Residents'),
    asOf: (date) => `as of ${date}`,
    population: (who, area, when) => `${who} in ${area}, ${when}`,
    differenceUnit: { pct: ' percentage points', per1000: ' per 1,000', dkk: ' DKK', count: '' },
    suppressed: (dim) => `Inequality measures by ${dim} omitted due to few observations.`,
    difference: 'difference',
    inequality: (dim, parts) => `Inequality by ${dim}: ${parts}`,
    potentialGain: (cases, share) => `${cases} fewer cases (${share}) if everyone had the same rate as the most educated`,
    between: {
      education: 'between the shortest and the longest education',
      income_quartile: 'between the lowest and the highest income quartile',
      cohabitation: 'between single and cohabiting people',
      labour_market: 'between the most affected group and the employed',
      origin: 'between the most affected group and people of Danish origin',
    },
    plain: (diff, between) => `a difference of ${diff} ${between}`,
    times: (ratio, unit) => `${ratio} times as ${unit === 'dkk' ? 'much' : 'many'}`,
    unclear: '(the difference is statistically uncertain)',
    standardised: 'age-standardised',
  },
};

export function populationLine(indicator: Indicator, pkg: Datapakke): string {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const when =
    pkg.period && indicator.timing !== 'reference_date'
      ? `${formatDate(pkg.period.from, lang)} - ${formatDate(pkg.period.to, lang)}`
      : t.asOf(formatDate(pkg.referenceDate, lang));
  return t.population(t.residents(indicator.ages), pkg.area.name, when);
}

/** "Forskel 3,1 procentpoint · ratio 2,8 · SII 4,0 · 310 færre tilfælde (41,0 %)". */
export function inequalityText(indicator: Indicator, summary: InequalitySummary | undefined = indicator.inequality, lang: Lang = 'da'): string | undefined {
  if (!summary) return undefined;
  const t = TEXTS[lang];
  const dim = safeDimension(summary.dimension, lang).toLowerCase();
  if (summary.suppressed) return t.suppressed(dim);
  const d = decimalsFor(indicator.unit);
  const parts: string[] = [];
  if (summary.difference != null) parts.push(`${t.difference} ${formatNumber(summary.difference, d, lang)}${t.differenceUnit[indicator.unit]}`);
  if (summary.ratio != null) parts.push(`ratio ${formatNumber(summary.ratio, 1, lang)}`);
  if (summary.sii != null) parts.push(`SII ${formatNumber(summary.sii, d, lang)}`);
  if (summary.rii != null) parts.push(`RII ${formatNumber(summary.rii, 1, lang)}`);
  if (summary.potentialGain) parts.push(potentialGainText(summary.potentialGain.cases, summary.potentialGain.share, lang));
  if (parts.length === 0) return undefined;
  return t.inequality(dim, parts.join(' · '));
}

/**
 * The inequality in words a director reads (issue 15): "forskel på 19,9 procentpoint mellem korteste
 * og længste uddannelse; 5,5 gange så mange". SII/RII stay in the method appendix and the XLSX.
 */
export function plainInequality(indicator: Indicator, lang: Lang = 'da', summary: InequalitySummary | undefined = indicator.inequality): string | undefined {
  if (!summary) return undefined;
  const t = TEXTS[lang];
  if (summary.suppressed) return t.suppressed(safeDimension(summary.dimension, lang).toLowerCase());
  if (summary.difference == null) return undefined;
  const d = decimalsFor(indicator.unit);
  const diff = `${formatNumber(summary.difference, d, lang)}${t.differenceUnit[indicator.unit]}`;
  const parts = [t.plain(diff, t.between[summary.dimension] ?? safeDimension(summary.dimension, lang).toLowerCase())];
  if (summary.ratio != null && Number.isFinite(summary.ratio)) parts.push(t.times(formatNumber(summary.ratio, 1, lang), indicator.unit));
  const ci = summary.intervals?.difference;
  // The summary uses standardised values when every group has one (shared/package/inequality.ts): say so,
  // since the bars and the key message show crude values.
  const groups = (indicator.rows ?? []).filter((r) => {
    const k = Object.keys(r.strata);
    return k.length === 1 && k[0] === summary.dimension && r.strata[summary.dimension as StratumKey] !== 'ukendt';
  });
  if (groups.length > 0 && groups.every((r) => !r.suppressed && r.standardised != null)) parts[parts.length - 1] += ` (${t.standardised})`;
  const text = parts.join('; ');
  const out = ci && ci.lower <= 0 && ci.upper >= 0 ? `${text} ${t.unclear}` : text;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export function potentialGainText(cases: number, share: number, lang: Lang = 'da'): string {
  return TEXTS[lang].potentialGain(formatNumber(cases, 0, lang), formatPercent(share * 100, 0, lang));
}

function safeDimension(dim: string, lang: Lang): string {
  try {
    return dimensionLabel(dim as StratumKey, lang);
  } catch {
    return dim;
  }
}

export function chartTitle(text: string, subtitle: (string | undefined)[]): Record<string, unknown> {
  const lines = subtitle.filter((s): s is string => Boolean(s)).flatMap((s) => wrapText(s, 88));
  return { text: wrapText(text, 60), subtitle: lines };
}
