/**
 * XLSX → Arrow IPC (all columns as text), with exceljs, which runs unchanged in Node and the browser.
 * Dates become ISO text so the same date parsing applies as for CSV and Parquet; the first row is the
 * header. Workbooks are small next to registry CSVs, so reading one whole is acceptable here.
 */
import ExcelJS from 'exceljs';
import { Table, Utf8, makeBuilder, tableToIPC, type Vector } from 'apache-arrow';

const pad = (n: number) => String(n).padStart(2, '0');

/** Text of one cell value; dates as ISO (exceljs gives date cells as UTC Date objects). */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const d = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours(),
      m = value.getUTCMinutes(),
      s = value.getUTCSeconds();
    return h || m || s ? `${d} ${pad(h)}:${pad(m)}:${pad(s)}` : d;
  }
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
    return null;
  }
  const text = String(value).trim();
  return text === '' ? null : text;
}

/**
 * A text column as an Arrow vector, null for null. Not `vectorFromArray`: its builder compiles its null
 * test with `new Function`, which the desktop app's CSP forbids (the XLSX worker then fails with an
 * EvalError); this builder gets no null values to compile and a plain null test instead.
 */
function textVector(values: readonly (string | null)[]): Vector<Utf8> {
  const builder = makeBuilder({ type: new Utf8() });
  builder.isValid = (value: string | null | undefined) => value != null;
  for (const value of values) builder.append(value);
  return builder.finish().toVector();
}

/** The named sheet (or the first) as Arrow IPC stream bytes; null when it has no header row. */
export async function xlsxToArrowIpc(bytes: Uint8Array, sheet?: string): Promise<Uint8Array | null> {
  const workbook = new ExcelJS.Workbook();
  // No copy when the bytes own their buffer (a file read whole, or bytes transferred to a worker).
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const buffer = whole ? (bytes.buffer as ArrayBuffer) : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  await workbook.xlsx.load(buffer);
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (sheet && !ws) throw new Error(`arket '${sheet}' findes ikke; arkene hedder ${workbook.worksheets.map((w) => `'${w.name}'`).join(', ')}`);
  if (!ws || ws.rowCount === 0) return null;
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = cellText(cell.value) ?? `column${col - 1}`;
  });
  if (header.length === 0) return null;
  const columns: (string | null)[][] = header.map(() => []);
  // exceljs counts formatted but empty rows at the end; they are not data rows.
  let last = ws.rowCount;
  while (last > 1 && !ws.getRow(last).hasValues) last--;
  for (let r = 2; r <= last; r++) {
    const row = ws.getRow(r);
    header.forEach((_, c) => columns[c]!.push(cellText(row.getCell(c + 1).value)));
  }
  const vectors: Record<string, Vector<Utf8>> = {};
  header.forEach((name, c) => {
    vectors[name] = textVector(columns[c]!);
  });
  return tableToIPC(new Table(vectors), 'stream');
}
