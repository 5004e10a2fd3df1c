import { startTransition, useContext, useState, type DragEvent } from 'react';
import type { Services } from '../../app/services';
import type { WorkflowAction, WorkflowState } from '../../app/workflow';
import { LangContext, useT } from '../../app/messages';
import { ProgressPanel } from '../../components/ProgressPanel';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useLongTask } from '../../components/useLongTask';
import { MappingTable } from '../mapping/MappingTable';
import { chooseProfile, peekFiles, proposeProfile, splitPicked, type ProfileChoice } from './load-files';
import type { MappingProfile } from '../mapping/profile';
import { parseProfile } from '../../../shared/contract/profile';
import { pickedFromFile } from './picked';
import { readPicked } from '../../platform/picked-files';
import type { EngineChoice, EngineSetting, PickedFile } from '../../../shared/platform';
import { formatNumber } from '../../../shared/text/format';

/** Step 1: pick files, see and correct the proposed mapping, save it as a profile, import. */
export function DataStep({ state, dispatch, services }: { state: WorkflowState; dispatch: (a: WorkflowAction) => void; services: Services }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const task = useLongTask();
  // Desktop only: which database engine reads the extract (decision 006); the web build has one.
  const [engineSetting, setEngineSetting] = useState<EngineSetting>(() => services.engineSetting?.load() ?? 'auto');
  const [engineChoice, setEngineChoice] = useState<EngineChoice | null>(() => services.engineChoice);
  const chooseEngine = async (files: PickedFile[]): Promise<EngineChoice | null> => {
    if (!services.engineSetting || files.length === 0) return null;
    const chosen = await services.chooseEngine(files).catch(() => null);
    setEngineChoice(chosen);
    return chosen;
  };
  const changeEngineSetting = async (value: EngineSetting) => {
    setEngineSetting(value);
    services.engineSetting?.save(value);
    const before = services.engineChoice?.engine;
    const after = await chooseEngine(state.files.map((f) => f.picked));
    // The tables of the last import are in the other engine: it must be imported again.
    if (state.report && state.profile && after && after.engine !== before) dispatch({ type: 'profile', profile: state.profile });
  };
  const [choice, setChoice] = useState<ProfileChoice | null>(null);
  const [saved, setSaved] = useState(false);
  const [dragging, setDragging] = useState(false);
  // A profile opened from a file: used instead of the one last saved in this app.
  const [opened, setOpened] = useState<{ profile: MappingProfile | null; error: string | null }>({ profile: null, error: null });

  const readProfile = async (file: PickedFile): Promise<MappingProfile | null> => {
    const { profile, issues } = parseProfile(new TextDecoder().decode(await readPicked(services.platform, file, 0, file.size)));
    setOpened({ profile: (profile as MappingProfile | undefined) ?? null, error: profile ? null : issues.map((i) => i.message).join(' ') });
    return (profile as MappingProfile | undefined) ?? null;
  };

  const accept = async (picked: PickedFile[]) => {
    if (picked.length === 0) return;
    // A *.profile.json among the picked files is the profile to use, never a data file.
    const { data, profiles } = splitPicked(picked);
    const fromFile = profiles[0] ? await readProfile(profiles[0]) : null;
    const savedProfile = fromFile ?? opened.profile ?? services.profiles.load();
    if (data.length === 0) {
      if (fromFile && state.files.length > 0) applyProfile(state.files, fromFile);
      return;
    }
    const files = await peekFiles(data, (file, start, end) => readPicked(services.platform, file, start, end));
    // Before the mapping counts a column's codes: a large extract is read by native DuckDB from the start.
    await chooseEngine(data);
    const c = chooseProfile(files, savedProfile);
    setChoice(c);
    setSaved(false);
    dispatch({ type: 'files', files, profile: c.profile });
  };

  const applyProfile = (files: typeof state.files, profile: MappingProfile) => {
    const c = chooseProfile(files, profile);
    setChoice(c);
    setSaved(false);
    dispatch({ type: 'profile', profile: c.profile });
  };

  const openProfile = async () => {
    const [file] = await services.platform.openFiles({ folder: false, accept: ['.json'] });
    if (!file) return;
    const profile = await readProfile(file);
    if (profile && state.files.length > 0) applyProfile(state.files, profile);
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
    if (result?.engine) setEngineChoice(result.engine);
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
          <button
            type="button"
            className="button"
            onClick={async () => accept(await services.platform.openFiles({ folder: false, accept: ['.csv', '.tsv', '.txt', '.parquet', '.xlsx', '.json'] }))}
          >
            {t('data.pickFiles')}
          </button>
          <button type="button" className="button secondary" onClick={async () => accept(await services.platform.openFiles({ folder: true }))}>
            {t('data.pickFolder')}
          </button>
          <button type="button" className="button secondary" onClick={openProfile}>
            {t('data.openProfile')}
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

      {services.engineSetting && (
        <div className="engine-setting">
          <label className="field-inline">
            {t('engine.label')}
            <select value={engineSetting} onChange={(e) => void changeEngineSetting(e.target.value as EngineSetting)}>
              <option value="auto">{t('engine.auto')}</option>
              <option value="wasm">{t('engine.wasm')}</option>
              <option value="native">{t('engine.native')}</option>
            </select>
          </label>
          <p className="muted small">{t('engine.help')}</p>
          {engineChoice && (
            <p className="muted small" data-testid="engine-choice">
              {t('engine.chosen', { reason: lang === 'da' ? engineChoice.reason : engineChoice.reasonEn })}
            </p>
          )}
        </div>
      )}

      {choice?.applied && <div className="alert alert-success">{t('data.profileApplied', { name: choice.applied.name })}</div>}
      {opened.error && (
        <div className="alert alert-error" role="alert">
          {t('data.profileBad', { detail: opened.error })}
        </div>
      )}
      {opened.profile && state.files.length === 0 && <div className="alert alert-info">{t('data.profileOpened', { name: opened.profile.name })}</div>}
      {choice?.differs && (
        <div className="alert alert-warning" role="alert" data-testid="profile-diff">
          <strong>{t('data.profileDiffers', { name: choice.differs.saved.name })}</strong>
          <ul>
            {choice.differs.changes.map((d, i) => (
              <li key={i}>
                {d.file}: {d.text}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                dispatch({ type: 'profile', profile: proposeProfile(state.files) });
                setChoice({ ...choice, differs: null });
              }}
            >
              {t('data.useProposal')}
            </button>
          </div>
        </div>
      )}

      {state.profile && state.files.length > 0 && (
        <>
          <MappingTable
            files={state.files}
            profile={state.profile}
            services={services}
            onChange={(profile) => {
              setSaved(false);
              dispatch({ type: 'profile', profile });
            }}
          />
          <div className="button-row">
            <label className="field-inline">
              {t('data.profileName')}
              <input
                type="text"
                value={state.profile.name}
                onChange={(e) => dispatch({ type: 'profile', profile: { ...state.profile!, name: e.target.value } })}
              />
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
