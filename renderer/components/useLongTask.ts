/**
 * Runs a long step (import, build, export) with progress, an estimate, Cancel and a plain-Danish
 * error. The work itself happens in the engine's worker; this hook only keeps the UI informed.
 */
import { useCallback, useRef, useState } from 'react';
import { EngineError } from '../../shared/engine';
import type { OnProgress, Progress } from '../app/types';

export interface LongTask {
  running: boolean;
  progress: Progress | null;
  startedAt: number;
  error: unknown;
  run<T>(work: (onProgress: OnProgress, signal: AbortSignal) => Promise<T>): Promise<T | null>;
  cancel(): void;
  dismissError(): void;
}

export function useLongTask(): LongTask {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const started = useRef(0);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async <T>(work: (onProgress: OnProgress, signal: AbortSignal) => Promise<T>): Promise<T | null> => {
    const abort = new AbortController();
    controller.current = abort;
    started.current = performance.now();
    setRunning(true);
    setError(null);
    setProgress({ fraction: 0, label: '' });
    try {
      return await work(setProgress, abort.signal);
    } catch (err) {
      setError(abort.signal.aborted ? new EngineError('cancelled', 'Kørslen blev afbrudt.') : err);
      return null;
    } finally {
      setRunning(false);
      setProgress(null);
      controller.current = null;
    }
  }, []);

  return {
    running,
    progress,
    startedAt: started.current,
    error,
    run,
    cancel: () => controller.current?.abort(),
    dismissError: () => setError(null),
  };
}
