/** Indicator family → builder. Every family has the same shape (types.ts). */
import type { IndicatorFamily } from '../tracks/types';
import type { EducationGrouping } from '../package/social-position';
import type { FamilyBuilder } from './types';
import { acuteAdmissions, cost, employment, readmissions, serviceUptake } from './care';
import { incidence, mortality, prevalence } from './disease';
import { childrenWithParent } from './family';
import { populationPyramid, populationSocial } from './population';
import { surveyFamily } from './survey';

export function familyBuilder(family: IndicatorFamily, grouping: EducationGrouping, municipalities: number[]): FamilyBuilder {
  switch (family) {
    case 'population_pyramid':
      return populationPyramid;
    case 'population_social':
      return populationSocial;
    case 'survey':
      return surveyFamily(grouping, municipalities);
    case 'prevalence':
      return prevalence;
    case 'incidence':
      return incidence;
    case 'mortality':
      return mortality;
    case 'acute_admissions':
      return acuteAdmissions;
    case 'readmissions':
      return readmissions;
    case 'service_uptake':
      return serviceUptake;
    case 'employment':
      return employment;
    case 'cost':
      return cost;
    case 'children_with_parent':
      return childrenWithParent;
  }
}

export type { FamilyBuilder, FamilyContext, FamilyQuery, AggregateKind, SeriesSpec } from './types';
export { STRATA_COLUMNS } from './types';
