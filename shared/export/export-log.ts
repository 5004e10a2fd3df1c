/** The export log written beside the exported files: what, when, from which sources, with which settings. */
import type { Datapakke, PackageSettings } from '../contract/datapakke';
import { provenanceOf, type Provenance } from './provenance';

export interface ExportedFile {
  /** Path relative to the output folder. */
  path: string;
  bytes: number;
  sha256?: string;
}

export interface ExportLog {
  exportedAt: string;
  formats: string[];
  files: ExportedFile[];
  provenance: Provenance;
  settings: PackageSettings;
  /** Route used for the PDF ("pdfkit" = pure JavaScript, no browser). */
  pdfRoute?: string;
  warnings: string[];
}

export function buildExportLog(pkg: Datapakke, formats: string[], files: ExportedFile[], exportedAt: string, extra: { pdfRoute?: string; warnings?: string[] } = {}): ExportLog {
  return { exportedAt, formats, files, provenance: provenanceOf(pkg), settings: pkg.settings, ...(extra.pdfRoute ? { pdfRoute: extra.pdfRoute } : {}), warnings: extra.warnings ?? [] };
}

export function exportLogText(log: ExportLog): string {
  const p = log.provenance;
  return [
    'Eksportlog - Datapakker',
    `Eksporteret: ${log.exportedAt}`,
    `Område: ${p.area} (${p.areaCode}), forløb: ${p.trackName}, opgørelsesdato: ${p.referenceDate}`,
    `Program: ${p.appVersion}`,
    `Formater: ${log.formats.join(', ')}`,
    ...(log.pdfRoute ? [`PDF dannet med: ${log.pdfRoute}`] : []),
    `Indstillinger: mindste antal ${log.settings.minCount}, uddannelsesgruppering ${log.settings.educationGrouping}, standardbefolkning ${log.settings.standardPopulation}, konfidensniveau ${log.settings.confidence}`,
    `Diskretion: ${p.disclosureRule}`,
    'Kilder:',
    ...p.sources.map((s) => `  ${s.table}: ${s.files.join(', ')} (${s.rows} rækker) SHA-256 ${s.sha256}`),
    'Filer:',
    ...log.files.map((f) => `  ${f.path} (${f.bytes} bytes)${f.sha256 ? ` SHA-256 ${f.sha256}` : ''}`),
    ...(log.warnings.length ? ['Advarsler:', ...log.warnings.map((w) => `  ${w}`)] : []),
    '',
  ].join('\n');
}
