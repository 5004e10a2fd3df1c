/** Title and subtitle of a chart: what it shows, for whom, when; plus the inequality summary. */
import type { Datapakke, Indicator, InequalitySummary, StratumKey } from '../contract/datapakke';
import { formatDate, formatNumber, formatPercent } from '../text/format';
import { dimensionLabel } from '../text/labels';
import { wrapText } from './footnote';
import { decimalsFor } from './rows';

export function populationLine(indicator: Indicator, pkg: Datapakke): string {
  const ages = indicator.ages ? `Borgere ${indicator.ages} år` : 'Borgere';
  const when =
    pkg.period && indicator.timing !== 'reference_date' ? `${formatDate(pkg.period.from)} - ${formatDate(pkg.period.to)}` : `pr. ${formatDate(pkg.referenceDate)}`;
  return `${ages} i ${pkg.area.name}, ${when}`;
}

function differenceUnit(indicator: Indicator): string {
  switch (indicator.unit) {
    case 'pct':
      return ' procentpoint';
    case 'per1000':
      return ' pr. 1.000';
    case 'dkk':
      return ' kr.';
    case 'count':
      return '';
  }
}

/** "Forskel 3,1 procentpoint · ratio 2,8 · SII 4,0 · 310 færre tilfælde (41,0 %)". */
export function inequalityText(indicator: Indicator, summary: InequalitySummary | undefined = indicator.inequality): string | undefined {
  if (!summary) return undefined;
  const dim = safeDimension(summary.dimension).toLowerCase();
  if (summary.suppressed) return `Ulighedsmål for ${dim} udeladt pga. få observationer.`;
  const d = decimalsFor(indicator.unit);
  const parts: string[] = [];
  if (summary.difference != null) parts.push(`forskel ${formatNumber(summary.difference, d)}${differenceUnit(indicator)}`);
  if (summary.ratio != null) parts.push(`ratio ${formatNumber(summary.ratio, 1)}`);
  if (summary.sii != null) parts.push(`SII ${formatNumber(summary.sii, d)}`);
  if (summary.rii != null) parts.push(`RII ${formatNumber(summary.rii, 1)}`);
  if (summary.potentialGain) parts.push(potentialGainText(summary.potentialGain.cases, summary.potentialGain.share));
  if (parts.length === 0) return undefined;
  return `Ulighed efter ${dim}: ${parts.join(' · ')}`;
}

export function potentialGainText(cases: number, share: number): string {
  return `${formatNumber(cases, 0)} færre tilfælde (${formatPercent(share * 100, 0)}) hvis alle havde samme forekomst som de længst uddannede`;
}

function safeDimension(dim: string): string {
  try {
    return dimensionLabel(dim as StratumKey);
  } catch {
    return dim;
  }
}

export function chartTitle(text: string, subtitle: (string | undefined)[]): Record<string, unknown> {
  const lines = subtitle.filter((s): s is string => Boolean(s)).flatMap((s) => wrapText(s, 88));
  return { text: wrapText(text, 60), subtitle: lines };
}
