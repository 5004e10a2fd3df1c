/**
 * Which rows of an event table some track can use, as a SQL predicate over the canonical columns.
 * The import keeps only these rows in the engine (the validation still reads and counts every row):
 * at region scale most redemptions are of drugs no track looks at, and most outpatient contacts carry
 * diagnoses no track looks at, and holding them cost about a third of duckdb-wasm's memory.
 *
 * Derived from the track definitions, so a new code list widens what is kept by itself. The SQL
 * that reads the tables (interpreter.ts, admissions.ts) must not look at other rows: the test
 * tests/integration/package/kept-rows.test.ts builds every track on all rows and on the kept rows and
 * requires identical packages.
 */
import type { CanonicalTableName } from '../contract/canonical';
import { TRACKS } from './index';
import type { TrackDefinition } from './types';
import { prefixMatch } from './interpreter';

const unique = (xs: string[]) => [...new Set(xs.map((x) => x.toUpperCase()))].sort();

/** Every ATC prefix a case rule of the tracks redeems on. */
export function keptAtcPrefixes(tracks: readonly TrackDefinition[] = Object.values(TRACKS)): string[] {
  return unique(tracks.flatMap((t) => t.caseRules.flatMap((r) => r.prescriptions?.atcPrefixes ?? [])));
}

/** Every ICD-10 prefix a case rule reads: diagnoses, childhood codes, pregnancy endings. */
export function keptDiagnosisPrefixes(tracks: readonly TrackDefinition[] = Object.values(TRACKS)): string[] {
  return unique(
    tracks.flatMap((t) =>
      t.caseRules.flatMap((r) => [
        ...(r.diagnoses?.prefixes ?? []),
        ...(r.diagnoses?.childPrefixes?.prefixes ?? []),
        ...(r.prescriptions?.pregnancy?.endPrefixes ?? []),
      ]),
    ),
  );
}

/**
 * The predicate for a table, or null when every row is kept. Canonical codes are already upper case
 * (shared/import/normalise.ts). Inpatient contacts are all kept: admissions and readmissions count
 * every cause.
 */
export function keptRowsSql(table: CanonicalTableName, tracks: readonly TrackDefinition[] = Object.values(TRACKS)): string | null {
  switch (table) {
    case 'prescriptions':
      return prefixMatch('atc', keptAtcPrefixes(tracks));
    case 'hospital_contacts':
      return `(patient_type = 'indlagt' OR ${prefixMatch('diagnosis_code', keptDiagnosisPrefixes(tracks))})`;
    default:
      return null;
  }
}
