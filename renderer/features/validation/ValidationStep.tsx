import { useState } from 'react';
import type { WorkflowAction, WorkflowState } from '../../app/workflow';
import type { Severity } from '../../app/types';
import { LangContext, useT } from '../../app/messages';
import { formatNumber } from '../../../shared/text/format';
import { useContext } from 'react';
import { mappingGaps } from '../../../shared/import/propose-gaps';
import type { Profile } from '../../../shared/contract/profile';
import { maskCpr } from '../../../shared/privacy/mask';

const SEVERITIES: Severity[] = ['fatal', 'error', 'warning', 'info'];

/** Step 2: counts per table and the problems found, filterable; fatal problems block the next step. */
export function ValidationStep({ state, dispatch }: { state: WorkflowState; dispatch: (a: WorkflowAction) => void }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const report = state.report;
  if (!report) return null;
  const fatal = report.problems.some((p) => p.severity === 'fatal');
  const shown = report.problems.filter((p) => filter === 'all' || p.severity === filter);
  const count = (s: Severity) => report.problems.filter((p) => p.severity === s).length;
  // Not "usable" while education is unknown for everyone or codes over 5 % of a column lack a translation.
  const gaps = state.profile ? mappingGaps(report, state.profile as Profile) : [];
  return (
    <div>
      <h1>{t('kontrol.heading')}</h1>
      {fatal ? (
        <div className="alert alert-error" role="alert">
          {t('kontrol.fatalBlocks')}
        </div>
      ) : gaps.length > 0 ? (
        <div className="alert alert-warning" role="alert" data-testid="mapping-gaps">
          <strong>{t('kontrol.gaps')}</strong>
          <ul>
            {gaps.map((g) => (
              <li key={`${g.table}.${g.column}`}>{maskCpr(g.message)}</li>
            ))}
          </ul>
          <button type="button" className="button secondary" onClick={() => dispatch({ type: 'go', step: 'data' })}>
            {t('kontrol.gapsBack')}
          </button>
        </div>
      ) : (
        <div className="alert alert-success">{t('kontrol.ok')}</div>
      )}
      <h2>{t('kontrol.tables')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('mapping.table')}</th>
            <th scope="col" className="num">
              {t('kontrol.rows')}
            </th>
            <th scope="col" className="num">
              {t('kontrol.accepted')}
            </th>
            <th scope="col" className="num">
              {t('kontrol.rejected')}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(report.tables).map(([table, c]) => (
            <tr key={table} data-testid={`table-${table}`}>
              <th scope="row">
                <code>{table}</code> <span className="muted">{c.files?.join(', ')}</span>
              </th>
              <td className="num">{formatNumber(c.rows, 0, lang)}</td>
              <td className="num">
                {formatNumber(c.accepted, 0, lang)}
                {c.kept !== undefined && (
                  <div className="muted" title={t('kontrol.keptHelp')}>
                    {t('kontrol.kept', { n: formatNumber(c.kept, 0, lang) })}
                  </div>
                )}
              </td>
              <td className="num">{formatNumber(c.rejected, 0, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('kontrol.problems')}</h2>
      <div className="filter" role="group" aria-label={t('kontrol.filter')}>
        {(['all', ...SEVERITIES] as const).map((s) => (
          <button key={s} type="button" className={`chip${filter === s ? ' active' : ''}`} aria-pressed={filter === s} onClick={() => setFilter(s)}>
            {s === 'all' ? t('kontrol.all') : t(`severity.${s}`)} ({s === 'all' ? report.problems.length : count(s)})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('kontrol.none')}</p>
      ) : (
        <ul className="problems">
          {shown.map((p, i) => (
            <li key={i} className={`problem ${p.severity}`}>
              <span className={`tag ${p.severity}`}>{t(`severity.${p.severity}`)}</span> {p.table && <code>{p.table}</code>}{' '}
              {p.row !== undefined && <span className="muted">{t('kontrol.line', { row: formatNumber(p.row, 0, lang) })}:</span>} {maskCpr(p.message)}
            </li>
          ))}
        </ul>
      )}
      {fatal && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => dispatch({ type: 'go', step: 'data' })}>
            {t('kontrol.back')}
          </button>
        </div>
      )}
      {!fatal && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => dispatch({ type: 'go', step: 'pakke' })}>
            {t('kontrol.next')}
          </button>
        </div>
      )}
    </div>
  );
}
