/**
 * Picking the aggregated rows a chart needs out of an indicator. A row belongs to a breakdown when its
 * strata carry exactly those keys (an absent key means "total over it", DATA-CONTRACT.md §3).
 */
import type { Datapakke, Indicator, IndicatorRow, PublishedRow, StratumKey, Unit } from '../contract/datapakke';
import { EDUCATION_GROUPS, valueLabel } from '../text/labels';
import { formatNumber, type Lang } from '../text/format';
import { unitSuffix } from './theme';
import { municipalityName as areaMunicipalityName } from '../areas/areas';

export function rowsWith(indicator: Indicator, keys: readonly StratumKey[]): IndicatorRow[] {
  const want = [...keys].sort().join('|');
  return (indicator.rows ?? []).filter((r) => Object.keys(r.strata).sort().join('|') === want);
}

export function published(rows: readonly IndicatorRow[]): PublishedRow[] {
  return rows.filter((r): r is PublishedRow => !r.suppressed);
}

/** The total row (no strata), if published. */
export function totalRow(indicator: Indicator): PublishedRow | undefined {
  return published(rowsWith(indicator, []))[0];
}

export function isAvailable(indicator: Indicator): boolean {
  return indicator.available !== false && (indicator.rows?.length ?? 0) > 0;
}

/** Education codes present in the rows, least → most advantaged, "ukendt" last. */
export function educationOrder(pkg: Datapakke, codes: Iterable<string>): string[] {
  const present = new Set(codes);
  const canonical = EDUCATION_GROUPS[pkg.settings.educationGrouping] ?? [];
  const ordered = canonical.filter((c) => present.has(c));
  const rest = [...present].filter((c) => !canonical.includes(c) && c !== 'ukendt').sort();
  return [...ordered, ...rest, ...(present.has('ukendt') ? ['ukendt'] : [])];
}

export function decimalsFor(unit: Unit): number {
  return unit === 'pct' || unit === 'per1000' ? 1 : 0;
}

/** "4,2 %" / "12,3 pr. 1.000" / "1.234" (da); "4.2%" / "DKK 1,234" (en, as the key messages write it). */
export function formatValue(value: number, unit: Unit, lang: Lang = 'da'): string {
  const number = formatNumber(value, decimalsFor(unit), lang);
  return lang === 'en' && unit === 'dkk' ? `DKK ${number}` : `${number}${unitSuffix(unit, lang)}`;
}

/** "3,8-4,6" (interval in the indicator's unit, without suffix). */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined, unit: Unit, lang: Lang = 'da'): string {
  if (lower == null || upper == null) return '';
  const d = decimalsFor(unit);
  return `${formatNumber(lower, d, lang)}-${formatNumber(upper, d, lang)}`;
}

export function stratumLabel(key: StratumKey, code: string | number, lang: Lang = 'da'): string {
  if (key === 'age') return lang === 'da' ? `${code} år` : `${code} years`;
  if (key === 'municipality') return municipalityName(Number(code));
  return valueLabel(key, code, lang);
}

export function municipalityName(code: number): string {
  return areaMunicipalityName(code) ?? String(code);
}
