/**
 * Attack test: for random one- and two-way tables with margins, no suppressed cell can be recovered
 * exactly from the published cells through the relations, and no published count lies in 1 … minCount − 1.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDisclosure, type DisclosureCell, type MarginRelation } from '../../../shared/disclosure';
import { recoverableByAttacker } from './rank';

interface Table {
  cells: DisclosureCell[];
  relations: MarginRelation[];
}

/** Counts skewed towards small values so that suppression actually happens. */
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2000 }));

const oneWay = (prefix: string, values: [number, number][]): Table => {
  const parts = values.map(([num, extra], i) => ({ id: `${prefix}${i}`, counts: [num, num + extra] }));
  const total = { id: `${prefix}T`, counts: [0, 1].map((k) => parts.reduce((s, p) => s + p.counts[k]!, 0)) };
  return { cells: [...parts, total], relations: [{ total: total.id, parts: parts.map((p) => p.id) }] };
};

const twoWay = (grid: number[][]): Table => {
  const rows = grid.length;
  const cols = grid[0]!.length;
  const cells: DisclosureCell[] = [];
  const relations: MarginRelation[] = [];
  const id = (r: number | 'T', c: number | 'T') => `r${r}c${c}`;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push({ id: id(r, c), counts: [grid[r]![c]!] });
  for (let r = 0; r < rows; r++) {
    cells.push({ id: id(r, 'T'), counts: [grid[r]!.reduce((s, v) => s + v, 0)] });
    relations.push({ total: id(r, 'T'), parts: grid[r]!.map((_, c) => id(r, c)) });
  }
  for (let c = 0; c < cols; c++) {
    cells.push({ id: id('T', c), counts: [grid.reduce((s, row) => s + row[c]!, 0)] });
    relations.push({ total: id('T', c), parts: grid.map((_, r) => id(r, c)) });
  }
  cells.push({ id: id('T', 'T'), counts: [grid.flat().reduce((s, v) => s + v, 0)] });
  relations.push({ total: id('T', 'T'), parts: grid.map((_, r) => id(r, 'T')) });
  relations.push({ total: id('T', 'T'), parts: grid[0]!.map((_, c) => id('T', c)) });
  return { cells, relations };
};

/** Secondary suppressions seen, so a run in which nothing needed protecting cannot pass vacuously. */
let secondarySeen = 0;

function check(table: Table, minCount: number): boolean {
  const result = applyDisclosure(table.cells, table.relations, { minCount });
  secondarySeen += result.secondaryCount;
  for (const cell of table.cells) {
    if (result.suppressed.has(cell.id)) continue;
    if (cell.counts.some((c) => c > 0 && c < minCount)) throw new Error(`published small count in ${cell.id}`);
  }
  const recovered = recoverableByAttacker(table.relations, new Set(result.suppressed.keys()));
  if (recovered.length > 0) throw new Error(`recoverable: ${recovered.join(', ')}`);
  expect(result.primaryCount + result.secondaryCount).toBe(result.suppressed.size);
  return true;
}

describe('suppression attack', () => {
  beforeEach(() => {
    secondarySeen = 0;
  });
  afterEach(() => {
    expect(secondarySeen).toBeGreaterThan(50);
  });

  it('one-way breakdowns with their total (numerator + denominator per cell)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count), { minLength: 1, maxLength: 10 }), fc.constantFrom(3, 5, 10), (values, minCount) =>
        check(oneWay('g', values), minCount),
      ),
      { numRuns: 400 },
    );
  });

  it('two breakdowns sharing one total (e.g. sex and education of the same population)', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 2, maxLength: 6 }), fc.array(count, { minLength: 1, maxLength: 6 }), (a, bRaw) => {
        const total = a.reduce((s, v) => s + v, 0);
        // Second breakdown of the same total: split it randomly across b's groups.
        const weights = bRaw.map((v) => v + 1);
        const wsum = weights.reduce((s, v) => s + v, 0);
        const b = weights.map((w) => Math.floor((total * w) / wsum));
        b[0]! += total - b.reduce((s, v) => s + v, 0);
        const cells: DisclosureCell[] = [
          { id: 'T', counts: [total] },
          ...a.map((v, i) => ({ id: `a${i}`, counts: [v] })),
          ...b.map((v, i) => ({ id: `b${i}`, counts: [v] })),
        ];
        const relations = [
          { total: 'T', parts: a.map((_, i) => `a${i}`) },
          { total: 'T', parts: b.map((_, i) => `b${i}`) },
        ];
        return check({ cells, relations }, 5);
      }),
      { numRuns: 300 },
    );
  });

  it('two-way tables with row, column and grand margins', () => {
    const grid = fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 }))
      .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(grid, fc.constantFrom(3, 5), (g, minCount) => check(twoWay(g), minCount)),
      { numRuns: 400 },
    );
  });
});
