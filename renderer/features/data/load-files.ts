/**
 * From picked files to a mapping: peek at each file's headers and first rows (CSV: its first bytes;
 * Parquet and XLSX: in their workers), then either apply the saved
 * profile (when this year's headers match it) or propose one from the headers.
 */
import type { PickedFile } from '../../../shared/platform';
import type { ExtractFile, FilePeek } from '../../app/types';
import { peekCsvWithHeader } from '../../../shared/import/csv-dialect';
import { maskRow } from '../../../shared/privacy/mask';
import { peekParquet, peekXlsx } from '../../platform/extract-access';
import type { MappingProfile } from '../mapping/profile';
import { isProfileFile, proposeProfile as proposeFromHeaders } from '../../../shared/import/propose';
import { reconcileProfile, type ProfileChange } from '../../../shared/import/propose-reconcile';
import type { Profile } from '../../../shared/contract/profile';

const PEEK_BYTES = 64 * 1024;

export async function peekFiles(picked: PickedFile[], read: (file: PickedFile, start: number, end: number) => Promise<Uint8Array>): Promise<ExtractFile[]> {
  const files = await Promise.all(
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
      // Any delimited text: .csv, .tsv, .txt or no extension at all (the dialect check finds the delimiter).
      if (!isDelimitedText(p.name)) return { picked: p, peek: null };
      return { picked: p, peek: csvPeek(await read(p, 0, PEEK_BYTES)) };
    }),
  );
  // No CPR number on screen: preview values are masked here, before any step shows them.
  return files.map((f) => (f.peek ? { ...f, peek: { ...f.peek, preview: f.peek.preview.map(maskRow) } } : f));
}

/** The import's own dialect check (shared/import/csv-dialect.ts), as the profile records it. */
function csvPeek(bytes: Uint8Array): FilePeek {
  const { csv, headers, preview } = peekCsvWithHeader(bytes);
  return { dialect: csv, headers, preview };
}

/** `.csv`, `.tsv`, `.txt`, or a name without an extension (`LPR_ADM`), read by the dialect check. */
export function isDelimitedText(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return /\.(csv|tsv|txt)$/i.test(base) || !base.includes('.');
}

/** Splits picked files into data files and saved profiles (`*.profile.json`), which are never data. */
export function splitPicked(picked: PickedFile[]): { data: PickedFile[]; profiles: PickedFile[] } {
  return { data: picked.filter((p) => !isProfileFile(p.name) && !/\.json$/i.test(p.name)), profiles: picked.filter((p) => /\.json$/i.test(p.name)) };
}

const headersOf = (files: ExtractFile[]) =>
  files.map((f) => ({ name: f.picked.name, headers: f.peek?.headers ?? null, ...(f.peek?.dialect ? { csv: f.peek.dialect } : {}) }));

export function proposeProfile(files: ExtractFile[]): MappingProfile {
  return proposeFromHeaders(headersOf(files)).profile as MappingProfile;
}

export interface ProfileChoice {
  profile: MappingProfile;
  /** The saved profile was applied as it is. */
  applied: MappingProfile | null;
  /** The saved profile differs from these files: what still fits is kept, the rest listed. */
  differs: { saved: MappingProfile; changes: ProfileChange[] } | null;
}

export function chooseProfile(files: ExtractFile[], savedProfile: MappingProfile | null): ProfileChoice {
  if (!savedProfile) return { profile: proposeProfile(files), applied: null, differs: null };
  // A profile written by hand may leave out "columns" (canonical names are then used as they are).
  const saved: MappingProfile = {
    ...savedProfile,
    name: savedProfile.name ?? 'Min profil',
    tables: Object.fromEntries(Object.entries(savedProfile.tables).map(([t, m]) => [t, { ...m, columns: m.columns ?? {} }])),
  };
  const { profile, changes } = reconcileProfile(saved as Profile, headersOf(files));
  return changes.length === 0
    ? { profile: saved, applied: saved, differs: null }
    : { profile: profile as MappingProfile, applied: null, differs: { saved, changes } };
}
