/**
 * Issue 13: no number without data behind it. On an extract without labour-market data, without parent
 * ids and without diabetes or anxiety codes, every indicator that needs them is unavailable with its
 * reason, carries no rows, no chart and no key message; the KOL indicators the extract supports stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Datapakke, Indicator } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { TRACKS } from '../../../shared/tracks';
import { extractFacts } from '../../../shared/tracks/availability';
import { loadCanonical } from '../../fixtures/tracks/canonical';
import { kolOnlyExtract } from '../../fixtures/tracks/kol-only';
import { syntheticExtract } from '../../fixtures/tracks/synthetic';
import { AGE_BANDS, counterfactualGain } from '../../../shared/stats';
import { indicator, tinyPackage } from './helpers';

let engine: Engine;
const packages: Partial<Record<'kol' | 'diabetes' | 'angst', Datapakke>> = {};
beforeAll(async () => {
  engine = await createNodeWasmEngine();
  const data = kolOnlyExtract();
  for (const track of ['kol', 'diabetes', 'angst'] as const) packages[track] = await tinyPackage(engine, track, data);
}, 120_000);
afterAll(async () => {
  await engine.close();
});

const all = (p: Datapakke): Indicator[] => p.sections.flatMap((s) => s.indicators);

function expectUnavailable(ind: Indicator, reason: string | RegExp) {
  expect(ind.available, ind.id).toBe(false);
  expect(ind.reason).toMatch(reason);
  expect(ind.rows ?? []).toEqual([]);
  expect(ind.keyMessage).toBeUndefined();
  expect(ind.charts ?? []).toEqual([]);
  expect(ind.inequality).toBeUndefined();
}

describe('indicators without the data they need', () => {
  it('KOL: employment and children with a parent are unavailable with a Danish reason naming the column', () => {
    const p = packages.kol!;
    expectUnavailable(
      indicator(p, 'kol.employment'),
      'Udtrækket har ingen oplysning om arbejdsmarkedstilknytning (kolonnen labour_market er ikke med eller er tom).',
    );
    expectUnavailable(
      indicator(p, 'kol.children_with_parent'),
      'Udtrækket har ingen oplysning om forældre (kolonnerne mother_id og father_id er ikke med eller er tomme).',
    );
    // What the extract does support keeps its numbers.
    const prev = indicator(p, 'kol.prevalence');
    expect(prev.available).toBe(true);
    expect(prev.keyMessage).toMatch(/KOL/);
    expect(indicator(p, 'kol.mortality').available).toBe(true);
  });

  it('diabetes and angst: every case-based indicator is unavailable, the reason names the missing codes', () => {
    for (const track of ['diabetes', 'angst'] as const) {
      const def = TRACKS[track];
      const p = packages[track]!;
      for (const d of def.indicators.filter((x) => x.needs?.codes)) {
        expectUnavailable(
          indicator(p, `${track}.${d.name}`),
          new RegExp(
            `^Udtrækket indeholder ingen ${def.codesName.da} \\(.+\\), så ingen borgere kan findes med ${def.disease.da}\\. Er udtrækket afgrænset til andre sygdomme\\?$`,
          ),
        );
      }
    }
    expect(indicator(packages.diabetes!, 'diabetes.prevalence').reason).toContain(
      'DE10, DE11, DE12, DE13, DE14, DH360, DO240, DO241, DO242, DO243 eller lægemidler A10',
    );
    expect(indicator(packages.angst!, 'angst.treated').reason).toContain('lægemidler N05BA, N06AB');
  });

  it('no unavailable indicator carries a key message or a number in its reason', () => {
    for (const p of Object.values(packages)) {
      for (const ind of all(p!)) {
        if (ind.available !== false) continue;
        expect(ind.keyMessage, ind.id).toBeUndefined();
        expect(ind.reason, ind.id).not.toMatch(/\d+,\d+ %|\(null\)/);
      }
    }
  });
});

describe('extract facts', () => {
  it('finds filled columns and covered rules with cheap queries; a mapped-but-empty column counts as missing', async () => {
    const data = kolOnlyExtract(200, 3);
    await loadCanonical(engine, data);
    const tables = new Set(['persons', 'socioeconomic', 'hospital_contacts', 'prescriptions']);
    const facts = await extractFacts(engine, tables, Object.values(TRACKS));
    expect(facts.filled.has('socioeconomic.labour_market')).toBe(false);
    expect(facts.filled.has('persons.mother_id')).toBe(false);
    expect(facts.filled.has('persons.death_date')).toBe(true);
    expect([...facts.covered].sort()).toEqual(['kol', 'kol_diagnoses_only']);
    // One diabetes redemption anywhere (another area, long ago) is enough for the codes check.
    await engine.exec(`INSERT INTO prescriptions VALUES ('p1', DATE '2001-05-01', 'A10BA02', 1)`);
    const again = await extractFacts(engine, tables, Object.values(TRACKS));
    expect(again.covered.has('diabetes')).toBe(true);
    expect(again.covered.has('angst')).toBe(false);
  });
});

describe('potential gain in a package', () => {
  it('is the cell-wise counterfactual over education × age band × sex of the residents, share of all cases', async () => {
    const p = await tinyPackage(engine, 'kol', syntheticExtract(3000, 5));
    const prev = indicator(p, 'kol.prevalence');
    const gain = prev.inequality && !prev.inequality.suppressed ? prev.inequality.potentialGain : undefined;
    expect(gain).toBeDefined();
    // Independently from the person table and the case table.
    const rows = await engine.query(`SELECT p.education AS e, p.age_band AS b, p.sex AS s, count(*) AS d, count(c.person_id) AS n
      FROM dp_person p LEFT JOIN dp_case_kol_ref c ON c.person_id = p.person_id
      WHERE p.in_area AND p.alive_ref AND p.age BETWEEN 30 AND 100 GROUP BY ALL`);
    const groups = ['grundskole', 'kort', 'videregaaende'].map((e) =>
      rows.filter((r) => r.e === e).map((r) => ({ band: String(r.b), sex: String(r.s), cases: Number(r.n), population: Number(r.d) })),
    );
    const total = rows.reduce((s, r) => s + Number(r.n), 0);
    const expected = counterfactualGain(groups, 2, { favourable: false, bandOrder: AGE_BANDS, totalCases: total })!;
    expect(gain!.cases).toBeCloseTo(expected.cases, 9);
    expect(gain!.share).toBeCloseTo(expected.share, 12);
    expect(expected.cases).toBeGreaterThan(0);
  }, 120_000);
});

describe('a social dimension unknown for more than half', () => {
  it('gets no inequality summary and no gradient in the key message; a known dimension keeps its summary', async () => {
    const data = syntheticExtract(3000, 5);
    data.socioeconomic = data.socioeconomic.map((s, i) => ({ ...s, education: i % 5 === 0 ? s.education : null }));
    const p = await tinyPackage(engine, 'kol', data);
    const prev = indicator(p, 'kol.prevalence');
    expect(prev.available).toBe(true);
    expect(prev.inequality).toBeUndefined();
    expect(prev.keyMessage).toMatch(/^Blandt alle borgere 30-100 år i området har \d+,\d % KOL\.$/);
    expect((prev.inequalities ?? []).map((x) => x.dimension)).toContain('income_quartile');
    // The same extract with education known keeps the education summary and the gradient.
    const full = indicator(await tinyPackage(engine, 'kol', syntheticExtract(3000, 5)), 'kol.prevalence');
    expect(full.inequality?.dimension).toBe('education');
    expect(full.keyMessage).toMatch(/^Blandt borgere med grundskole/);
  }, 180_000);
});
