/**
 * Last year's profile on this year's files: what still fits is kept (columns and value maps), a
 * renamed column is proposed again, and the differences are listed in short Danish.
 */
import { describe, expect, it } from 'vitest';
import { reconcileProfile } from '../../../shared/import/propose-reconcile';
import type { Profile } from '../../../shared/contract/profile';

const saved: Profile = {
  format: 'datapakke-profile/1',
  name: 'Udtræk 2024',
  tables: {
    persons: { file: 'befolkning_*.csv', columns: { person_id: 'PNR', birth_date: 'FOED_DATO', sex: 'KOEN', municipality_code: 'KOM' } },
    hospital_contacts: {
      file: 'kontakter_*.csv',
      columns: { person_id: 'PNR', start_date: 'kontakt_start', diagnosis_code: 'diagnose', diagnosis_type: 'diagnosetype', patient_type: 'patienttype' },
      values: { patient_type: { '0': 'indlagt', '2': 'ambulant' } },
    },
  },
};

describe('reconcileProfile', () => {
  it('keeps everything when the headers are the same', () => {
    const r = reconcileProfile(saved, [
      { name: 'befolkning_2025.csv', headers: ['PNR', 'FOED_DATO', 'KOEN', 'KOM'] },
      { name: 'kontakter_2025.csv', headers: ['PNR', 'kontakt_start', 'diagnose', 'diagnosetype', 'patienttype'] },
    ]);
    expect(r.changes).toEqual([]);
    expect(r.profile.tables).toEqual(saved.tables);
  });

  it('keeps what fits, proposes the renamed column, and says so', () => {
    const r = reconcileProfile(saved, [
      { name: 'befolkning_2025.csv', headers: ['PNR', 'FOED_DATO', 'KOEN', 'KOM'] },
      { name: 'kontakter_2025.csv', headers: ['PNR', 'kontakt_start', 'diagnose', 'diag_type', 'patienttype'] },
      { name: 'recepter_2025.csv', headers: ['PNR', 'EKSD', 'ATC', 'APK'] },
    ]);
    expect(r.changes.map((c) => `${c.file}: ${c.text}`)).toEqual([
      'kontakter_2025.csv: kolonne mangler: diagnosetype',
      'kontakter_2025.csv: ny kolonne: diag_type',
      'recepter_2025.csv: ny fil: recepter_2025.csv (prescriptions)',
    ]);
    expect(r.profile.tables.hospital_contacts!.columns).toMatchObject({
      diagnosis_type: 'diag_type',
      patient_type: 'patienttype',
      start_date: 'kontakt_start',
    });
    expect(r.profile.tables.hospital_contacts!.values).toEqual({ patient_type: { '0': 'indlagt', '2': 'ambulant' } });
    expect(r.profile.tables.persons).toEqual(saved.tables.persons);
    expect(r.profile.tables.prescriptions!.columns).toMatchObject({ dispensing_date: 'EKSD', atc: 'ATC', packages: 'APK' });
  });

  it('says when no file fits a table any more', () => {
    const r = reconcileProfile(saved, [{ name: 'befolkning_2025.csv', headers: ['PNR', 'FOED_DATO', 'KOEN', 'KOM'] }]);
    expect(r.changes.map((c) => c.text)).toEqual(['ingen fil passer til kontakter_*.csv']);
    expect(r.profile.tables.hospital_contacts).toBeUndefined();
  });
});
