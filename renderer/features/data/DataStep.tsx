import { startTransition, useState, type DragEvent } from 'react';
import type { Services } from '../../app/services';
import type { WorkflowAction, WorkflowState } from '../../app/workflow';
import { useT } from '../../app/messages';
import { ProgressPanel } from '../../components/ProgressPanel';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useLongTask } from '../../components/useLongTask';
import { MappingTable } from '../mapping/MappingTable';
import { chooseProfile, peekFiles, type ProfileChoice } from './load-files';
import { pickedFromFile } from './picked';
import { readPicked } from '../../platform/picked-files';
import type { PickedFile } from '../../../shared/platform';
import { formatNumber } from '../../../shared/text/format';

/** Step 1: pick files, see and correct the proposed mapping, save it as a profile, import. */
export function DataStep({ state, dispatch, services }: { state: WorkflowState; dispatch: (a: WorkflowAction) => void; services: Services }) {
  const t = useT();
  const task = useLongTask();
  const [choice, setChoice] = useState<ProfileChoice | null>(null);
  const [saved, setSaved] = useState(false);
  const [dragging, setDragging] = useState(false);

  const accept = async (picked: PickedFile[]) => {
    if (picked.length === 0) return;
    const files = await peekFiles(picked, (file, start, end) => readPicked(services.platform, file, start, end));
    const c = chooseProfile(files, services.profiles.load());
    setChoice(c);
    setSaved(false);
    dispatch({ type: 'files', files, profile: c.profile });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void accept([...e.dataTransfer.files].map(pickedFromFile));
  };

  const runImport = async () => {
    if (!state.profile) return;
    const profile = state.profile;
    const result = await task.run((onProgress, signal) => services.importExtract(state.files, profile, state.request.referenceDate, onProgress, signal));
    if (result) startTransition(() => dispatch({ type: 'report', report: result.report, sources: result.sources }));
  };

  const saveProfile = async () => {
    if (!state.profile) return;
    services.profiles.save(state.profile);
    await services.platform.saveFile({
      suggestedName: 'udtraek.profile.json',
      mimeType: 'application/json',
      bytes: new TextEncoder().encode(JSON.stringify(state.profile, null, 2)),
    });
    setSaved(true);
  };

  return (
    <div>
      <h1>{t('data.heading')}</h1>
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{dragging ? t('data.drop') : t('data.intro')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={async () => accept(await services.platform.openFiles({ folder: false, accept: ['.csv', '.txt', '.parquet', '.xlsx'] }))}>
            {t('data.pickFiles')}
          </button>
          <button type="button" className="button secondary" onClick={async () => accept(await services.platform.openFiles({ folder: true }))}>
            {t('data.pickFolder')}
          </button>
        </div>
      </div>

      {state.files.length > 0 && (
        <>
          <h2>{t('data.files')}</h2>
          <ul className="file-list">
            {state.files.map((f) => (
              <li key={f.picked.name}>
                {f.picked.name} <span className="muted">({formatNumber(f.picked.size / 1024, 0)} kB)</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {choice?.applied && <div className="alert alert-success">{t('data.profileApplied', { name: choice.applied.name })}</div>}
      {choice?.differs && (
        <div className="alert alert-warning" role="alert">
          <strong>{t('data.profileDiffers', { name: choice.differs.saved.name })}</strong>
          <ul>
            {choice.differs.differences.map((d) => (
              <li key={d.table}>
                {d.fileMissing && <div>{t('data.diffFileMissing', { file: d.file, table: d.table })}</div>}
                {!d.fileMissing && d.missing.length > 0 && <div>{t('data.diffMissing', { file: d.file, columns: d.missing.join(', ') })}</div>}
                {!d.fileMissing && d.added.length > 0 && <div>{t('data.diffAdded', { file: d.file, columns: d.added.join(', ') })}</div>}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="button secondary" onClick={() => { dispatch({ type: 'profile', profile: choice.differs!.saved }); setChoice({ ...choice, differs: null }); }}>
              {t('data.useProfile')}
            </button>
            <button type="button" className="button secondary" onClick={() => setChoice({ ...choice, differs: null })}>
              {t('data.useProposal')}
            </button>
          </div>
        </div>
      )}

      {state.profile && state.files.length > 0 && (
        <>
          <MappingTable files={state.files} profile={state.profile} onChange={(profile) => { setSaved(false); dispatch({ type: 'profile', profile }); }} />
          <div className="button-row">
            <label className="field-inline">
              {t('data.profileName')}
              <input type="text" value={state.profile.name} onChange={(e) => dispatch({ type: 'profile', profile: { ...state.profile!, name: e.target.value } })} />
            </label>
            <button type="button" className="button secondary" onClick={saveProfile}>
              {t('data.saveProfile')}
            </button>
            <button type="button" className="button" onClick={runImport} disabled={task.running}>
              {t('data.import')}
            </button>
          </div>
          {saved && <p className="muted">{t('data.profileSaved')}</p>}
        </>
      )}
      <ProgressPanel task={task} />
      <ErrorPanel error={task.error} onDismiss={task.dismissError} />
    </div>
  );
}
