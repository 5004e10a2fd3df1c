/**
 * Admissions (METHODS.md "Periods"): inpatient contacts of the area's residents merged into one
 * admission when they overlap or are at most 4 hours apart. An admission is acute when its first
 * contact is, psychiatric when its first contact is, and a track admission when any of its contacts
 * has an A-diagnosis of the track's rule. Open contacts (no end) end at their start. All persons of
 * dp_person are included, so the region comparison can use the same table.
 *
 * Two steps: the merge (a window over every inpatient contact) does not depend on the track, so it is
 * built once with the population (ADMISSIONS_BASE_TABLE keeps each admission's A-diagnoses), and each
 * track only marks its own admissions (about 2 s per track at region scale in wasm).
 */
import type { CaseRule } from './types';
import { prefixMatch } from './interpreter';

export const ADMISSIONS_TABLE = 'dp_adm';
export const ADMISSIONS_BASE_TABLE = 'dp_adm_base';

/** The merged admissions of dp_person's residents, with the list of their contacts' A-diagnoses. */
export function admissionsBaseSql(): string {
  return `CREATE OR REPLACE TEMP TABLE ${ADMISSIONS_BASE_TABLE} AS
WITH c AS (
  SELECT h.person_id, CAST(h.start_date AS TIMESTAMP) AS s, CAST(coalesce(h.end_date, h.start_date) AS TIMESTAMP) AS e,
    h.admission_type, h.specialty, upper(h.diagnosis_code) AS code, h.diagnosis_type
  FROM hospital_contacts h JOIN dp_person p ON p.person_id = h.person_id
  WHERE h.patient_type = 'indlagt'
),
o AS (SELECT *, max(e) OVER (PARTITION BY person_id ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end FROM c),
g AS (
  SELECT *, sum(CASE WHEN prev_end IS NULL OR s > prev_end + INTERVAL 4 HOUR THEN 1 ELSE 0 END)
    OVER (PARTITION BY person_id ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS grp
  FROM o
)
SELECT person_id, grp, min(s) AS adm_start, max(e) AS adm_end,
  arg_min(admission_type, s) = 'akut' AS acute,
  arg_min(specialty, s) AS specialty,
  list(code) FILTER (WHERE diagnosis_type = 'A' AND code IS NOT NULL) AS a_codes
FROM g GROUP BY person_id, grp`;
}

/** The track's admissions table: the base with track_a for the rule's diagnoses. */
export function admissionsSql(rule: CaseRule): string {
  const prefixes = rule.diagnoses?.prefixes ?? [];
  return `CREATE OR REPLACE TEMP TABLE ${ADMISSIONS_TABLE} AS
SELECT person_id, grp, adm_start, adm_end, acute, specialty,
  coalesce(len(list_filter(a_codes, x -> ${prefixMatch('x', prefixes)})) > 0, FALSE) AS track_a
FROM ${ADMISSIONS_BASE_TABLE}`;
}
