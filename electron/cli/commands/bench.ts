/**
 * `datapakke bench [--quick] [--persons N] [--runs N] [--engines wasm,native] [--area region]
 *   [--formats all|none|…] [--report FILE]` (`npm run bench`).
 * Measures import (CSV and Parquet), the build of each track and of all three, the export, and peak
 * memory, with duckdb-wasm (the app's engine) and native DuckDB on the same SQL, and writes the
 * figures with wasm/native ratios and issue 7's targets into docs/benchmarks.md.
 * Data: region scale (1,350,000 persons) from the committed generator, cached in
 * data-samples/region-scale/ (gitignored); `--persons N` benches a smaller generated sample;
 * `--quick` uses the committed 50,000-person sample once, as a smoke test.
 * Each engine runs in its own child process so one engine's memory cannot hide in the other's peak.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { machineDescription } from '../bench/harness';
import { runStatsBench } from '../bench/stats-bench';
import { runEngine, type EngineRunConfig } from '../bench/engine-run';
import {
  FULL_BLOCK,
  consoleSummary,
  renderMarkdown,
  spliceBlock,
  type BenchEngine,
  type BenchReport,
  type BenchScale,
  type EngineReport,
  type ExportBench,
} from '../bench/report';
import { createPngPool, exportPackage } from '../../node/export';
import type { Datapakke } from '../../../shared/contract/datapakke';
import type { ExportFormat } from '../../../shared/export/types';
import { EXPORT_FORMATS, isExportFormat } from '../../../shared/export/types';
import { CliUsageError, flagHelp, parseFlags, type FlagSpec } from '../args';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const GENERATOR = path.join(ROOT, 'data-samples', 'generate.ts');
const REGION_PERSONS = 1_350_000;
/** The completion marker of the full-volume folder (data-samples/lib/full-volume.ts writes it last). */
const FULL_VOLUME_NOTE = 'full-volume.json';
/** Set in an engine child: the JSON EngineRunConfig it is to run. */
const CHILD_ENV = 'DATAPAKKER_BENCH_CHILD';
/** Set in the export child: the JSON ExportChildConfig it is to run. */
const EXPORT_CHILD_ENV = 'DATAPAKKER_BENCH_EXPORT_CHILD';

interface ExportChildConfig {
  packages: string[];
  formats: string[];
  outDir: string;
  resultFile: string;
}

/** The export alone in a fresh process, so its peak memory is its own (issue 17: < 2 GB). */
async function exportInChild(config: ExportChildConfig): Promise<ExportBench | undefined> {
  const code = await runChild(MAIN, ['bench'], { ...process.env, [EXPORT_CHILD_ENV]: JSON.stringify(config) });
  if (code !== 0 || !fs.existsSync(config.resultFile)) {
    process.stdout.write(`Eksportmålingen fejlede (kode ${code}).\n`);
    return undefined;
  }
  return JSON.parse(fs.readFileSync(config.resultFile, 'utf8')) as ExportBench;
}
/** Written beside generated data (a dot file, so the importer never lists it). */
const GENERATION_NOTE = '.bench-generation.json';

const FLAGS = {
  quick: { type: 'boolean', description: 'hurtig røgtest: det medfølgende udtræk (50.000 personer), 1 kørsel' },
  scale: {
    type: 'string',
    default: 'region',
    description:
      'region (1.350.000 personer, 14 mio. recepter) eller full (samme personer med et ufiltreret udtræks volumen: 60 mio. recepter, 15 mio. kontakter)',
  },
  persons: { type: 'string', description: 'mål på et mindre genereret udtræk med N personer (standard: hele regionen, 1.350.000)' },
  runs: { type: 'string', description: 'gentagelser pr. motor, der vises medianer (standard: 3; 1 ved regionsskala)' },
  engines: {
    type: 'string',
    description:
      'motorer, kommasepareret: wasm, native (i processen), host (native i motorværten som i skrivebordsappen); standard wasm,native, ved --scale full host,wasm',
  },
  area: { type: 'string', default: 'region', description: 'område som i build, fx region eller cluster:aarhus' },
  formats: { type: 'string', default: 'all', description: `eksportformater (${EXPORT_FORMATS.join(', ')}, all eller none)` },
  report: { type: 'string', description: 'markdown-filen der skrives (standard: docs/benchmarks.md; ved --quick out/benchmarks-quick.md)' },
} satisfies FlagSpec;

const sek = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

/** A dependency's version from its package.json (found from its entry point: not every package exports it). */
function versionOf(pkg: string): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(pkg));
    while (dir !== path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (json.name === pkg && json.version) return json.version;
      }
      dir = path.dirname(dir);
    }
  } catch {
    // fall through
  }
  return 'ukendt';
}

interface DataChoice {
  scale: Pick<BenchScale, 'label' | 'persons' | 'dataDir'>;
  dir: string;
  generate: string[] | null;
}

function dataChoice(quick: boolean, persons: number | null, full: boolean): DataChoice {
  if (full) {
    const dir = path.join(ROOT, 'data-samples', 'full-scale');
    return { dir, generate: ['--scale', 'full'], scale: { label: 'full volume', persons: REGION_PERSONS, dataDir: 'data-samples/full-scale/' } };
  }
  if (quick) {
    const dir = path.join(ROOT, 'data-samples', 'region-midt');
    return { dir, generate: null, scale: { label: 'committed sample (quick)', persons: 50_000, dataDir: 'data-samples/region-midt/' } };
  }
  if (persons === null || persons === REGION_PERSONS) {
    const dir = path.join(ROOT, 'data-samples', 'region-scale');
    return { dir, generate: ['--scale', 'region'], scale: { label: 'region scale', persons: REGION_PERSONS, dataDir: 'data-samples/region-scale/' } };
  }
  const dir = path.join(ROOT, '.cache', 'bench-samples', `persons-${persons}`);
  return {
    dir,
    generate: ['--persons', String(persons), '--out', dir],
    scale: { label: `reduced scale (${persons.toLocaleString('en')} persons)`, persons, dataDir: `.cache/bench-samples/persons-${persons}/` },
  };
}

function profileIn(dir: string): string | null {
  if (!fs.existsSync(dir)) return null;
  const name = fs.readdirSync(dir).find((f) => f.endsWith('.profile.json'));
  return name ? path.join(dir, name) : null;
}

/** The generator writes planted-truths.json last: with it and the profile present, the folder is complete. */
export function isCompleteSample(dir: string): boolean {
  return profileIn(dir) !== null && (fs.existsSync(path.join(dir, 'planted-truths.json')) || fs.existsSync(path.join(dir, FULL_VOLUME_NOTE)));
}

/** Runs `cmd` as a child process with this process's Node and loader flags (tsx), streaming its output (the last lines kept in `tail`). */
function runChild(script: string, args: string[], env: NodeJS.ProcessEnv = process.env, tail?: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: tail ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    const keep = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
      stream.write(chunk);
      tail!.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      tail!.splice(0, Math.max(0, tail!.length - 20));
    };
    if (tail) {
      child.stdout?.on('data', keep(process.stdout));
      child.stderr?.on('data', keep(process.stderr));
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

async function ensureData(choice: DataChoice): Promise<BenchScale['generation']> {
  const notePath = path.join(choice.dir, GENERATION_NOTE);
  const readNote = () => (fs.existsSync(notePath) ? (JSON.parse(fs.readFileSync(notePath, 'utf8')) as NonNullable<BenchScale['generation']>) : null);
  if (isCompleteSample(choice.dir)) {
    if (choice.generate) process.stdout.write(`Bruger de gemte data i ${choice.scale.dataDir} (slet mappen for at generere igen).\n`);
    return readNote();
  }
  if (!choice.generate) throw new Error(`Udtrækket i ${choice.dir} mangler.`);
  process.stdout.write(`Genererer ${choice.scale.persons.toLocaleString('da-DK')} syntetiske personer i ${choice.scale.dataDir} (det kan tage lang tid) …\n`);
  const started = performance.now();
  const code = await runChild(GENERATOR, choice.generate);
  if (code !== 0 || !isCompleteSample(choice.dir)) throw new Error(`Generatoren fejlede (kode ${code}); udtrækket i ${choice.dir} er ikke komplet.`);
  const note = { seconds: (performance.now() - started) / 1000, persons: choice.scale.persons, at: new Date().toISOString() };
  fs.writeFileSync(notePath, `${JSON.stringify(note, null, 2)}\n`);
  process.stdout.write(`Genereret på ${sek(note.seconds * 1000)}.\n`);
  return note;
}

function enginesOf(value: string): BenchEngine[] {
  const asked = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = asked.filter((e) => e !== 'wasm' && e !== 'native' && e !== 'host');
  if (bad.length || asked.length === 0) throw new CliUsageError(`--engines skal være wasm, native og/eller host (fik '${value}').`);
  return [...new Set(asked)] as BenchEngine[];
}

function formatsOf(value: string): string[] {
  const asked = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  if (asked.includes('none')) return [];
  if (asked.includes('all')) return [...EXPORT_FORMATS];
  const unknown = asked.filter((f) => !isExportFormat(f));
  if (unknown.length) throw new CliUsageError(`Ukendt format: ${unknown.join(', ')}.`);
  return EXPORT_FORMATS.filter((f) => f === 'json' || asked.includes(f));
}

function positiveInt(value: string, flag: string, min = 1): number {
  const n = Number(value.replace(/[._]/g, ''));
  if (!Number.isInteger(n) || n < min) throw new CliUsageError(`--${flag} skal være et helt tal på mindst ${min} (fik '${value}').`);
  return n;
}

/**
 * One engine in a child process: the config goes in through the environment, the report out as a
 * file. A child that ends without a report (duckdb-wasm out of memory at full volume) is a finding,
 * not a crash of the bench: it is reported with the last lines it wrote.
 */
async function engineInChild(config: EngineRunConfig): Promise<EngineReport> {
  fs.rmSync(config.resultFile, { force: true });
  const started = performance.now();
  const tail: string[] = [];
  const code = await runChild(MAIN, ['bench'], { ...process.env, [CHILD_ENV]: JSON.stringify(config) }, tail);
  if (code === 0 && fs.existsSync(config.resultFile)) return JSON.parse(fs.readFileSync(config.resultFile, 'utf8')) as EngineReport;
  const said =
    tail
      .filter((l) => /error|memory|abort|fejl/i.test(l))
      .slice(-2)
      .join(' / ') ||
    tail.slice(-1).join('') ||
    `exit code ${code}`;
  return {
    engine: config.engine,
    engineName: config.engine,
    duckdbVersion: '?',
    runs: [],
    processMaxRssMb: 0,
    failure: { message: said.slice(0, 300), afterMs: performance.now() - started },
  };
}

export async function run(argv: string[]): Promise<number> {
  const exportConfig = process.env[EXPORT_CHILD_ENV];
  if (exportConfig) {
    const config = JSON.parse(exportConfig) as ExportChildConfig;
    const packages = config.packages.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Datapakke);
    const started = performance.now();
    let files = 0;
    let bytes = 0;
    // One set of PNG threads for the three packages, as `datapakke build` has.
    const pngPool = createPngPool();
    try {
      // The three exports at once, as `datapakke build` overlaps them: the main thread builds one
      // package's deck and PDF while the threads draw another's PNGs.
      const summaries = await Promise.all(
        packages.map((pkg) => exportPackage(pkg, { dir: path.join(config.outDir, pkg.track), formats: config.formats as ExportFormat[], pngPool })),
      );
      for (const summary of summaries) {
        files += summary.files.length;
        bytes += summary.files.reduce((s, f) => s + f.bytes, 0);
      }
    } finally {
      await pngPool.close();
    }
    const ms = performance.now() - started;
    // A fresh process that only reads packages and exports: the kernel's peak is the export's.
    const bench: ExportBench = {
      packages: packages.length,
      formats: config.formats.join(', '),
      ms,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      files,
      bytes,
    };
    fs.writeFileSync(config.resultFile, JSON.stringify(bench));
    return 0;
  }
  const childConfig = process.env[CHILD_ENV];
  if (childConfig) {
    const config = JSON.parse(childConfig) as EngineRunConfig;
    const report = await runEngine(config);
    fs.writeFileSync(config.resultFile, JSON.stringify(report));
    return 0;
  }

  const flags = parseFlags('bench', argv, FLAGS);
  if (flags === 'help') {
    process.stdout.write(`${flagHelp('bench', FLAGS)}\n`);
    return 0;
  }
  const quick = flags.quick;
  const persons = flags.persons ? positiveInt(flags.persons, 'persons', 100) : null;
  if (flags.scale !== 'region' && flags.scale !== 'full') throw new CliUsageError(`--scale skal være region eller full (fik '${flags.scale}').`);
  const full = flags.scale === 'full';
  if (quick && persons !== null) throw new CliUsageError('--quick og --persons kan ikke bruges sammen.');
  if (full && (quick || persons !== null)) throw new CliUsageError('--scale full kan ikke bruges med --quick eller --persons.');
  const choice = dataChoice(quick, persons, full);
  const runs = quick ? 1 : flags.runs ? positiveInt(flags.runs, 'runs') : choice.scale.persons >= REGION_PERSONS ? 1 : 3;
  const engines = enginesOf(flags.engines ?? (full ? 'host,wasm' : 'wasm,native'));
  const formats = formatsOf(flags.formats!);
  const reportPath = path.resolve(flags.report ?? path.join(ROOT, quick ? 'out/benchmarks-quick.md' : 'docs/benchmarks.md'));

  const generation = await ensureData(choice);
  const profile = profileIn(choice.dir)!;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-bench-'));
  const reports: EngineReport[] = [];
  let exportAlone: ExportBench | undefined;
  try {
    for (const engine of engines) {
      process.stdout.write(`Måler ${engine} (${runs} kørsel${runs > 1 ? 'er' : ''}) …\n`);
      reports.push(
        await engineInChild({
          engine,
          dataDir: choice.dir,
          profile,
          runs,
          area: flags.area!,
          referenceDate: '2024-01-01',
          // The export is the same JavaScript for both engines: measured once, with the app's engine.
          // At full volume it is measured alone, in its own process, from the first engine's packages.
          exportFormats: engine === engines[0] && !full ? formats : [],
          resultFile: path.join(work, `${engine}.json`),
          ...(full && engine === engines[0] ? { packagesDir: path.join(work, 'packages') } : {}),
        }),
      );
    }
    if (full && formats.length && fs.existsSync(path.join(work, 'packages'))) {
      process.stdout.write('Måler eksporten alene …\n');
      exportAlone = await exportInChild({
        packages: fs.readdirSync(path.join(work, 'packages')).map((f) => path.join(work, 'packages', f)),
        formats,
        outDir: path.join(work, 'export'),
        resultFile: path.join(work, 'export.json'),
      });
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }

  const measured = reports.find((r) => r.runs.length);
  if (!measured) throw new Error(`Ingen motor gennemførte målingen: ${reports.map((r) => `${r.engine}: ${r.failure?.message ?? '?'}`).join('; ')}`);
  const first = measured.runs[0]!;
  const scale: BenchScale = {
    ...choice.scale,
    tables: Object.entries(first.tables).map(([table, t]) => ({ table, files: t.files, bytes: t.bytes, rows: t.rows, format: t.format })),
    generation,
  };
  const stats = await runStatsBench();
  const report: BenchReport = {
    machine: machineDescription(),
    versions: { node: process.version, duckdbWasm: versionOf('@duckdb/duckdb-wasm'), duckdbNodeApi: versionOf('@duckdb/node-api') },
    scale,
    ...(full ? { targets: 'full' as const } : {}),
    ...(exportAlone ? { exportAlone } : {}),
    area: flags.area!,
    runs,
    exportFormats: formats.length ? formats.join(', ') : 'none',
    engines: reports,
    sections: [stats],
    notes: [
      'duckdb-wasm runs single-threaded here (the blocking Node bindings, as in the CLI); native DuckDB uses its default thread count. ' +
        "Peak RSS per step is sampled every 20 ms in the engine process; a blocking wasm query cannot be sampled while it runs, so the kernel's process peak is the figure to trust.",
    ],
  };
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  const existing = fs.existsSync(reportPath) ? fs.readFileSync(reportPath, 'utf8') : null;
  fs.writeFileSync(reportPath, spliceBlock(existing, 'Benchmarks', renderMarkdown(report), full ? FULL_BLOCK : undefined));
  process.stdout.write(`${consoleSummary(report)}\nSkrevet: ${path.relative(process.cwd(), reportPath) || reportPath}\n`);
  return 0;
}
