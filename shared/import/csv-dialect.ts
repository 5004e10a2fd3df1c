/**
 * CSV dialect detection over the first bytes of a file, in pure code: DuckDB's sniffer is only a
 * suggestion (it misses decimal commas and silently mis-picks delimiters, TECH-NOTES). The whole file
 * is then checked in SQL (ragged rows) by the reader.
 */
import type { CsvSettings } from '../contract/profile';

export type CsvEncoding = 'utf-8' | 'latin-1';

export interface CsvDialect {
  delimiter: string;
  decimal: ',' | '.';
  encoding: CsvEncoding;
  bom: boolean;
  header: boolean;
  dateFormat: string;
}

export const SNIFF_BYTES = 64 * 1024;
const DELIMITERS = [';', ',', '\t', '|'];

/** True when the bytes are valid UTF-8 (a sequence cut off at the end of the slice is allowed). */
export function isValidUtf8(bytes: Uint8Array, truncated = true): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return false;
    if (i + need >= bytes.length && need > 0) return truncated;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: boolean } {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8', bom: true };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'latin-1', bom: false };
}

/** Decodes without TextDecoder (shared/ has neither DOM nor Node types). Sniffing only needs ASCII shapes. */
export function decodeForSniff(bytes: Uint8Array, encoding: CsvEncoding): string {
  let s = '';
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = hasUtf8Bom(bytes) ? 3 : 0; i < n; i++) {
    const b = bytes[i]!;
    // Multi-byte UTF-8 characters become one placeholder per byte: never a delimiter or digit.
    s += b < 0x80 || encoding === 'latin-1' ? String.fromCharCode(b) : '\u00bf';
  }
  return s;
}

/** Splits one line on a delimiter, honouring double quotes. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function sampleLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1) lines.pop(); // the last line of a slice may be cut off
  return lines.filter((l) => l.trim() !== '').slice(0, 200);
}

export function detectDelimiter(lines: readonly string[]): string {
  let best = ';';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => splitCsvLine(l, d).length - 1);
    if (counts.length === 0 || counts[0] === 0) continue;
    const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
    const score = consistent * 1000 + counts[0]!;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const COMMA_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const DATE_SHAPES: [RegExp, string][] = [
  [/^\d{1,2}-\d{1,2}-\d{4}(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/, '%d-%m-%Y'],
  [/^\d{1,2}\.\d{1,2}\.\d{4}(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/, '%d.%m.%Y'],
  [/^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/, '%Y-%m-%d'],
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, '%d/%m/%Y'],
];

export function detectDateFormat(values: readonly string[]): string {
  const votes = new Map<string, number>();
  for (const v of values) {
    const shape = DATE_SHAPES.find(([re]) => re.test(v.trim()));
    if (shape) votes.set(shape[1], (votes.get(shape[1]) ?? 0) + 1);
  }
  let best = '%Y-%m-%d';
  let n = 0;
  for (const [fmt, c] of votes) if (c > n) [best, n] = [fmt, c];
  return best;
}

/** Detects the dialect; any setting the profile gives wins over detection. */
export function detectCsvDialect(bytes: Uint8Array, given: CsvSettings = {}): CsvDialect {
  const enc = detectEncoding(bytes);
  const lines = sampleLines(decodeForSniff(bytes, enc.encoding));
  const delimiter = given.delimiter ?? detectDelimiter(lines);
  const rows = lines.map((l) => splitCsvLine(l, delimiter).map((f) => f.trim()));
  const first = rows[0] ?? [];
  const looksLikeData = first.length > 0 && first.every((f) => f === '' || /^[-\d.,:/ T]+$/.test(f));
  const header = given.header ?? !looksLikeData;
  const body = header ? rows.slice(1) : rows;
  const fields = body.flat();
  const decimal = given.decimal ?? (delimiter !== ',' && fields.some((f) => COMMA_NUMBER.test(f)) ? ',' : '.');
  const encoding = normaliseEncodingName(given.encoding) ?? enc.encoding;
  return { delimiter, decimal, encoding, bom: enc.bom, header, dateFormat: given.dateFormat ?? detectDateFormat(fields) };
}

/** Profile spellings → the two encodings DuckDB reads. Windows-1252 is read as Latin-1. */
export function normaliseEncodingName(name: string | undefined): CsvEncoding | undefined {
  if (!name) return undefined;
  const n = name.toLowerCase().replace(/[_\s]/g, '-');
  if (['utf-8', 'utf8', 'utf-8-bom', 'utf-8-sig'].includes(n)) return 'utf-8';
  if (['latin-1', 'latin1', 'iso-8859-1', 'windows-1252', 'cp1252', 'win-1252'].includes(n)) return 'latin-1';
  return undefined;
}
