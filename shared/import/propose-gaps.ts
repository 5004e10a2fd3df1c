/**
 * When an import may not be called usable although nothing is fatal: a social dimension is entirely
 * unknown (no education at all), or a coded column has values without a translation on more than 5 %
 * of its rows. The app shows these instead of "Data kan bruges" and the command line prints them;
 * both ask the analyst to map the values.
 */
import { CANONICAL_TABLES, isCanonicalTableName } from '../contract/canonical';
import type { Profile } from '../contract/profile';
import type { ValidationReport } from '../contract/validation';
import { formatNumber } from '../text/format';
import { isCodedColumn, UNMAPPED_LIMIT } from './propose-values';

export interface MappingGap {
  kind: 'no_education' | 'unmapped_codes';
  table: string;
  column: string;
  /** The source column the profile maps (as the analyst knows it). */
  source?: string;
  rows?: number;
  unmappedRows?: number;
  message: string;
}

const pct = (x: number) => `${formatNumber(x * 100, x < 0.1 ? 1 : 0)} %`;

export function mappingGaps(report: ValidationReport, profile: Profile): MappingGap[] {
  const gaps: MappingGap[] = [];
  const socio = profile.tables.socioeconomic;
  const surveyEducation = profile.tables.survey?.columns?.education;
  if (!socio?.columns?.education && !surveyEducation && !socio?.lookups?.education) {
    gaps.push({
      kind: 'no_education',
      table: 'socioeconomic',
      column: 'education',
      message: socio
        ? 'Uddannelse er ikke koblet til en kolonne: alle borgere bliver "Ukendt", og der kan ikke vises en social gradient. Vælg kolonnen med højeste uddannelse under Data.'
        : 'Udtrækket har ingen uddannelsesoplysninger (tabellen socioeconomic mangler): alle borgere bliver "Ukendt", og der kan ikke vises en social gradient. Tilføj filen med uddannelse under Data.',
    });
  }
  const unmapped = new Map<string, number>();
  for (const p of report.problems) {
    if ((p.code !== 'unknown_code' && p.code !== 'bad_value') || p.row !== undefined || !p.table || !p.column || !p.count) continue;
    if (!isCanonicalTableName(p.table)) continue;
    const c = CANONICAL_TABLES[p.table].columns.find((x) => x.name === p.column);
    if (!c || !isCodedColumn(c)) continue;
    const key = `${p.table}.${p.column}`;
    unmapped.set(key, (unmapped.get(key) ?? 0) + p.count);
  }
  for (const [key, n] of unmapped) {
    const [table, column] = key.split('.') as [string, string];
    const rows = report.tables[table]?.rows ?? 0;
    if (rows === 0 || n / rows <= UNMAPPED_LIMIT) continue;
    const source = profile.tables[table as keyof Profile['tables']]?.columns?.[column] ?? column;
    gaps.push({
      kind: 'unmapped_codes',
      table,
      column,
      source,
      rows,
      unmappedRows: n,
      message: `${formatNumber(n)} af ${formatNumber(rows)} rækker (${pct(n / rows)}) i ${table} har koder i kolonnen '${source}' (${column}) uden oversættelse. Oversæt koderne under Data (værdioversættelse).`,
    });
  }
  return gaps;
}
