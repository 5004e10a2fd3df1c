/**
 * Whole packages on a seeded synthetic extract: every catalogue id present, schema-valid JSON, the
 * planted gradients recovered, and a few numbers recomputed independently with plain loops over the
 * same rows (not the SQL under test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import type { Datapakke, TrackId } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { resolveArea } from '../../../shared/areas/areas';
import { formatPercent } from '../../../shared/text/format';
import { buildDatapakke } from '../../../shared/package/build';
import { loadCanonical } from '../../fixtures/tracks/canonical';
import { syntheticExtract } from '../../fixtures/tracks/synthetic';
import { indicator, row } from '../../unit/package/helpers';

/** TRACKS.md's catalogue, written out here so a dropped indicator fails the test. */
const CATALOGUE: Record<TrackId, string[]> = {
  kol: [
    'population_pyramid',
    'population_social',
    'daily_smoking',
    'youth_smoking',
    'prevalence',
    'incidence',
    'acute_admissions',
    'readmissions_30d',
    'rehab_uptake',
    'employment',
    'mortality',
    'cost_per_capita',
    'children_with_parent',
  ],
  diabetes: [
    'population_pyramid',
    'population_social',
    'overweight',
    'inactivity',
    'prevalence',
    'incidence',
    'acute_admissions',
    'readmissions_30d',
    'rehab_uptake',
    'employment',
    'mortality',
    'cost_per_capita',
    'children_with_parent',
    'type1_children',
  ],
  angst: [
    'population_pyramid',
    'population_social',
    'low_wellbeing',
    'prevalence',
    'treated',
    'incidence',
    'psych_readmissions_30d',
    'service_uptake',
    'neet_youth',
    'children_with_parent',
  ],
};

const schema = JSON.parse(fs.readFileSync(new URL('../../golden/schemas/datapakke.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const data = syntheticExtract();
const AREA = resolveArea('cluster:aarhus');
const sig4 = (x: number) => Number(x.toPrecision(4));

let engine: Engine;
const packages = new Map<TrackId, Datapakke>();

async function build(track: TrackId, lang: 'da' | 'en' = 'da'): Promise<Datapakke> {
  return buildDatapakke(engine, {
    track,
    area: AREA,
    referenceDate: '2024-01-01',
    lang,
    settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
    sources: [{ table: 'persons', files: ['persons.csv'], rows: data.persons.length, sha256: 'a'.repeat(64) }],
    generatedAt: '2026-11-22T10:00:00Z',
    app: { name: 'datapakker', version: 'test' },
  });
}

beforeAll(async () => {
  engine = await createNodeWasmEngine();
  await loadCanonical(engine, data);
  for (const track of ['kol', 'diabetes', 'angst'] as const) packages.set(track, await build(track));
}, 300_000);
afterAll(async () => {
  await engine.close();
});

describe.each(['kol', 'diabetes', 'angst'] as const)('%s package', (track) => {
  it('validates against the datapakke schema and lists every catalogue id with rows', () => {
    const p = packages.get(track)!;
    expect(validate(p), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const ids = p.sections.flatMap((s) => s.indicators.map((i) => i.id));
    expect(ids.sort()).toEqual(CATALOGUE[track].map((n) => `${track}.${n}`).sort());
    for (const ind of p.sections.flatMap((s) => s.indicators)) {
      expect(ind.available, ind.id).toBe(true);
      expect(ind.rows!.length, ind.id).toBeGreaterThan(0);
      expect(ind.keyMessage, ind.id).toMatch(/\.$/);
    }
  });

  it('never shows a number in a suppressed row and states the disclosure rule', () => {
    const p = packages.get(track)!;
    const rows = p.sections.flatMap((s) => s.indicators.flatMap((i) => i.rows ?? []));
    const suppressed = rows.filter((r) => r.suppressed);
    expect(suppressed.length).toBe(p.disclosure!.suppressedCells);
    for (const r of suppressed) expect(Object.keys(r).sort()).toEqual(['strata', 'suppressed']);
    for (const r of rows) if (!r.suppressed && r.numerator !== undefined) expect(r.numerator === 0 || r.numerator >= 5).toBe(true);
  });
});

describe('independent recomputation (plain loops over the synthetic rows)', () => {
  const REF = '2024-01-01';
  const inArea = new Set(AREA.municipalities);
  const ageAt = (birth: string) => {
    const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
    return 2024 - y - (m > 1 || (m === 1 && d > 1) ? 1 : 0);
  };
  const group3 = (edu: unknown) =>
    edu === 'grundskole' ? 'grundskole' : edu === 'mellemlang_videregaaende' || edu === 'lang_videregaaende' ? 'videregaaende' : edu ? 'kort' : 'ukendt';
  const educationOf = new Map(data.socioeconomic.map((s) => [String(s.person_id), group3(s.education)]));

  function kolCases(): Set<string> {
    const ages = new Map(data.persons.map((p) => [String(p.person_id), ageAt(String(p.birth_date))]));
    const cases = new Set<string>();
    for (const c of data.hospital_contacts) {
      const day = String(c.start_date).slice(0, 10);
      if (/^DJ4[234]/.test(String(c.diagnosis_code)) && day >= '2014-01-01' && day < REF) cases.add(String(c.person_id));
    }
    const byPerson = new Map<string, string[]>();
    for (const r of data.prescriptions) {
      const day = String(r.dispensing_date);
      if (!String(r.atc).startsWith('R03') || day < '2014-01-01' || day >= REF) continue;
      byPerson.set(String(r.person_id), [...(byPerson.get(String(r.person_id)) ?? []), day]);
    }
    for (const [id, days] of byPerson) {
      days.sort();
      const close = days.some((d, i) => i > 0 && (Date.parse(d) - Date.parse(days[i - 1]!)) / 86_400_000 <= 365);
      if (close && (ages.get(id) ?? 0) >= 40) cases.add(id);
    }
    return cases;
  }

  it('KOL prevalence: total, by sex and by education — exact counts, values to 4 significant digits', () => {
    const cases = kolCases();
    const population = data.persons.filter(
      (p) => inArea.has(Number(p.municipality_code)) && (p.death_date === null || String(p.death_date) >= REF) && ageAt(String(p.birth_date)) >= 30,
    );
    const ind = indicator(packages.get('kol')!, 'kol.prevalence');
    const check = (subset: typeof population, strata: Record<string, string>) => {
      const n = subset.filter((p) => cases.has(String(p.person_id))).length;
      const r = row(ind, strata);
      expect([r.numerator, r.denominator], JSON.stringify(strata)).toEqual([n, subset.length]);
      expect(sig4(r.value)).toBe(sig4((100 * n) / subset.length));
    };
    check(population, {});
    check(
      population.filter((p) => p.sex === 'K'),
      { sex: 'K' },
    );
    for (const g of ['grundskole', 'kort', 'videregaaende']) {
      check(
        population.filter((p) => (educationOf.get(String(p.person_id)) ?? 'ukendt') === g),
        { education: g },
      );
    }
  });

  it('KOL prevalence in the whole region is noted for comparison', () => {
    const cases = kolCases();
    const region = new Set(resolveArea('region').municipalities);
    const population = data.persons.filter(
      (p) => region.has(Number(p.municipality_code)) && (p.death_date === null || String(p.death_date) >= REF) && ageAt(String(p.birth_date)) >= 30,
    );
    const n = population.filter((p) => cases.has(String(p.person_id))).length;
    const notes = indicator(packages.get('kol')!, 'kol.prevalence').notes ?? [];
    const expected = `Region Midtjylland til sammenligning: ${formatPercent((100 * n) / population.length)} (aldersstandardiseret`;
    expect(
      notes.some((x) => x.startsWith(expected)),
      notes.join('\n'),
    ).toBe(true);
  });

  it('daily smoking (survey, 25+): weighted share and unweighted counts', () => {
    const resp = data.survey.filter((s) => s.year === 2023 && inArea.has(Number(s.municipality_code)) && Number(s.age) >= 25);
    const sumW = resp.reduce((a, s) => a + Number(s.weight), 0);
    const sumWY = resp.reduce((a, s) => a + (s.daily_smoker ? Number(s.weight) : 0), 0);
    const r = row(indicator(packages.get('kol')!, 'kol.daily_smoking'));
    expect([r.numerator, r.denominator]).toEqual([resp.filter((s) => s.daily_smoker).length, resp.length]);
    expect(sig4(r.value)).toBe(sig4((100 * sumWY) / sumW));
  });
});

describe('planted gradients', () => {
  it('KOL: 12 % among grundskole vs 3 % among videregående (40+): the ratio interval holds 4', () => {
    const ineq = indicator(packages.get('kol')!, 'kol.prevalence').inequality;
    expect(ineq && !ineq.suppressed).toBe(true);
    if (!ineq || ineq.suppressed) return;
    const ratio = (ineq as { intervals?: { ratio?: { lower: number; upper: number } } }).intervals!.ratio!;
    expect(ratio.lower).toBeGreaterThan(1);
    expect(ratio.lower).toBeLessThan(4);
    expect(ratio.upper).toBeGreaterThan(4);
    expect(ineq.potentialGain!.cases).toBeGreaterThan(0);
  });

  it('the key message states the gradient in Danish and in English', async () => {
    expect(indicator(packages.get('kol')!, 'kol.prevalence').keyMessage).toMatch(
      /^Blandt borgere med grundskole som højeste uddannelse har \d+,\d % KOL mod \d+,\d % blandt borgere med en mellemlang eller lang videregående uddannelse – \d+,\d gange så mange\.$/,
    );
    const en = await build('kol', 'en');
    expect(indicator(en, 'kol.prevalence').keyMessage).toMatch(
      /^Among people with primary school as their highest education, \d+\.\d% have COPD compared with/,
    );
    expect(validate(en)).toBe(true);
  });
});

describe('definitions in the package', () => {
  it('prints the case definitions it used and carries their caveats on the indicators', () => {
    const kol = packages.get('kol')!;
    const method = kol.method as { caseDefinitions: { id: string; diagnoses: { prefixes: string[] } }[]; socialPosition: string };
    expect(method.caseDefinitions.map((c) => c.id)).toEqual(['kol', 'kol_diagnoses_only']);
    expect(method.caseDefinitions[0]!.diagnoses.prefixes).toEqual(['DJ42', 'DJ43', 'DJ44']);
    expect(method.socialPosition).toContain('under 30 år efter forældrenes højeste uddannelse');
    expect(indicator(kol, 'kol.prevalence').notes!.join(' ')).toContain('vores udvidelse af RUKS');
    expect(indicator(kol, 'kol.prevalence').rows!.some((r) => r.strata.variant === 'diagnoses_only' && Object.keys(r.strata).length === 1)).toBe(true);
    expect(indicator(packages.get('angst')!, 'angst.prevalence').notes!.join(' ')).toContain('toppen af isbjerget');
    const types = indicator(packages.get('diabetes')!, 'diabetes.prevalence').rows!.filter((r) => Object.keys(r.strata).join() === 'diabetes_type');
    expect(types.map((r) => r.strata.diabetes_type)).toEqual(['1', '2']);
  });
});

describe('missing tables', () => {
  it('keeps an indicator whose table is missing, unavailable with the table named', async () => {
    const { survey: _survey, costs: _costs, ...rest } = data;
    void _survey;
    void _costs;
    await loadCanonical(engine, rest);
    const p = await build('diabetes');
    expect(validate(p)).toBe(true);
    const overweight = indicator(p, 'diabetes.overweight');
    expect(overweight).toMatchObject({ available: false, rows: [] });
    expect(overweight.reason).toMatch(/'survey' \(Hvordan har du det\?\)/);
    expect(indicator(p, 'diabetes.cost_per_capita').reason).toMatch(/'costs'/);
    expect(indicator(p, 'diabetes.prevalence').available).toBe(true);
  });
});
