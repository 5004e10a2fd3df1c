/**
 * XLSX: one sheet per indicator (strata, counts, values, intervals, standardised values, suppression
 * marks), a sheet of definitions and sources, and the provenance. Numbers stay numbers; the number
 * formats are locale-neutral codes that Danish Excel shows with decimal comma and thousands dot.
 */
import ExcelJS from 'exceljs';
import type { Datapakke, Indicator, StratumKey } from '../contract/datapakke';
import { STRATUM_KEYS } from '../contract/datapakke';
import { dimensionLabel } from '../text/labels';
import { stratumLabel } from '../charts/rows';
import { SUPPRESSED_MARK } from '../charts/footnote';
import { inequalityText } from '../charts/header';
import { packageTitle, provenanceLines, TRACK_NAMES } from './provenance';

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

function indicatorSheet(wb: ExcelJS.Workbook, indicator: Indicator, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.addRow([indicator.title]).font = { bold: true, size: 14 };
  if (indicator.available === false) {
    ws.addRow([`Ikke tilgængelig: ${indicator.reason ?? ''}`]);
    return;
  }
  if (indicator.keyMessage) ws.addRow([indicator.keyMessage]);
  const ineq = inequalityText(indicator);
  if (ineq) ws.addRow([ineq]);
  ws.addRow([]);
  const rows = indicator.rows ?? [];
  const keys = STRATUM_KEYS.filter((k) => rows.some((r) => r.strata[k] != null));
  const header = [...keys.map((k) => dimensionLabel(k)), 'Tæller', 'Nævner', 'Værdi', 'Nedre grænse', 'Øvre grænse', 'Standardiseret', 'Std. nedre', 'Std. øvre', 'Udeladt'];
  const headerRow = ws.addRow(header);
  headerRow.font = { bold: true };
  headerRow.eachCell((c) => (c.fill = HEADER_FILL));
  const fmt = numFmt(indicator);
  for (const r of rows) {
    const strata = keys.map((k: StratumKey) => (r.strata[k] == null ? 'I alt' : stratumLabel(k, r.strata[k]!)));
    const numbers = r.suppressed
      ? [SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK, SUPPRESSED_MARK]
      : [r.numerator ?? null, r.denominator ?? null, r.value, r.lower ?? null, r.upper ?? null, r.standardised?.value ?? null, r.standardised?.lower ?? null, r.standardised?.upper ?? null];
    const row = ws.addRow([...strata, ...numbers, r.suppressed ? 'Ja' : '']);
    numbers.forEach((_, i) => {
      const cell = row.getCell(keys.length + 1 + i);
      cell.numFmt = i < 2 ? '#,##0' : fmt;
      if (r.suppressed) cell.alignment = { horizontal: 'right' };
    });
  }
  ws.columns.forEach((col, i) => (col.width = i < keys.length ? 26 : 14));
  ws.views = [{ state: 'frozen', ySplit: headerRow.number }];
  ws.addRow([]);
  ws.addRow([`${SUPPRESSED_MARK} = udeladt pga. få observationer. Værdier i ${indicator.unit === 'pct' ? 'procent' : indicator.unit === 'per1000' ? 'pr. 1.000' : indicator.unit === 'dkk' ? 'kroner' : 'antal'}.`]);
  if (indicator.definition) ws.addRow([`Definition: ${indicator.definition}`]);
}

function definitionsSheet(wb: ExcelJS.Workbook, pkg: Datapakke, names: Map<string, string>): void {
  const ws = wb.addWorksheet('Definitioner og kilder');
  ws.addRow([packageTitle(pkg)]).font = { bold: true, size: 14 };
  ws.addRow([]);
  const h = ws.addRow(['Ark', 'Indikator', 'Definition', 'Tilgængelig', 'Bemærkning']);
  h.font = { bold: true };
  h.eachCell((c) => (c.fill = HEADER_FILL));
  for (const section of pkg.sections) {
    for (const ind of section.indicators) {
      ws.addRow([names.get(ind.id) ?? '', ind.title, ind.definition ?? '', ind.available === false ? 'Nej' : 'Ja', ind.available === false ? (ind.reason ?? '') : (ind.notes ?? []).join(' ')]);
    }
  }
  ws.addRow([]);
  ws.addRow(['Herkomst']).font = { bold: true };
  for (const line of provenanceLines(pkg)) ws.addRow([line]);
  ws.columns.forEach((col, i) => (col.width = [22, 36, 70, 12, 50][i] ?? 20));
}

export async function buildXlsx(pkg: Datapakke): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${pkg.app.name} ${pkg.app.version}`;
  wb.title = packageTitle(pkg);
  wb.subject = `${TRACK_NAMES[pkg.track]}, ${pkg.area.name}, ${pkg.referenceDate}`;
  wb.keywords = `datapakke ${pkg.track} ${pkg.area.code}`;
  wb.description = provenanceLines(pkg).join('\n');
  wb.created = new Date(pkg.generatedAt);
  wb.modified = new Date(pkg.generatedAt);
  const used = new Set<string>(['definitioner og kilder']);
  const names = new Map<string, string>();
  for (const section of pkg.sections) for (const ind of section.indicators) names.set(ind.id, sheetName(ind.id, used));
  definitionsSheet(wb, pkg, names);
  for (const section of pkg.sections) for (const ind of section.indicators) indicatorSheet(wb, ind, names.get(ind.id)!);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
