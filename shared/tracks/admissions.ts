/**
 * Admissions (METHODS.md "Periods"): inpatient contacts of the area's residents merged into one
 * admission when they overlap or are at most 4 hours apart. An admission is acute when its first
 * contact is, psychiatric when its first contact is, and a track admission when any of its contacts
 * has an A-diagnosis of the track's rule. Open contacts (no end) end at their start. All persons of
 * dp_person are included, so the region comparison can use the same table.
 */
import type { CaseRule } from './types';
import { prefixMatch } from './interpreter';

export const ADMISSIONS_TABLE = 'dp_adm';

export function admissionsSql(rule: CaseRule): string {
  const prefixes = rule.diagnoses?.prefixes ?? [];
  return `CREATE OR REPLACE TEMP TABLE ${ADMISSIONS_TABLE} AS
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
  coalesce(bool_or(diagnosis_type = 'A' AND ${prefixMatch('code', prefixes)}), FALSE) AS track_a
FROM g GROUP BY person_id, grp`;
}
