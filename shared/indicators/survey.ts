/**
 * Survey indicators ("Hvordan har du det?"): respondents of the latest survey year not after the
 * reference date, living in the area (the survey's own municipality), in the indicator's ages.
 * Education is the respondent's own (parents cannot be linked); other social dimensions are not in
 * the survey file. Weighted estimates; n and the numerator are unweighted (disclosure control).
 */
import type { StratumKey } from '../contract/datapakke';
import { AGE_BANDS } from '../stats';
import { educationLevelGroupSql, type EducationGrouping } from '../package/social-position';
import type { FamilyBuilder, FamilyContext, SeriesSpec } from './types';

const FLAG_SQL: Record<string, string> = {
  daily_smoker: 'CASE WHEN s.daily_smoker IS NULL THEN NULL WHEN s.daily_smoker THEN 1 ELSE 0 END',
  overweight: 'CASE WHEN s.bmi IS NULL THEN NULL WHEN s.bmi >= 25 THEN 1 ELSE 0 END',
  obesity: 'CASE WHEN s.bmi IS NULL THEN NULL WHEN s.bmi >= 30 THEN 1 ELSE 0 END',
  low_mental_wellbeing: 'CASE WHEN s.low_mental_wellbeing IS NULL THEN NULL WHEN s.low_mental_wellbeing THEN 1 ELSE 0 END',
  physically_inactive: 'CASE WHEN s.physically_inactive IS NULL THEN NULL WHEN s.physically_inactive THEN 1 ELSE 0 END',
};

export function surveyFamily(grouping: EducationGrouping, municipalities: number[]): FamilyBuilder {
  return (ctx: FamilyContext) => {
    const flag = ctx.def.params?.surveyFlag ?? 'daily_smoker';
    const refYear = Number(ctx.referenceDate.slice(0, 4));
    const band = `CASE ${AGE_BANDS.slice(0, -1)
      .map((b, i) => `WHEN s.age < ${(i + 1) * 5} THEN '${b}'`)
      .join(' ')} ELSE '90+' END`;
    const series: SeriesSpec[] = [{}];
    let extra = '';
    if (flag === 'overweight') {
      series.push({ key: 'variant', value: 'obesity' });
      extra = `, ${FLAG_SQL.obesity} AS n1, 1 AS d1, s.weight AS w1`;
    }
    const dims: StratumKey[] = ctx.defaultDims.filter((d) => ['age_band', 'sex', 'education', 'municipality'].includes(d));
    return {
      kind: 'survey',
      dims,
      twoWay: [['education', 'sex']],
      ageCurve: false,
      series,
      notes: [
        {
          da: 'Vægtede andele (kalibrerede vægte); intervaller med Kish’ effektive stikprøvestørrelse. Tæller og nævner er antal svarpersoner (uvægtet).',
          en: 'Weighted shares (calibrated weights); intervals use Kish’s effective sample size. Numerator and denominator are unweighted respondent counts.',
        },
      ],
      unitSql: `SELECT ${band} AS age_band, CAST(NULL AS INTEGER) AS age, s.sex, ${educationLevelGroupSql('s.education', grouping)} AS education,
  CAST(NULL AS VARCHAR) AS labour_market, CAST(NULL AS VARCHAR) AS income_quartile, CAST(NULL AS VARCHAR) AS origin, CAST(NULL AS VARCHAR) AS cohabitation,
  CAST(s.municipality_code AS INTEGER) AS municipality, ${FLAG_SQL[flag]} AS n0, 1 AS d0, s.weight AS w0${extra}
FROM survey s
WHERE s.year = (SELECT max(year) FROM survey WHERE year <= ${refYear})
  AND s.municipality_code IN (${municipalities.join(', ') || 'NULL'})
  AND s.age BETWEEN ${ctx.def.ages.min} AND ${ctx.def.ages.max} AND s.weight > 0 AND ${FLAG_SQL[flag]} IS NOT NULL`,
    };
  };
}
