/**
 * From picked files to a mapping: peek at each file's headers and first rows (CSV: its first bytes;
 * Parquet and XLSX: in their workers), then either apply the saved
 * profile (when this year's headers match it) or propose one from the headers.
 */
import type { PickedFile } from '../../../shared/platform';
import type { ExtractFile } from '../../app/types';
import { peekCsv } from './sniff';
import { peekParquet, peekXlsx } from '../../platform/extract-access';
import { filePattern } from './picked';
import { compareProfile, PROFILE_FORMAT, type MappingProfile, type ProfileDifference } from '../mapping/profile';
import { proposeColumns, proposeTable } from '../mapping/propose';
import { CANONICAL_TABLES, type CanonicalTableName } from '../mapping/canonical-columns';

const PEEK_BYTES = 64 * 1024;

export async function peekFiles(picked: PickedFile[], read: (file: PickedFile, start: number, end: number) => Promise<Uint8Array>): Promise<ExtractFile[]> {
  return Promise.all(
    picked.map(async (p): Promise<ExtractFile> => {
      if (/\.parquet$/i.test(p.name)) {
        // A browser File is read lazily in the Parquet worker; a desktop grant is read at import.
        if (!(p.handle instanceof Blob)) return { picked: p, peek: null };
        try {
          return { picked: p, peek: await peekParquet(p.handle) };
        } catch {
          return { picked: p, peek: null };
        }
      }
      if (/\.xlsx$/i.test(p.name)) {
        try {
          return { picked: p, peek: await peekXlsx(p.handle instanceof Blob ? p.handle : await read(p, 0, p.size)) };
        } catch {
          return { picked: p, peek: null };
        }
      }
      if (!/\.(csv|txt)$/i.test(p.name)) return { picked: p, peek: null };
      return { picked: p, peek: peekCsv(await read(p, 0, PEEK_BYTES)) };
    }),
  );
}

export function proposeProfile(files: ExtractFile[]): MappingProfile {
  const tables: MappingProfile['tables'] = {};
  // Files whose name says their table come first: a file that only resembles a table by its
  // headers (omkostninger.csv has PNR and AAR, like socioeconomic) must not take it from the file
  // named for it (uddannelse_beskaeftigelse.parquet).
  const named = (f: ExtractFile) => (Object.values(CANONICAL_TABLES).some((t) => t.fileHints.test(f.picked.name)) ? 0 : 1);
  for (const f of [...files].sort((a, b) => named(a) - named(b))) {
    if (!f.peek) continue;
    const table = proposeTable(f.picked.name, f.peek.headers);
    if (!table || tables[table]) continue;
    tables[table] = { file: filePattern(f.picked.name), ...(f.peek.dialect ? { csv: f.peek.dialect } : {}), columns: proposeColumns(table, f.peek.headers) };
  }
  return { format: PROFILE_FORMAT, name: 'Mit udtræk', tables };
}

export interface ProfileChoice {
  profile: MappingProfile;
  /** The saved profile was applied as it is. */
  applied: MappingProfile | null;
  /** The saved profile differs from these files: the analyst decides. */
  differs: { saved: MappingProfile; differences: ProfileDifference[] } | null;
}

export function chooseProfile(files: ExtractFile[], saved: MappingProfile | null): ProfileChoice {
  const proposal = proposeProfile(files);
  if (!saved) return { profile: proposal, applied: null, differs: null };
  const headers = Object.fromEntries(files.map((f) => [f.picked.name, f.peek?.headers ?? null]));
  const differences = compareProfile(saved, headers, (table, header) =>
    table in CANONICAL_TABLES ? Object.values(proposeColumns(table as CanonicalTableName, [header])).length > 0 : false,
  );
  return differences.length === 0 ? { profile: saved, applied: saved, differs: null } : { profile: proposal, applied: null, differs: { saved, differences } };
}
