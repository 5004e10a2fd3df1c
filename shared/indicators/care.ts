/** Care and outcome families: acute admissions, readmissions, uptake of municipal offers, employment, cost. */
import { sqlString } from '../engine';
import { ADMISSIONS_TABLE } from '../tracks/admissions';
import { dateSql, defaultQueryShape, personStrata, residents, type FamilyBuilder, type FamilyContext } from './types';

function caseJoin(ctx: FamilyContext): { join: string; condition: string } {
  const type = ctx.def.params?.diabetesType;
  return {
    join: `JOIN ${ctx.caseTable(ctx.def.caseRule ?? ctx.track.mainRule, 'ref')} c ON c.person_id = p.person_id`,
    condition: type ? ` AND c.diabetes_type = '${type}'` : '',
  };
}

/** Acute track admissions starting in the period per 1,000 people with the disease (denominator: persons). */
export const acuteAdmissions: FamilyBuilder = (ctx) => {
  const { join, condition } = caseJoin(ctx);
  return {
    kind: 'rate',
    ...defaultQueryShape(ctx),
    series: [{}],
    unitSql: `SELECT ${personStrata('p')}, coalesce(a.n, 0) AS n0, 1 AS py0, 1 AS d0
FROM dp_person p ${join}
LEFT JOIN (SELECT person_id, count(*) AS n FROM ${ADMISSIONS_TABLE}
  WHERE acute AND track_a AND CAST(adm_start AS DATE) >= ${dateSql(ctx.periodFrom)} AND CAST(adm_start AS DATE) < ${dateSql(ctx.referenceDate)}
  GROUP BY person_id) a ON a.person_id = p.person_id
WHERE ${residents('p', ctx)}${condition}`,
  };
};

/** Track admissions discharged in the period; readmitted = an acute admission starting 0-30 days after discharge. */
export const readmissions: FamilyBuilder = (ctx) => {
  const specialty = ctx.def.params?.readmissionSpecialty;
  const spec = specialty ? ` AND r.specialty = ${sqlString(specialty)}` : '';
  return {
    kind: 'proportion',
    ...defaultQueryShape(ctx),
    series: [{}],
    notes: [{ da: 'Enheden er indlæggelser, ikke personer.', en: 'The unit is admissions, not persons.' }],
    unitSql: `SELECT ${personStrata('p')},
  CASE WHEN EXISTS (SELECT 1 FROM ${ADMISSIONS_TABLE} r WHERE r.person_id = i.person_id AND r.acute${spec}
    AND r.adm_start > i.adm_end AND date_diff('day', CAST(i.adm_end AS DATE), CAST(r.adm_start AS DATE)) BETWEEN 0 AND 30) THEN 1 ELSE 0 END AS n0,
  1 AS d0
FROM ${ADMISSIONS_TABLE} i JOIN dp_person p ON p.person_id = i.person_id
WHERE i.track_a AND CAST(i.adm_end AS DATE) >= ${dateSql(ctx.periodFrom)} AND CAST(i.adm_end AS DATE) < ${dateSql(ctx.referenceDate)}
  AND ${residents('p', ctx)}`,
  };
};

export const serviceUptake: FamilyBuilder = (ctx) => {
  const { join, condition } = caseJoin(ctx);
  const services = (ctx.def.params?.services ?? []).map(sqlString).join(', ') || 'NULL';
  return {
    kind: 'proportion',
    ...defaultQueryShape(ctx),
    series: [{}],
    unitSql: `SELECT ${personStrata('p')},
  CASE WHEN EXISTS (SELECT 1 FROM municipal_services m WHERE m.person_id = p.person_id AND m.service IN (${services})
    AND m.start_date >= ${dateSql(ctx.periodFrom)} AND m.start_date < ${dateSql(ctx.referenceDate)}) THEN 1 ELSE 0 END AS n0, 1 AS d0
FROM dp_person p ${join}
WHERE ${residents('p', ctx)}${condition}`,
  };
};

/** Employment (or NEET) among people with the disease; series `variant: uden_sygdom` for people without. */
export const employment: FamilyBuilder = (ctx) => {
  const outcome = ctx.def.params?.outcome === 'neet' ? `p.lm_raw IN ('ledig', 'foertidspension', 'pension', 'oevrige_uden_for')` : `p.lm_raw = 'beskaeftiget'`;
  const cases = ctx.caseTable(ctx.def.caseRule ?? ctx.track.mainRule, 'ref');
  const shape = defaultQueryShape(ctx);
  return {
    kind: 'proportion',
    ...shape,
    // The outcome is a labour-market state: breaking it down by labour market would be circular.
    dims: shape.dims.filter((d) => d !== 'labour_market'),
    series: [{}, { key: 'variant', value: 'uden_sygdom' }],
    notes: [
      {
        da: 'Borgere uden oplysning om arbejdsmarkedstilknytning tæller med i nævneren.',
        en: 'People without labour-market data are kept in the denominator.',
      },
    ],
    unitSql: `SELECT ${personStrata('p')},
  CASE WHEN c.person_id IS NOT NULL AND ${outcome} THEN 1 ELSE 0 END AS n0, CASE WHEN c.person_id IS NOT NULL THEN 1 ELSE 0 END AS d0,
  CASE WHEN c.person_id IS NULL AND ${outcome} THEN 1 ELSE 0 END AS n1, CASE WHEN c.person_id IS NULL THEN 1 ELSE 0 END AS d1
FROM dp_person p LEFT JOIN ${cases} c ON c.person_id = p.person_id
WHERE ${residents('p', ctx)}`,
  };
};

/** Mean cost per person with the disease in the calendar year the period starts in (0 when no cost rows). */
export const cost: FamilyBuilder = (ctx) => {
  const { join, condition } = caseJoin(ctx);
  const year = Number(ctx.periodFrom.slice(0, 4));
  return {
    kind: 'mean',
    ...defaultQueryShape(ctx),
    series: [{}],
    notes: [
      {
        da: `Udgifter fra ${year}, alle sektorer tilsammen. Udgifter er skævt fordelt: få borgere står for en stor del.`,
        en: `Costs from ${year}, all sectors. Costs are skewed: a few people account for much of them.`,
      },
    ],
    unitSql: `SELECT ${personStrata('p')}, coalesce(k.amount, 0) AS s0, 1 AS d0
FROM dp_person p ${join}
LEFT JOIN (SELECT person_id, sum(amount_dkk) AS amount FROM costs WHERE year = ${year} GROUP BY person_id) k ON k.person_id = p.person_id
WHERE ${residents('p', ctx)}${condition}`,
  };
};
