/**
 * Canaries for the attacker on published files (published-attack.ts): each planted leak is found with
 * its value, and a properly protected table gives nothing away — so a clean attack on the real
 * packages means something.
 */
import { describe, expect, it } from 'vitest';
import type { Datapakke, IndicatorRow } from '../../../shared/contract/datapakke';
import { attackPublished, smallRecovered } from './published-attack';

const row = (strata: Record<string, string | number>, n?: number, d = 100): IndicatorRow =>
  n === undefined ? { strata, suppressed: true } : { strata, suppressed: false, numerator: n, denominator: d, value: (100 * n) / d };

function pkg(municipalities: number[], rows: IndicatorRow[]): Datapakke {
  return {
    format: 'datapakke/1',
    track: 'kol',
    referenceDate: '2024-01-01',
    generatedAt: 'x',
    app: { name: 't', version: 't' },
    area: { type: municipalities.length > 1 ? 'cluster' : 'municipality', code: municipalities.join('-'), name: 'x', municipalities },
    settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
    sources: [],
    sections: [{ id: 'disease', title: 'x', indicators: [{ id: 'kol.prevalence', title: 'x', measure: 'proportion', unit: 'pct', rows }] }],
  } as Datapakke;
}

describe('the attacker on published datapakke.json files', () => {
  it('finds a lone hidden cell of a breakdown from its total', () => {
    const found = smallRecovered(attackPublished([pkg([751], [row({}, 10), row({ sex: 'M' }), row({ sex: 'K' }, 7)])]));
    expect(found).toEqual([{ indicator: 'kol.prevalence', area: '751', strata: { sex: 'M' }, field: 'numerator', value: 3 }]);
  });

  it('finds a single year of age from its 5-year band', () => {
    const ages = [50, 51, 52, 53, 54].map((a) => row({ age: a }, a === 52 ? undefined : 5));
    const found = smallRecovered(attackPublished([pkg([751], [row({}, 22), row({ age_band: '50-54' }, 22), ...ages])]));
    expect(found.map((f) => [f.strata, f.value])).toEqual([[{ age: 52 }, 2]]);
  });

  it('finds type 1 diabetes from all with diabetes minus type 2', () => {
    const found = smallRecovered(attackPublished([pkg([751], [row({}, 40), row({ diabetes_type: '1' }), row({ diabetes_type: '2' }, 36)])]));
    expect(found.map((f) => [f.strata, f.value])).toEqual([[{ diabetes_type: '1' }, 4]]);
  });

  it('finds a municipality from the cluster minus the other municipality, across two packages', () => {
    const cluster = pkg([741, 751], [row({}, 20), row({ sex: 'M' }, 12), row({ sex: 'K' }, 8)]);
    const aarhus = pkg([751], [row({}, 17), row({ sex: 'M' }, 10), row({ sex: 'K' }, 7)]);
    const samsoe = pkg([741], [row({}), row({ sex: 'M' }), row({ sex: 'K' })]);
    const found = smallRecovered(attackPublished([cluster, aarhus, samsoe]));
    expect(found.map((f) => [f.area, f.strata, f.value]).sort()).toEqual(
      [
        ['741', {}, 3],
        ['741', { sex: 'K' }, 1],
        ['741', { sex: 'M' }, 2],
      ].sort(),
    );
  });

  it('finds nothing where two cells hide each other, and does not sum income quartiles over areas', () => {
    const safe = pkg(
      [751],
      [
        row({}, 20),
        row({ sex: 'M' }),
        row({ sex: 'K' }),
        row({ income_quartile: 'Q1' }),
        row({ income_quartile: 'Q2' }),
        row({ income_quartile: 'Q3' }, 10),
        row({ income_quartile: 'Q4' }, 6),
      ],
    );
    const cluster = pkg([741, 751], [row({}, 23), row({ income_quartile: 'Q1' }, 9), row({ income_quartile: 'Q2' }, 14)]);
    expect(smallRecovered(attackPublished([safe]))).toEqual([]);
    expect(smallRecovered(attackPublished([safe, cluster])).filter((f) => 'income_quartile' in f.strata)).toEqual([]);
  });
});
