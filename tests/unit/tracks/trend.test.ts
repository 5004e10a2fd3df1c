/**
 * The trend's one-pass case finding (shared/tracks/trend.ts) against the per-date case finding the
 * packages use (caseStatusSql): on random event histories, for several status dates and look-backs,
 * both rule shapes (diagnosis or a pair of redemptions; k events of any kind), the same persons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { caseStatusSql, eventsTableName } from '../../../shared/tracks/interpreter';
import { trendCasesSql, trendLookback, trendYears } from '../../../shared/tracks/trend';
import { protectAgainstDifferencing } from '../../../shared/package/trend';
import type { CaseRule } from '../../../shared/tracks/types';
import { TRACKS } from '../../../shared/tracks';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { mulberry32 } from '../../fixtures/tracks/synthetic';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine?.close();
});

const rule = (id: string) =>
  Object.values(TRACKS)
    .flatMap((t) => t.caseRules)
    .find((r) => r.id === id)!;

/** Random events 2010-2024 for 300 persons: a few diagnoses and runs of redemptions, some close in time. */
async function randomEvents(r: CaseRule, seed: number): Promise<void> {
  const rand = mulberry32(seed);
  const rows: string[] = [];
  const day = (offset: number) => `DATE '2010-01-01' + ${Math.floor(offset)}`;
  for (let p = 0; p < 300; p++) {
    const n = Math.floor(rand() * 5);
    for (let i = 0; i < n; i++) {
      const kind = rand() < 0.4 ? 'dx' : 'rx';
      const start = rand() * 14 * 365;
      rows.push(`('p${p}', ${day(start)}, '${kind}')`);
      // Sometimes a second event soon after (a pair within a year), sometimes the same day.
      if (rand() < 0.5) rows.push(`('p${p}', ${day(start + (rand() < 0.2 ? 0 : rand() * 500))}, '${kind === 'dx' && rand() < 0.5 ? 'rx' : kind}')`);
    }
  }
  await engine.exec(
    `CREATE OR REPLACE TEMP TABLE ${eventsTableName(r)} AS SELECT person_id, d, kind, 'X' AS code, 'A' AS dtype FROM (VALUES ${rows.join(', ')}) AS t(person_id, d, kind)`,
  );
}

describe('trend case finding equals the per-date case finding', () => {
  const dates = ['2016-01-01', '2019-07-01', '2022-01-01', '2024-01-01'];
  it.each([
    ['kol', 'a diagnosis or two redemptions within 365 days'],
    ['diabetes', 'two events of any kind'],
  ])('%s (%s)', async (ruleId) => {
    const r = rule(ruleId);
    await randomEvents(r, ruleId.length * 7919);
    let compared = 0;
    for (const lookback of [2, 5, 10]) {
      const list = dates.map((statusDate) => ({ year: Number(statusDate.slice(0, 4)), statusDate }));
      await engine.exec(trendCasesSql(r, eventsTableName(r), list, lookback, 'trend_cases'));
      for (const y of list) {
        await engine.exec(caseStatusSql({ ...r, lookbackYears: lookback }, y.statusDate, 'per_date'));
        const perDate = (await engine.query('SELECT person_id FROM per_date ORDER BY 1')).map((x) => String(x.person_id));
        const trend = (await engine.query(`SELECT person_id FROM trend_cases WHERE year = ${y.year} ORDER BY 1`)).map((x) => String(x.person_id));
        expect(trend, `${ruleId}, ${lookback} years, ${y.statusDate}`).toEqual(perDate);
        compared += perDate.length;
      }
    }
    // Not a comparison of empty sets.
    expect(compared).toBeGreaterThan(100);
  });
});

describe('trend years and look-back', () => {
  it('five status dates on the reference date’s day, 29 February falling back in common years', () => {
    expect(trendYears('2024-01-01').map((y) => y.statusDate)).toEqual(['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01']);
    expect(trendYears('2024-02-29', 2)).toEqual([
      { year: 2023, statusDate: '2023-02-28' },
      { year: 2024, statusDate: '2024-02-29' },
    ]);
  });
  it('the same look-back for every year: the rule’s, or the whole years the data cover before the first date', () => {
    const kol = rule('kol');
    expect(kol.lookbackYears).toBe(10);
    expect(trendLookback(kol, '2020-01-01', '2014-01-03')).toBe(6);
    expect(trendLookback(kol, '2020-01-01', '2014-02-01')).toBe(5);
    expect(trendLookback(kol, '2020-01-01', '1995-06-30')).toBe(10);
    expect(trendLookback(rule('diabetes'), '2020-01-01', '1995-06-30')).toBe(24);
  });
});

describe('the reference year’s trend row cannot reveal a small cell by subtraction', () => {
  const row = (year: number, n: number) => ({ strata: { year }, suppressed: false as const, numerator: n, denominator: 1000, value: n / 10 });
  const total = { strata: {}, suppressed: false as const, numerator: 100, denominator: 1000, value: 10 };
  const rows = [row(2023, 90), row(2024, 97)];
  it('a difference of 1-4 from the total hides the reference year only', () => {
    const out = protectAgainstDifferencing(rows, total, 2024, 5);
    expect(out.suppressed).toBe(1);
    expect(out.rows).toEqual([row(2023, 90), { strata: { year: 2024 }, suppressed: true }]);
  });
  it('no difference, or one of at least minCount, keeps it; a hidden total hides it', () => {
    expect(protectAgainstDifferencing([row(2024, 100)], total, 2024, 5).suppressed).toBe(0);
    expect(protectAgainstDifferencing([row(2024, 95)], total, 2024, 5).suppressed).toBe(0);
    expect(protectAgainstDifferencing([row(2024, 100)], { strata: {}, suppressed: true }, 2024, 5).suppressed).toBe(1);
  });
});
