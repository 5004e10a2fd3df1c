import { describe, expect, it } from 'vitest';
import { chooseDetail, mostlySuppressed } from '../../../shared/charts/detail';
import type { Indicator, IndicatorRow, Strata } from '../../../shared/contract/datapakke';

const pub = (strata: Strata, value: number): IndicatorRow => ({
  strata,
  suppressed: false,
  value,
  lower: value - 1,
  upper: value + 1,
  numerator: 10,
  denominator: 100,
});
const sup = (strata: Strata): IndicatorRow => ({ strata, suppressed: true });
const ind = (rows: IndicatorRow[]): Indicator => ({ id: 't.x', title: 'X', measure: 'proportion', unit: 'pct', rows });

describe('adaptive detail (issue 15)', () => {
  it('draws no gradient when education is unknown for more than half the population, and says why (issue 13)', () => {
    const persons = (strata: Strata, denominator: number): IndicatorRow => ({
      strata,
      suppressed: false,
      value: 10,
      lower: 9,
      upper: 11,
      numerator: 10,
      denominator,
    });
    const withUnknown = (unknownPersons: number) =>
      ind([
        persons({}, 1000),
        ...['grundskole', 'kort', 'videregaaende'].map((g) => persons({ education: g }, (1000 - unknownPersons) / 3)),
        persons({ education: 'ukendt' }, unknownPersons),
      ]);
    const mostly = chooseDetail(withUnknown(600), 'gradient');
    expect(mostly.shown).toBeNull();
    expect(mostly.reason).toMatch(/ukendt for mere end halvdelen/);
    expect(chooseDetail(withUnknown(400), 'gradient').shown?.keys).toEqual(['education']);
  });

  it('keeps education × sex when at most half of its cells are suppressed (a suppressed "ukendt" does not count)', () => {
    const rows = [
      pub({ education: 'grundskole', sex: 'K' }, 9),
      pub({ education: 'grundskole', sex: 'M' }, 8),
      pub({ education: 'kort', sex: 'K' }, 5),
      sup({ education: 'kort', sex: 'M' }),
      pub({ education: 'videregaaende', sex: 'K' }, 3),
      pub({ education: 'videregaaende', sex: 'M' }, 2),
      sup({ education: 'ukendt', sex: 'K' }),
      sup({ education: 'ukendt', sex: 'M' }),
      pub({ education: 'grundskole' }, 8.5),
      pub({ education: 'kort' }, 5),
      pub({ education: 'videregaaende' }, 2.5),
    ];
    const d = chooseDetail(ind(rows), 'gradient').shown!;
    expect(d.keys).toEqual(['education', 'sex']);
    expect(d.coarser).toBe(false);
    expect(d.note).toBeUndefined();
    expect(d.suppressedCells).toBe(1);
    expect(d.rows).toHaveLength(8);
  });

  it('falls back to education alone when most sex cells are suppressed, says so, and only reuses published rows', () => {
    const edu = [pub({ education: 'grundskole' }, 8.5), pub({ education: 'kort' }, 5), pub({ education: 'videregaaende' }, 2.5)];
    const rows = [
      pub({ education: 'grundskole', sex: 'K' }, 9),
      sup({ education: 'grundskole', sex: 'M' }),
      sup({ education: 'kort', sex: 'K' }),
      sup({ education: 'kort', sex: 'M' }),
      pub({ education: 'videregaaende', sex: 'K' }, 3),
      sup({ education: 'videregaaende', sex: 'M' }),
      ...edu,
    ];
    const d = chooseDetail(ind(rows), 'gradient').shown!;
    expect(d.keys).toEqual(['education']);
    expect(d.coarser).toBe(true);
    expect(d.note).toBe('Vist uden opdeling på køn: for mange grupper var udeladt pga. få observationer.');
    expect(d.rows).toEqual(edu);
    for (const r of d.rows) expect(rows).toContain(r);
  });

  it('falls back when the sex split loses a whole education group the coarser breakdown shows', () => {
    const rows = [
      sup({ education: 'grundskole', sex: 'K' }),
      sup({ education: 'grundskole', sex: 'M' }),
      pub({ education: 'kort', sex: 'K' }, 5),
      pub({ education: 'kort', sex: 'M' }, 5),
      pub({ education: 'videregaaende', sex: 'K' }, 3),
      pub({ education: 'videregaaende', sex: 'M' }, 2),
      pub({ education: 'grundskole' }, 8.5),
      pub({ education: 'kort' }, 5),
      pub({ education: 'videregaaende' }, 2.5),
    ];
    expect(chooseDetail(ind(rows), 'gradient').shown!.keys).toEqual(['education']);
  });

  it('shows no chart, with the reason in one line, when every breakdown is mostly suppressed', () => {
    const rows = [sup({ education: 'grundskole' }), sup({ education: 'kort' }), pub({ education: 'videregaaende' }, 2)];
    const r = chooseDetail(ind(rows), 'gradient');
    expect(r.shown).toBeNull();
    expect(r.reason).toBe('Ingen figur efter uddannelse: de fleste grupper er udeladt pga. få observationer.');
    expect(chooseDetail(ind([]), 'trend').reason).toBe('Ingen figur: pakken har ikke den opdeling, figuren kræver.');
    expect(chooseDetail(ind(rows), 'gradient', 'en').reason).toMatch(/^No chart by education/);
  });

  it('"mostly" means more than half', () => {
    expect(mostlySuppressed([pub({ education: 'a' }, 1), sup({ education: 'b' })])).toBe(false);
    expect(mostlySuppressed([pub({ education: 'a' }, 1), sup({ education: 'b' }), sup({ education: 'c' })])).toBe(true);
    expect(mostlySuppressed([])).toBe(true);
  });

  it('a trend falls back from year × education to the total by year; 10-year bands are used only when published', () => {
    const years = [2020, 2021, 2022, 2023];
    const rows = [
      ...years.flatMap((y) => [
        sup({ year: y, education: 'grundskole' }),
        sup({ year: y, education: 'kort' }),
        pub({ year: y, education: 'videregaaende' }, 3),
      ]),
      ...years.map((y) => pub({ year: y }, 4)),
    ];
    const d = chooseDetail(ind(rows), 'trend').shown!;
    expect(d.keys).toEqual(['year']);
    expect(d.note).toMatch(/uden opdeling på uddannelse/);
    const ages = Array.from({ length: 40 }, (_, a) => sup({ age: 30 + a, education: 'grundskole' }));
    const bands = ['30-39', '40-49', '50-59', '60-69'].flatMap((b) => ['grundskole', 'kort'].map((e) => pub({ age_band: b, education: e }, 5)));
    expect(chooseDetail(ind([...ages, ...bands]), 'lifecourse').shown!.keys).toEqual(['age_band', 'education']);
    expect(chooseDetail(ind(ages), 'lifecourse').shown).toBeNull();
  });
});
