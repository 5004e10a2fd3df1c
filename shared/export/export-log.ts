/** The export log written beside the exported files: what, when, from which sources, with which settings. */
import type { Datapakke, PackageSettings } from '../contract/datapakke';
import { packageLang, type Lang } from '../text/format';
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

export function buildExportLog(
  pkg: Datapakke,
  formats: string[],
  files: ExportedFile[],
  exportedAt: string,
  extra: { pdfRoute?: string; warnings?: string[] } = {},
): ExportLog {
  return {
    exportedAt,
    formats,
    files,
    provenance: provenanceOf(pkg),
    settings: pkg.settings,
    ...(extra.pdfRoute ? { pdfRoute: extra.pdfRoute } : {}),
    warnings: extra.warnings ?? [],
  };
}

const DA = {
  heading: 'Eksportlog - Datapakker',
  exported: 'Eksporteret',
  area: (area: string, track: string, date: string) => `Område: ${area}, forløb: ${track}, opgørelsesdato: ${date}`,
  app: 'Program',
  formats: 'Formater',
  pdfRoute: 'PDF dannet med',
  settings: (s: PackageSettings) =>
    `Indstillinger: mindste antal ${s.minCount}, uddannelsesgruppering ${s.educationGrouping}, standardbefolkning ${s.standardPopulation}, konfidensniveau ${s.confidence}`,
  disclosure: 'Diskretion',
  sources: 'Kilder:',
  rows: 'rækker',
  files: 'Filer:',
  warnings: 'Advarsler:',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    heading: 'Export log - Datapakker',
    exported: 'Exported',
    area: (area, track, date) => `Area: ${area}, track: ${track}, reference date: ${date}`,
    app: 'Program',
    formats: 'Formats',
    pdfRoute: 'PDF made with',
    settings: (s) =>
      `Settings: minimum count ${s.minCount}, education grouping ${s.educationGrouping}, standard population ${s.standardPopulation}, confidence level ${s.confidence}`,
    disclosure: 'Disclosure control',
    sources: 'Sources:',
    rows: 'rows',
    files: 'Files:',
    warnings: 'Warnings:',
  },
};

export function exportLogText(log: ExportLog): string {
  const p = log.provenance;
  const t = TEXTS[packageLang(log)];
  return [
    t.heading,
    `${t.exported}: ${log.exportedAt}`,
    t.area(`${p.area} (${p.areaCode})`, p.trackName, p.referenceDate),
    `${t.app}: ${p.appVersion}`,
    `${t.formats}: ${log.formats.join(', ')}`,
    ...(log.pdfRoute ? [`${t.pdfRoute}: ${log.pdfRoute}`] : []),
    t.settings(log.settings),
    `${t.disclosure}: ${p.disclosureRule}`,
    t.sources,
    ...p.sources.map((s) => `  ${s.table}: ${s.files.join(', ')} (${s.rows} ${t.rows}) SHA-256 ${s.sha256}`),
    t.files,
    ...log.files.map((f) => `  ${f.path} (${f.bytes} bytes)${f.sha256 ? ` SHA-256 ${f.sha256}` : ''}`),
    ...(log.warnings.length ? [t.warnings, ...log.warnings.map((w) => `  ${w}`)] : []),
    '',
  ].join('\n');
}
