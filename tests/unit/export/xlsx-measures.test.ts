import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../../shared/export/xlsx';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

describe('XLSX keeps SII and RII (the slides and PDF say the inequality in words)', () => {
  it('writes the inequality measures as numbers under each indicator', async () => {
    const pkg = samplePackage('kol');
    const ind = pkg.sections[0]!.indicators[0]!;
    const summary = ind.inequality as { difference: number; ratio: number; sii: number; rii: number };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildXlsx(pkg)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(ind.id)!;
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'Dimension' && row.getCell(8).value === 'SII') header = n;
    });
    expect(header).toBeGreaterThan(0);
    expect(ws.getRow(header).values).toEqual([
      undefined,
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
    ]);
    const row = ws.getRow(header + 1);
    expect(row.getCell(1).value).toBe('Uddannelse');
    expect(row.getCell(2).value).toBe(summary.difference);
    expect(row.getCell(5).value).toBe(summary.ratio);
    expect(row.getCell(8).value).toBe(summary.sii);
    expect(row.getCell(11).value).toBe(summary.rii);
    expect(String(ws.getRow(header + 2).getCell(1).value)).toMatch(/^SII: hældningsindeks for ulighed/);
  });
});
