/**
 * Value maps: for a mapped coded column, each distinct source value with its count, what the import
 * already makes of it by itself (shared/import/normalise.ts), and a proposed canonical value from the
 * built-in code lists (propose-codes.ts) or by name similarity. A proposal from a list marked
 * `confirm` (ambiguous numeric codes) is never written into the profile without the analyst.
 */
import { CANONICAL_TABLES, type CanonicalColumn, type CanonicalTableName } from '../contract/canonical';
import type { MappedValue } from '../contract/profile';
import { BOOLEAN_LISTS, CODE_LISTS, type CodeList } from './propose-codes';
import { FALSE_WORDS, ISCED_TO_EDUCATION, SEX_K, SEX_M, TRUE_WORDS } from './normalise';
import { foldText } from './propose';

export interface DistinctValue {
  value: string;
  count: number;
}

export interface ValueProposal extends DistinctValue {
  /** What the import makes of the value without a map, or null when it is unknown to it. */
  automatic: MappedValue | null;
  proposed: MappedValue | null;
  /** 0-1 */
  score: number;
  source: string | null;
  /** The proposal must be confirmed by the analyst before it is used. */
  confirm: boolean;
}

/** Columns whose values are codes the profile may translate. */
export function isCodedColumn(c: CanonicalColumn): boolean {
  return c.kind === 'sex' || c.kind === 'education' || c.kind === 'code' || c.type === 'BOOLEAN';
}

export function codedColumns(table: CanonicalTableName): CanonicalColumn[] {
  return CANONICAL_TABLES[table].columns.filter(isCodedColumn);
}

/** The canonical values a coded column takes (booleans as true/false). */
export function canonicalChoices(table: CanonicalTableName, column: string): MappedValue[] {
  const c = CANONICAL_TABLES[table].columns.find((x) => x.name === column);
  if (!c) return [];
  if (c.type === 'BOOLEAN') return [true, false];
  return [...(c.allowed ?? [])];
}

/** What normalise.ts makes of a value by itself (mirrors its SQL). */
export function automaticValue(c: CanonicalColumn, value: string): MappedValue | null {
  const v = value.trim();
  if (c.type === 'BOOLEAN') {
    const l = v.toLowerCase();
    return TRUE_WORDS.includes(l) ? true : FALSE_WORDS.includes(l) ? false : null;
  }
  switch (c.kind) {
    case 'sex':
      return SEX_M.includes(v.toUpperCase()) ? 'M' : SEX_K.includes(v.toUpperCase()) ? 'K' : null;
    case 'education':
      return (c.allowed ?? []).includes(v.toLowerCase()) ? v.toLowerCase() : (ISCED_TO_EDUCATION[v] ?? null);
    case 'code':
      return (c.allowed ?? []).find((a) => a.toLowerCase() === v.toLowerCase()) ?? null;
    default:
      return null;
  }
}

const foldValue = (v: string) =>
  foldText(v)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function bigrams(s: string): string[] {
  const t = ` ${s} `;
  return Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
}

/** Dice coefficient of character bigrams, 0-1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const rest = [...y];
  let hits = 0;
  for (const g of x) {
    const i = rest.indexOf(g);
    if (i >= 0) {
      hits++;
      rest.splice(i, 1);
    }
  }
  return (2 * hits) / (x.length + y.length);
}

const folded = new Map<CodeList, ReadonlyMap<string, MappedValue>>();

/** A list's codes by folded key (`almen_praksis` and `Almen praksis` are one key). */
function codesOf(list: CodeList): ReadonlyMap<string, MappedValue> {
  let m = folded.get(list);
  if (!m) {
    m = new Map(Object.entries(list.codes).map(([k, v]) => [foldValue(k), v]));
    folded.set(list, m);
  }
  return m;
}

function listsFor(c: CanonicalColumn): readonly CodeList[] {
  return c.type === 'BOOLEAN' ? BOOLEAN_LISTS : (CODE_LISTS[c.name] ?? []);
}

/** Each distinct value with what the import does with it and a proposal. */
export function proposeValues(table: CanonicalTableName, column: string, distinct: readonly DistinctValue[]): ValueProposal[] {
  const c = CANONICAL_TABLES[table].columns.find((x) => x.name === column);
  if (!c) return [];
  const lists = listsFor(c);
  // The list that covers most rows is preferred for a value several lists know (1 in 1/0 or 1/2).
  const coverage = lists.map((l) => distinct.reduce((s, d) => s + (codesOf(l).has(foldValue(d.value)) ? d.count : 0), 0));
  const order = lists.map((_, i) => i).sort((a, b) => coverage[b]! - coverage[a]! || a - b);
  const choices = canonicalChoices(table, column);
  return distinct.map((d) => {
    const automatic = automaticValue(c, d.value);
    const key = foldValue(d.value);
    for (const i of order) {
      const list = lists[i]!;
      const hit = codesOf(list).get(key);
      if (hit !== undefined) return { ...d, automatic, proposed: hit, score: list.confirm ? 0.6 : 0.95, source: list.source, confirm: list.confirm };
    }
    // Every word of a canonical value in the source text, at most one more ("Lang videregående uddannelse").
    const words = key.split(' ');
    const whole = choices.find(
      (choice) => typeof choice === 'string' && choice.split('_').every((w) => words.includes(w)) && words.length <= choice.split('_').length + 1,
    );
    if (whole !== undefined) return { ...d, automatic, proposed: whole, score: 0.9, source: 'Navnet', confirm: false };
    // Name similarity with the canonical values (kort_videregaaende ~ "Kort videregaaende udd.").
    let best: { value: MappedValue; sim: number } | null = null;
    for (const choice of choices) {
      if (typeof choice !== 'string') continue;
      const sim = similarity(key, foldValue(choice.replace(/_/g, ' ')));
      if (!best || sim > best.sim) best = { value: choice, sim };
    }
    if (best && best.sim >= 0.6 && key.length > 1)
      return { ...d, automatic, proposed: best.value, score: Math.round(best.sim * 80) / 100, source: 'Navnelighed', confirm: best.sim < 0.8 };
    if (automatic !== null) return { ...d, automatic, proposed: automatic, score: 1, source: 'Kendt af importen', confirm: false };
    return { ...d, automatic, proposed: null, score: 0, source: null, confirm: false };
  });
}

/**
 * The value map a proposal writes without asking: every confident proposal that differs from what
 * the import would do anyway (a proposal equal to the automatic value needs no entry).
 */
export function confidentValueMap(proposals: readonly ValueProposal[]): Record<string, MappedValue> {
  const out: Record<string, MappedValue> = {};
  for (const p of proposals) if (p.proposed !== null && !p.confirm && p.proposed !== p.automatic) out[p.value] = p.proposed;
  return out;
}

/** What a value becomes under a profile's value map (the map first, then the import's own rules). */
export function mappedValue(c: CanonicalColumn, value: string, map: Readonly<Record<string, MappedValue>> | undefined): MappedValue | null {
  const m = map?.[value.trim()];
  if (m !== undefined) return automaticValue(c, String(m));
  return automaticValue(c, value);
}

export interface ValueCoverage {
  rows: number;
  /** Rows whose value becomes no canonical value. */
  unmappedRows: number;
  unmapped: DistinctValue[];
}

export function valueCoverage(c: CanonicalColumn, distinct: readonly DistinctValue[], map: Readonly<Record<string, MappedValue>> | undefined): ValueCoverage {
  const unmapped = distinct.filter((d) => mappedValue(c, d.value, map) === null);
  return { rows: distinct.reduce((s, d) => s + d.count, 0), unmappedRows: unmapped.reduce((s, d) => s + d.count, 0), unmapped };
}

/** The share of rows above which unmapped codes must be mapped before the data is called usable. */
export const UNMAPPED_LIMIT = 0.05;
