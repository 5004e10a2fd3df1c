/**
 * `datapakke build --input DIR --profile FILE --track kol|diabetes|angst|all --area cluster:aarhus [--areas FILE]
 *   --reference-date 2024-01-01 --out DIR [--formats json,…] [--min-count 5] [--education-grouping 3]
 *   [--standard-population ESP2013] [--lang da|en] [--engine wasm|native]`
 * Validates first (the same load as `validate`, report written to OUT/validation.json|txt); a fatal
 * problem stops with exit 2. Then per track OUT/<track>/datapakke.json and the other formats beside it,
 * written through a staging folder so a failed or cancelled export leaves nothing half-written.
 * Several areas (`--area cluster:aarhus,municipality:751` or `cluster:aarhus+municipalities`) are built
 * one after another in the same engine session, each into OUT/<area-folder>/<track>/ (area-options.ts).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { areaOptions, resolveBuildAreas } from './area-options';
import { TRACK_IDS, type PackageSettings, type TrackId } from '../../../shared/contract/datapakke';
import { buildDatapakke } from '../../../shared/package/build';
import type { Engine } from '../../../shared/engine';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../../shared/export/types';
import { reportSummary } from '../../../shared/import/report-text';
import { createPngPool, exportPackage } from '../../node/export';
import { createNativeEngine } from '../../node/native-engine';
import { createNodeWasmEngine } from '../../node/wasm-engine';
import { loadExtractFromDir } from '../../node/load-extract-node';
import { writeValidationReport } from './validate';
import { CliUsageError, flagHelp, parseFlags, type FlagSpec } from '../args';
import { inputDirOrStop, profileOrStop } from '../input';
import { CANONICAL_TABLES, isCanonicalTableName } from '../../../shared/contract/canonical';

const FLAGS = {
  input: { type: 'string', required: true, description: 'mappen med udtrækkets filer' },
  profile: { type: 'string', required: true, description: 'profilfilen (*.profile.json)' },
  track: { type: 'string', required: true, description: 'kol, diabetes, angst eller all' },
  area: {
    type: 'string',
    required: true,
    description:
      'område(r): sundhedsraad:<kode>, cluster:<kode>, municipality:<kode>, region eller custom:<kode>; flere med komma, <område>+municipalities giver også hver kommune',
  },
  areas: { type: 'string', description: 'områdefil med egne områder: { "areas": [ { "code", "name", "municipalities" } ] }' },
  'reference-date': { type: 'string', default: '2024-01-01', description: 'skæringsdato, åååå-mm-dd' },
  out: { type: 'string', required: true, description: 'mappen hvor <spor>/datapakke.json skrives' },
  formats: { type: 'string', default: 'json', description: `formater, kommasepareret (${EXPORT_FORMATS.join(', ')} eller all)` },
  'min-count': { type: 'string', default: '5', description: 'mindste viste antal (diskretionering)' },
  'education-grouping': { type: 'string', default: '3', description: 'uddannelsesgruppering: 3, 4 eller 6' },
  'standard-population': { type: 'string', default: 'ESP2013', description: 'standardbefolkning: ESP2013 eller DK2024' },
  confidence: { type: 'string', default: '0.95', description: 'konfidensniveau: 0.9, 0.95, 0.99 eller 0.998' },
  lang: { type: 'string', default: 'da', description: 'sprog: da eller en' },
  engine: { type: 'string', default: 'wasm', description: 'databasemotor: wasm (appens, duckdb-wasm) eller native (DuckDB til Node, fx på en sikker server)' },
  'memory-limit': { type: 'string', description: 'kun med --engine native: DuckDBs hukommelsesgrænse, fx 8GB (resten skrives midlertidigt til disken)' },
} satisfies FlagSpec;

export type EngineKind = 'wasm' | 'native';

/**
 * One line per table while the extract is read (a full-volume import takes minutes), with an estimate
 * from the tables done so far, as the app's progress bar gives it. Ctrl-C stops it; the engines
 * remove their temporary files on the way out.
 */
function importProgress(started: number): (p: { step: string; done: number; total: number }) => void {
  return (p) => {
    if (p.step === 'done' || p.done >= p.total) return;
    const elapsed = Date.now() - started;
    const left = p.done > 0 ? ` – ca. ${Math.max(1, Math.round(((elapsed / p.done) * (p.total - p.done)) / 1000))} s tilbage` : '';
    const label = isCanonicalTableName(p.step) ? CANONICAL_TABLES[p.step].label : p.step;
    process.stdout.write(`Indlæser ${label} (${p.done + 1}/${p.total})${left} …\n`);
  };
}

export function createEngine(kind: EngineKind, memoryLimit?: string): Promise<Engine> {
  return kind === 'native' ? createNativeEngine(memoryLimit ? { memoryLimit } : {}) : createNodeWasmEngine();
}

/** `--memory-limit 8GB`: whole or decimal MB/GB, nothing DuckDB could read as more than a size. */
function memoryLimitOf(value: string | undefined, engine: EngineKind): string | undefined {
  if (value === undefined) return undefined;
  if (engine !== 'native') throw new CliUsageError('--memory-limit gælder kun --engine native (duckdb-wasm har sin egen grænse på ca. 4 GB).');
  const m = /^(\d+(?:[.,]\d+)?)\s*(MB|GB)$/i.exec(value.trim());
  if (!m) throw new CliUsageError(`--memory-limit skal være fx 8GB eller 512MB (fik '${value}').`);
  return `${m[1]!.replace(',', '.')}${m[2]!.toUpperCase()}`;
}

function engineOf(value: string): EngineKind {
  if (value === 'wasm' || value === 'native') return value;
  throw new CliUsageError(`--engine skal være wasm eller native (fik '${value}').`);
}

function formatsOf(value: string): ExportFormat[] {
  const asked = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  if (asked.includes('all')) return [...EXPORT_FORMATS];
  const unknown = asked.filter((f) => !isExportFormat(f));
  if (unknown.length) throw new CliUsageError(`Ukendt format: ${unknown.join(', ')}. Brug ${EXPORT_FORMATS.join(', ')} eller all.`);
  // datapakke.json is always written: every other format is made from it.
  return EXPORT_FORMATS.filter((f) => f === 'json' || asked.includes(f));
}

const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');

function appVersion(): string {
  try {
    return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function settingsOf(flags: Record<string, string | boolean | undefined>): PackageSettings & { lang: 'da' | 'en' } {
  const minCount = Number(flags['min-count']);
  if (!Number.isInteger(minCount) || minCount < 1) throw new CliUsageError(`--min-count skal være et helt tal på mindst 1 (fik '${flags['min-count']}').`);
  const grouping = String(flags['education-grouping']);
  if (grouping !== '3' && grouping !== '4' && grouping !== '6') throw new CliUsageError(`--education-grouping skal være 3, 4 eller 6 (fik '${grouping}').`);
  const std = String(flags['standard-population']);
  if (std !== 'ESP2013' && std !== 'DK2024') throw new CliUsageError(`--standard-population skal være ESP2013 eller DK2024 (fik '${std}').`);
  const confidence = Number(String(flags.confidence).replace(',', '.'));
  if (![0.9, 0.95, 0.99, 0.998].includes(confidence))
    throw new CliUsageError(`--confidence skal være 0.9, 0.95, 0.99 eller 0.998 (fik '${flags.confidence}').`);
  const lang = String(flags.lang);
  if (lang !== 'da' && lang !== 'en') throw new CliUsageError(`--lang skal være da eller en (fik '${lang}').`);
  return { minCount, educationGrouping: grouping, standardPopulation: std, confidence, lang };
}

function tracksOf(value: string): TrackId[] {
  if (value === 'all') return [...TRACK_IDS];
  if ((TRACK_IDS as readonly string[]).includes(value)) return [value as TrackId];
  throw new CliUsageError(`Ukendt spor '${value}'. Brug kol, diabetes, angst eller all.`);
}

export async function run(argv: string[]): Promise<number> {
  const flags = parseFlags('build', argv, FLAGS);
  if (flags === 'help') {
    process.stdout.write(`${flagHelp('build', FLAGS)}\n`);
    return 0;
  }
  const referenceDate = flags['reference-date']!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || Number.isNaN(Date.parse(referenceDate)))
    throw new CliUsageError(`Skæringsdatoen '${referenceDate}' skal skrives åååå-mm-dd, fx 2024-01-01.`);
  const areaOpts = areaOptions(flags.area!, flags.areas, referenceDate);
  const tracks = tracksOf(flags.track!);
  const settings = settingsOf(flags);
  const formats = formatsOf(flags.formats!);
  const engineKind = engineOf(flags.engine!);
  const memoryLimit = memoryLimitOf(flags['memory-limit'], engineKind);
  const input = path.resolve(flags.input!);
  const outDir = path.resolve(flags.out!);
  if (outDir === input || outDir.startsWith(input + path.sep)) throw new CliUsageError('Outputmappen må ikke ligge i inputmappen: kildefilerne ændres aldrig.');
  // A missing folder or an unusable profile is refused before the engine starts (exit 2).
  inputDirOrStop(input);
  profileOrStop(flags.profile!);

  const engine = await createEngine(engineKind, memoryLimit);
  // PNG threads shared by every package of the run (started only when PNG files are asked for).
  const pngPool = formats.includes('png') ? createPngPool() : undefined;
  try {
    const started = Date.now();
    const loaded = await loadExtractFromDir(engine, input, flags.profile!, { referenceDate, onProgress: importProgress(started) });
    writeValidationReport(outDir, loaded.report, { input, profile: flags.profile!, referenceDate });
    process.stdout.write(`${reportSummary(loaded.report)}\n`);
    if (loaded.fatal) {
      for (const p of loaded.report.problems.filter((x) => x.severity === 'fatal')) process.stderr.write(`STOP: ${p.message}\n`);
      process.stderr.write(`Udtrækket kan ikke bruges; ret fejlene og prøv igen (se ${path.join(outDir, 'validation.txt')}).\n`);
      return 2;
    }
    process.stdout.write(`Indlæst og kontrolleret på ${seconds(Date.now() - started)} s (${engine.name}).\n`);
    const areas = await resolveBuildAreas(engine, areaOpts, referenceDate);
    for (const { area, dir } of areas) {
      if (areas.length > 1) process.stdout.write(`Område: ${area.name}\n`);
      // Each package is exported while the next is built: the PNG threads draw beside the engine.
      const exports: Promise<void>[] = [];
      for (const track of tracks) {
        const t0 = Date.now();
        const pakke = await buildDatapakke(engine, {
          track,
          area,
          referenceDate,
          settings,
          lang: settings.lang,
          sources: loaded.sources,
          generatedAt: new Date().toISOString(),
          app: { name: 'datapakker', version: appVersion() },
        });
        const built = Date.now();
        const trackDir = path.join(outDir, dir, track);
        exports.push(
          exportPackage(pakke, { dir: trackDir, formats, ...(pngPool ? { pngPool } : {}) }).then((summary) => {
            process.stdout.write(
              `Skrevet: ${trackDir}/ — ${summary.files.length} filer (${formats.join(', ')}); ` +
                `bygget på ${seconds(built - t0)} s, eksporteret på ${seconds(Date.now() - built)} s, ${pakke.disclosure?.suppressedCells ?? 0} udeladte celler\n`,
            );
          }),
        );
      }
      const failed = (await Promise.allSettled(exports)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
    process.stdout.write(`Færdig på ${seconds(Date.now() - started)} s.\n`);
    return 0;
  } finally {
    await pngPool?.close();
    await engine.close();
  }
}
