import { useT } from './messages';
import { blockedReason, STEPS, type StepId, type WorkflowState } from './workflow';

/** The five steps, always visible; a blocked step says why instead of silently doing nothing. */
export function StepNav({ state, onGo }: { state: WorkflowState; onGo: (step: StepId) => void }) {
  const t = useT();
  return (
    <nav className="steps" aria-label={t('steps.label')}>
      <ol>
        {STEPS.map((step, i) => {
          const reason = blockedReason(step, state);
          const current = state.step === step;
          return (
            <li key={step} className={`step${current ? ' current' : ''}${reason ? ' blocked' : ''}`}>
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                aria-disabled={reason ? true : undefined}
                aria-describedby={reason ? `why-${step}` : undefined}
                onClick={() => !reason && onGo(step)}
              >
                <span className="step-number">{i + 1}</span> {t(`step.${step}`)}
                {current && <span className="visually-hidden"> {t('step.current')}</span>}
              </button>
              {reason && (
                <span id={`why-${step}`} className="step-why">
                  {t(reason)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
