import { useState } from 'react';
import type { Services } from '../../app/services';
import type { WorkflowState } from '../../app/workflow';
import type { ExportFormat } from '../../app/types';
import { useT } from '../../app/messages';
import { useLongTask } from '../../components/useLongTask';
import { ProgressPanel } from '../../components/ProgressPanel';
import { ErrorPanel } from '../../components/ErrorPanel';
import { applyEdits, NO_EDITS } from '../review/edits';
import type { SaveRequest } from '../../../shared/platform';
import { archiveNameOf } from '../../../shared/export/export-files';
import { packageKey, severalAreas, underAreaFolder } from '../package/areas';

/**
 * What was written. The web build hands the files over as one ZIP (names `archive.zip/entry`); the
 * desktop app writes them into the folder the analyst chose (`<track>/…`, as the command line).
 */
function ExportSummary({ written }: { written: string[] }) {
  const t = useT();
  const archive = /^([^/]+\.zip)\//.exec(written[0] ?? '')?.[1];
  const entries = archive ? written.map((w) => w.slice(archive.length + 1)) : written;
  return (
    <div className="alert alert-success" role="status">
      <strong>
        {archive
          ? t('eksport.summaryZip', { name: archive, count: entries.length })
          : entries.length === 1
            ? t('eksport.summaryOne')
            : t('eksport.summary', { count: entries.length })}
      </strong>
      <ul data-testid="export-summary">
        {entries.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </div>
  );
}

/** Every format, in the app and on the command line alike (one pipeline: shared/export/export-files.ts). */
const FORMATS: ExportFormat[] = ['pptx', 'xlsx', 'pdf', 'html', 'png', 'svg', 'json'];

/** Step 5: choose formats, write them (progress, Cancel), and see what was written. */
export function ExportStep({ state, services }: { state: WorkflowState; services: Services }) {
  const t = useT();
  const task = useLongTask();
  const [chosen, setChosen] = useState<ExportFormat[]>(FORMATS);
  const [written, setWritten] = useState<string[] | null>(null);

  const run = async () => {
    setWritten(null);
    const files = await task.run(async (onProgress, signal) => {
      const out: SaveRequest[] = [];
      for (const [i, pkg] of state.packages.entries()) {
        const edited = applyEdits(pkg, state.edits[packageKey(pkg)] ?? NO_EDITS);
        const part = (p: { fraction: number; label: string }) => onProgress({ fraction: (i + p.fraction) / state.packages.length, label: p.label });
        // Several areas: each package under its area's folder (OUT/<area>/<track>/…), as the command line.
        out.push(...underAreaFolder(pkg, await services.exportPackage(edited, chosen, part, signal), severalAreas(state.packages)));
      }
      return out;
    });
    // Saved only once everything is produced, so Cancel leaves nothing half-written.
    if (files) setWritten(await services.platform.saveFiles(files, { archiveName: archiveNameOf(state.packages) }));
  };

  return (
    <div>
      <h1>{t('eksport.heading')}</h1>
      <fieldset>
        <legend>{t('eksport.formats')}</legend>
        {FORMATS.map((f) => (
          <label key={f} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(f)}
              onChange={(e) => setChosen(e.target.checked ? FORMATS.filter((x) => x === f || chosen.includes(x)) : chosen.filter((x) => x !== f))}
            />{' '}
            {t(`format.${f}`)}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="button" disabled={task.running || chosen.length === 0} onClick={run}>
          {t('eksport.run')}
        </button>
      </div>
      {chosen.length === 0 && <p className="muted">{t('eksport.nothing')}</p>}
      <ProgressPanel task={task} />
      <ErrorPanel error={task.error} onDismiss={task.dismissError} />
      {written && <ExportSummary written={written} />}
    </div>
  );
}
