import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generateSample } from '../../../data-samples/lib/sample';

async function run(seed: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ds-determinism-'));
  await generateSample({ persons: 2000, seed, out: dir, name: 'test' });
  return dir;
}

describe('sample generator determinism', () => {
  it('writes byte-identical files for the same seed and different files for another seed', async () => {
    const a = await run(7);
    const b = await run(7);
    const c = await run(8);
    try {
      const files = readdirSync(a).sort();
      expect(files).toEqual(readdirSync(b).sort());
      expect(files).toEqual(
        expect.arrayContaining([
          'befolkning_2024.csv',
          'lpr_kontakter_2014_2018.csv',
          'lpr_kontakter_2019_2024.csv',
          'lmdb_2014_2018.parquet',
          'lmdb_2019_2024.parquet',
          'uddannelse_beskaeftigelse.parquet',
          'kommunale_tilbud.xlsx',
          'hvordan_har_du_det_2023.csv',
          'omkostninger.csv',
          'test.profile.json',
          'planted-truths.json',
        ]),
      );
      for (const f of files) expect(Buffer.compare(readFileSync(join(a, f)), readFileSync(join(b, f))), f).toBe(0);
      expect(readFileSync(join(a, 'befolkning_2024.csv')).equals(readFileSync(join(c, 'befolkning_2024.csv')))).toBe(false);
    } finally {
      for (const d of [a, b, c]) rmSync(d, { recursive: true, force: true });
    }
  });
});
