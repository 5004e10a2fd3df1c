/**
 * The package step's area picker: sundhedsråd, sundhedsklynge, region, any municipality or an own
 * area (pick municipalities, name it; saved with the profile), and "byg også for hver kommune".
 * The grouping the reference date calls for comes first, and a note says when the other one is chosen.
 */
import { useState } from 'react';
import { CLUSTER_GROUPS, REGION_MIDTJYLLAND, SUNDHEDSRAAD, groupingFor, groupingNote, resolveArea, type AreaGroup } from '../../../shared/areas/areas';
import type { Lang } from '../../../shared/text/format';
import type { PackageRequest } from '../../app/types';
import { areaTexts } from './area-texts';
import { codeFromName, MUNICIPALITIES_BY_REGION, NEW_CUSTOM_AREA } from './areas';

export interface AreaPickerProps {
  request: PackageRequest;
  lang: Lang;
  label: string;
  set(change: Partial<PackageRequest>): void;
  /** Saves the own areas with the profile; false when there is no profile to save them in. */
  saveAreas(areas: AreaGroup[]): boolean;
}

function noteOf(area: string, referenceDate: string, lang: Lang): string | null {
  if (!/^(cluster|sundhedsraad):/.test(area) || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) return null;
  try {
    return groupingNote(resolveArea(area), referenceDate, lang);
  } catch {
    return null;
  }
}

export function AreaPicker({ request: r, lang, label, set, saveAreas }: AreaPickerProps) {
  const tx = areaTexts(lang);
  const own = r.customAreas ?? [];
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [region, setRegion] = useState(REGION_MIDTJYLLAND);
  const [picked, setPicked] = useState<number[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const groups = [
    <optgroup key="sundhedsraad" label={tx.sundhedsraad}>
      {SUNDHEDSRAAD.map((g) => (
        <option key={g.code} value={`sundhedsraad:${g.code}`}>
          {g.name}
        </option>
      ))}
    </optgroup>,
    <optgroup key="cluster" label={tx.clusters}>
      {CLUSTER_GROUPS.map((g) => (
        <option key={g.code} value={`cluster:${g.code}`}>
          {g.name}
        </option>
      ))}
    </optgroup>,
  ];
  if (groupingFor(r.referenceDate) === 'cluster') groups.reverse();

  const choose = (value: string) => {
    setStatus(null);
    if (value === NEW_CUSTOM_AREA) {
      setEditing(true);
      return;
    }
    setEditing(false);
    set({ area: value });
  };

  const saveOwn = () => {
    if (!name.trim()) return setProblem(tx.needName);
    if (picked.length === 0) return setProblem(tx.needMunicipality);
    const area: AreaGroup = {
      code: codeFromName(
        name,
        own.map((a) => a.code),
      ),
      name: name.trim(),
      municipalities: [...picked],
    };
    const next = [...own, area];
    set({ customAreas: next, area: `custom:${area.code}` });
    setStatus(saveAreas(next) ? tx.saved(area.name) : tx.savedNoProfile(area.name));
    setProblem(null);
    setEditing(false);
    setName('');
    setPicked([]);
  };

  const deleteOwn = (code: string) => {
    const next = own.filter((a) => a.code !== code);
    set({
      customAreas: next,
      ...(r.area === `custom:${code}` ? { area: groupingFor(r.referenceDate) === 'sundhedsraad' ? 'sundhedsraad:aarhus' : 'cluster:aarhus' } : {}),
    });
    saveAreas(next);
  };

  const note = noteOf(r.area, r.referenceDate, lang);
  const shown = MUNICIPALITIES_BY_REGION.find((x) => x.region.code === region)!;
  return (
    <div className="area-picker">
      <label className="field">
        {label}
        <select value={editing ? NEW_CUSTOM_AREA : r.area} onChange={(e) => choose(e.target.value)}>
          {groups}
          <optgroup label={tx.region}>
            <option value="region">{tx.regionOption}</option>
          </optgroup>
          {MUNICIPALITIES_BY_REGION.map(({ region: reg, municipalities }) => (
            <optgroup key={reg.code} label={tx.municipalitiesIn(reg.name)}>
              {municipalities.map((m) => (
                <option key={m.code} value={`municipality:${m.code}`}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ))}
          <optgroup label={tx.own}>
            {own.map((a) => (
              <option key={a.code} value={`custom:${a.code}`}>
                {a.name}
              </option>
            ))}
            <option value={NEW_CUSTOM_AREA}>{tx.newOwn}</option>
          </optgroup>
        </select>
      </label>
      {note && (
        <p className="muted small" data-testid="area-note">
          {note}
        </p>
      )}
      {status && (
        <p className="muted small" role="status">
          {status}
        </p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={Boolean(r.eachMunicipality) && !r.area.startsWith('municipality:')}
          disabled={r.area.startsWith('municipality:')}
          onChange={(e) => set({ eachMunicipality: e.target.checked })}
        />{' '}
        {tx.eachMunicipality}
      </label>
      {own.length > 0 && !editing && r.area.startsWith('custom:') && (
        <p className="small">
          <button type="button" className="button secondary" onClick={() => deleteOwn(r.area.slice('custom:'.length))}>
            {tx.delete}: {own.find((a) => `custom:${a.code}` === r.area)?.name}
          </button>
        </p>
      )}
      {editing && (
        <fieldset className="custom-area">
          <legend>{tx.editorLegend}</legend>
          <label className="field">
            {tx.name}
            <input value={name} placeholder={tx.namePlaceholder} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            {tx.regionFilter}
            <select value={region} onChange={(e) => setRegion(Number(e.target.value))}>
              {MUNICIPALITIES_BY_REGION.map(({ region: reg }) => (
                <option key={reg.code} value={reg.code}>
                  {reg.name}
                </option>
              ))}
            </select>
          </label>
          <div role="group" aria-label={tx.municipalities} className="custom-area-municipalities">
            {shown.municipalities.map((m) => (
              <label key={m.code} className="check">
                <input
                  type="checkbox"
                  checked={picked.includes(m.code)}
                  onChange={(e) => setPicked(e.target.checked ? [...picked, m.code] : picked.filter((x) => x !== m.code))}
                />{' '}
                {m.name}
              </label>
            ))}
          </div>
          {problem && (
            <p className="alert alert-warning" role="alert">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={saveOwn}>
              {tx.save}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setEditing(false);
                setProblem(null);
              }}
            >
              {tx.cancel}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
