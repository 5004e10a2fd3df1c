/**
 * A saved profile against this year's files: every table and column that still fits is kept as it
 * is (value maps included), what no longer fits is filled from a fresh proposal where one exists,
 * and the differences are listed in short Danish ("ny kolonne", "kolonne mangler").
 */
import { CANONICAL_TABLE_NAMES } from '../contract/canonical';
import type { Profile, TableMapping } from '../contract/profile';
import { matchFiles } from './glob';
import { proposeProfile, type FileHeaders } from './propose';

export type ProfileChangeKind = 'file_missing' | 'column_missing' | 'new_column' | 'new_table';

export interface ProfileChange {
  kind: ProfileChangeKind;
  table: string;
  file: string;
  /** Source column(s) concerned. */
  columns: string[];
  /** Short Danish text, e.g. "kolonne mangler: diagnosetype". */
  text: string;
}

export interface Reconciled {
  profile: Profile;
  changes: ProfileChange[];
}

export function reconcileProfile(saved: Profile, files: readonly FileHeaders[]): Reconciled {
  const fresh = proposeProfile(files, saved.name);
  const profile: Profile = { ...saved, tables: {} };
  const changes: ProfileChange[] = [];
  const names = files.map((f) => f.name);
  const usedFiles = new Set<string>();
  for (const table of CANONICAL_TABLE_NAMES) {
    const mapping = saved.tables[table];
    if (!mapping) continue;
    const file = matchFiles(mapping.file, names)[0];
    if (!file) {
      const proposed = fresh.profile.tables[table];
      changes.push({
        kind: 'file_missing',
        table,
        file: mapping.file,
        columns: [],
        text: `ingen fil passer til ${mapping.file}${proposed ? ` (i stedet: ${proposed.file})` : ''}`,
      });
      if (proposed) {
        profile.tables[table] = { ...proposed, values: { ...mapping.values, ...proposed.values } };
        usedFiles.add(fresh.tables.find((t) => t.table === table)!.file);
      }
      continue;
    }
    usedFiles.add(file);
    const headers = files.find((f) => f.name === file)!.headers;
    // A Parquet or XLSX file's columns are only known once read: its mapping is kept as it is.
    if (!headers) {
      profile.tables[table] = mapping;
      continue;
    }
    const columns: Record<string, string> = {};
    const proposal =
      fresh.tables.find((t) => t.file === file && t.table === table)?.matches ?? fresh.tables.flatMap((t) => (t.table === table ? t.matches : []));
    const replacement = (column: string) => {
      const m = proposal.find((x) => x.column === column);
      return m && headers.includes(m.source) ? m.source : undefined;
    };
    const missing: string[] = [];
    for (const [column, source] of Object.entries(mapping.columns ?? {})) {
      if (headers.includes(source)) columns[column] = source;
      else {
        missing.push(source);
        const r = replacement(column);
        if (r && !Object.values(columns).includes(r)) columns[column] = r;
      }
    }
    const used = new Set([...Object.values(mapping.columns ?? {})]);
    const added = headers.filter((h) => !used.has(h) && proposal.some((m) => m.source === h));
    // A new column fills what the saved profile left empty.
    for (const m of proposal) if (!columns[m.column] && added.includes(m.source) && !Object.values(columns).includes(m.source)) columns[m.column] = m.source;
    const next: TableMapping = { ...mapping, columns };
    if (mapping.values) {
      // Value maps of a column whose source changed follow the canonical column: codes are the same.
      next.values = mapping.values;
    }
    profile.tables[table] = next;
    if (missing.length) changes.push({ kind: 'column_missing', table, file, columns: missing, text: `kolonne mangler: ${missing.join(', ')}` });
    if (added.length) changes.push({ kind: 'new_column', table, file, columns: added, text: `ny kolonne: ${added.join(', ')}` });
  }
  for (const t of fresh.tables) {
    if (profile.tables[t.table] || usedFiles.has(t.file)) continue;
    profile.tables[t.table] = fresh.profile.tables[t.table]!;
    changes.push({ kind: 'new_table', table: t.table, file: t.file, columns: [], text: `ny fil: ${t.file} (${t.table})` });
  }
  return { profile, changes };
}
