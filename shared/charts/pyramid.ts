/**
 * Population pyramid: cases (numerator) by age band, men to the left and women to the right. For a
 * count indicator the value itself is the count. Suppressed bands show the "–" marker at the axis.
 */
import type { Indicator, IndicatorRow } from '../contract/datapakke';
import { formatNumber, packageLang, type Lang } from '../text/format';
import { dimensionLabel, valueLabel } from '../text/labels';
import { footerLines, SUPPRESSED_MARK, withFooter } from './footnote';
import { chartTitle, populationLine } from './header';
import { chooseDetail } from './detail';
import { rowsWith } from './rows';
import { CHART_HEIGHT, CHART_WIDTH, houseConfig, SEX_COLOURS, SUPPRESSED_COLOUR } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';

const DA = {
  people: 'personer',
  cases: 'tilfælde',
  /** The indicator's own title may already say "by age and sex". */
  alreadyByAgeSex: /alder og køn/i,
  title: (title: string) => `${title} efter alder og køn`,
  count: (what: string) => `Antal ${what}`,
  total: (n: string, what: string) => `I alt ${n} ${what} i de viste grupper`,
  omitted: '– (udeladt)',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    people: 'people',
    cases: 'cases',
    alreadyByAgeSex: /age and sex/i,
    title: (title) => `${title} by age and sex`,
    count: (what) => `Number of ${what}`,
    total: (n, what) => `${n} ${what} in total in the groups shown`,
    omitted: '– (omitted)',
  },
};

function count(indicator: Indicator, r: IndicatorRow): number | null {
  if (r.suppressed) return null;
  return indicator.measure === 'count' ? r.value : (r.numerator ?? null);
}

/** What the bars count: people for a population count, cases (the numerator) otherwise. */
function counted(indicator: Indicator, lang: Lang): string {
  return indicator.measure === 'count' ? TEXTS[lang].people : TEXTS[lang].cases;
}

/** "… efter alder og køn", unless the indicator's own title already says so. */
function pyramidTitle(indicator: Indicator, lang: Lang): string {
  const t = TEXTS[lang];
  return t.alreadyByAgeSex.test(indicator.title) ? indicator.title : t.title(indicator.title);
}

function bandStart(band: string): number {
  return Number.parseInt(band, 10) || 0;
}

export const pyramidChart: ChartKind = {
  kind: 'pyramid',
  label: { da: 'Befolkningspyramide', en: 'Population pyramid' },
  canMake: (indicator) => {
    const rows = rowsWith(indicator, ['age_band', 'sex']);
    return (
      new Set(rows.map((r) => r.strata.sex)).size === 2 && rows.some((r) => count(indicator, r) != null) && chooseDetail(indicator, 'pyramid').shown != null
    );
  },

  build(indicator, ctx): VegaLiteSpec {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const rows = rowsWith(indicator, ['age_band', 'sex']);
    const bands = [...new Set(rows.map((r) => String(r.strata.age_band)))].sort((a, b) => bandStart(b) - bandStart(a));
    const values = rows.map((r) => {
      const n = count(indicator, r);
      const men = r.strata.sex === 'M';
      return {
        band: String(r.strata.age_band),
        sex: valueLabel('sex', r.strata.sex ?? '', lang),
        suppressed: n == null,
        signed: n == null ? 0 : men ? -n : n,
        n,
      };
    });
    const max = Math.max(1, ...values.map((v) => Math.abs(v.signed)));
    const y = { field: 'band', type: 'ordinal', sort: bands, title: dimensionLabel('age', lang), axis: { labelFontSize: 12 } };
    const sexDomain = [valueLabel('sex', 'M', lang), valueLabel('sex', 'K', lang)];
    const layer: VegaLiteSpec[] = [
      {
        transform: [{ filter: 'datum.suppressed == false' }],
        mark: { type: 'bar' },
        encoding: {
          y,
          x: {
            field: 'signed',
            type: 'quantitative',
            title: t.count(counted(indicator, lang)),
            scale: { domain: [-max * 1.1, max * 1.1] },
            axis: { labelExpr: "format(abs(datum.value), ',.0f')", tickCount: 6 },
          },
          color: { field: 'sex', type: 'nominal', scale: { domain: sexDomain, range: [SEX_COLOURS.M, SEX_COLOURS.K] }, legend: { title: null, orient: 'top' } },
        },
      },
    ];
    const anySuppressed = values.some((v) => v.suppressed);
    if (anySuppressed) {
      layer.push({
        transform: [
          { filter: 'datum.suppressed == true' },
          { calculate: `'${SUPPRESSED_MARK}'`, as: 'marker' },
          { calculate: `datum.sex == '${valueLabel('sex', 'M', lang)}' ? 'right' : 'left'`, as: 'side' },
        ],
        mark: { type: 'text', fontSize: 14, color: SUPPRESSED_COLOUR, dx: 0 },
        encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'marker' }, xOffset: { value: 0 } },
      });
    }
    const chart = { data: { values }, width: CHART_WIDTH, height: CHART_HEIGHT + 60, layer };
    const total = values.reduce((s, v) => s + (v.n ?? 0), 0);
    const footer = footerLines(indicator, ctx.pkg, { suppressed: anySuppressed });
    const title = chartTitle(pyramidTitle(indicator, lang), [
      populationLine(indicator, ctx.pkg),
      t.total(formatNumber(total, 0, lang), counted(indicator, lang)),
    ]);
    return withFooter(chart, footer, houseConfig(lang), title);
  },

  table(indicator, ctx) {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const rows = rowsWith(indicator, ['age_band', 'sex']);
    return {
      columns: [dimensionLabel('age_band', lang), dimensionLabel('sex', lang), t.count(counted(indicator, lang))],
      rows: rows.map((r) => {
        const n = count(indicator, r);
        return [String(r.strata.age_band), valueLabel('sex', r.strata.sex ?? '', lang), n == null ? t.omitted : formatNumber(n, 0, lang)];
      }),
    };
  },
};
