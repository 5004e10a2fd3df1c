/**
 * The house look of every chart (UX.md "The charts"): IBM Plex Sans, the package's number format, one ordered
 * colour-blind-safe education palette, slide-sized text. Everything here is plain JSON so the same spec
 * renders identically in Node (SVG/PNG/PDF), in the app and in the offline HTML file.
 */
import type { Unit } from '../contract/datapakke';
import type { Lang } from '../text/format';

export const FONT_FAMILY = 'IBM Plex Sans';

/** Slide-first size: at 2× this is 1760 px wide, legible on a projector. */
export const CHART_WIDTH = 760;
export const CHART_HEIGHT = 360;

/**
 * Sequential blues (ColorBrewer "Blues", colour-blind safe and ordered in lightness), darkest = least
 * advantaged so the eye reads the gradient as one ordered scale. Six steps cover every grouping.
 */
const EDUCATION_RAMP: Record<number, readonly string[]> = {
  3: ['#08306b', '#2171b5', '#6baed6'],
  4: ['#08306b', '#08519c', '#4292c6', '#9ecae1'],
  6: ['#08306b', '#08519c', '#2171b5', '#4292c6', '#6baed6', '#9ecae1'],
};
export const UNKNOWN_COLOUR = '#a3a3a3';
export const SUPPRESSED_COLOUR = '#6b6b6b';
export const REFERENCE_COLOUR = '#c2410c';
export const SINGLE_COLOUR = '#08519c';

export function educationColours(count: number): readonly string[] {
  const exact = EDUCATION_RAMP[count];
  if (exact) return exact;
  const six = EDUCATION_RAMP[6]!;
  return Array.from({ length: count }, (_, i) => six[Math.round((i * (six.length - 1)) / Math.max(1, count - 1))]!);
}

/** Sex: orange/purple pair from Okabe-Ito, distinct from the blue education ramp. */
export const SEX_COLOURS: Record<string, string> = { K: '#cc79a7', M: '#e69f00' };

/** Municipalities: Okabe-Ito qualitative palette (colour-blind safe), cycled. */
export const MUNICIPALITY_COLOURS: readonly string[] = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

/** d3-format locale for Danish: decimal comma, thousands dot (vega reads it from config.locale). */
export const DA_NUMBER_LOCALE = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', ' kr.'],
  minus: '-',
  percent: ' %',
};

export const DA_TIME_LOCALE = {
  dateTime: '%A den %d. %B %Y %X',
  date: '%d-%m-%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
  months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

/** English: decimal point, thousands comma, British day-month order to match formatDate's en-GB. */
export const EN_NUMBER_LOCALE = {
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['DKK ', ''],
  minus: '-',
  percent: '%',
};

export const EN_TIME_LOCALE = {
  dateTime: '%A, %e %B %Y %X',
  date: '%d/%m/%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const LOCALES = {
  da: { number: DA_NUMBER_LOCALE, time: DA_TIME_LOCALE },
  en: { number: EN_NUMBER_LOCALE, time: EN_TIME_LOCALE },
} as const;

/**
 * The vega-lite `config` every chart carries. The locale travels inside the spec (not set globally on
 * vega) so a chart renders the same way in Node, the app and the HTML file whatever else is loaded.
 */
export function houseConfig(lang: Lang = 'da'): Record<string, unknown> {
  return {
    locale: LOCALES[lang],
    font: FONT_FAMILY,
    background: '#ffffff',
    padding: 16,
    view: { stroke: null },
    title: { anchor: 'start', fontSize: 24, fontWeight: 600, color: '#1a1a1a', subtitleFontSize: 16, subtitleColor: '#404040', subtitlePadding: 6, offset: 18 },
    axis: {
      labelFontSize: 15,
      titleFontSize: 15,
      titleFontWeight: 400,
      labelColor: '#333333',
      titleColor: '#333333',
      domainColor: '#888888',
      tickColor: '#888888',
      gridColor: '#e5e5e5',
    },
    legend: { labelFontSize: 15, titleFontSize: 15, titleFontWeight: 400, orient: 'top', labelLimit: 420, symbolSize: 180 },
    header: { labelFontSize: 17, labelFontWeight: 600, titleFontSize: 15 },
    text: { fontSize: 14 },
    concat: { spacing: 14 },
  };
}

/** d3 format strings per unit: the value labels and axes. */
export function valueFormat(unit: Unit): string {
  switch (unit) {
    case 'pct':
      return ',.1f';
    case 'per1000':
      return ',.1f';
    case 'count':
      return ',.0f';
    case 'dkk':
      return ',.0f';
  }
}

const UNIT_LABELS: Record<Unit, Record<Lang, string>> = {
  pct: { da: 'Procent', en: 'Percent' },
  per1000: { da: 'Pr. 1.000', en: 'Per 1,000' },
  count: { da: 'Antal', en: 'Number' },
  dkk: { da: 'Kr.', en: 'DKK' },
};

/** English "DKK" goes before the number (see formatValue), so it has no suffix. */
const UNIT_SUFFIXES: Record<Unit, Record<Lang, string>> = {
  pct: { da: ' %', en: '%' },
  per1000: { da: ' pr. 1.000', en: ' per 1,000' },
  count: { da: '', en: '' },
  dkk: { da: ' kr.', en: '' },
};

export function unitLabel(unit: Unit, lang: Lang = 'da'): string {
  return UNIT_LABELS[unit][lang];
}

/** Unit suffix for text ("4,2 %", "12,3 pr. 1.000"; "4.2%", "12.3 per 1,000"). */
export function unitSuffix(unit: Unit, lang: Lang = 'da'): string {
  return UNIT_SUFFIXES[unit][lang];
}
