/** Row shapes shared by the event generators, the case rules and the writers (canonical values). */

export interface ContactRow {
  startDay: number;
  /** Minutes after midnight of startDay. */
  startMinute: number;
  /** End as minutes after the start day's midnight; null = open contact. */
  endMinutes: number | null;
  code: string;
  type: 'A' | 'B';
  admission: 'akut' | 'planlagt';
  patient: 'indlagt' | 'ambulant';
  specialty: 'somatik' | 'psykiatri';
}

export interface PrescriptionRow {
  day: number;
  atc: string;
  packages: number;
}

export interface ServiceRow {
  service: string;
  referralDay: number | null;
  startDay: number | null;
  completed: boolean | null;
  referrer: 'hospital' | 'almen_praksis' | 'egen_henvendelse' | 'kommune';
}

export interface Contact {
  day: number;
  minute: number;
  /** Duration in minutes (inpatient stays span days). */
  duration: number;
  a: string;
  b?: string[];
  admission: ContactRow['admission'];
  patient: ContactRow['patient'];
  specialty?: ContactRow['specialty'];
}

/** One contact with its A-diagnosis and B-diagnoses as LPR rows (one row per diagnosis). */
export function contactRows(c: Contact): ContactRow[] {
  const base = {
    startDay: c.day,
    startMinute: c.minute,
    endMinutes: c.minute + c.duration,
    admission: c.admission,
    patient: c.patient,
    specialty: c.specialty ?? 'somatik',
  };
  const rows: ContactRow[] = [{ ...base, code: c.a, type: 'A' }];
  for (const b of c.b ?? []) rows.push({ ...base, code: b, type: 'B' });
  return rows;
}
