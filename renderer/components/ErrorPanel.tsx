import { EngineError } from '../../shared/engine';
import { useT, type Translate } from '../app/messages';

/** What happened and what to do, in plain language; never a stack trace. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof EngineError) {
    switch (error.kind) {
      case 'cancelled':
        return t('error.cancelled');
      case 'memory':
        return t('error.memory');
      case 'io':
        return t('error.io');
      case 'unsupported':
        return t('error.unsupported', { message: error.message });
      case 'sql':
        return t('error.sql', { message: error.message.split('\n')[0] ?? '' });
    }
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorPanel({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const t = useT();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('error.heading')}</strong>
      <p>{describeError(error, t)}</p>
      <button type="button" className="button secondary" onClick={onDismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
