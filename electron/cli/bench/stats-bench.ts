import { applyDisclosure, type DisclosureCell, type MarginRelation } from '../../../shared/disclosure';
import { directStandardised, orderedInequality, proportion, rate, standardPopulation, type OrderedGroup } from '../../../shared/stats';
import { machineDescription, measure, measurementTable, type Measurement } from './harness';

const ROWS = 100_000;
const RUNS = 5;

/** Deterministic pseudo-random counts (LCG) so every run and machine sees the same strata. */
function strata(): { count: number; population: number }[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: ROWS }, () => {
    const population = Math.floor(next() < 0.2 ? next() * 30 : next() * 5000) + 1;
    return { count: Math.floor(population * next() * 0.3), population };
  });
}

/** 100,000 cells: 5,000 one-way breakdowns (5 parts + total) and 3,500 two-way 4×3 tables with margins. */
function tables(rows: { count: number; population: number }[]): { cells: DisclosureCell[]; relations: MarginRelation[] } {
  const cells: DisclosureCell[] = [];
  const relations: MarginRelation[] = [];
  let i = 0;
  const take = (id: string) => {
    const r = rows[i++ % rows.length]!;
    cells.push({ id, counts: [r.count, r.population] });
    return r;
  };
  for (let t = 0; t < 5000; t++) {
    const parts = [0, 1, 2, 3, 4].map((p) => `o${t}p${p}`);
    parts.forEach(take);
    cells.push({ id: `o${t}T`, counts: [0, 1].map((k) => cells.slice(-5).reduce((s, c) => s + c.counts[k]!, 0)) });
    relations.push({ total: `o${t}T`, parts });
  }
  for (let t = 0; t < 3500; t++) {
    const id = (r: number | 'T', c: number | 'T') => `w${t}r${r}c${c}`;
    const start = cells.length;
    for (let r = 0; r < 4; r++) for (let c = 0; c < 3; c++) take(id(r, c));
    const local = (x: string) => cells.slice(start).find((c) => c.id === x)!;
    const add = (total: string, parts: string[]) => {
      cells.push({ id: total, counts: [0, 1].map((k) => parts.reduce((s, p) => s + local(p).counts[k]!, 0)) });
      relations.push({ total, parts });
    };
    for (let r = 0; r < 4; r++)
      add(
        id(r, 'T'),
        [0, 1, 2].map((c) => id(r, c)),
      );
    for (let c = 0; c < 3; c++)
      add(
        id('T', c),
        [0, 1, 2, 3].map((r) => id(r, c)),
      );
    add(
      id('T', 'T'),
      [0, 1, 2, 3].map((r) => id(r, 'T')),
    );
    relations.push({ total: id('T', 'T'), parts: [0, 1, 2].map((c) => id('T', c)) });
  }
  return { cells, relations };
}

/** Stats + disclosure over 100,000 strata rows (pure functions, no engine). */
export async function runStatsBench(): Promise<{ title: string; markdown: string }> {
  const rows = strata();
  const esp = standardPopulation('ESP2013');
  const { cells, relations } = tables(rows);
  const noSetup = async () => undefined;
  const results: Measurement[] = [];
  results.push(
    await measure('proportion + rate, 100,000 rows', 'js', RUNS, noSetup, async () => {
      for (const r of rows) {
        proportion(r.count, r.population);
        rate(r.count, r.population);
      }
    }),
  );
  results.push(
    await measure('directStandardised, 5,263 strata × 19 bands', 'js', RUNS, noSetup, async () => {
      for (let i = 0; i + 19 <= ROWS; i += 19) directStandardised(rows.slice(i, i + 19).map((r, k) => ({ ...r, standardWeight: esp[k]!.weight })));
    }),
  );
  results.push(
    await measure('orderedInequality, 20,000 × 5 groups', 'js', RUNS, noSetup, async () => {
      for (let i = 0; i + 5 <= ROWS; i += 5) {
        const groups: OrderedGroup[] = rows.slice(i, i + 5).map((r) => ({ ...proportion(r.count, r.population)!, population: r.population, cases: r.count }));
        orderedInequality(groups, { scale: 'proportion', multiplier: 100 });
      }
    }),
  );
  let suppressed = 0;
  results.push(
    await measure(
      `applyDisclosure, ${cells.length.toLocaleString('en')} cells / ${relations.length.toLocaleString('en')} relations`,
      'js',
      RUNS,
      noSetup,
      async () => {
        suppressed = applyDisclosure(cells, relations).suppressed.size;
      },
    ),
  );
  const markdown = [
    `Machine: ${machineDescription()}. Medians over ${RUNS} runs; ${suppressed.toLocaleString('en')} cells suppressed.`,
    '',
    measurementTable(results),
  ].join('\n');
  return { title: 'Statistics and disclosure control (100,000 strata rows)', markdown };
}
