import { useEffect, useState } from 'react';
import type { Services } from '../../app/services';
import type { WorkflowAction, WorkflowState } from '../../app/workflow';
import { useT } from '../../app/messages';
import { IndicatorCard } from './IndicatorCard';
import { editIndicator, moveIndicator, NO_EDITS, reviewIndicators } from './edits';
import { formatDate } from '../../../shared/text/format';
import { packageKey, severalAreas } from '../package/areas';

/** Cards mounted in the first task, and added per task after it. */
const FIRST_CARDS = 2;
const CARDS_PER_TASK = 2;

/**
 * How many of `total` cards to mount: a few at once, then a few more per macrotask. A whole package
 * (15-20 cards, each with chart specs made on this thread and a table of hundreds of rows) rendered
 * in one go blocked the page for up to 340 ms (e2e long-task figures, issue 7: at most 100 ms).
 */
function useProgressiveCount(total: number, resetKey: string): number {
  const [count, setCount] = useState(FIRST_CARDS);
  useEffect(() => setCount(FIRST_CARDS), [resetKey]);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((n) => n + CARDS_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return count;
}

/** Step 4: the package section by section; the analyst edits texts, hides and reorders indicators. */
export function ReviewStep({ state, dispatch, services }: { state: WorkflowState; dispatch: (a: WorkflowAction) => void; services: Services }) {
  const t = useT();
  const [active, setActive] = useState(0);
  const pkg = state.packages[active] ?? state.packages[0];
  const edits = (pkg && state.edits[packageKey(pkg)]) ?? NO_EDITS;
  const total = pkg ? pkg.sections.reduce((n, s) => n + s.indicators.length, 0) : 0;
  const mounted = useProgressiveCount(total, pkg ? packageKey(pkg) : '');
  if (!pkg) return null;
  let before = 0;
  const several = severalAreas(state.packages);
  const save = (next: typeof edits) => dispatch({ type: 'edits', track: packageKey(pkg), edits: next });
  return (
    <div>
      <h1>{t('gennemsyn.heading')}</h1>
      {state.packages.length > 1 && (
        <div className="filter" role="group" aria-label={t('gennemsyn.package')}>
          {state.packages.map((p, i) => (
            <button
              key={packageKey(p)}
              type="button"
              className={`chip${i === active ? ' active' : ''}`}
              aria-pressed={i === active}
              onClick={() => setActive(i)}
            >
              {t(`track.${p.track}`)}
              {several ? ` · ${p.area.name}` : ''}
            </button>
          ))}
        </div>
      )}
      <p className="lead">
        {t(`track.${pkg.track}`)} · {pkg.area.name} · {formatDate(pkg.referenceDate)}
      </p>
      {pkg.sections.map((section) => {
        const indicators = reviewIndicators(pkg, section.id, edits);
        const room = Math.max(0, mounted - before);
        before += indicators.length;
        if (room === 0) return null;
        return (
          <section key={section.id} className="review-section" aria-label={section.title}>
            <h2>{section.title}</h2>
            {indicators.slice(0, room).map((indicator, i) => (
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
      {mounted < total && (
        <p className="muted" aria-busy="true">
          {t('gennemsyn.loading')}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => dispatch({ type: 'go', step: 'eksport' })}>
          {t('step.eksport')}
        </button>
      </div>
    </div>
  );
}
