/**
 * The mapping proposal from file names and headers, for the app and `datapakke propose`: which
 * canonical table a file feeds and which source column fills each canonical column, each with a
 * score (0-1) and why. Headers are compared as folded tokens (case, æøå → ae/oe/aa, `_`/space/`-`
 * and camelCase as separators) against the register names and words of propose-headers.ts and the
 * contract's COLUMN_SYNONYMS. Pure: no I/O.
 */
import { CANONICAL_TABLE_NAMES, CANONICAL_TABLES, COLUMN_SYNONYMS, type CanonicalTableName } from '../contract/canonical';
import { PROFILE_FORMAT, type CsvSettings, type Profile, type TableMapping } from '../contract/profile';
import { HEADER_PATTERNS } from './propose-headers';
import { globToRegExp } from './glob';

/** A score at or above this is "sikker": the column is used without asking. */
export const CONFIDENT = 0.85;
/** Below this a match is not proposed at all. */
export const MIN_SCORE = 0.5;

export type MatchReason = 'name' | 'register' | 'words' | 'contains' | 'inside';

export interface ColumnMatch {
  column: string;
  source: string;
  score: number;
  reason: MatchReason;
}

/** Lower case, Danish letters as their two-letter spellings, other accents dropped. */
export function foldText(text: string): string {
  return text
    .replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1 $2')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** `FOED_DATO`, `Foed-dato`, `foedDato` → ['foed', 'dato']. */
export function headerTokens(header: string): string[] {
  return foldText(header.trim())
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const compact = (tokens: readonly string[]) => tokens.join('');

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((t, k) => tokens[i + k] === t)) return true;
  return false;
}

/** Register names per canonical column: propose-headers.ts and the contract's synonyms, folded. */
const NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Set([...Object.keys(HEADER_PATTERNS), ...Object.keys(COLUMN_SYNONYMS)])].map((column) => [
    column,
    [...new Set([column, ...(HEADER_PATTERNS[column]?.names ?? []), ...(COLUMN_SYNONYMS[column] ?? [])].map((n) => compact(headerTokens(n))))],
  ]),
);

/** How well one header fits one canonical column; null below MIN_SCORE. */
export function scoreHeader(column: string, header: string): { score: number; reason: MatchReason } | null {
  const tokens = headerTokens(header);
  if (tokens.length === 0) return null;
  const joined = compact(tokens);
  if (joined === compact(headerTokens(column))) return { score: 1, reason: 'name' };
  if (NAMES.get(column)?.includes(joined)) return { score: 0.98, reason: 'register' };
  let best: { score: number; reason: MatchReason } | null = null;
  const consider = (score: number, reason: MatchReason) => {
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { score, reason };
  };
  for (const words of HEADER_PATTERNS[column]?.words ?? []) {
    const w = compact(words);
    // One short word alone (kom, udd, spec) says less than two words together.
    const weight = words.length > 1 || w.length >= 6 ? 1 : 0.95;
    if (joined === w) consider(0.92 * weight, 'words');
    else if (containsRun(tokens, words)) consider((0.8 - 0.05 * (tokens.length - words.length)) * weight, 'contains');
    else if (w.length >= 4 && joined.includes(w)) consider((0.7 - 0.02 * (joined.length - w.length)) * weight, 'inside');
  }
  return best;
}

/** canonical column → best source header, each header used once, best scores first. */
export function matchColumns(table: CanonicalTableName, headers: readonly string[]): ColumnMatch[] {
  const columns = CANONICAL_TABLES[table].columns.map((c) => c.name);
  const candidates: (ColumnMatch & { order: number })[] = [];
  columns.forEach((column, ci) => {
    headers.forEach((source, hi) => {
      const s = scoreHeader(column, source);
      if (s) candidates.push({ column, source, ...s, order: ci * 1000 + hi });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const usedColumns = new Set<string>();
  const usedHeaders = new Set<string>();
  const out: ColumnMatch[] = [];
  for (const c of candidates) {
    if (usedColumns.has(c.column) || usedHeaders.has(c.source)) continue;
    usedColumns.add(c.column);
    usedHeaders.add(c.source);
    out.push({ column: c.column, source: c.source, score: Math.round(c.score * 100) / 100, reason: c.reason });
  }
  return columns.flatMap((name) => out.filter((m) => m.column === name));
}

/** Required canonical columns a mapping leaves empty: these block the import. */
export function missingRequired(table: CanonicalTableName, columns: Readonly<Record<string, string>>): string[] {
  return CANONICAL_TABLES[table].columns.filter((c) => c.required && !columns[c.name]).map((c) => c.name);
}

/** How well a file fits a table: its name, then the summed scores of its columns. */
function tableFit(table: CanonicalTableName, fileName: string, headers: readonly string[]): number {
  const matches = matchColumns(table, headers);
  const required = CANONICAL_TABLES[table].columns.filter((c) => c.required).map((c) => c.name);
  const requiredFound = required.filter((r) => matches.some((m) => m.column === r)).length;
  const byName = CANONICAL_TABLES[table].fileHints.test(fileName) ? 2 : 0;
  // A file that fills none of a table's own columns beyond a person key is not that table.
  const own = matches.filter((m) => m.column !== 'person_id' && m.column !== 'year').reduce((s, m) => s + m.score, 0);
  return own === 0 && byName === 0 ? 0 : byName + own + requiredFound / Math.max(1, required.length);
}

/** The table a file most likely feeds, or null. */
export function proposeTable(fileName: string, headers: readonly string[]): CanonicalTableName | null {
  let best: CanonicalTableName | null = null;
  let bestFit = 0.9;
  for (const table of CANONICAL_TABLE_NAMES) {
    const fit = tableFit(table, fileName, headers);
    if (fit > bestFit) [best, bestFit] = [table, fit];
  }
  return best;
}

/** `befolkning_2024.csv` → `befolkning_*.csv`, so next year's extract matches the saved profile. */
export function filePattern(name: string): string {
  return name.replace(/\d{4}/g, '*');
}

/** A file as the proposal sees it: its name, headers, and (CSV) the dialect found. */
export interface FileHeaders {
  name: string;
  headers: readonly string[] | null;
  csv?: CsvSettings;
}

export interface TableProposal {
  table: CanonicalTableName;
  file: string;
  matches: ColumnMatch[];
  /** Required columns nothing matched. */
  missing: string[];
  /** Headers that fill no column. */
  unused: string[];
}

export interface ProfileProposal {
  profile: Profile;
  tables: TableProposal[];
  /** Files that fit no table (or whose table another file already fills). */
  unusedFiles: string[];
}

/** Data files, not profiles or notes: what the picker and the folder listing hand to the proposal. */
export function isProfileFile(name: string): boolean {
  return /\.profile\.json$/i.test(name);
}

/** The whole proposal: each table from the file that fits it best. */
export function proposeProfile(files: readonly FileHeaders[], name = 'Mit udtræk'): ProfileProposal {
  const scored = files
    .filter((f) => f.headers && !isProfileFile(f.name))
    .flatMap((f) => CANONICAL_TABLE_NAMES.map((table) => ({ f, table, fit: tableFit(table, f.name, f.headers!) })))
    .filter((x) => x.fit > 0.9)
    .sort((a, b) => b.fit - a.fit);
  const taken = new Map<CanonicalTableName, FileHeaders>();
  const usedFiles = new Set<string>();
  for (const s of scored) {
    if (taken.has(s.table) || usedFiles.has(s.f.name)) continue;
    taken.set(s.table, s.f);
    usedFiles.add(s.f.name);
  }
  const tables: TableProposal[] = [];
  const profile: Profile = { format: PROFILE_FORMAT, name, tables: {} };
  for (const table of CANONICAL_TABLE_NAMES) {
    const f = taken.get(table);
    if (!f) continue;
    const matches = matchColumns(table, f.headers!);
    const columns = Object.fromEntries(matches.map((m) => [m.column, m.source]));
    const mapping: TableMapping = { file: filePattern(f.name), ...(f.csv ? { csv: f.csv } : {}), columns };
    profile.tables[table] = mapping;
    tables.push({
      table,
      file: f.name,
      matches,
      missing: missingRequired(table, columns),
      unused: f.headers!.filter((h) => !matches.some((m) => m.source === h)),
    });
  }
  // Files of one table split by period (lpr_2014_2018.csv, lpr_2019_2024.csv) share its pattern: read as one.
  const patterns = Object.values(profile.tables).map((m) => globToRegExp(m!.file));
  return { profile, tables, unusedFiles: files.filter((f) => !usedFiles.has(f.name) && !patterns.some((re) => re.test(f.name))).map((f) => f.name) };
}

/** The score of an existing mapping's column (a saved profile's or the analyst's choice). */
export function mappingScore(column: string, source: string | undefined): number | null {
  if (!source) return null;
  return scoreHeader(column, source)?.score ?? null;
}
