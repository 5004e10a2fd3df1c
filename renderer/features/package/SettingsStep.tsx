import { startTransition, useContext, useEffect } from 'react';
import type { Services } from '../../app/services';
import type { WorkflowAction, WorkflowState } from '../../app/workflow';
import type { PackageRequest } from '../../app/types';
import { LangContext, useT } from '../../app/messages';
import { formatDate } from '../../../shared/text/format';
import { useLongTask } from '../../components/useLongTask';
import { ProgressPanel } from '../../components/ProgressPanel';
import { ErrorPanel } from '../../components/ErrorPanel';
import { AreaPicker } from './AreaPicker';
import { areaForDate, profileWithAreas, savedCustomAreas } from './areas';
import { TRACK_IDS, type TrackId } from '../../../shared/contract/datapakke';

/** Step 3: what to build — tracks, area(s), reference date and the method settings — then build. */
export function SettingsStep({ state, dispatch, services }: { state: WorkflowState; dispatch: (a: WorkflowAction) => void; services: Services }) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const task = useLongTask();
  const r = state.request;
  const set = (change: Partial<PackageRequest>) => dispatch({ type: 'request', request: { ...r, ...change } });
  // The analyst's own areas come with the profile (saved there by the area picker).
  useEffect(() => {
    if (r.customAreas !== undefined) return;
    const fromState = savedCustomAreas(state.profile);
    set({ customAreas: fromState.length ? fromState : savedCustomAreas(services.profiles.load()) });
    // Once, when the step opens: later changes come from the picker itself.
  }, []);
  const saveAreas: Parameters<typeof AreaPicker>[0]['saveAreas'] = (areas) => {
    const profile = state.profile ?? services.profiles.load();
    if (!profile) return false;
    services.profiles.save(profileWithAreas(profile, areas));
    return true;
  };
  const toggleTrack = (track: TrackId, on: boolean) =>
    set({ tracks: on ? TRACK_IDS.filter((x) => x === track || r.tracks.includes(x)) : r.tracks.filter((x) => x !== track) });

  const build = async () => {
    const packages = await task.run((onProgress, signal) => services.buildPackages(r, state.sources, onProgress, signal));
    // The review is a big page: rendered as a transition, React draws it in slices and the UI thread
    // stays free (no long task while it appears).
    if (packages) startTransition(() => dispatch({ type: 'packages', packages }));
  };

  return (
    <form
      className="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void build();
      }}
    >
      <h1>{t('pakke.heading')}</h1>
      <fieldset>
        <legend>{t('pakke.tracks')}</legend>
        {TRACK_IDS.map((track) => (
          <label key={track} className="check">
            <input type="checkbox" checked={r.tracks.includes(track)} onChange={(e) => toggleTrack(track, e.target.checked)} /> {t(`track.${track}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('pakke.referenceDate')}
        {/* Words follow the date: across 1 January 2027 a cluster becomes its sundhedsråd and back. */}
        <input
          type="date"
          value={r.referenceDate}
          required
          aria-describedby="reference-date-words"
          onChange={(e) => set({ referenceDate: e.target.value, area: areaForDate(r.area, e.target.value) })}
        />
        {/* The date in words: the field's own format follows the browser's language, this is always Danish (or English). */}
        <span id="reference-date-words" className="muted small">
          {/^\d{4}-\d{2}-\d{2}$/.test(r.referenceDate) ? formatDate(r.referenceDate, lang) : ''}
        </span>
      </label>
      <AreaPicker request={r} lang={lang} label={t('pakke.area')} set={set} saveAreas={saveAreas} />
      <label className="field">
        {t('pakke.education')}
        <select value={r.educationGrouping} onChange={(e) => set({ educationGrouping: e.target.value as PackageRequest['educationGrouping'] })}>
          <option value="3">{t('pakke.education3')}</option>
          <option value="4">{t('pakke.education4')}</option>
          <option value="6">{t('pakke.education6')}</option>
        </select>
      </label>
      <label className="field">
        {t('pakke.minCount')}
        <input type="number" min={1} max={100} value={r.minCount} onChange={(e) => set({ minCount: Math.max(1, Number(e.target.value) || 1) })} />
      </label>
      <label className="field">
        {t('pakke.standard')}
        <select value={r.standardPopulation} onChange={(e) => set({ standardPopulation: e.target.value })}>
          <option value="ESP2013">Europæisk standardbefolkning 2013</option>
          <option value="DK2024">Danmarks befolkning 1. januar 2024</option>
        </select>
      </label>
      <label className="field">
        {t('pakke.lang')}
        <select value={r.lang} onChange={(e) => set({ lang: e.target.value as PackageRequest['lang'] })}>
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </select>
      </label>
      {r.tracks.length === 0 && <p className="alert alert-warning">{t('pakke.noTrack')}</p>}
      <div className="button-row">
        <button type="submit" className="button" disabled={task.running || r.tracks.length === 0}>
          {t('pakke.build')}
        </button>
      </div>
      <ProgressPanel task={task} />
      <ErrorPanel error={task.error} onDismiss={task.dismissError} />
    </form>
  );
}
