/**
 * Cancel for long steps: the AbortSignal from the Cancel button interrupts the engine's running
 * query, and every stage boundary checks it. Also yields to the UI thread so progress repaints.
 */
import { EngineError, type Engine } from '../../shared/engine';

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new EngineError('cancelled', 'Kørslen blev afbrudt.');
}

/** Lets the browser paint and handle input between stages (the UI never blocks long). */
export { nextTask as yieldToUi } from '../platform/next-task';

/** Runs `fn` with the engine's running query cancelled when the signal fires. */
export async function withEngineCancel<T>(engine: Engine, signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
  const onAbort = () => void engine.cancel();
  signal.addEventListener('abort', onAbort);
  try {
    throwIfCancelled(signal);
    return await fn();
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
