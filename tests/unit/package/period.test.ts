/** The package period: 12 months before the reference date by default; any other end is refused before any query. */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke, defaultPeriod } from '../../../shared/package/build';

describe('period', () => {
  it('defaults to the 12 months before the reference date', () => {
    expect(defaultPeriod('2024-01-01')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(defaultPeriod('2024-03-01')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('refuses a period that does not end the day before the reference date', async () => {
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('engine used');
        },
      },
    ) as Engine;
    await expect(
      buildDatapakke(untouchable, {
        track: 'kol',
        area: resolveArea('region'),
        referenceDate: '2024-01-01',
        period: { from: '2022-01-01', to: '2022-12-31' },
        settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
        sources: [],
        generatedAt: '2026-11-22T10:00:00Z',
        app: { name: 'datapakker', version: 'test' },
      }),
    ).rejects.toThrow('Perioden (2022-01-01 – 2022-12-31) skal slutte dagen før skæringsdatoen 2024-01-01.');
  });
});
