/**
 * The mapping proposal, as the mapping screen asks for it: shared/import/propose.ts decides (headers
 * by folded tokens and register names, each with a score); this file only adapts its shapes.
 */
import { matchColumns, missingRequired, proposeTable, scoreHeader } from '../../../shared/import/propose';
import type { CanonicalTableName } from './canonical-columns';

export { missingRequired, proposeTable };

/** canonical column → source header, for every canonical column the proposal finds. */
export function proposeColumns(table: CanonicalTableName, headers: string[]): Record<string, string> {
  return Object.fromEntries(matchColumns(table, headers).map((m) => [m.column, m.source]));
}

/** How well a chosen source header fits a canonical column, 0-1, or null when it does not resemble it. */
export function columnScore(column: string, source: string): number | null {
  return source ? (scoreHeader(column, source)?.score ?? null) : null;
}
