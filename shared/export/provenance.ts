/**
 * Provenance carried by every exported file (footer, document properties or a sheet): area, track,
 * reference date, app version, source checksums and the disclosure rule.
 */
import type { Datapakke, TrackId } from '../contract/datapakke';
import { formatDate, formatNumber, packageLang, type Lang } from '../text/format';

/** Danish track names (the product language); `trackName` gives them per language. */
export const TRACK_NAMES: Record<TrackId, string> = { kol: 'KOL', diabetes: 'Diabetes', angst: 'Angst' };
const TRACK_NAMES_EN: Record<TrackId, string> = { kol: 'COPD', diabetes: 'Diabetes', angst: 'Anxiety' };

export function trackName(track: TrackId, lang: Lang = 'da'): string {
  return (lang === 'da' ? TRACK_NAMES : TRACK_NAMES_EN)[track];
}

const DA = {
  disclosure: (minCount: number) => `Celler med færre end ${minCount} observationer er udeladt`,
  asOf: 'opgjort',
  area: 'Område',
  track: 'Forløb',
  referenceDate: 'Opgørelsesdato',
  generated: 'Dannet',
  app: 'Program',
  disclosureLabel: 'Diskretion',
  cellsOmitted: (n: string) => `${n} celler udeladt`,
  cellsOmittedSplit: (n: string, primary: string, secondary: string) =>
    `${n} celler udeladt: ${primary} fordi de er små, ${secondary} så de små ikke kan regnes ud`,
  linked: (areas: string) => `Beskyttet sammen med alle områder fra samme udtræk: ${areas}`,
  source: (table: string, files: string, rows: string) => `Kilde ${table}: ${files}; ${rows} rækker`,
  packageTitle: (track: string, area: string) => `Datapakke ${track}: ${area}`,
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    disclosure: (minCount) => `Cells with fewer than ${minCount} observations are omitted`,
    asOf: 'as of',
    area: 'Area',
    track: 'Track',
    referenceDate: 'Reference date',
    generated: 'Generated',
    app: 'Program',
    disclosureLabel: 'Disclosure control',
    cellsOmitted: (n) => `${n} cells omitted`,
    cellsOmittedSplit: (n, primary, secondary) =>
      `${n} cells omitted: ${primary} because they are small, ${secondary} so that the small ones cannot be worked out`,
    linked: (areas) => `Protected together with every area from the same extract: ${areas}`,
    source: (table, files, rows) => `Source ${table}: ${files}; ${rows} rows`,
    packageTitle: (track, area) => `Data package ${track}: ${area}`,
  },
};

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
  return pkg.disclosure?.rule ?? TEXTS[packageLang(pkg)].disclosure(pkg.settings.minCount);
}

export function provenanceOf(pkg: Datapakke): Provenance {
  return {
    area: pkg.area.name,
    areaCode: pkg.area.code,
    track: pkg.track,
    trackName: trackName(pkg.track, packageLang(pkg)),
    referenceDate: pkg.referenceDate,
    generatedAt: pkg.generatedAt,
    appVersion: `${pkg.app.name} ${pkg.app.version}`,
    sources: pkg.sources.map((s) => ({ table: s.table, files: [...s.files], rows: s.rows, sha256: s.sha256 })),
    disclosureRule: disclosureRule(pkg),
  };
}

/** One line for page and slide footers. */
export function provenanceShort(pkg: Datapakke): string {
  const lang = packageLang(pkg);
  // The short line (page footers, document properties) names the rule only; the full text is in the method pages.
  return `${pkg.area.name} · ${trackName(pkg.track, lang)} · ${TEXTS[lang].asOf} ${formatDate(pkg.referenceDate, lang)} · ${pkg.app.name} ${pkg.app.version} · ${TEXTS[lang].disclosure(pkg.settings.minCount)}`;
}

/** The full record, in the package's language, for method pages and properties. */
export function provenanceLines(pkg: Datapakke): string[] {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  return [
    `${t.area}: ${pkg.area.name} (${pkg.area.code})`,
    `${t.track}: ${trackName(pkg.track, lang)}`,
    `${t.referenceDate}: ${formatDate(pkg.referenceDate, lang)}`,
    `${t.generated}: ${pkg.generatedAt}`,
    `${t.app}: ${pkg.app.name} ${pkg.app.version}`,
    `${t.disclosureLabel}: ${disclosureRule(pkg)}${pkg.disclosure ? ` (${omitted(pkg.disclosure, lang)})` : ''}`,
    ...(pkg.disclosure?.linkedAreas?.length ? [t.linked(pkg.disclosure.linkedAreas.join(', '))] : []),
    ...pkg.sources.map((s) => `${t.source(s.table, s.files.join(', '), formatNumber(s.rows, 0, lang))}; SHA-256 ${s.sha256}`),
  ];
}

function omitted(d: NonNullable<Datapakke['disclosure']>, lang: Lang): string {
  const t = TEXTS[lang];
  const n = (x: number) => formatNumber(x, 0, lang);
  return d.primaryCells !== undefined && d.secondaryCells !== undefined
    ? t.cellsOmittedSplit(n(d.suppressedCells), n(d.primaryCells), n(d.secondaryCells))
    : t.cellsOmitted(n(d.suppressedCells));
}

export function packageTitle(pkg: Datapakke): string {
  return TEXTS[packageLang(pkg)].packageTitle(trackName(pkg.track, packageLang(pkg)), pkg.area.name);
}
