/** Row order within a breakdown: the contract's order (education least → most advantaged, age bands, Q1-Q4), 'ukendt' last. */
import type { Strata } from '../contract/datapakke';
import { AGE_BANDS } from '../stats';
import { EDUCATION_GROUPS, VALUE_LABELS } from '../text/labels';
import type { AggCell, StrataColumn } from './aggregate';

function rank(column: StrataColumn, value: string | number | undefined, grouping: '3' | '4' | '6'): number {
  if (value === undefined) return -1;
  if (typeof value === 'number') return value;
  if (value === 'ukendt') return 1e6;
  const known: readonly string[] =
    column === 'education' ? EDUCATION_GROUPS[grouping] : column === 'age_band' ? AGE_BANDS : Object.keys(VALUE_LABELS[column] ?? {});
  const i = known.indexOf(value);
  return i >= 0 ? i : 1e5;
}

export function orderValues(cells: AggCell[], set: readonly StrataColumn[], grouping: '3' | '4' | '6'): AggCell[] {
  return [...cells].sort((a, b) => {
    for (const c of set) {
      const d = rank(c, a.strata[c as keyof Strata], grouping) - rank(c, b.strata[c as keyof Strata], grouping);
      if (d !== 0) return d;
      const s = String(a.strata[c as keyof Strata]).localeCompare(String(b.strata[c as keyof Strata]));
      if (s !== 0) return s;
    }
    return 0;
  });
}
