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

// TextDecoder exists in Node and in browsers; shared/ has neither's types, so declare what is used.
interface TextDecoderLike {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}
declare const TextDecoder: { new (label: string, options?: { fatal?: boolean }): TextDecoderLike };

/**
 * Strict UTF-8: `TextDecoder('utf-8', { fatal: true })`. With `truncated` (a slice of a file) a
 * multi-byte character cut off at the end of the slice is held back by the streaming decoder, not an
 * error; without it the whole input must decode.
 */
function decodeUtf8Strict(bytes: Uint8Array, truncated: boolean): string | null {
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    return truncated ? decoder.decode(bytes, { stream: true }) : decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** True when the bytes are valid UTF-8 (a sequence cut off at the end of the slice is allowed). */
export function isValidUtf8(bytes: Uint8Array, truncated = true): boolean {
  return decodeUtf8Strict(bytes, truncated) !== null;
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** UTF-8 when the bytes decode strictly as UTF-8; Windows-1252 / Latin-1 only when they do not. */
export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: boolean } {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8', bom: true };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'latin-1', bom: false };
}

/**
 * The text of (a slice of) a file in the detected encoding, without a BOM. 'latin-1' is decoded as
 * Windows-1252 (the WHATWG meaning of the label).
 */
export function decodeForSniff(bytes: Uint8Array, encoding: CsvEncoding): string {
  const slice = bytes.subarray(hasUtf8Bom(bytes) ? 3 : 0, Math.min(bytes.length, SNIFF_BYTES));
  if (encoding === 'utf-8') {
    const text = decodeUtf8Strict(slice, true);
    if (text !== null) return text;
  }
  return decodeWindows1252(slice);
}

// 0x80-0x9F in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned and kept as C1 controls).
// By hand because Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 while browsers do not.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 (what Danish Windows exports are; a superset of Latin-1's printable characters). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    s += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
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

/** True when some value has one of the date shapes (so a detected date format is more than the default). */
export function hasDateShape(values: readonly string[]): boolean {
  return values.some((v) => DATE_SHAPES.some(([re]) => re.test(v.trim())));
}

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

/** The first look at a delimited text file: its dialect, headers and a few raw rows. */
export interface CsvPeek {
  dialect: CsvDialect;
  /** False when no sampled value had a date shape: the date format is then only the default. */
  dateDetected: boolean;
  headers: string[];
  /** Up to `rows` rows of raw values, by header. */
  preview: Record<string, string>[];
}

/** Peeks at the first bytes with the same detection the import uses, so app and command line agree. */
export function peekCsv(bytes: Uint8Array, given: CsvSettings = {}, rows = 5): CsvPeek {
  const dialect = detectCsvDialect(bytes, given);
  const lines = sampleLines(decodeForSniff(bytes, detectEncoding(bytes).encoding));
  const fields = lines.map((l) => splitCsvLine(l, dialect.delimiter).map((f) => f.trim()));
  const first = fields[0] ?? [];
  // Without a header DuckDB names the columns column0, column1, …
  const headers = dialect.header ? first : first.map((_, i) => `column${i}`);
  const body = dialect.header ? fields.slice(1) : fields;
  return {
    dialect,
    dateDetected: given.dateFormat !== undefined || hasDateShape(body.flat()),
    headers,
    preview: body.slice(0, rows).map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? '']))),
  };
}

/** The profile's `csv` settings as the app's mapping step records them (the first line is the header). */
export interface HeaderCsvSettings {
  delimiter: string;
  decimal: ',' | '.';
  encoding: CsvEncoding;
  header: true;
  dateFormat?: string;
}

/**
 * The app's data step: the same detection as the import, the first line taken as the header (the app
 * maps columns by name), and the settings it writes into the profile — the date format only when a
 * date was seen, so the command line still detects it on next year's extract.
 */
export function peekCsvWithHeader(bytes: Uint8Array): { csv: HeaderCsvSettings; headers: string[]; preview: Record<string, string>[] } {
  const { dialect, dateDetected, headers, preview } = peekCsv(bytes, { header: true });
  const csv: HeaderCsvSettings = {
    delimiter: dialect.delimiter,
    decimal: dialect.decimal,
    encoding: dialect.encoding,
    header: true,
    ...(dateDetected ? { dateFormat: dialect.dateFormat } : {}),
  };
  return { csv, headers, preview };
}
