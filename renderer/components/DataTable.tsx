import type { Indicator, StratumKey } from '../../shared/contract/datapakke';
import { formatNumber } from '../../shared/text/format';
import { dimensionLabel, valueLabel } from '../../shared/text/labels';
import type { Lang } from '../../shared/text/format';
import { municipalityName } from '../../shared/areas/areas';
import { LangContext, useT } from '../app/messages';
import { useContext } from 'react';

/** Dimensions whose values speak for themselves ("Mænd", "30-34", "Aarhus", "2023"). */
const SELF_EXPLANATORY = new Set<StratumKey>(['sex', 'age_band', 'age', 'municipality', 'year']);

/** A row's group in words: "Mænd, 30-34"; other dimensions are named ("Uddannelse: Grundskole"). */
export function groupLabel(strata: Partial<Record<StratumKey, string | number>>, lang: Lang): string {
  return Object.entries(strata)
    .map(([k, v]) => {
      const key = k as StratumKey;
      if (key === 'municipality') return municipalityName(Number(v)) ?? String(v);
      if (key === 'age') return lang === 'da' ? `${v} år` : `age ${v}`;
      const value = valueLabel(key, v as string | number, lang);
      return SELF_EXPLANATORY.has(key) ? value : `${dimensionLabel(key, lang)}: ${value}`;
    })
    .join(', ');
}

/** The numbers behind a chart; a suppressed cell shows "–" with the reason, never a zero. */
export function IndicatorTable({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const decimals = indicator.unit === 'count' ? 0 : 1;
  return (
    <div className="indicator-table" role="region" aria-label={`${t('gennemsyn.table')}: ${indicator.title}`} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('gennemsyn.group')}</th>
            <th scope="col" className="num">
              {t('gennemsyn.value')}
            </th>
            <th scope="col" className="num">
              {t('gennemsyn.interval')}
            </th>
            <th scope="col" className="num">
              {t('gennemsyn.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {(indicator.rows ?? []).map((row, i) => {
            const group = groupLabel(row.strata, lang) || t('gennemsyn.total');
            if (row.suppressed) {
              return (
                <tr key={i}>
                  <th scope="row">{group}</th>
                  <td className="num" title={t('gennemsyn.suppressed')}>
                    –
                  </td>
                  <td className="num">–</td>
                  <td className="num muted">{t('gennemsyn.suppressed')}</td>
                </tr>
              );
            }
            return (
              <tr key={i}>
                <th scope="row">{group}</th>
                <td className="num">{formatNumber(row.value, decimals, lang)}</td>
                <td className="num">
                  {row.lower != null && row.upper != null ? `${formatNumber(row.lower, decimals, lang)}–${formatNumber(row.upper, decimals, lang)}` : ''}
                </td>
                <td className="num">
                  {row.numerator != null && row.denominator != null
                    ? `${formatNumber(row.numerator, 0, lang)} / ${formatNumber(row.denominator, 0, lang)}`
                    : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
