/**
 * The command line's PNG threads (electron/node/export/png-pool.ts): they start under the test
 * runner too, draw the same bytes as the main thread, report a broken SVG as an error, and a pool
 * without threads draws in this thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createPngPool } from '../../../electron/node/export/png-pool';
import { svgToPng } from '../../../electron/node/export/raster';

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect x="10" y="10" width="60" height="30" fill="${fill}"/><text x="20" y="50" font-size="12">Åbenrå 12,5 %</text></svg>`;
const pool = createPngPool(2);
afterAll(() => pool.close());

describe('PNG threads', () => {
  it('run two threads and draw byte for byte what the main thread draws, at 2× and 3×', async () => {
    const jobs = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'].flatMap((c) => [2, 3].map((scale) => ({ s: svg(c), scale })));
    const drawn = await Promise.all(jobs.map((j) => pool.svgToPng(j.s, j.scale)));
    expect(pool.size).toBe(2);
    for (const [i, j] of jobs.entries()) expect(Buffer.from(drawn[i]!).equals(Buffer.from(svgToPng(j.s, j.scale)))).toBe(true);
    // Different inputs, different pictures: the comparison can fail.
    expect(Buffer.from(drawn[0]!).equals(Buffer.from(drawn[2]!))).toBe(false);
  });

  it('a broken SVG rejects its own job only', async () => {
    await expect(pool.svgToPng('<svg', 2)).rejects.toThrow();
    expect((await pool.svgToPng(svg('#000'), 2)).length).toBeGreaterThan(100);
  });

  it('without threads it draws in this thread', async () => {
    const none = createPngPool(0);
    expect(none.size).toBe(0);
    expect(Buffer.from(await none.svgToPng(svg('#000'), 2)).equals(Buffer.from(svgToPng(svg('#000'), 2)))).toBe(true);
    await none.close();
  });
});
