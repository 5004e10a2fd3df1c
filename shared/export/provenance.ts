/**
 * Provenance carried by every exported file (footer, document properties or a sheet): area, track,
 * reference date, app version, source checksums and the disclosure rule.
 */
import type { Datapakke, TrackId } from '../contract/datapakke';
import { formatDate, formatNumber } from '../text/format';

export const TRACK_NAMES: Record<TrackId, string> = { kol: 'KOL', diabetes: 'Diabetes', angst: 'Angst' };

export interface Provenance {
  area: string;
  areaCode: string;
  track: TrackId;
  trackName: string;
  referenceDate: string;
  generatedAt: string;
  appVersion: string;
  sources: { table: string; files: string[]; rows: number; sha256: string }[];
  disclosureRule: string;
}

export function disclosureRule(pkg: Datapakke): string {
  return pkg.disclosure?.rule ?? `Celler med færre end ${pkg.settings.minCount} observationer er udeladt`;
}

export function provenanceOf(pkg: Datapakke): Provenance {
  return {
    area: pkg.area.name,
    areaCode: pkg.area.code,
    track: pkg.track,
    trackName: TRACK_NAMES[pkg.track],
    referenceDate: pkg.referenceDate,
    generatedAt: pkg.generatedAt,
    appVersion: `${pkg.app.name} ${pkg.app.version}`,
    sources: pkg.sources.map((s) => ({ table: s.table, files: [...s.files], rows: s.rows, sha256: s.sha256 })),
    disclosureRule: disclosureRule(pkg),
  };
}

/** One line for page and slide footers. */
export function provenanceShort(pkg: Datapakke): string {
  return `${pkg.area.name} · ${TRACK_NAMES[pkg.track]} · opgjort ${formatDate(pkg.referenceDate)} · ${pkg.app.name} ${pkg.app.version} · ${disclosureRule(pkg)}`;
}

/** The full record, in Danish, for method pages and properties. */
export function provenanceLines(pkg: Datapakke): string[] {
  return [
    `Område: ${pkg.area.name} (${pkg.area.code})`,
    `Forløb: ${TRACK_NAMES[pkg.track]}`,
    `Opgørelsesdato: ${formatDate(pkg.referenceDate)}`,
    `Dannet: ${pkg.generatedAt}`,
    `Program: ${pkg.app.name} ${pkg.app.version}`,
    `Diskretion: ${disclosureRule(pkg)}${pkg.disclosure ? ` (${formatNumber(pkg.disclosure.suppressedCells, 0)} celler udeladt)` : ''}`,
    ...pkg.sources.map((s) => `Kilde ${s.table}: ${s.files.join(', ')}; ${formatNumber(s.rows, 0)} rækker; SHA-256 ${s.sha256}`),
  ];
}

export function packageTitle(pkg: Datapakke): string {
  return `Datapakke ${TRACK_NAMES[pkg.track]}: ${pkg.area.name}`;
}
