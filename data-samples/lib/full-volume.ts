/**
 * Full volume (issue 17): the region-scale sample plus the volume of a real, unfiltered ten-year
 * extract. The region-scale generator writes what the tracks need (their codes and a background
 * mix) for 1.35 M persons, 14 M prescriptions and 3 M contacts; an unfiltered extract of the
 * prescription register holds about four times as many redemptions (every ATC group), and the
 * patient register tens of millions of outpatient and emergency contacts. Generating those in
 * JavaScript would take most of an hour, so they are made here with DuckDB's own SQL: deterministic
 * (every draw is a hash of the person, the row and a salt), written per year as the register's
 * files are, and matched by the same profile globs (`lmdb_*.parquet`, `lpr_kontakter_*.csv`).
 *
 * The extra rows carry no code any track's case rule reads (no A10, R03, N05B, N06A; no DE1, DJ4,
 * DF, DO, DZ33, DZ37), so who is a case is unchanged; the indicators that count contacts or
 * redemptions per person do change, so the region sample's planted truths are not copied here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export interface FullVolumeOptions {
  /** The complete region-scale sample (data-samples/region-scale). */
  regionDir: string;
  out: string;
  /** Prescriptions in the whole extract, region sample included (issue 17: at least 60 M). */
  prescriptions: number;
  /** Hospital contacts in the whole extract (issue 17: at least 15 M). */
  contacts: number;
  seed: number;
}

export interface FullVolumeSummary {
  persons: number;
  prescriptions: { region: number; extra: number; total: number; files: string[] };
  contacts: { region: number; extra: number; total: number; files: string[] };
  seconds: number;
}

/** The completion marker: written last, so a folder with it is whole. */
export const FULL_VOLUME_NOTE = 'full-volume.json';

/** Non-track ATC codes and their weight per 1,000 redemptions: the register's commonest groups. */
const ATC_MIX: [string, number][] = [
  ['N02BE01', 140],
  ['C10AA05', 80],
  ['C10AA01', 50],
  ['A02BC02', 70],
  ['A02BC05', 30],
  ['B01AC06', 60],
  ['C09AA05', 50],
  ['C09CA01', 50],
  ['C08CA01', 50],
  ['C07AB02', 50],
  ['C03CA01', 30],
  ['H03AA01', 40],
  ['M01AE01', 40],
  ['J01CE02', 70],
  ['J01CA04', 40],
  ['J01CA08', 30],
  ['N02AJ06', 20],
  ['D07AC01', 30],
  ['G03AA07', 30],
  ['R06AE07', 30],
  ['S01ED01', 10],
];

/** Non-track ICD-10 codes of outpatient and emergency contacts, weight per 1,000. */
const DIAGNOSIS_MIX: [string, number][] = [
  ['DZ038', 120],
  ['DS610', 60],
  ['DS525', 60],
  ['DR074', 70],
  ['DR104', 60],
  ['DI109', 80],
  ['DH251', 60],
  ['DK359', 30],
  ['DM171', 60],
  ['DN390', 50],
  ['DM545', 70],
  ['DK802', 30],
  ['DZ016', 40],
  ['DM199', 40],
  ['DL409', 30],
  ['DH269', 20],
  ['DI489', 50],
  ['DC509', 20],
  ['DK409', 20],
  ['DR509', 30],
];

const FIRST_DAY = '2014-01-01';
const LAST_DAY = '2023-12-31';
const YEARS = Array.from({ length: 10 }, (_, i) => 2014 + i);

/** A VALUES list of (code, lo, hi): a uniform draw in [0, 1000) picks the code whose [lo, hi) holds it. */
function mixTable(mix: [string, number][]): string {
  let lo = 0;
  const rows = mix.map(([code, weight]) => {
    const row = `('${code}', ${lo}, ${lo + weight})`;
    lo += weight;
    return row;
  });
  if (lo !== 1000) throw new Error(`weights sum to ${lo}, not 1000`);
  return `(VALUES ${rows.join(', ')}) AS mix(code, wlo, whi)`;
}

const sq = (p: string) => `'${p.replace(/'/g, "''")}'`;

/** Copies `from` to `to` with a UTF-8 byte order mark first, as the region sample's contact files have. */
async function withBom(from: string, to: string): Promise<void> {
  const out = fs.createWriteStream(to);
  out.write(Buffer.from([0xef, 0xbb, 0xbf]));
  for await (const chunk of fs.createReadStream(from)) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export async function generateFullVolume(options: FullVolumeOptions): Promise<FullVolumeSummary> {
  const started = Date.now();
  const { regionDir, out } = options;
  fs.mkdirSync(out, { recursive: true });
  fs.rmSync(path.join(out, FULL_VOLUME_NOTE), { force: true });
  // The region sample's files as they are (hard links: no second copy on disk), its truths aside.
  for (const name of fs.readdirSync(regionDir)) {
    if (name.startsWith('.') || name === 'planted-truths.json') continue;
    const target = path.join(out, name.endsWith('.profile.json') ? 'full-scale.profile.json' : name);
    fs.rmSync(target, { force: true });
    fs.linkSync(path.join(regionDir, name), target);
  }

  const tmp = fs.mkdtempSync(path.join(out, '.tmp-'));
  const db = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    temp_directory: tmp,
    threads: '2',
    memory_limit: '8GB',
  });
  const conn = await db.connect();
  const scalar = async (sql: string) => Number((await conn.runAndReadAll(sql)).getRows()[0]![0]);
  const run = async (sql: string) => {
    await conn.run(sql);
  };
  try {
    const region = (glob: string) => sq(path.join(regionDir, glob));
    await run(
      `CREATE TABLE person AS SELECT DISTINCT PNR AS pnr, ` +
        `greatest(try_strptime(FOED_DAG, '%d-%m-%Y')::DATE, DATE '${FIRST_DAY}') AS lo, ` +
        `least(coalesce(try_strptime(DOD_DATO, '%d-%m-%Y')::DATE, DATE '${LAST_DAY}'), DATE '${LAST_DAY}') AS hi, ` +
        `date_diff('year', try_strptime(FOED_DAG, '%d-%m-%Y')::DATE, DATE '2019-01-01') AS age ` +
        `FROM read_csv(${region('befolkning_*.csv')}, delim=';', header=true, encoding='latin-1', all_varchar=true, null_padding=true, ignore_errors=true) ` +
        `WHERE PNR IS NOT NULL AND try_strptime(FOED_DAG, '%d-%m-%Y') IS NOT NULL`,
    );
    await run(`DELETE FROM person WHERE hi < lo`);
    await run(`ALTER TABLE person ADD COLUMN years DOUBLE`);
    await run(`UPDATE person SET years = (date_diff('day', lo, hi) + 1) / 365.25`);
    const persons = await scalar(`SELECT count(*) FROM person`);
    const regionRx = await scalar(`SELECT count(*) FROM read_parquet(${region('lmdb_*.parquet')})`);
    const regionContacts = await scalar(`SELECT count(*) FROM read_csv(${region('lpr_kontakter_*.csv')}, all_varchar=true)`);

    /**
     * Rows per person: the target spread by age weight × years alive in the period, each person's
     * expectation jittered by a uniform factor in [0.5, 1.5); 2 % headroom so the total clears the target.
     */
    const perPerson = async (table: string, extra: number, weight: string, salt: string) => {
      const mass = await scalar(`SELECT sum((${weight}) * years) FROM person`);
      const c = (extra * 1.02) / mass;
      await run(
        `CREATE TABLE ${table} AS SELECT pnr, lo, hi, ` +
          `floor(${c} * (${weight}) * years * (0.5 + (hash(pnr || '${salt}:u') % 1000000) / 1e6) + (hash(pnr || '${salt}:v') % 1000000) / 1e6)::INTEGER AS n ` +
          `FROM person`,
      );
    };

    const rxExtra = Math.max(0, options.prescriptions - regionRx);
    await perPerson('rx_count', rxExtra, '1 + greatest(age, 0) / 15.0', `${options.seed}:rx`);
    const rxFiles: string[] = [];
    const rxRows =
      `SELECT pnr AS PNR, mix.code AS ATC, (r.lo + (hash(pnr || ':' || k::VARCHAR || ':${options.seed}:d') % (date_diff('day', r.lo, r.hi) + 1))::INTEGER) AS EKSD, ` +
      `(1 + hash(pnr || ':' || k::VARCHAR || ':${options.seed}:p') % 3)::DOUBLE AS APK ` +
      `FROM (SELECT pnr, lo, hi, unnest(range(n)) AS k FROM rx_count WHERE n > 0) r ` +
      `JOIN ${mixTable(ATC_MIX)} ON hash(pnr || ':' || k::VARCHAR || ':${options.seed}:a') % 1000 >= mix.wlo AND hash(pnr || ':' || k::VARCHAR || ':${options.seed}:a') % 1000 < mix.whi`;
    await run(`CREATE TABLE rx AS ${rxRows}`);
    for (const year of YEARS) {
      const name = `lmdb_ekstra_${year}.parquet`;
      await run(
        `COPY (SELECT * FROM rx WHERE year(EKSD) = ${year} ORDER BY PNR, EKSD) TO ${sq(path.join(out, name))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 131072)`,
      );
      rxFiles.push(name);
    }
    const rxWritten = await scalar(`SELECT count(*) FROM rx`);
    await run(`DROP TABLE rx`);

    const contactExtra = Math.max(0, options.contacts - regionContacts);
    await perPerson('lpr_count', contactExtra, '1 + greatest(age, 0) / 25.0', `${options.seed}:lpr`);
    const lprRows =
      `SELECT pnr, start, ` +
      `start + to_minutes(CASE WHEN akut THEN 60 + (h % 300) ELSE 15 + (h % 90) END::INTEGER) AS slut, mix.code AS diagnose, akut ` +
      `FROM (SELECT pnr, k, (lo + (hash(pnr || ':' || k::VARCHAR || ':${options.seed}:s') % (date_diff('day', lo, hi) + 1))::INTEGER)::TIMESTAMP ` +
      `+ to_minutes((420 + hash(pnr || ':' || k::VARCHAR || ':${options.seed}:m') % 720)::INTEGER) AS start, ` +
      `hash(pnr || ':' || k::VARCHAR || ':${options.seed}:e') % 100 < 20 AS akut, hash(pnr || ':' || k::VARCHAR || ':${options.seed}:h') AS h, ` +
      `hash(pnr || ':' || k::VARCHAR || ':${options.seed}:g') % 1000 AS g FROM (SELECT pnr, lo, hi, unnest(range(n)) AS k FROM lpr_count WHERE n > 0)) c ` +
      `JOIN ${mixTable(DIAGNOSIS_MIX)} ON g >= mix.wlo AND g < mix.whi`;
    await run(`CREATE TABLE lpr AS ${lprRows}`);
    const contactFiles: string[] = [];
    for (const year of YEARS) {
      const name = `lpr_kontakter_ambulant_${year}.csv`;
      const plain = path.join(tmp, name);
      await run(
        `COPY (SELECT pnr, strftime(start, '%Y-%m-%d %H:%M:%S') AS dato_start, strftime(slut, '%Y-%m-%d %H:%M:%S') AS dato_slut, diagnose, ` +
          `'A' AS diagtype, CASE WHEN akut THEN 'Akut' ELSE 'Planlagt' END AS indlaeggelsesmaade, CASE WHEN akut THEN '3' ELSE '2' END AS patienttype, ` +
          `'S' AS speciale FROM lpr WHERE year(start) = ${year} ORDER BY pnr, start) TO ${sq(plain)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"')`,
      );
      await withBom(plain, path.join(out, name));
      fs.rmSync(plain);
      contactFiles.push(name);
    }
    const contactsWritten = await scalar(`SELECT count(*) FROM lpr`);

    const summary: FullVolumeSummary = {
      persons,
      prescriptions: { region: regionRx, extra: rxWritten, total: regionRx + rxWritten, files: rxFiles },
      contacts: { region: regionContacts, extra: contactsWritten, total: regionContacts + contactsWritten, files: contactFiles },
      seconds: (Date.now() - started) / 1000,
    };
    if (summary.prescriptions.total < options.prescriptions || summary.contacts.total < options.contacts) {
      throw new Error(`full volume fell short: ${JSON.stringify(summary)}`);
    }
    fs.writeFileSync(path.join(out, FULL_VOLUME_NOTE), `${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  } finally {
    conn.closeSync();
    db.closeSync();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
