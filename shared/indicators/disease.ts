/** Disease families: prevalence (a proportion at the reference date), incidence and mortality (rates over the period). */
import { dateSql, defaultQueryShape, personStrata, residents, type FamilyBuilder, type SeriesSpec } from './types';

const PY = (start: string, end: string) => `greatest(0, date_diff('day', ${start}, ${end})) / 365.25`;

export const prevalence: FamilyBuilder = (ctx) => {
  const ruleId = ctx.def.caseRule ?? ctx.track.mainRule;
  const cases = ctx.caseTable(ruleId, 'ref');
  const type = ctx.def.params?.diabetesType;
  const isCase = type ? `(c.person_id IS NOT NULL AND c.diabetes_type = '${type}')` : 'c.person_id IS NOT NULL';
  const series: SeriesSpec[] = [{}];
  const extra: string[] = [];
  const joins: string[] = [];
  const rule = ctx.track.caseRules.find((r) => r.id === ruleId);
  if (!ctx.def.caseRule && !type && ctx.track.caseRules.some((r) => r.id === `${ruleId}_diagnoses_only`)) {
    // KOL: RUKS is diagnosis-driven, so the package also reports the count without the medication arm.
    joins.push(`LEFT JOIN ${ctx.caseTable(`${ruleId}_diagnoses_only`, 'ref')} v ON v.person_id = p.person_id`);
    extra.push('CASE WHEN v.person_id IS NOT NULL THEN 1 ELSE 0 END AS n1, 1 AS d1');
    series.push({ key: 'variant', value: 'diagnoses_only' });
  }
  if (!type && rule?.classifier) {
    for (const t of ['1', '2']) {
      const i = series.length;
      extra.push(`CASE WHEN c.diabetes_type = '${t}' THEN 1 ELSE 0 END AS n${i}, 1 AS d${i}`);
      series.push({ key: 'diabetes_type', value: t });
    }
  }
  return {
    kind: 'proportion',
    ...defaultQueryShape(ctx),
    series,
    unitSql: `SELECT ${personStrata('p')}, CASE WHEN ${isCase} THEN 1 ELSE 0 END AS n0, 1 AS d0${extra.map((e) => ', ' + e).join('')}
FROM dp_person p LEFT JOIN ${cases} c ON c.person_id = p.person_id ${joins.join(' ')}
WHERE ${residents('p', ctx)}`,
  };
};

/** People without the disease at the start of the period, followed until onset, death or the reference date. */
export const incidence: FamilyBuilder = (ctx) => {
  const ruleId = ctx.def.caseRule ?? ctx.track.mainRule;
  const from = dateSql(ctx.periodFrom);
  const ref = dateSql(ctx.referenceDate);
  const type = ctx.def.params?.diabetesType;
  const onsetInPeriod = `(c.person_id IS NOT NULL AND c.onset >= ${from})`;
  const counted = type ? `${onsetInPeriod} AND c.diabetes_type = '${type}'` : onsetInPeriod;
  const end = `least(CASE WHEN ${onsetInPeriod} THEN c.onset ELSE ${ref} END, coalesce(p.death_date, ${ref}), ${ref})`;
  return {
    kind: 'rate',
    ...defaultQueryShape(ctx),
    series: [{}],
    unitSql: `SELECT ${personStrata('p')}, CASE WHEN ${counted} THEN 1 ELSE 0 END AS n0,
  ${PY(`greatest(${from}, p.birth_date)`, end)} AS py0, 1 AS d0
FROM dp_person p
LEFT JOIN ${ctx.caseTable(ruleId, 'ref')} c ON c.person_id = p.person_id
LEFT JOIN ${ctx.caseTable(ruleId, 'start')} s ON s.person_id = p.person_id
WHERE ${ctx.inScope('p')} AND p.age BETWEEN ${ctx.def.ages.min} AND ${ctx.def.ages.max} AND s.person_id IS NULL`,
  };
};

/** People with the disease at the start of the period (alive then), deaths in the period per person-time. */
export const mortality: FamilyBuilder = (ctx) => {
  const ruleId = ctx.def.caseRule ?? ctx.track.mainRule;
  const from = dateSql(ctx.periodFrom);
  const ref = dateSql(ctx.referenceDate);
  return {
    kind: 'rate',
    ...defaultQueryShape(ctx),
    series: [{}],
    unitSql: `SELECT ${personStrata('p')}, CASE WHEN p.death_date < ${ref} THEN 1 ELSE 0 END AS n0,
  ${PY(`greatest(${from}, p.birth_date)`, `least(coalesce(p.death_date, ${ref}), ${ref})`)} AS py0, 1 AS d0
FROM dp_person p JOIN ${ctx.caseTable(ruleId, 'start')} s ON s.person_id = p.person_id
WHERE ${ctx.inScope('p')} AND p.age BETWEEN ${ctx.def.ages.min} AND ${ctx.def.ages.max}`,
  };
};
