import { describe, expect, it } from 'vitest';
import type { Datapakke, Indicator, IndicatorRow, InequalitySummary, Strata } from '../../../shared/contract/datapakke';
import { inequalityOverview, keyInequalities, keyInequalitiesNote, overviewColour, OVERVIEW_COLOURS } from '../../../shared/text/key-inequalities';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const pub = (strata: Strata, value: number, lower = value - 1, upper = value + 1): IndicatorRow => ({ strata, suppressed: false, value, lower, upper });
const sup = (strata: Strata): IndicatorRow => ({ strata, suppressed: true });

function ind(id: string, title: string, rows: IndicatorRow[], inequality: InequalitySummary): Indicator {
  return { id, title, measure: 'proportion', unit: 'pct', rows, inequality };
}

const clear = (difference: number, ratio: number, lower: number, upper: number): InequalitySummary => ({
  dimension: 'education',
  suppressed: false,
  difference,
  ratio,
  intervals: { difference: { lower, upper } },
});

function pkgWith(indicators: Indicator[]): Datapakke {
  const base = samplePackage('kol');
  return { ...base, sections: [{ id: 's', title: 'S', indicators }] };
}

describe('key inequalities (Nøglebudskaber)', () => {
  const smoking = ind(
    't.smoking',
    'Dagligrygere',
    [pub({ education: 'grundskole' }, 36), pub({ education: 'kort' }, 18), pub({ education: 'videregaaende' }, 12)],
    clear(24, 3, 19.3, 28.7),
  );
  const uncertain = ind(
    't.unclear',
    'Usikker',
    [pub({ education: 'grundskole' }, 5), pub({ education: 'kort' }, 4), pub({ education: 'videregaaende' }, 3)],
    clear(2, 1.7, -0.5, 4.5),
  );
  const partial = ind(
    't.partial',
    'Borgere med KOL',
    [pub({ education: 'grundskole' }, 8.3, 6.9, 10.0), pub({ education: 'kort' }, 2.8, 2.2, 3.6), sup({ education: 'videregaaende' })],
    { dimension: 'education', suppressed: true },
  );
  const overlapping = ind('t.overlap', 'Overlap', [pub({ education: 'grundskole' }, 5, 3, 7), pub({ education: 'videregaaende' }, 4, 2.5, 6)], {
    dimension: 'education',
    suppressed: true,
  });

  it('states the clear ones in plain Danish with their numbers, largest ratio first', () => {
    const keys = keyInequalities(pkgWith([smoking, uncertain, partial, overlapping]));
    // Ratio 3,0 before 8,3 / 2,8 = 2,96.
    expect(keys.map((k) => k.indicatorId)).toEqual(['t.smoking', 't.partial']);
    expect(keys[0]!.text).toBe(
      'Dagligrygere: 36,0 % blandt borgere med kortest uddannelse mod 12,0 % med længst uddannelse – forskel på 24,0 procentpoint; 3,0 gange så mange.',
    );
    // The summary is suppressed (a group is): the outermost published groups, whose intervals do not overlap.
    expect(keys[1]!.basis).toBe('intervals');
    expect(keys[1]!.text).toBe(
      'Borgere med KOL: 8,3 % blandt borgere med kortest uddannelse mod 2,8 % med gymnasial/erhvervsfaglig/kort videregående – forskel på 5,5 procentpoint; 3,0 gange så mange.',
    );
    expect(keys[1]!.ratio).toBeCloseTo(8.3 / 2.8, 10);
  });

  it('never uses an unavailable indicator or a suppressed cell, and says when fewer than three are clear', () => {
    const gone: Indicator = { ...smoking, id: 't.gone', available: false, reason: 'Kolonnen mangler' };
    const pkg = pkgWith([gone, uncertain, overlapping]);
    expect(keyInequalities(pkg)).toEqual([]);
    expect(keyInequalitiesNote(pkg, 0)).toMatch(/^Ingen forskel/);
    expect(keyInequalitiesNote(pkg, 2)).toBe('Kun 2 forskelle er statistisk klare i denne pakke; de øvrige er for usikre eller udeladt pga. få observationer.');
    expect(keyInequalitiesNote(pkg, 3)).toBeUndefined();
  });

  it('says "aldersstandardiseret" when the summary\'s values are standardised', () => {
    const std = (r: IndicatorRow, v: number): IndicatorRow => (r.suppressed ? r : { ...r, standardised: { value: v, lower: v - 1, upper: v + 1 } });
    const rows = smoking.rows!.map((r, i) => std(r, [30, 16, 10][i]!));
    const [k] = keyInequalities(pkgWith([{ ...smoking, rows }]));
    expect(k!.text).toBe(
      'Dagligrygere (aldersstandardiseret): 30,0 % blandt borgere med kortest uddannelse mod 10,0 % med længst uddannelse – forskel på 24,0 procentpoint; 3,0 gange så mange.',
    );
  });

  it('takes at most six', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ ...smoking, id: `t.s${i}`, inequality: clear(24 - i, 3 - i * 0.1, 10, 30) }));
    expect(keyInequalities(pkgWith(many))).toHaveLength(6);
  });
});

describe('inequality overview (Ulighedsoverblik)', () => {
  it('rows by indicator, columns by education; ratio to the most advantaged published group; suppressed marked', () => {
    const a = ind(
      't.a',
      'A',
      [pub({ education: 'grundskole' }, 30), pub({ education: 'kort' }, 15), pub({ education: 'videregaaende' }, 10)],
      clear(20, 3, 1, 2),
    );
    const b = ind('t.b', 'B', [pub({ education: 'grundskole' }, 8), pub({ education: 'kort' }, 4), sup({ education: 'videregaaende' })], {
      dimension: 'education',
      suppressed: true,
    });
    const ov = inequalityOverview(pkgWith([a, b]));
    expect(ov.columns).toEqual(['grundskole', 'kort', 'videregaaende']);
    expect(ov.rows.map((r) => r.indicatorId)).toEqual(['t.a', 't.b']);
    expect(ov.rows[0]!.cells).toEqual([
      { code: 'grundskole', state: 'shown', value: 30, reference: false, ratio: 3 },
      { code: 'kort', state: 'shown', value: 15, reference: false, ratio: 1.5 },
      { code: 'videregaaende', state: 'shown', value: 10, reference: true, ratio: 1 },
    ]);
    expect(ov.rows[1]!.cells[1]).toEqual({ code: 'kort', state: 'shown', value: 4, reference: true, ratio: 1 });
    expect(ov.rows[1]!.cells[2]).toEqual({ code: 'videregaaende', state: 'suppressed' });
    const single = ind('t.c', 'C', [pub({ education: 'grundskole' }, 8), sup({ education: 'kort' }), sup({ education: 'videregaaende' })], {
      dimension: 'education',
      suppressed: true,
    });
    expect(inequalityOverview(pkgWith([single])).rows[0]!.cells[0]).toEqual({ code: 'grundskole', state: 'shown', value: 8, reference: false, ratio: null });
  });

  it('colours by ratio bands', () => {
    expect(overviewColour(3)).toBe(OVERVIEW_COLOURS.much_higher);
    expect(overviewColour(1.5)).toBe(OVERVIEW_COLOURS.higher);
    expect(overviewColour(1.05)).toBe(OVERVIEW_COLOURS.same);
    expect(overviewColour(0.4)).toBe(OVERVIEW_COLOURS.much_lower);
    expect(overviewColour(null)).toBe(OVERVIEW_COLOURS.reference);
  });
});
