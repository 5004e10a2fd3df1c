/**
 * loadExtract: an extract folder + a mapping profile → the canonical tables in the engine, a
 * validation report and the source list for datapakke.json. Pure: all I/O goes through
 * ExtractFileAccess, so the Electron app, the browser build and the command line share it.
 */
import { CANONICAL_TABLE_NAMES, type CanonicalTableName } from '../contract/canonical';
import type { CsvSettings, Profile, TableMapping } from '../contract/profile';
import type { SourceFile } from '../contract/datapakke';
import type { ValidationProblem, ValidationReport } from '../contract/validation';
import { sqlIdent, sqlString, type Engine } from '../engine';
import type { ExtractFile, ExtractFileAccess } from './file-access';
import { matchFiles } from './glob';
import { readRaw, dropRaw, type RawRead } from './read-raw';
import { loadTable } from './load-table';
import { problemMessage } from './problems';
import { keptRowsSql } from '../tracks/kept-rows';
import { TRACKS } from '../tracks';
import { extractChecks } from './checks';

export interface LoadOptions {
  referenceDate: string;
  /** For CPR hashing: random per run, never stored. */
  salt: string;
  tables?: CanonicalTableName[];
  onProgress?: (p: { step: string; done: number; total: number }) => void;
  /** Keep rejected_<table> in the engine (default true); false drops them after counting. */
  keepRejected?: boolean;
  /**
   * Keep every accepted row, also those no track uses (default false: see shared/tracks/kept-rows.ts;
   * the validation reads and counts them either way).
   */
  keepAllRows?: boolean;
}

export interface LoadResult {
  report: ValidationReport;
  sources: SourceFile[];
  fatal: boolean;
  /** The profile with detected CSV settings filled in. */
  resolvedProfile: Profile;
}

export async function loadExtract(engine: Engine, access: ExtractFileAccess, profile: Profile, options: LoadOptions): Promise<LoadResult> {
  const report: ValidationReport = { tables: {}, problems: [] };
  const sources: SourceFile[] = [];
  const resolved: Profile = JSON.parse(JSON.stringify(profile)) as Profile;
  const files = await access.list();
  const sizes = new Map(files.map((f) => [f.name, f.size]));
  const wanted = CANONICAL_TABLE_NAMES.filter((t) => profile.tables[t] && (!options.tables || options.tables.includes(t) || t === 'persons'));
  let fatal = false;
  let personsLoaded = false;
  let nextId = 0;

  // A load defines the whole canonical state: nothing from an earlier run may mix in.
  for (const t of CANONICAL_TABLE_NAMES) {
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(t)}`);
    await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(`rejected_${t}`)}`);
  }
  if (!profile.tables.persons) {
    report.problems.push({ severity: 'fatal', code: 'no_persons', table: 'persons', message: problemMessage('no_persons', {}) });
    fatal = true;
  }
  for (const [done, table] of wanted.entries()) {
    options.onProgress?.({ step: table, done, total: wanted.length });
    const mapping = profile.tables[table]!;
    const names = matchFiles(
      mapping.file,
      files.map((f) => f.name),
    );
    const problems: ValidationProblem[] = [];
    if (names.length === 0) {
      problems.push({
        severity: table === 'persons' ? 'fatal' : 'error',
        code: 'no_files',
        table,
        message: problemMessage('no_files', { table, detail: mapping.file }),
      });
    }
    const raws: RawRead[] = [];
    for (const name of names) {
      const read = await readOne(engine, access, name, sizes.get(name) ?? 0, table, mapping, nextId++);
      if ('rawTable' in read) {
        raws.push(read);
        if (read.dialect && !resolved.tables[table]!.csv) resolved.tables[table]!.csv = dialectSettings(read);
      } else problems.push(read);
    }
    const prepared = await prepareMaps(engine, access, files, table, mapping, () => nextId++, problems);
    // A file already refused (say, a PNG named .csv) is the one message: no "no population table" after it.
    if (table === 'persons' && raws.length === 0 && !problems.some((p) => p.severity === 'fatal')) {
      problems.push({ severity: 'fatal', code: 'no_persons', table, message: problemMessage('no_persons', {}) });
    }
    if (prepared.fatal || problems.some((p) => p.severity === 'fatal')) {
      fatal = true;
      for (const raw of raws) await dropRaw(engine, raw);
      report.tables[table] = {
        rows: raws.reduce((s, r) => s + r.rows + r.rejectedLines, 0),
        accepted: 0,
        rejected: raws.reduce((s, r) => s + r.rows + r.rejectedLines, 0),
        files: names,
      };
      report.problems.push(...problems);
      await dropMaps(engine, prepared.tables);
      continue;
    }
    const result = await loadTable(engine, {
      table,
      mapping,
      raws,
      referenceDate: options.referenceDate,
      salt: options.salt,
      personsLoaded,
      lookups: prepared.lookups,
      valueMaps: prepared.valueMaps,
      keep: options.keepAllRows ? null : keptRowsSql(table),
    });
    await dropMaps(engine, prepared.tables);
    report.problems.push(...problems, ...result.problems);
    report.tables[table] = {
      rows: result.rows,
      accepted: result.accepted,
      rejected: result.rejected,
      ...(result.kept < result.accepted ? { kept: result.kept } : {}),
      files: names,
    };
    if (result.fatal) {
      fatal = true;
      await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(table)}`);
      report.tables[table]!.rejected = result.rows;
      report.tables[table]!.accepted = 0;
      delete report.tables[table]!.kept;
    } else {
      if (table === 'persons') personsLoaded = true;
      sources.push({ table, files: names, rows: result.accepted, sha256: await checksum(engine, access, names) });
    }
    if (options.keepRejected === false) await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(`rejected_${table}`)}`);
  }
  if (!fatal) {
    const checks = await extractChecks(engine, {
      referenceDate: options.referenceDate,
      tables: new Set(sources.map((s) => s.table)),
      tracks: Object.values(TRACKS),
    });
    report.problems.push(...checks);
    fatal = checks.some((p) => p.severity === 'fatal');
  }
  options.onProgress?.({ step: 'done', done: wanted.length, total: wanted.length });
  return { report, sources, fatal, resolvedProfile: resolved };
}

async function readOne(
  engine: Engine,
  access: ExtractFileAccess,
  name: string,
  size: number,
  table: string,
  mapping: TableMapping,
  id: number,
): Promise<RawRead | ValidationProblem> {
  try {
    return await readRaw(engine, access, name, size, { table, csv: mapping.csv, sheet: mapping.sheet, id });
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { severity: 'error', code: 'unreadable_file', table, file: name, message: problemMessage('unreadable_file', { file: name, detail }) };
  }
}

function dialectSettings(raw: RawRead): CsvSettings {
  const d = raw.dialect!;
  return { delimiter: d.delimiter, decimal: d.decimal, encoding: d.encoding, header: d.header, dateFormat: d.dateFormat };
}

interface PreparedMaps {
  lookups: Record<string, string>;
  valueMaps: Record<string, string>;
  tables: string[];
  fatal: boolean;
}

/** Lookup files and value maps as small (k, v) tables joined in the stage scan. */
async function prepareMaps(
  engine: Engine,
  access: ExtractFileAccess,
  files: ExtractFile[],
  table: CanonicalTableName,
  mapping: TableMapping,
  newId: () => number,
  problems: ValidationProblem[],
): Promise<PreparedMaps> {
  const out: PreparedMaps = { lookups: {}, valueMaps: {}, tables: [], fatal: false };
  for (const [column, spec] of Object.entries(mapping.lookups ?? {})) {
    const name = matchFiles(
      spec.file,
      files.map((f) => f.name),
    )[0];
    const fail = (detail: string) => {
      out.fatal = true;
      problems.push({
        severity: 'fatal',
        code: 'missing_lookup',
        table,
        column,
        file: spec.file,
        message: problemMessage('missing_lookup', { file: spec.file, column, detail }),
      });
    };
    if (!name) {
      fail(spec.from);
      continue;
    }
    const read = await readOne(engine, access, name, files.find((f) => f.name === name)?.size ?? 0, table, { file: name }, newId());
    if (!('rawTable' in read)) {
      problems.push(read);
      out.fatal = true;
      continue;
    }
    const from = read.columns.find((c) => c.toLowerCase() === spec.from.toLowerCase());
    const to = read.columns.find((c) => c.toLowerCase() === spec.to.toLowerCase());
    if (!from || !to) {
      fail(!from ? spec.from : spec.to);
      await dropRaw(engine, read);
      continue;
    }
    const t = `__lookup_${newId()}`;
    await engine.exec(
      `CREATE TABLE ${t} AS SELECT TRIM(CAST(${sqlIdent(from)} AS VARCHAR)) AS k, any_value(TRIM(CAST(${sqlIdent(to)} AS VARCHAR))) AS v ` +
        `FROM ${sqlIdent(read.rawTable)} WHERE ${sqlIdent(from)} IS NOT NULL GROUP BY 1`,
    );
    await dropRaw(engine, read);
    out.lookups[column] = t;
    out.tables.push(t);
  }
  for (const [column, map] of Object.entries(mapping.values ?? {})) {
    const entries = Object.entries(map);
    if (entries.length === 0) continue;
    const t = `__values_${newId()}`;
    const rows = entries.map(([k, v]) => `(${sqlString(k)}, ${sqlString(String(v))})`).join(', ');
    await engine.exec(`CREATE TABLE ${t} AS SELECT * FROM (VALUES ${rows}) AS m(k, v)`);
    out.valueMaps[column] = t;
    out.tables.push(t);
  }
  return out;
}

async function dropMaps(engine: Engine, tables: string[]): Promise<void> {
  for (const t of tables) await engine.exec(`DROP TABLE IF EXISTS ${sqlIdent(t)}`);
}

/** One file: its own checksum; several: the checksum of their names and checksums, in order. */
async function checksum(engine: Engine, access: ExtractFileAccess, names: string[]): Promise<string> {
  const sums = await Promise.all(names.map((n) => access.sha256(n)));
  if (sums.length === 1) return sums[0]!;
  const [row] = await engine.query(`SELECT sha256(${sqlString(names.map((n, i) => `${n}=${sums[i]}`).join('\n'))}) AS h`);
  return String(row?.h ?? '');
}
