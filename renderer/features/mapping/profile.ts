/**
 * The mapping profile (DATA-CONTRACT.md §2) as far as the renderer writes it, and the comparison of a
 * saved profile with this year's headers. The contract's own types will live in shared/contract
 * (import engineer); this shape is kept identical so a saved profile is accepted by the command line.
 */
export const PROFILE_FORMAT = 'datapakke-profile/1' as const;

export interface CsvDialect {
  delimiter: string;
  decimal: ',' | '.';
  encoding: 'utf-8' | 'latin-1';
  header: true;
  dateFormat?: string;
}

export interface TableMapping {
  file: string;
  csv?: CsvDialect;
  /** canonical column → source column */
  columns: Record<string, string>;
  values?: Record<string, Record<string, string | boolean>>;
}

export interface MappingProfile {
  format: typeof PROFILE_FORMAT;
  name: string;
  tables: Record<string, TableMapping>;
}

export interface ProfileDifference {
  table: string;
  file: string;
  /** Source columns the profile names that this extract lacks. */
  missing: string[];
  /** Columns in this extract the profile does not use but could. */
  added: string[];
  /** The profile's file pattern matched no picked file. */
  fileMissing: boolean;
}

/** A `*`/`?` glob over a file name, case-insensitive (Windows users rename files freely). */
export function globMatches(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(name);
}

/** What differs between a saved profile and the headers of the picked files; empty = apply silently. */
export function compareProfile(
  profile: MappingProfile,
  /** Headers per picked file; null when they are only known once the file is read (Parquet, XLSX). */
  headersByFile: Record<string, string[] | null>,
  /** Which unused headers matter (e.g. a known synonym of a canonical column); default: all. */
  relevant: (table: string, header: string) => boolean = () => true,
): ProfileDifference[] {
  const out: ProfileDifference[] = [];
  for (const [table, mapping] of Object.entries(profile.tables)) {
    const file = Object.keys(headersByFile).find((name) => globMatches(mapping.file, name));
    if (!file) {
      out.push({ table, file: mapping.file, missing: Object.values(mapping.columns), added: [], fileMissing: true });
      continue;
    }
    const headers = headersByFile[file];
    // A Parquet or XLSX file's columns are checked when it is read; here its name is what matches.
    if (headers === null || headers === undefined) continue;
    const used = new Set(Object.values(mapping.columns));
    const missing = [...used].filter((c) => !headers.includes(c));
    const added = headers.filter((h) => !used.has(h) && relevant(table, h));
    if (missing.length > 0 || added.length > 0) out.push({ table, file, missing, added, fileMissing: false });
  }
  return out;
}
