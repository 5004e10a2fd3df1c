import { useState } from 'react';
import type { Services } from '../../app/services';
import type { WorkflowAction, WorkflowState } from '../../app/workflow';
import { useT } from '../../app/messages';
import { IndicatorCard } from './IndicatorCard';
import { editIndicator, moveIndicator, NO_EDITS, reviewIndicators } from './edits';
import { formatDate } from '../../../shared/text/format';

/** Step 4: the package section by section; the analyst edits texts, hides and reorders indicators. */
export function ReviewStep({ state, dispatch, services }: { state: WorkflowState; dispatch: (a: WorkflowAction) => void; services: Services }) {
  const t = useT();
  const [active, setActive] = useState(0);
  const pkg = state.packages[active] ?? state.packages[0];
  if (!pkg) return null;
  const edits = state.edits[pkg.track] ?? NO_EDITS;
  const save = (next: typeof edits) => dispatch({ type: 'edits', track: pkg.track, edits: next });
  return (
    <div>
      <h1>{t('gennemsyn.heading')}</h1>
      {state.packages.length > 1 && (
        <div className="filter" role="group" aria-label={t('gennemsyn.package')}>
          {state.packages.map((p, i) => (
            <button key={p.track} type="button" className={`chip${i === active ? ' active' : ''}`} aria-pressed={i === active} onClick={() => setActive(i)}>
              {t(`track.${p.track}`)}
            </button>
          ))}
        </div>
      )}
      <p className="lead">
        {t(`track.${pkg.track}`)} · {pkg.area.name} · {formatDate(pkg.referenceDate)}
      </p>
      {pkg.sections.map((section) => {
        const indicators = reviewIndicators(pkg, section.id, edits);
        return (
          <section key={section.id} className="review-section" aria-label={section.title}>
            <h2>{section.title}</h2>
            {indicators.map((indicator, i) => (
              <IndicatorCard
                key={indicator.id}
                indicator={indicator}
                pkg={pkg}
                chartsOf={services.chartSpecs}
                first={i === 0}
                last={i === indicators.length - 1}
                onEdit={(change) => save(editIndicator(edits, indicator.id, change))}
                onMove={(delta) => save(moveIndicator(pkg, edits, section.id, indicator.id, delta))}
              />
            ))}
          </section>
        );
      })}
      <div className="button-row">
        <button type="button" className="button" onClick={() => dispatch({ type: 'go', step: 'eksport' })}>
          {t('step.eksport')}
        </button>
      </div>
    </div>
  );
}
