/**
 * The mapping profile (DATA-CONTRACT.md §2) as far as the renderer writes it. A saved profile is
 * compared with this year's files by shared/import/propose-reconcile.ts. These types are a narrower
 * copy of the contract's (shared/contract/profile.ts): no `sheet` or `lookups`, which the mapping
 * screen does not write, and a complete CSV dialect. The `_writesContract…` lines below make the
 * compiler prove that every profile written here is a contract profile, so the command line accepts it.
 */
import type { Profile, TableMapping as ContractTableMapping } from '../../../shared/contract/profile';
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

// The compile-time link to the contract: these fail to compile if the shapes drift apart (the table
// is checked on its own, since a string-keyed record passes for the contract's optional table names).
const _writesContractProfile: MappingProfile extends Profile ? true : never = true;
const _writesContractTable: TableMapping extends ContractTableMapping ? true : never = true;
