/**
 * Potential gain: the cases there are today next to the cases there would be if everyone had the
 * level of the most advantaged group ("N færre tilfælde hvis …").
 */
import { formatNumber, formatPercent, packageLang, type Lang } from '../text/format';
import { footerLines, withFooter } from './footnote';
import { chartTitle, populationLine } from './header';
import { totalRow } from './rows';
import { CHART_WIDTH, educationColours, houseConfig } from './theme';
import type { ChartKind, VegaLiteSpec } from './types';
import type { Indicator, PotentialGain } from '../contract/datapakke';

const DA = {
  today: 'Tilfælde i dag',
  /** Broken by hand: vega wraps axis labels only at explicit line breaks. */
  ifEqualLabel: 'Hvis alle havde de\nlængst uddannedes\nforekomst',
  ifEqual: 'Hvis alle havde de længst uddannedes forekomst',
  cases: 'Antal tilfælde',
  fewer: 'Færre tilfælde',
  method:
    'Beregnet som de faktiske tilfælde minus dem, der ville være, hvis hver uddannelsesgruppe havde de længst uddannedes forekomst i hver alders- og kønsgruppe (mindst 0 pr. gruppe). Tynde alders- og kønsgrupper hos de længst uddannede (under 20 personer) er lagt sammen med nabo-aldersgrupperne.',
  title: (title: string, cases: string) => `${title}: ${cases} færre tilfælde ved lige forekomst`,
  subtitle: (cases: string, share: string) =>
    `${cases} færre tilfælde (${share} af alle), hvis hver gruppe havde de længst uddannedes forekomst for sin alder og sit køn`,
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    today: 'Cases today',
    ifEqualLabel: 'If everyone had\nthe rate of the\nmost educated',
    ifEqual: 'If everyone had the rate of the most educated',
    cases: 'Number of cases',
    fewer: 'Fewer cases',
    method:
      'Calculated as the actual cases minus those there would be if each education group had the rate of the most educated in every age and sex group (at least 0 per group). Thin age and sex groups among the most educated (fewer than 20 persons) are pooled with adjacent age bands.',
    title: (title, cases) => `${title}: ${cases} fewer cases with equal rates`,
    subtitle: (cases, share) => `${cases} fewer cases (${share} of all) if each group had the rate of the most educated for its age and sex`,
  },
};

function gain(indicator: Indicator): PotentialGain | undefined {
  const s = indicator.inequality;
  return s && !s.suppressed ? s.potentialGain : undefined;
}

function observed(indicator: Indicator): number | undefined {
  const g = gain(indicator);
  const total = totalRow(indicator);
  if (total?.numerator != null) return total.numerator;
  // The share is cases / observed, so the observed count follows when the total row has no numerator.
  return g && g.share > 0 ? g.cases / g.share : undefined;
}

export const potentialGainChart: ChartKind = {
  kind: 'potential-gain',
  label: { da: 'Potentiel gevinst', en: 'Potential gain' },
  canMake: (indicator) => (gain(indicator)?.cases ?? 0) > 0 && observed(indicator) != null,

  build(indicator, ctx): VegaLiteSpec {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const g = gain(indicator)!;
    const obs = observed(indicator)!;
    const [dark, , light] = educationColours(3);
    const values = [
      { label: t.today, n: obs, colour: dark },
      { label: t.ifEqualLabel, n: obs - g.cases, colour: light },
    ];
    const y = {
      field: 'label',
      type: 'nominal',
      sort: values.map((v) => v.label),
      title: null,
      axis: { labelLimit: 230, labelFontSize: 15, labelExpr: "split(datum.label, '\\n')" },
    };
    const chart = {
      data: { values },
      width: CHART_WIDTH - 180,
      height: 170,
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.6 } },
          encoding: {
            y,
            x: { field: 'n', type: 'quantitative', title: t.cases, axis: { format: ',.0f', tickCount: 5 } },
            color: { field: 'colour', type: 'nominal', scale: null, legend: null },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 8, fontSize: 16, fontWeight: 600 },
          encoding: { y, x: { field: 'n', type: 'quantitative' }, text: { field: 'n', type: 'quantitative', format: ',.0f' } },
        },
      ],
    };
    const footer = footerLines(indicator, ctx.pkg, { extra: [t.method] });
    const title = chartTitle(t.title(indicator.title, formatNumber(g.cases, 0, lang)), [
      populationLine(indicator, ctx.pkg),
      t.subtitle(formatNumber(g.cases, 0, lang), formatPercent(g.share * 100, 0, lang)),
    ]);
    return withFooter(chart, footer, houseConfig(lang), title);
  },

  table(indicator, ctx) {
    const lang = packageLang(ctx.pkg);
    const t = TEXTS[lang];
    const g = gain(indicator)!;
    const obs = observed(indicator)!;
    return {
      columns: ['', t.cases],
      rows: [
        [t.today, formatNumber(obs, 0, lang)],
        [t.ifEqual, formatNumber(obs - g.cases, 0, lang)],
        [t.fewer, `${formatNumber(g.cases, 0, lang)} (${formatPercent(g.share * 100, 0, lang)})`],
      ],
    };
  },
};
