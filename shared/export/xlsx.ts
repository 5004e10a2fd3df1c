/**
 * XLSX: one sheet per indicator (strata, counts, values, intervals, standardised values, suppression
 * marks), a sheet of definitions and sources, and the provenance. Numbers stay numbers; the number
 * formats are locale-neutral codes that Danish Excel shows with decimal comma and thousands dot (and
 * English Excel with decimal point), so they do not depend on the package's language.
 */
import ExcelJS from 'exceljs';
import type { Datapakke, Indicator, InequalitySummary, StratumKey, Unit } from '../contract/datapakke';
import { STRATUM_KEYS } from '../contract/datapakke';
import { packageLang, type Lang } from '../text/format';
import { dimensionLabel } from '../text/labels';
import { stratumLabel } from '../charts/rows';
import { SUPPRESSED_MARK } from '../charts/footnote';
import { inequalityText } from '../charts/header';
import { packageTitle, provenanceLines, trackName } from './provenance';

const DA = {
  unavailable: 'Ikke tilgængelig',
  columns: ['Tæller', 'Nævner', 'Værdi', 'Nedre grænse', 'Øvre grænse', 'Standardiseret', 'Std. nedre', 'Std. øvre', 'Udeladt'],
  total: 'I alt',
  yes: 'Ja',
  no: 'Nej',
  units: { pct: 'procent', per1000: 'pr. 1.000', dkk: 'kroner', count: 'antal' } as Record<Unit, string>,
  legend: (unit: string) => `${SUPPRESSED_MARK} = udeladt pga. få observationer. Værdier i ${unit}.`,
  measuresTitle: 'Ulighedsmål (mindst → mest fordelagtigt stillede gruppe)',
  measuresColumns: [
    'Dimension',
    'Forskel',
    'Forskel nedre',
    'Forskel øvre',
    'Ratio',
    'Ratio nedre',
    'Ratio øvre',
    'SII',
    'SII nedre',
    'SII øvre',
    'RII',
    'RII nedre',
    'RII øvre',
  ],
  measuresNote:
    'SII: hældningsindeks for ulighed (forskel mellem bunden og toppen af rangen ud fra alle grupper, PHE-metoden); RII: relativt ulighedsindeks (det tilsvarende forhold). Udeladt, når en gruppe er udeladt.',
  definitionsSheet: 'Definitioner og kilder',
  definitionsColumns: ['Ark', 'Indikator', 'Definition', 'Tilgængelig', 'Bemærkning'],
  provenance: 'Herkomst',
  keyword: 'datapakke',
};

const TEXTS: Record<Lang, typeof DA> = {
  da: DA,
  en: {
    unavailable: 'Not available',
    columns: ['Numerator', 'Denominator', 'Value', 'Lower limit', 'Upper limit', 'Standardised', 'Std. lower', 'Std. upper', 'Omitted'],
    total: 'Total',
    yes: 'Yes',
    no: 'No',
    units: { pct: 'percent', per1000: 'per 1,000', dkk: 'DKK', count: 'numbers' },
    legend: (unit) => `${SUPPRESSED_MARK} = omitted due to few observations. Values in ${unit}.`,
    measuresTitle: 'Inequality measures (least → most advantaged group)',
    measuresColumns: [
      'Dimension',
      'Difference',
      'Difference lower',
      'Difference upper',
      'Ratio',
      'Ratio lower',
      'Ratio upper',
      'SII',
      'SII lower',
      'SII upper',
      'RII',
      'RII lower',
      'RII upper',
    ],
    measuresNote:
      'SII: slope index of inequality (difference between the bottom and the top of the ranking using every group, PHE method); RII: relative index of inequality (the corresponding ratio). Omitted when a group is omitted.',
    definitionsSheet: 'Definitions and sources',
    definitionsColumns: ['Sheet', 'Indicator', 'Definition', 'Available', 'Note'],
    provenance: 'Provenance',
    keyword: 'data package',
  },
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

function numFmt(indicator: Indicator): string {
  return indicator.unit === 'pct' || indicator.unit === 'per1000' ? '#,##0.0' : '#,##0';
}

/** Excel sheet names: ≤ 31 characters, none of []:*?/\ and unique. */
export function sheetName(id: string, used: Set<string>): string {
  const base = id.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)}_${i}`;
  used.add(name.toLowerCase());
  return name;
}

function indicatorSheet(wb: ExcelJS.Workbook, indicator: Indicator, name: string, lang: Lang): void {
  const t = TEXTS[lang];
  const ws = wb.addWorksheet(name);
  ws.addRow([indicator.title]).font = { bold: true, size: 14 };
  if (indicator.available === false) {
    ws.addRow([`${t.unavailable}: ${indicator.reason ?? ''}`]);
    return;
  }
  if (indicator.keyMessage) ws.addRow([indicator.keyMessage]);
  const ineq = inequalityText(indicator, undefined, lang);
  if (ineq) ws.addRow([ineq]);
  ws.addRow([]);
  const rows = indicator.rows ?? [];
  const keys = STRATUM_KEYS.filter((k) => rows.some((r) => r.strata[k] != null));
  const header = [...keys.map((k) => dimensionLabel(k, lang)), ...t.columns];
  const headerRow = ws.addRow(header);
  headerRow.font = { bold: true };
  headerRow.eachCell((c) => (c.fill = HEADER_FILL));
  const fmt = numFmt(indicator);
  for (const r of rows) {
    const strata = keys.map((k: StratumKey) => (r.strata[k] == null ? t.total : stratumLabel(k, r.strata[k]!, lang)));
    const numbers = r.suppressed
      ? [SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK]
      : [
          r.numerator ?? null,
          r.denominator ?? null,
          r.value,
          r.lower ?? null,
          r.upper ?? null,
          r.standardised?.value ?? null,
          r.standardised?.lower ?? null,
          r.standardised?.upper ?? null,
        ];
    const row = ws.addRow([...strata, ...numbers, r.suppressed ? t.yes : '']);
    numbers.forEach((_, i) => {
      const cell = row.getCell(keys.length + 1 + i);
      cell.numFmt = i < 2 ? '#,##0' : fmt;
      if (r.suppressed) cell.alignment = { horizontal: 'right' };
    });
  }
  ws.columns.forEach((col, i) => (col.width = i < keys.length ? 26 : 14));
  ws.views = [{ state: 'frozen', ySplit: headerRow.number }];
  ws.addRow([]);
  ws.addRow([t.legend(t.units[indicator.unit])]);
  if (indicator.definition) ws.addRow([`Definition: ${indicator.definition}`]);
  measuresTable(ws, indicator, lang);
}

/** The inequality summaries with their intervals as numbers: SII and RII live here (the slides and PDF say it in words). */
function measuresTable(ws: ExcelJS.Worksheet, indicator: Indicator, lang: Lang): void {
  const t = TEXTS[lang];
  const summaries = [indicator.inequality, ...(indicator.inequalities ?? [])].filter((s): s is InequalitySummary => s != null);
  if (summaries.length === 0) return;
  ws.addRow([]);
  ws.addRow([t.measuresTitle]).font = { bold: true };
  const h = ws.addRow(t.measuresColumns);
  h.font = { bold: true };
  h.eachCell((c) => (c.fill = HEADER_FILL));
  const fmt = numFmt(indicator);
  for (const s of summaries) {
    const label = STRATUM_KEYS.includes(s.dimension as StratumKey) ? dimensionLabel(s.dimension as StratumKey, lang) : s.dimension;
    if (s.suppressed) {
      ws.addRow([label, ...t.measuresColumns.slice(1).map(() => SUPPRESSED_MARK)]);
      continue;
    }
    const iv = s.intervals ?? {};
    const values = [
      s.difference,
      iv.difference?.lower,
      iv.difference?.upper,
      s.ratio,
      iv.ratio?.lower,
      iv.ratio?.upper,
      s.sii,
      iv.sii?.lower,
      iv.sii?.upper,
      s.rii,
      iv.rii?.lower,
      iv.rii?.upper,
    ].map((v) => (v == null ? null : v));
    const row = ws.addRow([label, ...values]);
    values.forEach((_, i) => (row.getCell(2 + i).numFmt = i >= 3 && i < 6 ? '0.00' : i >= 9 ? '0.00' : fmt));
  }
  ws.addRow([t.measuresNote]);
}

function definitionsSheet(wb: ExcelJS.Workbook, pkg: Datapakke, names: Map<string, string>): void {
  const t = TEXTS[packageLang(pkg)];
  const ws = wb.addWorksheet(t.definitionsSheet);
  ws.addRow([packageTitle(pkg)]).font = { bold: true, size: 14 };
  ws.addRow([]);
  const h = ws.addRow(t.definitionsColumns);
  h.font = { bold: true };
  h.eachCell((c) => (c.fill = HEADER_FILL));
  for (const section of pkg.sections) {
    for (const ind of section.indicators) {
      ws.addRow([
        names.get(ind.id) ?? '',
        ind.title,
        ind.definition ?? '',
        ind.available === false ? t.no : t.yes,
        ind.available === false ? (ind.reason ?? '') : (ind.notes ?? []).join(' '),
      ]);
    }
  }
  ws.addRow([]);
  ws.addRow([t.provenance]).font = { bold: true };
  for (const line of provenanceLines(pkg)) ws.addRow([line]);
  ws.columns.forEach((col, i) => (col.width = [22, 36, 70, 12, 50][i] ?? 20));
}

export async function buildXlsx(pkg: Datapakke): Promise<Uint8Array> {
  const lang = packageLang(pkg);
  const t = TEXTS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = `${pkg.app.name} ${pkg.app.version}`;
  wb.title = packageTitle(pkg);
  wb.subject = `${trackName(pkg.track, lang)}, ${pkg.area.name}, ${pkg.referenceDate}`;
  wb.keywords = `${t.keyword} ${pkg.track} ${pkg.area.code}`;
  wb.description = provenanceLines(pkg).join('\n');
  wb.created = new Date(pkg.generatedAt);
  wb.modified = new Date(pkg.generatedAt);
  // Reserved up front so no indicator sheet can take the definitions sheet's name.
  const used = new Set<string>([t.definitionsSheet.toLowerCase()]);
  const names = new Map<string, string>();
  for (const section of pkg.sections) for (const ind of section.indicators) names.set(ind.id, sheetName(ind.id, used));
  definitionsSheet(wb, pkg, names);
  for (const section of pkg.sections) for (const ind of section.indicators) indicatorSheet(wb, ind, names.get(ind.id)!, lang);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
