/**
 * Social position by education (DATA-CONTRACT.md §1): canonical levels, their rank, and the groups of
 * each grouping. The rule (own education from 30, the parents' highest under 30, own if no parent's
 * is known, else 'ukendt') is applied in population.ts with these SQL expressions.
 */
import { sqlString } from '../engine';

/** Canonical levels, least → most education; the index + 1 is the rank compared between parents. */
export const EDUCATION_LEVELS = ['grundskole', 'gymnasial', 'erhvervsfaglig', 'kort_videregaaende', 'mellemlang_videregaaende', 'lang_videregaaende'] as const;

export type EducationGrouping = '3' | '4' | '6';

const GROUP_OF_LEVEL: Record<EducationGrouping, Record<(typeof EDUCATION_LEVELS)[number], string>> = {
  '3': {
    grundskole: 'grundskole',
    gymnasial: 'kort',
    erhvervsfaglig: 'kort',
    kort_videregaaende: 'kort',
    mellemlang_videregaaende: 'videregaaende',
    lang_videregaaende: 'videregaaende',
  },
  '4': {
    grundskole: 'grundskole',
    gymnasial: 'gymnasial_erhvervsfaglig',
    erhvervsfaglig: 'gymnasial_erhvervsfaglig',
    kort_videregaaende: 'kort_mellemlang_videregaaende',
    mellemlang_videregaaende: 'kort_mellemlang_videregaaende',
    lang_videregaaende: 'lang_videregaaende',
  },
  '6': {
    grundskole: 'grundskole',
    gymnasial: 'gymnasial',
    erhvervsfaglig: 'erhvervsfaglig',
    kort_videregaaende: 'kort_videregaaende',
    mellemlang_videregaaende: 'mellemlang_videregaaende',
    lang_videregaaende: 'lang_videregaaende',
  },
};

/** SQL: canonical level → rank 1-6 (NULL when unknown). */
export function educationRankSql(column: string): string {
  return `CASE ${column} ${EDUCATION_LEVELS.map((l, i) => `WHEN ${sqlString(l)} THEN ${i + 1}`).join(' ')} ELSE NULL END`;
}

/** SQL: rank → group code of the grouping ('ukendt' when NULL). */
export function educationGroupSql(rankExpr: string, grouping: EducationGrouping): string {
  const map = GROUP_OF_LEVEL[grouping];
  return `CASE ${rankExpr} ${EDUCATION_LEVELS.map((l, i) => `WHEN ${i + 1} THEN ${sqlString(map[l])}`).join(' ')} ELSE 'ukendt' END`;
}

/** SQL: canonical level → group code (survey respondents: own education only). */
export function educationLevelGroupSql(column: string, grouping: EducationGrouping): string {
  return educationGroupSql(educationRankSql(column), grouping);
}

export const SOCIAL_POSITION_RULE = {
  da: 'Uddannelse: borgere på 30 år og derover efter egen højeste fuldførte uddannelse; borgere under 30 år efter forældrenes højeste uddannelse (mor eller far, den højeste – familieperspektivet), egen uddannelse hvis ingen forælders er kendt, ellers "ukendt". Ukendt vises som egen gruppe og indgår i totaler, men ikke i ulighedsmål. Socioøkonomiske oplysninger fra det seneste år, der ikke ligger efter skæringsdatoen.',
  en: 'Education: persons aged 30+ by their own highest completed education; under 30 by the highest education of their parents (mother or father, whichever is higher – the family perspective), their own if no parent’s is known, else "unknown". Unknown is its own group, kept in totals and left out of inequality measures. Socioeconomic data from the latest year not after the reference date.',
} as const;
