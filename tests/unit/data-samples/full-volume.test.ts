/**
 * The full-volume generator (data-samples/lib/full-volume.ts) on the bundled sample with small
 * targets: it reaches the targets, adds no code a case rule reads (so who is a case is unchanged),
 * puts every extra row inside its person's life and the ten-year period, and gives the same files twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { FULL_VOLUME_NOTE, generateFullVolume, type FullVolumeSummary } from '../../../data-samples/lib/full-volume';

const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));
let base: string;
let summary: FullVolumeSummary;
let again: FullVolumeSummary;
const options = (out: string) => ({ regionDir: SAMPLE, out, prescriptions: 600_000, contacts: 150_000, seed: 7 });

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'full-volume-test-'));
  summary = await generateFullVolume(options(path.join(base, 'a')));
  again = await generateFullVolume(options(path.join(base, 'b')));
}, 300_000);
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const conn = await db.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
const dir = () => path.join(base, 'a');

describe('full volume on the bundled sample', () => {
  it('reaches both targets, counting the sample itself, and writes its marker last', () => {
    expect(summary.prescriptions.total).toBeGreaterThanOrEqual(600_000);
    expect(summary.contacts.total).toBeGreaterThanOrEqual(150_000);
    expect(summary.prescriptions.extra).toBeGreaterThan(0);
    expect(summary.contacts.extra).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dir(), FULL_VOLUME_NOTE))).toBe(true);
    expect(fs.existsSync(path.join(dir(), 'planted-truths.json'))).toBe(false);
  });

  it('adds no code a case rule reads', async () => {
    const [rx] = await rows(
      `SELECT count(*) FILTER (WHERE ATC SIMILAR TO '(A10|R03|N05B|N06A).*') AS track, count(*) AS n FROM read_parquet('${dir()}/lmdb_ekstra_*.parquet')`,
    );
    expect(Number(rx!.n)).toBe(summary.prescriptions.extra);
    expect(Number(rx!.track)).toBe(0);
    const [lpr] = await rows(
      `SELECT count(*) FILTER (WHERE diagnose SIMILAR TO '(DE1|DJ4|DF|DO|DZ33|DZ37|DH360).*') AS track, count(*) AS n ` +
        `FROM read_csv('${dir()}/lpr_kontakter_ambulant_*.csv', all_varchar=true)`,
    );
    expect(Number(lpr!.n)).toBe(summary.contacts.extra);
    expect(Number(lpr!.track)).toBe(0);
  });

  it('puts every extra row inside its person’s life and 2014-2023', async () => {
    const persons = `(SELECT PNR, strptime(FOED_DAG, '%d-%m-%Y')::DATE AS born, try_strptime(DOD_DATO, '%d-%m-%Y')::DATE AS died
      FROM read_csv('${SAMPLE}/befolkning_*.csv', delim=';', header=true, encoding='latin-1', all_varchar=true, null_padding=true, ignore_errors=true)
      WHERE try_strptime(FOED_DAG, '%d-%m-%Y') IS NOT NULL)`;
    const [bad] = await rows(
      `SELECT count(*) FILTER (WHERE p.PNR IS NULL OR EKSD < born OR EKSD > coalesce(died, DATE '2023-12-31') OR EKSD NOT BETWEEN DATE '2014-01-01' AND DATE '2023-12-31') AS n
       FROM read_parquet('${dir()}/lmdb_ekstra_*.parquet') r LEFT JOIN ${persons} p ON p.PNR = r.PNR`,
    );
    expect(Number(bad!.n)).toBe(0);
  });

  it('gives the same files twice (deterministic)', () => {
    expect(again).toMatchObject({ prescriptions: summary.prescriptions, contacts: summary.contacts });
    const hash = (d: string) =>
      fs
        .readdirSync(d)
        .filter((f) => f.includes('ekstra') || f.includes('ambulant'))
        .sort()
        .map(
          (f) =>
            `${f}:${crypto
              .createHash('sha256')
              .update(fs.readFileSync(path.join(d, f)))
              .digest('hex')}`,
        );
    expect(hash(path.join(base, 'b'))).toEqual(hash(dir()));
  });
});
