/** Disclosure control by hand: primary rule, secondary choice, the linear-algebra step, safe values. */
import { describe, expect, it } from 'vitest';
import { applyDisclosure, derivableCells, type DisclosureCell } from '../../../shared/disclosure';
import { recoverableByAttacker } from './rank';

const cells = (values: Record<string, number>): DisclosureCell[] => Object.entries(values).map(([id, v]) => ({ id, counts: [v] }));

describe('primary suppression', () => {
  it('1 … minCount − 1 in any count is suppressed; 0 and minCount are shown', () => {
    const r = applyDisclosure(
      [
        { id: 'a', counts: [0, 50] },
        { id: 'b', counts: [5, 50] },
        { id: 'c', counts: [4, 50] },
        { id: 'd', counts: [10, 1] },
      ],
      [],
    );
    expect([...r.suppressed]).toEqual([
      ['c', 'primary'],
      ['d', 'primary'],
    ]);
    expect(r.primaryCount).toBe(2);
    expect(r.secondaryCount).toBe(0);
  });
  it('survey cells: unweighted n below minSurveyN', () => {
    const r = applyDisclosure(
      [
        { id: 's1', counts: [19], survey: true },
        { id: 's2', counts: [20], survey: true },
      ],
      [],
      { minSurveyN: 20 },
    );
    expect([...r.suppressed.keys()]).toEqual(['s1']);
  });
  it('minCount is configurable', () => {
    expect(applyDisclosure(cells({ a: 7 }), [], { minCount: 10 }).suppressed.get('a')).toBe('primary');
  });
});

describe('secondary suppression', () => {
  it('one-way: the next-smallest part is suppressed with the primary cell', () => {
    const r = applyDisclosure(cells({ T: 45, a: 3, b: 10, c: 12, d: 20 }), [{ total: 'T', parts: ['a', 'b', 'c', 'd'] }]);
    expect(Object.fromEntries(r.suppressed)).toEqual({ a: 'primary', b: 'secondary' });
  });
  it('prefers a non-zero cell to a zero cell', () => {
    const r = applyDisclosure(cells({ T: 18, a: 2, z: 0, b: 7, c: 9 }), [{ total: 'T', parts: ['a', 'z', 'b', 'c'] }]);
    expect(Object.fromEntries(r.suppressed)).toEqual({ a: 'primary', b: 'secondary' });
  });
  it('the total is suppressed only when no part can be', () => {
    const r = applyDisclosure(cells({ T: 3, a: 3 }), [{ total: 'T', parts: ['a'] }]);
    expect(Object.fromEntries(r.suppressed)).toEqual({ a: 'primary', T: 'primary' });
    // T and a are both primary: T − a = 0 is known, but neither value is, so the zero stays shown.
    const r2 = applyDisclosure(cells({ T: 3, a: 3, b: 0 }), [{ total: 'T', parts: ['a', 'b'] }]);
    expect(Object.fromEntries(r2.suppressed)).toEqual({ a: 'primary', T: 'primary' });
  });
  it('a suppressed total gets two parts suppressed', () => {
    const r = applyDisclosure([{ id: 'T', counts: [40, 3] }, ...cells({ a: 10, b: 12, c: 18 })], [{ total: 'T', parts: ['a', 'b', 'c'] }]);
    expect(Object.fromEntries(r.suppressed)).toEqual({ T: 'primary', a: 'secondary' });
    expect(recoverableByAttacker([{ total: 'T', parts: ['a', 'b', 'c'] }], new Set(r.suppressed.keys()))).toEqual([]);
  });
  it('two-way: a bridge between two suppressed cycles is found by linear algebra, not by the row/column rule', () => {
    // 4×4 table; primary cells form two 2×2 cycles joined by r1c2, so every row and column with a
    // suppressed cell already has two, yet r1c2 = (row0 + row1) − (col0 + col1) is recoverable.
    const small = new Set(['r0c0', 'r0c1', 'r1c0', 'r1c1', 'r2c2', 'r2c3', 'r3c2', 'r3c3', 'r1c2']);
    const values: Record<string, number> = {};
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) values[`r${r}c${c}`] = small.has(`r${r}c${c}`) ? 2 : 50 + r * 4 + c;
    const relations = [];
    for (let r = 0; r < 4; r++) {
      values[`r${r}T`] = [0, 1, 2, 3].reduce((s, c) => s + values[`r${r}c${c}`]!, 0);
      relations.push({ total: `r${r}T`, parts: [0, 1, 2, 3].map((c) => `r${r}c${c}`) });
    }
    for (let c = 0; c < 4; c++) {
      values[`rTc${c}`] = [0, 1, 2, 3].reduce((s, r) => s + values[`r${r}c${c}`]!, 0);
      relations.push({ total: `rTc${c}`, parts: [0, 1, 2, 3].map((r) => `r${r}c${c}`) });
    }
    expect(recoverableByAttacker(relations, small)).toContain('r1c2');
    const r = applyDisclosure(cells(values), relations);
    expect(r.primaryCount).toBe(9);
    expect(r.secondaryCount).toBeGreaterThan(0);
    expect(recoverableByAttacker(relations, new Set(r.suppressed.keys()))).toEqual([]);
  });
  it('an unknown cell in a relation is a programming error', () => {
    expect(() => applyDisclosure(cells({ T: 1 }), [{ total: 'T', parts: ['nope'] }])).toThrow(/unknown cell/);
  });
});

describe('derivableCells', () => {
  it('T = a + b: a alone suppressed is recoverable; a and T suppressed are not', () => {
    const eq = [
      {
        terms: [
          { id: 'T', coefficient: 1 },
          { id: 'a', coefficient: -1 },
          { id: 'b', coefficient: -1 },
        ],
      },
    ];
    expect([...derivableCells(eq, (id) => id === 'a')]).toEqual(['a']);
    expect([...derivableCells(eq, (id) => id !== 'b')]).toEqual([]);
    expect([...derivableCells(eq, () => true)]).toEqual([]);
  });
});
