/** Runs the case-finding stages on hand-made tables and returns the cases at the reference date. */
import type { Engine, SqlRow } from '../../../shared/engine';
import { personTableSql } from '../../../shared/package/population';
import { existingTables } from '../../../shared/package/build';
import { caseStatusSql, caseTableName, eventsSql } from '../../../shared/tracks/interpreter';
import type { TrackDefinition } from '../../../shared/tracks/types';
import { loadCanonical, type CanonicalData } from '../../fixtures/tracks/canonical';

export const REF = '2024-01-01';
export const FROM = '2023-01-01';

export async function casesOf(engine: Engine, track: TrackDefinition, data: CanonicalData, ruleId = track.mainRule, at: 'ref' | 'start' = 'ref') {
  await loadCanonical(engine, data);
  const tables = await existingTables(engine);
  for (const sql of personTableSql({ referenceDate: REF, periodFrom: FROM, municipalities: [751, 741], grouping: '3', tables })) await engine.exec(sql);
  const rule = track.caseRules.find((r) => r.id === ruleId)!;
  await engine.exec(eventsSql(rule, { referenceDate: REF, tables }));
  const table = caseTableName(rule, at);
  await engine.exec(caseStatusSql(rule, at === 'ref' ? REF : FROM, table));
  const rows = await engine.query(`SELECT person_id, onset, has_dx, diabetes_type FROM ${table} ORDER BY person_id`);
  return rows;
}

export const ids = (rows: SqlRow[]) => rows.map((r) => String(r.person_id));
