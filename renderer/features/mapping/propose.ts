/**
 * The mapping proposal from headers: which canonical table a file feeds and which source column
 * fills each canonical column. Pure (no DOM): it belongs in shared/import once that folder is open
 * to the renderer's engineer.
 */
import { CANONICAL_TABLES, type CanonicalTableName } from './canonical-columns';

const normalise = (header: string): string => header.trim().toUpperCase().replace(/[\s-]+/g, '_');

/** The table a file most likely feeds: by file name first, then by how many columns its headers fill. */
export function proposeTable(fileName: string, headers: string[]): CanonicalTableName | null {
  const byName = (Object.keys(CANONICAL_TABLES) as CanonicalTableName[]).find((t) => CANONICAL_TABLES[t].fileHints.test(fileName));
  if (byName) return byName;
  let best: CanonicalTableName | null = null;
  let bestScore = 1;
  for (const table of Object.keys(CANONICAL_TABLES) as CanonicalTableName[]) {
    const score = Object.keys(proposeColumns(table, headers)).length;
    if (score > bestScore) [best, bestScore] = [table, score];
  }
  return best;
}

/** canonical column → source header, for every canonical column a synonym (or its own name) finds. */
export function proposeColumns(table: CanonicalTableName, headers: string[]): Record<string, string> {
  const byNormal = new Map(headers.map((h) => [normalise(h), h]));
  const used = new Set<string>();
  const out: Record<string, string> = {};
  for (const column of CANONICAL_TABLES[table].columns) {
    for (const candidate of [column.name.toUpperCase(), ...column.synonyms]) {
      const header = byNormal.get(candidate);
      if (header && !used.has(header)) {
        out[column.name] = header;
        used.add(header);
        break;
      }
    }
  }
  return out;
}

/** Required canonical columns the mapping leaves empty: these block the import. */
export function missingRequired(table: CanonicalTableName, columns: Record<string, string>): string[] {
  return CANONICAL_TABLES[table].columns.filter((c) => c.required && !columns[c.name]).map((c) => c.name);
}
