import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One row of a golden CSV: field name → raw text ('' = NA). */
export type Row = Record<string, string>;

const DIR = fileURLToPath(new URL('../../golden/reference/', import.meta.url));

/** Reads tests/golden/reference/<name> (RFC 4180 quoting, as the files are written). */
export function readGolden(name: string): Row[] {
  const lines = parseCsv(readFileSync(DIR + name, 'utf8'));
  const [header, ...rows] = lines;
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** '95%' → 0.95, '99.8%' → 0.998, '98' → 0.98. */
export function confidenceOf(text: string): number {
  return Number(text.replace('%', '')) / 100;
}

export const num = (text: string | undefined): number => Number(text);
export const isNA = (text: string | undefined): boolean => text === undefined || text === '';

/** Relative difference, with an absolute floor for values at 0. */
export function relDiff(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}
