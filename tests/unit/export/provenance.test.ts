import { describe, expect, it } from 'vitest';
import { buildExportLog, exportLogText } from '../../../shared/export/export-log';
import { provenanceLines, provenanceOf } from '../../../shared/export/provenance';
import { toBase64 } from '../../../shared/export/types';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const pkg = samplePackage('angst');

describe('provenance and export log', () => {
  it('names area, track, date, version, checksums and the disclosure rule', () => {
    const p = provenanceOf(pkg);
    expect(p).toMatchObject({ area: 'Horsens-klyngen', track: 'angst', trackName: 'Angst', referenceDate: '2024-01-01', appVersion: 'datapakker 0.1.0' });
    expect(p.sources.map((s) => s.sha256)).toEqual(pkg.sources.map((s) => s.sha256));
    const lines = provenanceLines(pkg).join('\n');
    expect(lines).toContain('Opgørelsesdato: 1. januar 2024');
    expect(lines).toContain('Celler med færre end 5 observationer er udeladt');
    expect(lines).toContain('371.234 rækker');
  });

  it('the export log lists files, settings and sources', () => {
    const log = buildExportLog(pkg, ['pdf'], [{ path: 'datapakke.pdf', bytes: 123 }], '2026-11-22T12:00:00.000Z', { pdfRoute: 'pdfkit' });
    expect(log.settings.minCount).toBe(5);
    const text = exportLogText(log);
    expect(text).toContain('Eksporteret: 2026-11-22T12:00:00.000Z');
    expect(text).toContain('datapakke.pdf (123 bytes)');
    expect(text).toContain('PDF dannet med: pdfkit');
  });

  it('base64 matches the standard encoding', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'æøå!']) {
      const bytes = new TextEncoder().encode(s);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
