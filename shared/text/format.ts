/**
 * Danish number and date formatting: decimal comma, thousands dot (English: decimal point, thousands
 * comma). The locale is always passed explicitly so output never depends on the machine's settings.
 */
import type { PackageSettings } from '../contract/datapakke';

export type Lang = 'da' | 'en';

/** The language a package was built in; packages from before the setting existed are Danish. */
export function packageLang(pkg: { settings: Pick<PackageSettings, 'lang'> }): Lang {
  return pkg.settings.lang === 'en' ? 'en' : 'da';
}

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f;
}

/** 1234.5 → "1.234,5" (da). Non-finite numbers are a programming error upstream: shown as "–". */
export function formatNumber(value: number, decimals = 0, lang: Lang = 'da'): string {
  if (!Number.isFinite(value)) return '–';
  // Avoid "-0,0" for tiny negatives that round to zero.
  const rounded = Number(value.toFixed(decimals));
  return numberFormat(lang, decimals).format(rounded === 0 ? 0 : rounded);
}

/** 4.17 → "4,2 %" (da) / "4.2%" (en). The value is already per 100. */
export function formatPercent(valuePer100: number, decimals = 1, lang: Lang = 'da'): string {
  return lang === 'da' ? `${formatNumber(valuePer100, decimals, lang)} %` : `${formatNumber(valuePer100, decimals, lang)}%`;
}

/** "2024-01-01" → "1. januar 2024" (da). Dates are calendar dates: no time zone shift. */
export function formatDate(isoDate: string, lang: Lang = 'da'): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
