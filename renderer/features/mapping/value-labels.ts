/**
 * How a canonical value is shown in the value-map dropdown: its Danish label and the technical
 * code, so the analyst sees both ("Grundskole (grundskole)"). Stratum labels come from shared/text.
 */
import { VALUE_LABELS } from '../../../shared/text/labels';
import type { MappedValue } from '../../../shared/contract/profile';

const OTHER: Record<string, string> = {
  A: 'Aktionsdiagnose',
  B: 'Bidiagnose',
  akut: 'Akut',
  planlagt: 'Planlagt',
  indlagt: 'Indlagt',
  ambulant: 'Ambulant',
  somatik: 'Somatik',
  psykiatri: 'Psykiatri',
  hospital: 'Sygehus',
  almen_praksis: 'Almen praksis',
  egen_henvendelse: 'Egen henvendelse',
  kommune: 'Kommune',
  medicin: 'Medicin',
};

export function valueLabel(column: string, value: MappedValue): string {
  if (typeof value === 'boolean') return value ? 'Ja (sand)' : 'Nej (falsk)';
  const v = String(value);
  const key = column === 'sex' ? 'sex' : column;
  const label = (VALUE_LABELS as Record<string, Record<string, { da: string }> | undefined>)[key]?.[v]?.da ?? OTHER[v];
  return label && label !== v ? `${label} (${v})` : v;
}
