/**
 * Stage 1 of the pipeline: `dp_person`, one row per person who lived at some point in the period
 * (born before the reference date, not dead before the period starts), with age at the reference
 * date, residence in the area, and the social position used for every breakdown.
 * Area membership is by municipality_code (residence at the reference date; the last one for the
 * dead). Income quartiles are cut within the area (quantile_disc: a tie at a cut goes to the lower
 * quartile). Persons outside the area stay in the table (in_area = FALSE) because they may be the
 * parents of children in the area (family perspective); no indicator counts them.
 * The life course is 0-100 (TRACKS.md: `0+` = all ages 0-100), so a resident older than 100 at the
 * reference date is outside every indicator's population as well (in_area = FALSE).
 */
import { sqlString } from '../engine';
import { AGE_BANDS } from '../stats';
import { educationGroupSql, educationRankSql, type EducationGrouping } from './social-position';

export interface PopulationInput {
  referenceDate: string;
  periodFrom: string;
  municipalities: number[];
  grouping: EducationGrouping;
  tables: ReadonlySet<string>;
}

function ageBandSql(age: string): string {
  return `CASE ${AGE_BANDS.map((b, i) => `WHEN ${age} < ${(i + 1) * 5} THEN ${sqlString(b)}`)
    .slice(0, AGE_BANDS.length - 1)
    .join(' ')} ELSE '90+' END`;
}

/** The latest socioeconomic row per person not after the reference year. */
function latestSocioSql(refYear: number): string {
  return `SELECT person_id, education, labour_market, disposable_income, cohabitation FROM socioeconomic
WHERE year <= ${refYear} QUALIFY row_number() OVER (PARTITION BY person_id ORDER BY year DESC) = 1`;
}

/** Two statements: the latest socioeconomic row per person (read three times: own, mother, father), then dp_person. */
/** Age in completed years at a fixed date, by plain arithmetic (cheaper than date_sub per row in wasm). */
export function completedYearsSql(birth: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `(${y} - year(${birth}) - CASE WHEN month(${birth}) * 100 + day(${birth}) > ${m * 100 + d} THEN 1 ELSE 0 END)`;
}

export function personTableSql(input: PopulationInput): string[] {
  const ref = `DATE ${sqlString(input.referenceDate)}`;
  const from = `DATE ${sqlString(input.periodFrom)}`;
  const refYear = Number(input.referenceDate.slice(0, 4));
  const hasSocio = input.tables.has('socioeconomic');
  const socio = hasSocio
    ? latestSocioSql(refYear)
    : `SELECT CAST(NULL AS VARCHAR) AS person_id, CAST(NULL AS VARCHAR) AS education, CAST(NULL AS VARCHAR) AS labour_market, CAST(NULL AS DOUBLE) AS disposable_income, CAST(NULL AS VARCHAR) AS cohabitation WHERE FALSE`;
  const area = input.municipalities.length ? input.municipalities.join(', ') : 'NULL';
  const ownRank = educationRankSql('s.education');
  const parentRank = `greatest(${educationRankSql('sm.education')}, ${educationRankSql('sf.education')})`;
  return [
    `CREATE OR REPLACE TEMP TABLE dp_socio AS ${socio}`,
    `CREATE OR REPLACE TEMP TABLE dp_person AS
WITH b AS (
  SELECT p.person_id, p.sex, CAST(p.birth_date AS DATE) AS birth_date, CAST(p.death_date AS DATE) AS death_date,
    p.mother_id, p.father_id, CAST(p.municipality_code AS INTEGER) AS municipality, p.origin,
    ${completedYearsSql('CAST(p.birth_date AS DATE)', input.referenceDate)} AS age_exact,
    coalesce(p.municipality_code IN (${area}), FALSE)
      AND ${completedYearsSql('CAST(p.birth_date AS DATE)', input.referenceDate)} <= 100 AS in_area,
    (p.death_date IS NULL OR CAST(p.death_date AS DATE) >= ${ref}) AS alive_ref
  FROM persons p
  WHERE CAST(p.birth_date AS DATE) < ${ref} AND (p.death_date IS NULL OR CAST(p.death_date AS DATE) >= ${from})
),
j AS (
  SELECT b.*, least(b.age_exact, 100) AS age, s.labour_market AS lm_raw, s.disposable_income AS income, s.cohabitation AS cohab_raw,
    CASE WHEN b.age_exact >= 30 THEN ${ownRank} ELSE coalesce(${parentRank}, ${ownRank}) END AS edu_rank
  FROM b
  LEFT JOIN dp_socio s ON s.person_id = b.person_id
  LEFT JOIN dp_socio sm ON sm.person_id = b.mother_id
  LEFT JOIN dp_socio sf ON sf.person_id = b.father_id
)
SELECT person_id, sex, birth_date, death_date, mother_id, father_id, municipality, in_area, alive_ref, age_exact, age,
  ${ageBandSql('age')} AS age_band,
  ${educationGroupSql('edu_rank', input.grouping)} AS education,
  coalesce(lm_raw, 'ukendt') AS labour_market, lm_raw,
  CASE WHEN NOT in_area OR income IS NULL THEN 'ukendt'
    WHEN income <= q.c[1] THEN 'Q1' WHEN income <= q.c[2] THEN 'Q2' WHEN income <= q.c[3] THEN 'Q3' ELSE 'Q4' END AS income_quartile,
  coalesce(origin, 'ukendt') AS origin,
  coalesce(cohab_raw, 'ukendt') AS cohabitation
FROM j, (SELECT quantile_disc(income, [0.25, 0.5, 0.75]) AS c FROM j WHERE in_area AND income IS NOT NULL) q`,
  ];
}
