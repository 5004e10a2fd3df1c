/**
 * The import's whole-extract checks (issue 13 item 2): a track none of whose codes occur anywhere and a
 * social dimension unknown for more than half of the residents 30-64 are warned about, in Danish labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { extractChecks } from '../../../shared/import/checks';
import { TRACKS } from '../../../shared/tracks';
import { loadCanonical } from '../../fixtures/tracks/canonical';
import { kolOnlyExtract } from '../../fixtures/tracks/kol-only';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

const TABLES = new Set(['persons', 'socioeconomic', 'hospital_contacts', 'prescriptions']);

describe('extractChecks', () => {
  it('warns about the tracks whose codes the extract does not hold, and about mostly unknown dimensions', async () => {
    await loadCanonical(engine, kolOnlyExtract(600, 9));
    const problems = await extractChecks(engine, { referenceDate: '2024-01-01', tables: TABLES, tracks: Object.values(TRACKS) });
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.filter((p) => p.code === 'no_track_codes').map((p) => p.message)).toEqual([
      'Udtrækket indeholder ingen diabeteskoder (diagnoser DE10, DE11, DE12, DE13, DE14, DH360, DO240, DO241, DO242, DO243 eller lægemidler A10) – er det afgrænset til andre sygdomme? Pakken for Diabetes får ingen tal for sygdom, forløb og familie; de står under "Ikke med i denne pakke" med årsagen.',
      'Udtrækket indeholder ingen angstkoder (diagnoser DF40, DF41, DF930, DF931, DF932 eller lægemidler N05BA, N06AB) – er det afgrænset til andre sygdomme? Pakken for Angst får ingen tal for sygdom, forløb og familie; de står under "Ikke med i denne pakke" med årsagen.',
    ]);
    // labour_market is empty for everyone; education is known for most.
    const unknown = problems.filter((p) => p.code === 'mostly_unknown');
    expect(unknown.map((p) => p.message)).toEqual([
      'Tilknytning til arbejdsmarkedet er ukendt for 100 % af borgerne på 30-64 år. Uligheden efter tilknytning til arbejdsmarkedet (forskel, forhold, hældningsindeks og potentiel gevinst) vises derfor ikke, når over halvdelen af gruppen er ukendt.',
    ]);
    for (const p of problems) expect(p.message).not.toMatch(/\(null\)|labour_market|hospital_contacts|undefined/);
  });

  it('names the education codes when education is unknown for most', async () => {
    const data = kolOnlyExtract(600, 9);
    data.socioeconomic = data.socioeconomic!.map((s, i) => ({ ...s, education: i % 4 === 0 ? s.education : null }));
    await loadCanonical(engine, data);
    const problems = await extractChecks(engine, { referenceDate: '2024-01-01', tables: TABLES, tracks: [TRACKS.kol] });
    const edu = problems.find((p) => p.code === 'mostly_unknown' && p.message.startsWith('Uddannelse'));
    expect(edu?.message).toMatch(/^Uddannelse er ukendt for (7\d|8\d) % af borgerne på 30-64 år \(er uddannelseskoderne oversat i profilen\?\)\./);
    expect(problems.some((p) => p.code === 'no_track_codes')).toBe(false);
  });

  it('is fatal when the population has no rows', async () => {
    await loadCanonical(engine, { persons: [] });
    const problems = await extractChecks(engine, { referenceDate: '2024-01-01', tables: new Set(['persons']), tracks: Object.values(TRACKS) });
    expect(problems.map((p) => [p.severity, p.code])).toEqual([['fatal', 'no_population']]);
  });
});
