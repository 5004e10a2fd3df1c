/**
 * Family perspective: children 0-17 in the area with a mother or father who is a case at the
 * reference date (wherever the parent lives). The registry gives parent links, not households, so
 * "living with" is approximated by the link; the package says so.
 */
import { defaultQueryShape, personStrata, residents, type FamilyBuilder } from './types';

export const childrenWithParent: FamilyBuilder = (ctx) => {
  const cases = ctx.caseTable(ctx.def.caseRule ?? ctx.track.mainRule, 'ref');
  return {
    kind: 'proportion',
    ...defaultQueryShape(ctx),
    series: [{}],
    notes: [
      {
        da: 'Forældre er koblet via mor- og far-id; fælles husstand kendes ikke. Børnenes uddannelsesgruppe er forældrenes.',
        en: 'Parents are linked by mother and father id; the household is not known. Children are grouped by their parents’ education.',
      },
    ],
    unitSql: `SELECT ${personStrata('p')},
  -- Two IN tests (hash joins), not one EXISTS with OR, which DuckDB runs as a nested loop.
  CASE WHEN p.mother_id IN (SELECT person_id FROM ${cases}) OR p.father_id IN (SELECT person_id FROM ${cases}) THEN 1 ELSE 0 END AS n0, 1 AS d0
FROM dp_person p WHERE ${residents('p', ctx)}`,
  };
};
