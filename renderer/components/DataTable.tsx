import type { Indicator, StratumKey } from '../../shared/contract/datapakke';
import { formatNumber } from '../../shared/text/format';
import { valueLabel } from '../../shared/text/labels';
import { municipalityName } from '../../shared/areas/areas';
import { LangContext, useT } from '../app/messages';
import { useContext } from 'react';

/** The numbers behind a chart; a suppressed cell shows "–" with the reason, never a zero. */
export function IndicatorTable({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const decimals = indicator.unit === 'count' ? 0 : 1;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('gennemsyn.group')}</th>
          <th scope="col" className="num">{t('gennemsyn.value')}</th>
          <th scope="col" className="num">{t('gennemsyn.interval')}</th>
          <th scope="col" className="num">{t('gennemsyn.count')}</th>
        </tr>
      </thead>
      <tbody>
        {(indicator.rows ?? []).map((row, i) => {
          const group = Object.entries(row.strata).map(([k, v]) => (k === 'municipality' ? (municipalityName(Number(v)) ?? String(v)) : valueLabel(k as StratumKey, v, lang))).join(', ') || t('gennemsyn.total');
          if (row.suppressed) {
            return (
              <tr key={i}>
                <th scope="row">{group}</th>
                <td className="num" title={t('gennemsyn.suppressed')}>–</td>
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
                {row.numerator != null && row.denominator != null ? `${formatNumber(row.numerator, 0, lang)} / ${formatNumber(row.denominator, 0, lang)}` : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
