/** Population families: the age pyramid (counts) and the social distribution of adults (shares). */
import { personStrata, residents, type FamilyBuilder } from './types';

export const populationPyramid: FamilyBuilder = (ctx) => ({
  kind: 'count',
  dims: ['age_band', 'sex'],
  twoWay: [['age_band', 'sex']],
  ageCurve: false,
  series: [{}],
  unitSql: `SELECT ${personStrata('p')}, 1 AS n0 FROM dp_person p WHERE ${residents('p', ctx)}`,
});

export const populationSocial: FamilyBuilder = (ctx) => ({
  kind: 'share',
  dims: ['education', 'labour_market', 'origin'],
  twoWay: [],
  ageCurve: false,
  series: [{}],
  unitSql: `SELECT ${personStrata('p')}, 1 AS n0 FROM dp_person p WHERE ${residents('p', ctx)}`,
});
