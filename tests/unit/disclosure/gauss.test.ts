/**
 * Secondary suppression of linked tables by Gaussian elimination (shared/disclosure/gauss.ts): a
 * hand-checked case, the fixed/presuppressed contract, and random linked tables (areas × a breakdown,
 * two levels of areas) attacked with an independent rank test — with a canary that shows the attack
 * finds a leak when one secondary suppression is lifted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDisclosure, type DisclosureCell, type MarginRelation } from '../../../shared/disclosure';
import { recoverableByAttacker } from './rank';

const RULE = { minCount: 5, minSurveyN: 20 };
const linked = { protect: 'primary' as const };

describe('Gaussian secondary suppression', () => {
  it('hides the smallest cell that would give a small one away, and nothing else (hand-checked)', () => {
    // 30 = 3 + 12 + 15: the 3 is small; publishing 30 and 15 first, the 12 would give the 3 away.
    const cells: DisclosureCell[] = [
      { id: 'T', counts: [30] },
      { id: 'a', counts: [3] },
      { id: 'b', counts: [12] },
      { id: 'c', counts: [15] },
    ];
    const r = applyDisclosure(cells, [{ total: 'T', parts: ['a', 'b', 'c'] }], RULE, linked);
    expect(Object.fromEntries(r.suppressed)).toEqual({ a: 'primary', b: 'secondary' });
    expect([r.primaryCount, r.secondaryCount]).toEqual([1, 1]);
  });

  it('a cluster minus its other municipality: the small municipality cell is protected across areas', () => {
    // cluster = m1 + m2 for the total and for each of two strata; m2's stratum x is 2.
    const cells: DisclosureCell[] = [
      { id: 'C|T', counts: [100] },
      { id: 'C|x', counts: [40] },
      { id: 'C|y', counts: [60] },
      { id: 'm1|T', counts: [70] },
      { id: 'm1|x', counts: [38] },
      { id: 'm1|y', counts: [32] },
      { id: 'm2|T', counts: [30] },
      { id: 'm2|x', counts: [2] },
      { id: 'm2|y', counts: [28] },
    ];
    const relations: MarginRelation[] = [
      { total: 'C|T', parts: ['C|x', 'C|y'] },
      { total: 'm1|T', parts: ['m1|x', 'm1|y'] },
      { total: 'm2|T', parts: ['m2|x', 'm2|y'] },
      { total: 'C|T', parts: ['m1|T', 'm2|T'] },
      { total: 'C|x', parts: ['m1|x', 'm2|x'] },
      { total: 'C|y', parts: ['m1|y', 'm2|y'] },
    ];
    const r = applyDisclosure(cells, relations, RULE, linked);
    expect(recoverableByAttacker(relations, new Set(r.suppressed.keys())).filter((id) => r.suppressed.get(id) === 'primary')).toEqual([]);
    // Four cells form the smallest protecting rectangle: m2|x with m2|y, m1|x and m1|y (the totals stay).
    expect([...r.suppressed.keys()].sort()).toEqual(['m1|x', 'm1|y', 'm2|x', 'm2|y']);
  });

  it('keeps fixed cells as they are and never publishes a presuppressed one', () => {
    const cells: DisclosureCell[] = [
      { id: 'T', counts: [30] },
      { id: 'a', counts: [3] },
      { id: 'b', counts: [12] },
      { id: 'c', counts: [15] },
    ];
    const r = applyDisclosure(cells, [{ total: 'T', parts: ['a', 'b', 'c'] }], RULE, {
      ...linked,
      presuppressed: new Map([['c', 'secondary' as const]]),
      fixed: new Set(['T', 'b', 'c']),
    });
    // c already hides the 3 together with it; b and T are fixed as published.
    expect(Object.fromEntries(r.suppressed)).toEqual({ a: 'primary', c: 'secondary' });
  });

  /** Areas (two clusters of municipalities and the region) × a breakdown with a total. */
  const linkedTable = fc
    .record({
      municipalities: fc.integer({ min: 2, max: 5 }),
      strata: fc.integer({ min: 2, max: 4 }),
      counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: 20, maxLength: 20 }),
    })
    .map(({ municipalities, strata, counts }) => {
      const cells: DisclosureCell[] = [];
      const relations: MarginRelation[] = [];
      const value = new Map<string, number>();
      let k = 0;
      const ms = Array.from({ length: municipalities }, (_, i) => `m${i}`);
      for (const m of ms) for (let s = 0; s < strata; s++) value.set(`${m}|${s}`, counts[k++ % counts.length]!);
      const clusters = { c0: ms.slice(0, Math.ceil(municipalities / 2)), c1: ms.slice(Math.ceil(municipalities / 2)) };
      const areas: Record<string, string[]> = { ...Object.fromEntries(ms.map((m) => [m, [m]])), ...clusters, R: ms };
      for (const [area, members] of Object.entries(areas)) {
        if (members.length === 0) continue;
        let total = 0;
        for (let s = 0; s < strata; s++) {
          const v = members.reduce((sum, m) => sum + value.get(`${m}|${s}`)!, 0);
          total += v;
          cells.push({ id: `${area}|${s}`, counts: [v] });
          if (members.length > 1) relations.push({ total: `${area}|${s}`, parts: members.map((m) => `${m}|${s}`) });
        }
        cells.push({ id: `${area}|T`, counts: [total] });
        relations.push({ total: `${area}|T`, parts: Array.from({ length: strata }, (_, s) => `${area}|${s}`) });
        if (members.length > 1) relations.push({ total: `${area}|T`, parts: members.map((m) => `${m}|T`) });
      }
      return { cells, relations };
    });

  it('random linked tables: no small cell can be recovered, and lifting a secondary suppression shows one (canary)', () => {
    let canaries = 0;
    fc.assert(
      fc.property(linkedTable, ({ cells, relations }) => {
        const r = applyDisclosure(cells, relations, RULE, linked);
        const hidden = new Set(r.suppressed.keys());
        const small = (ids: string[]) => ids.filter((id) => r.suppressed.get(id) === 'primary');
        expect(small(recoverableByAttacker(relations, hidden))).toEqual([]);
        for (const c of cells) if (!hidden.has(c.id)) expect(c.counts[0]! === 0 || c.counts[0]! >= 5).toBe(true);
        // Every secondary suppression is needed: lifting any one of them opens a small cell.
        for (const [id, why] of r.suppressed) {
          if (why !== 'secondary') continue;
          const lifted = new Set(hidden);
          lifted.delete(id);
          expect(small(recoverableByAttacker(relations, lifted)).length).toBeGreaterThan(0);
          canaries++;
        }
      }),
      { numRuns: 150, seed: 20261204 },
    );
    expect(canaries).toBeGreaterThan(20);
  });
});
