import { EngineError } from '../../shared/engine';
import { useT, type Translate } from '../app/messages';

export interface ErrorDescription {
  /** What happened and what to do, in the analyst's language. */
  text: string;
  /** The engine's own words (English, technical), for a colleague or a support question. */
  technical?: string;
}

/** What happened and what to do, in plain language; never a stack trace. */
export function describeError(error: unknown, t: Translate): ErrorDescription {
  if (error instanceof EngineError) {
    switch (error.kind) {
      case 'cancelled':
        return { text: t('error.cancelled') };
      case 'memory':
        return { text: t('error.memory'), technical: error.message };
      case 'io':
        return { text: t('error.io'), technical: error.message };
      case 'unsupported':
        return { text: t('error.unsupported'), technical: error.message };
      case 'sql':
        return { text: t('error.sql'), technical: error.message };
    }
  }
  // The app's own errors are written in Danish for the analyst already.
  return { text: error instanceof Error ? error.message : String(error) };
}

export function ErrorPanel({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const t = useT();
  if (!error) return null;
  const { text, technical } = describeError(error, t);
  // Cancel is the analyst's own choice: said calmly, not as a failure.
  if (error instanceof EngineError && error.kind === 'cancelled') {
    return (
      <div className="alert alert-warning" role="status" data-testid="cancelled">
        <p>{text}</p>
        <button type="button" className="button secondary" onClick={onDismiss}>
          {t('error.dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('error.heading')}</strong>
      <p>{text}</p>
      {technical && (
        <details>
          <summary>{t('error.technical')}</summary>
          <pre className="technical">{technical}</pre>
        </details>
      )}
      <button type="button" className="button secondary" onClick={onDismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
