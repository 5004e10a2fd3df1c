import { useMemo } from 'react';
import type { Datapakke, Indicator } from '../../../shared/contract/datapakke';
import { useT } from '../../app/messages';
import { ChartView } from '../../components/chart/ChartView';
import { IndicatorTable } from '../../components/DataTable';
import { noChartReason } from '../../../shared/charts/detail';
import type { IndicatorEdit } from './edits';
import type { ChartSpec } from '../../app/services';

interface Props {
  indicator: Indicator & { hidden: boolean };
  pkg: Datapakke;
  chartsOf: (indicator: Indicator, pkg: Datapakke) => ChartSpec[];
  first: boolean;
  last: boolean;
  onEdit: (change: IndicatorEdit) => void;
  onMove: (delta: -1 | 1) => void;
}

/** One indicator under review: chart, key message, table and notes, each editable in place. */
export function IndicatorCard({ indicator, pkg, chartsOf, first, last, onEdit, onMove }: Props) {
  const t = useT();
  // Each card makes its own specs (so a big review renders card by card, yielding in between) and
  // only again when a text the charts show was edited.
  const notes = (indicator.notes ?? []).join('\n');
  const charts = useMemo(() => chartsOf(indicator, pkg), [chartsOf, pkg, indicator.id, indicator.title, indicator.keyMessage, notes]);
  const id = indicator.id.replace(/\W/g, '-');
  return (
    <article className={`indicator${indicator.hidden ? ' hidden-indicator' : ''}`} aria-labelledby={`title-${id}`} data-indicator={indicator.id}>
      <div className="indicator-head">
        <h3 id={`title-${id}`}>{indicator.title}</h3>
        {/* aria-disabled, not disabled: a button that reaches the end keeps the keyboard focus. */}
        <div className="button-row compact">
          <button
            type="button"
            className="button secondary small"
            aria-disabled={first}
            onClick={() => !first && onMove(-1)}
            aria-label={`${t('gennemsyn.up')}: ${indicator.title}`}
          >
            ↑ {t('gennemsyn.up')}
          </button>
          <button
            type="button"
            className="button secondary small"
            aria-disabled={last}
            onClick={() => !last && onMove(1)}
            aria-label={`${t('gennemsyn.down')}: ${indicator.title}`}
          >
            ↓ {t('gennemsyn.down')}
          </button>
          <label className="check">
            <input type="checkbox" checked={indicator.hidden} onChange={(e) => onEdit({ hidden: e.target.checked })} /> {t('gennemsyn.hide')}
          </label>
        </div>
      </div>
      {indicator.available === false ? (
        <p className="muted">{t('gennemsyn.unavailable', { reason: indicator.reason ?? '' })}</p>
      ) : (
        <div className="indicator-body">
          {charts.map((chart) => (
            <ChartView key={chart.id} id={chart.id} spec={chart.vegaLite} alt={`${indicator.title}. ${indicator.keyMessage ?? ''}`} />
          ))}
          {/* The same choice as the PDF and the deck: no chart where most cells are suppressed, and why. */}
          {charts.length === 0 && <p className="muted">{noChartReason(indicator, pkg.settings.lang ?? 'da') ?? t('gennemsyn.noChart')}</p>}
          <IndicatorTable indicator={indicator} />
        </div>
      )}
      <label className="field">
        {t('gennemsyn.title')}
        <input type="text" value={indicator.title} onChange={(e) => onEdit({ title: e.target.value })} />
      </label>
      <label className="field">
        {t('gennemsyn.keyMessage')}
        <textarea rows={2} value={indicator.keyMessage ?? ''} onChange={(e) => onEdit({ keyMessage: e.target.value })} />
      </label>
      <label className="field">
        {t('gennemsyn.notes')}
        <textarea rows={2} value={(indicator.notes ?? []).join('\n')} onChange={(e) => onEdit({ notes: e.target.value.split('\n') })} />
      </label>
      {indicator.definition && <p className="muted small">{indicator.definition}</p>}
    </article>
  );
}
