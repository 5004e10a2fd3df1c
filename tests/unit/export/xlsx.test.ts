import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx, sheetName } from '../../../shared/export/xlsx';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const pkg = samplePackage('diabetes');

async function readBack(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildXlsx(pkg)) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('XLSX export', () => {
  it('has a definitions sheet and one sheet per indicator', async () => {
    const wb = await readBack();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Definitioner og kilder', 'diabetes.prevalence', 'diabetes.hba1c_measured', 'diabetes.foot_exam']);
    expect(wb.title).toBe('Datapakke Diabetes: Horsens-klyngen');
    expect(wb.description).toContain('SHA-256 ' + 'a'.repeat(64));
  });

  it('writes numbers as numbers with a Danish-displayed format, and "–" for suppressed cells', async () => {
    const wb = await readBack();
    const ws = wb.getWorksheet('diabetes.prevalence')!;
    const header = ws.getRow(5).values as unknown[];
    const valueCol = header.indexOf('Værdi');
    expect(valueCol).toBeGreaterThan(0);
    const total = pkg.sections[0]!.indicators[0]!.rows![0]!;
    const first = ws.getRow(6);
    expect(first.getCell(valueCol).value).toBe(total.suppressed ? '–' : total.value);
    expect(typeof first.getCell(valueCol).value).toBe('number');
    expect(first.getCell(valueCol).numFmt).toBe('#,##0.0');
    expect(first.getCell(header.indexOf('Nævner')).numFmt).toBe('#,##0');
    const rows = pkg.sections[0]!.indicators[0]!.rows!;
    const suppressedIndex = rows.findIndex((r) => r.suppressed);
    expect(suppressedIndex).toBeGreaterThan(0);
    const sup = ws.getRow(6 + suppressedIndex);
    expect(sup.getCell(valueCol).value).toBe('–');
    expect(sup.getCell(header.indexOf('Udeladt')).value).toBe('Ja');
  });

  it('says why an unavailable indicator is empty', async () => {
    const ws = (await readBack()).getWorksheet('diabetes.foot_exam')!;
    expect(String(ws.getRow(2).getCell(1).value)).toContain('Ikke tilgængelig: Tabellen "ydelser" findes ikke');
  });

  it('sheet names obey Excel rules and stay unique', () => {
    const used = new Set<string>();
    expect(sheetName('a'.repeat(40), used)).toHaveLength(31);
    expect(sheetName('a'.repeat(40), used)).toBe(`${'a'.repeat(28)}_2`);
    expect(sheetName('x/y:z', used)).toBe('x_y_z');
  });
});
