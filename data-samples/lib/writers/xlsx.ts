/**
 * XLSX via exceljs, re-zipped with fixed timestamps: exceljs stamps the current time into the zip
 * entries, which would break "same seed → same bytes".
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

export interface XlsxColumn {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
}

const FIXED_TIME = new Date(Date.UTC(2024, 0, 15, 12, 0, 0));

export async function writeXlsx(path: string, sheetName: string, columns: XlsxColumn[], rows: Record<string, string | number | Date | null>[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kommunal sundhed (syntetisk)';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  const buffer = new Uint8Array(await wb.xlsx.writeBuffer());
  const entries = unzipSync(buffer);
  const fixed: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const name of Object.keys(entries)) fixed[name] = [entries[name]!, { mtime: FIXED_TIME, level: 6 }];
  writeFileSync(path, zipSync(fixed));
}
