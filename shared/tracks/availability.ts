/**
 * What the extract can support, found with a few cheap queries: which needed columns hold at least one
 * value (a column that is not mapped is empty in its canonical table), and which case rules have at
 * least one event with their codes anywhere in the extract (all dates, all areas). The package stage
 * (shared/package/build.ts, unavailableReason) and the import's report (shared/import/coverage.ts)
 * both read these facts, so an indicator is never shown as 0 % for want of data.
 */
import { sqlIdent, type Engine } from '../engine';
import { prefixMatch } from './interpreter';
import type { CaseRule, ColumnNeed, TrackDefinition } from './types';

export interface ExtractFacts {
  /** Canonical tables present. */
  tables: ReadonlySet<string>;
  /** `table.column` of the asked columns with at least one non-NULL value. */
  filled: ReadonlySet<string>;
  /** Ids of the case rules with at least one matching event in the extract. */
  covered: ReadonlySet<string>;
}

/** The columns the tracks' indicators need, by table. */
export function neededColumns(tracks: readonly TrackDefinition[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of tracks)
    for (const d of t.indicators)
      for (const need of d.needs?.columns ?? []) {
        const set = out.get(need.table) ?? new Set<string>();
        need.anyOf.forEach((c) => set.add(c));
        out.set(need.table, set);
      }
  return out;
}

/** SQL conditions "an event this rule's codes match", per event table (code level only: no ages, no windows). */
export function ruleCodeConditions(rule: CaseRule): { table: 'hospital_contacts' | 'prescriptions'; condition: string }[] {
  const out: { table: 'hospital_contacts' | 'prescriptions'; condition: string }[] = [];
  const dx = rule.diagnoses;
  if (dx) out.push({ table: 'hospital_contacts', condition: prefixMatch('upper(diagnosis_code)', [...dx.prefixes, ...(dx.childPrefixes?.prefixes ?? [])]) });
  const rx = rule.prescriptions;
  if (rx) {
    const exclude = rx.excludeAtcPrefixes?.length ? ` AND NOT ${prefixMatch('upper(atc)', rx.excludeAtcPrefixes)}` : '';
    out.push({ table: 'prescriptions', condition: `${prefixMatch('upper(atc)', rx.atcPrefixes)}${exclude}` });
  }
  return out;
}

/** One row of booleans: `(SELECT 1 … LIMIT 1) IS NOT NULL` stops at the first hit. */
const exists = (table: string, condition: string) => `((SELECT 1 FROM ${sqlIdent(table)} WHERE ${condition} LIMIT 1) IS NOT NULL)`;

export async function extractFacts(engine: Engine, tables: ReadonlySet<string>, tracks: readonly TrackDefinition[]): Promise<ExtractFacts> {
  const present = await engine.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'`);
  const columns = new Set(present.map((r) => `${String(r.table_name)}.${String(r.column_name)}`));
  const probes: { key: string; sql: string; kind: 'column' | 'rule' }[] = [];
  for (const [table, cols] of neededColumns(tracks)) {
    if (!tables.has(table)) continue;
    for (const c of cols)
      if (columns.has(`${table}.${c}`)) probes.push({ key: `${table}.${c}`, kind: 'column', sql: exists(table, `${sqlIdent(c)} IS NOT NULL`) });
  }
  for (const t of tracks)
    for (const rule of t.caseRules) {
      const parts = ruleCodeConditions(rule).filter(
        (p) => tables.has(p.table) && columns.has(`${p.table}.${p.table === 'prescriptions' ? 'atc' : 'diagnosis_code'}`),
      );
      if (parts.length) probes.push({ key: rule.id, kind: 'rule', sql: parts.map((p) => exists(p.table, p.condition)).join(' OR ') });
    }
  const filled = new Set<string>();
  const covered = new Set<string>();
  if (probes.length) {
    const [row] = await engine.query(`SELECT ${probes.map((p, i) => `${p.sql} AS p${i}`).join(', ')}`);
    probes.forEach((p, i) => {
      if (row?.[`p${i}`] !== true) return;
      (p.kind === 'column' ? filled : covered).add(p.key);
    });
  }
  return { tables, filled, covered };
}

/** The needs of a column list that the extract cannot meet. */
export function unmetColumns(needs: readonly ColumnNeed[], facts: ExtractFacts): ColumnNeed[] {
  return needs.filter((n) => facts.tables.has(n.table) && !n.anyOf.some((c) => facts.filled.has(`${n.table}.${c}`)));
}

/** The codes a rule looks for, for a message: "DE10, DE11 … eller A10". */
export function ruleCodesList(rules: readonly CaseRule[], lang: 'da' | 'en'): string {
  const dx = [...new Set(rules.flatMap((r) => [...(r.diagnoses?.prefixes ?? []), ...(r.diagnoses?.childPrefixes?.prefixes ?? [])]))];
  const rx = [...new Set(rules.flatMap((r) => r.prescriptions?.atcPrefixes ?? []))];
  const parts = [
    ...(dx.length ? [`${lang === 'da' ? 'diagnoser' : 'diagnoses'} ${dx.join(', ')}`] : []),
    ...(rx.length ? [`${lang === 'da' ? 'lægemidler' : 'drugs'} ${rx.join(', ')}`] : []),
  ];
  return parts.join(lang === 'da' ? ' eller ' : ' or ');
}
