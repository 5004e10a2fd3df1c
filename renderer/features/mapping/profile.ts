/**
 * The mapping profile (DATA-CONTRACT.md §2) as far as the renderer writes it. A saved profile is
 * compared with this year's files by shared/import/propose-reconcile.ts. The shape is the contract's
 * (shared/contract/profile.ts), so a saved profile is accepted by the command line.
 */
import { globToRegExp } from '../../../shared/import/glob';

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

/** A profile's `file` glob over a file name, as the import matches it (shared/import/glob.ts). */
export function globMatches(pattern: string, name: string): boolean {
  return globToRegExp(pattern).test(name);
}
