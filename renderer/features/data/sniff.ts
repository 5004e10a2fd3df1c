/**
 * A first look at a CSV file from its first bytes: encoding, delimiter, headers and a few preview
 * rows for the mapping table. Only a proposal — the import checks the dialect over the whole file.
 */
import type { CsvDialect } from '../mapping/profile';

export interface CsvPeek {
  dialect: CsvDialect;
  headers: string[];
  /** Up to five rows of raw values, by header. */
  preview: Record<string, string>[];
}

const DELIMITERS = [';', ',', '\t', '|'];

function decode(bytes: Uint8Array): { text: string; encoding: CsvDialect['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    // A cut in the middle of a multi-byte character at the end of the slice is not Latin-1.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - 3)), encoding: 'utf-8' };
    } catch {
      return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin-1' };
    }
  }
}

/** The delimiter that splits every sampled line into the same number (> 1) of fields. */
function pickDelimiter(lines: string[]): string {
  let best = ';';
  let bestFields = 1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length);
    if (counts.every((c) => c === counts[0]) && counts[0]! > bestFields) [best, bestFields] = [d, counts[0]!];
  }
  return best;
}

export function peekCsv(bytes: Uint8Array): CsvPeek {
  const { text, encoding } = decode(bytes);
  const lines = text.split(/\r?\n/).slice(0, 21);
  // The last line of a slice may be cut off.
  const complete = lines.length > 2 ? lines.slice(0, -1) : lines;
  const delimiter = pickDelimiter(complete.filter((l) => l.length > 0));
  const unquote = (v: string) => v.trim().replace(/^"(.*)"$/, '$1');
  const headers = (complete[0] ?? '').split(delimiter).map(unquote);
  const rows = complete.slice(1).filter((l) => l.length > 0).map((l) => l.split(delimiter).map(unquote));
  const decimal = rows.some((r) => r.some((v) => /^-?\d+,\d+$/.test(v))) ? ',' : '.';
  const dateFormat = rows.some((r) => r.some((v) => /^\d{2}-\d{2}-\d{4}$/.test(v))) ? '%d-%m-%Y' : undefined;
  const preview = rows.slice(0, 5).map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
  return { dialect: { delimiter, decimal, encoding, header: true, ...(dateFormat ? { dateFormat } : {}) }, headers, preview };
}
