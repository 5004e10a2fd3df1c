/**
 * The app's export adapter (web build and desktop alike): shared/export's `exportFiles` runs in an
 * export worker (export.worker.ts) so the page stays responsive; this side rasterises SVGs for it,
 * reports progress, and hands the files to the Platform under `<track>/`, exactly as the command
 * line writes `out/<track>/`. Every file is produced before any is handed over, and Cancel ends the
 * worker, so nothing is half-written. Nothing is fetched but the app's own bundled files.
 */
import type { Datapakke } from '../../../shared/contract/datapakke';
import type { SaveRequest } from '../../../shared/platform';
import { saveRequestsOf } from '../../../shared/export/export-files';
import type { ExportFormat } from '../../../shared/export/types';
import type { OnProgress } from '../../app/types';
import { throwIfCancelled } from '../../app/cancellable';
import { fontBytes } from '../../styles/fonts';
import { svgToPng } from './rasterise';
import type { ExportWorkerMessage, ExportWorkerRequest } from './export.worker';

/** One package's files, as SaveRequests named `<track>/<path>`. */
export async function exportForApp(pkg: Datapakke, formats: readonly ExportFormat[], onProgress: OnProgress, signal: AbortSignal): Promise<SaveRequest[]> {
  throwIfCancelled(signal);
  const fonts = await fontBytes();
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  const send = (request: ExportWorkerRequest) => worker.postMessage(request);
  try {
    const files = await new Promise<Extract<ExportWorkerMessage, { kind: 'done' }>['files']>((resolve, reject) => {
      const onAbort = () => {
        try {
          throwIfCancelled(signal);
        } catch (cancelled) {
          reject(cancelled);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      worker.onerror = (event) => reject(new Error(event.message || 'Eksporten kunne ikke køre.'));
      worker.onmessage = (event: MessageEvent<ExportWorkerMessage>) => {
        const message = event.data;
        switch (message.kind) {
          case 'progress':
            onProgress({ fraction: message.done / message.total, label: message.step });
            break;
          case 'png':
            svgToPng(message.svg, message.scale).then(
              (png) => send({ kind: 'png', id: message.id, png }),
              (err: unknown) => send({ kind: 'png-error', id: message.id, message: err instanceof Error ? err.message : String(err) }),
            );
            break;
          case 'done':
            signal.removeEventListener('abort', onAbort);
            resolve(message.files);
            break;
          case 'error':
            signal.removeEventListener('abort', onAbort);
            reject(new Error(message.message));
            break;
        }
      };
      send({ kind: 'export', pkg, formats: [...formats], fonts, now: new Date().toISOString() });
    });
    onProgress({ fraction: 1, label: '' });
    return saveRequestsOf(pkg, files);
  } finally {
    worker.terminate();
  }
}
