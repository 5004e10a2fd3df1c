/** Invariants of the track definitions (data): what the interpreter and the families rely on. */
import { describe, expect, it } from 'vitest';
import { TRACKS } from '../../../shared/tracks';
import { familyBuilder } from '../../../shared/indicators';
import { CANONICAL_TABLES, type CanonicalTableName } from '../../../shared/contract/canonical';

const CODE = /^[A-Z][A-Z0-9]*$/;

describe.each(Object.values(TRACKS))('$id definition', (track) => {
  it('has unique indicator names and a known case rule for each', () => {
    const names = track.indicators.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
    const rules = new Set(track.caseRules.map((r) => r.id));
    expect(rules.has(track.mainRule)).toBe(true);
    for (const i of track.indicators) {
      if (i.caseRule) expect(rules.has(i.caseRule), i.name).toBe(true);
      expect(familyBuilder(i.family, '3', [751])).toBeTypeOf('function');
      expect(i.ages.min).toBeLessThanOrEqual(i.ages.max);
      expect(i.message.da, i.name).toContain('{value}');
      expect(i.message.en, i.name).toContain('{value}');
      expect(i.requires).toContain(i.family === 'survey' ? 'survey' : 'persons');
    }
  });

  it('declares what each indicator needs: every case-based family the codes, every column a real canonical one', () => {
    const caseFamilies = new Set([
      'prevalence',
      'incidence',
      'acute_admissions',
      'readmissions',
      'service_uptake',
      'employment',
      'mortality',
      'cost',
      'children_with_parent',
    ]);
    for (const i of track.indicators) {
      expect(i.needs?.codes === true, i.name).toBe(caseFamilies.has(i.family));
      for (const need of i.needs?.columns ?? []) {
        const table = CANONICAL_TABLES[need.table as CanonicalTableName];
        expect(table, `${i.name}: ${need.table}`).toBeDefined();
        for (const c of need.anyOf)
          expect(
            table.columns.map((x) => x.name),
            `${i.name}: ${c}`,
          ).toContain(c);
        expect(i.requires, i.name).toContain(need.table);
      }
    }
    const byName = new Map(track.indicators.map((i) => [i.name, i]));
    if (byName.has('employment')) expect(byName.get('employment')!.needs?.columns?.flatMap((c) => c.anyOf)).toContain('labour_market');
    expect(byName.get('children_with_parent')!.needs?.columns?.flatMap((c) => c.anyOf)).toEqual(['mother_id', 'father_id']);
  });

  it('writes codes as normalised prefixes (upper case, no dot; ICD-10 with the D prefix)', () => {
    for (const r of track.caseRules) {
      const dx = [...(r.diagnoses?.prefixes ?? []), ...(r.diagnoses?.childPrefixes?.prefixes ?? []), ...(r.prescriptions?.pregnancy?.endPrefixes ?? [])];
      for (const code of dx) expect(code, r.id).toMatch(/^D[A-Z][0-9]{2,3}$/);
      const atc = [
        ...(r.prescriptions?.atcPrefixes ?? []),
        ...(r.prescriptions?.excludeAtcPrefixes ?? []),
        ...(r.prescriptions?.ignore ?? []).map((x) => x.atcPrefix),
      ];
      for (const code of atc) expect(code, r.id).toMatch(CODE);
    }
  });
});

it('diabetes never counts gestational diabetes (DO244)', () => {
  const prefixes = TRACKS.diabetes.caseRules[0]!.diagnoses!.prefixes;
  expect(prefixes.some((p) => 'DO244'.startsWith(p))).toBe(false);
  expect(prefixes.some((p) => 'DO243'.startsWith(p))).toBe(true);
});
