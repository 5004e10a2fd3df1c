import { describe, expect, it } from 'vitest';
import { reportSummary, reportText } from '../../../shared/import/report-text';
import type { ValidationReport } from '../../../shared/contract/validation';

const report: ValidationReport = {
  tables: {
    persons: { rows: 12345, accepted: 12340, rejected: 5, files: ['befolkning.csv'] },
    hospital_contacts: { rows: 2, accepted: 2, rejected: 0, files: ['lpr.csv'] },
  },
  problems: [
    { severity: 'error', code: 'bad_date', table: 'persons', file: 'befolkning.csv', column: 'birth_date', count: 5, message: '5 rækker: Datoen …' },
    { severity: 'error', code: 'bad_date', table: 'persons', file: 'befolkning.csv', row: 7, column: 'birth_date', message: "Datoen … ('31-02-1950')" },
    { severity: 'info', code: 'ignored_columns', table: 'persons', file: 'befolkning.csv', message: "Kolonnerne 'X' …" },
  ],
};

describe('readable validation report', () => {
  it('summarises each table with Danish thousands separators and counts kinds, not rows', () => {
    const s = reportSummary(report);
    expect(s).toContain('persons (befolkning)');
    expect(s).toMatch(/læst\s+12\.345\s+godkendt\s+12\.340\s+afvist\s+5/);
    expect(s).toContain('Problemer (fejl: 1, info: 1)');
  });
  it('groups problems by severity, most severe first, with row details indented', () => {
    const t = reportText(report, { referenceDate: '2024-01-01' });
    expect(t.indexOf('Fejl (rækkerne er afvist)')).toBeLessThan(t.indexOf('Oplysninger'));
    expect(t).toContain('    [Fejl] persons, befolkning.csv, række 7: Datoen');
    expect(t).toContain('Referencedato: 2024-01-01');
    expect(t).not.toContain('Advarsler');
  });
});
