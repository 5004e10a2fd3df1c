import { useEffect, useState } from 'react';
import { useT } from '../app/messages';
import type { LongTask } from './useLongTask';

/** Progress bar with an estimate of the time left and a Cancel button (keyboard reachable). */
export function ProgressPanel({ task }: { task: LongTask }) {
  const t = useT();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!task.running) return;
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, [task.running]);
  if (!task.running || !task.progress) return null;
  const fraction = Math.max(0, Math.min(1, task.progress.fraction));
  const elapsed = (now - task.startedAt) / 1000;
  const remaining = fraction > 0.05 ? Math.max(1, Math.round((elapsed / fraction) * (1 - fraction))) : null;
  return (
    <div className="progress" role="status" aria-live="polite" data-testid="progress">
      <progress max={1} value={fraction} aria-label={t('progress.working')} />
      <span>{remaining === null ? t('progress.working') : t('progress.remaining', { seconds: remaining })}</span>
      <button type="button" className="button secondary" onClick={task.cancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
