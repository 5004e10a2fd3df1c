/**
 * The pure half of `npm run bench`: engine runs (as the child processes report them) → measurements,
 * targets with met/missed, the markdown block for docs/benchmarks.md and the Danish console summary.
 * No clock, no file system, so it is tested with fixed figures (tests/unit/bench).
 */
import { median, measurementTable, type Measurement } from './harness';

export const TRACKS = ['kol', 'diabetes', 'angst'] as const;
export type BenchTrack = (typeof TRACKS)[number];
/** wasm: duckdb-wasm as in the app's worker; native: DuckDB in the bench process; host: native DuckDB in the engine host process, as the desktop app runs it. */
export type BenchEngine = 'wasm' | 'native' | 'host';

/** One table's import in one run: how long, from which format, how many rows came in. */
export interface TableTiming {
  ms: number;
  format: 'csv' | 'parquet' | 'xlsx' | 'mixed';
  rows: number;
  bytes: number;
  files: number;
}

/** One repetition in one engine process: a fresh engine, import, the three builds, maybe export. */
export interface RunFigures {
  importMs: number;
  tables: Record<string, TableTiming>;
  buildMs: Record<BenchTrack, number>;
  exportMs?: number;
  /** Highest RSS sampled during each step (MB). Blocking wasm queries hide their peak from the sampler. */
  peakRssMb: { import: number; build: number; export?: number };
  /** The kernel's peak RSS of the engine process after import and build, before any export (MB). */
  processMaxRssBeforeExportMb?: number;
}

export interface EngineReport {
  engine: BenchEngine;
  /** Engine.name plus the DuckDB version it reports. */
  engineName: string;
  duckdbVersion: string;
  runs: RunFigures[];
  /** The kernel's peak resident set of the whole engine process (MB): what the OS had to give it. */
  processMaxRssMb: number;
  /** wasm linear memory at the end (MB): it never shrinks, so this is its peak. */
  wasmHeapMb?: number;
  threads?: number;
  /** The engine host's own kernel peak RSS (MB), when the engine ran there. */
  hostProcessMaxRssMb?: number;
  /** Set when the engine's process ended without a report (e.g. out of memory): what it said, and when. */
  failure?: { message: string; afterMs: number };
}

/** The export measured alone, in its own process, from the packages as JSON (issue 17: < 30 s and < 2 GB). */
export interface ExportBench {
  packages: number;
  formats: string;
  ms: number;
  peakRssMb: number;
  files: number;
  bytes: number;
}

export interface BenchScale {
  label: string;
  persons: number;
  dataDir: string;
  /** Files and rows as the import reported them. */
  tables: { table: string; files: number; bytes: number; rows: number; format: string }[];
  generation?: { seconds: number; persons: number; at: string } | null;
}

export interface BenchReport {
  machine: string;
  versions: { node: string; duckdbWasm: string; duckdbNodeApi: string };
  scale: BenchScale;
  /** Which targets apply: issue 7's at region scale, issue 17's at full volume. */
  targets?: 'region' | 'full';
  exportAlone?: ExportBench;
  area: string;
  runs: number;
  exportFormats: string;
  engines: EngineReport[];
  /** Extra sections (e.g. the statistics benchmark), already markdown. */
  sections: { title: string; markdown: string }[];
  notes: string[];
}

export const engineLabel = (engine: BenchEngine) => (engine === 'wasm' ? 'duckdb-wasm' : engine === 'native' ? 'duckdb native' : 'duckdb native (engine host)');

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function tablesOf(run: RunFigures, format: TableTiming['format']): string[] {
  return Object.entries(run.tables)
    .filter(([, t]) => t.format === format)
    .map(([name]) => name)
    .sort();
}

/** The steps of one engine as Measurements (medians over its runs); steps with no data are left out. */
export function engineMeasurements(report: EngineReport): Measurement[] {
  const runs = report.runs;
  if (runs.length === 0) return [];
  const engine = engineLabel(report.engine);
  const out: Measurement[] = [];
  const add = (step: string, times: number[], peak: number, note?: string, label = engine) => {
    if (times.length === 0 || times.some((t) => !Number.isFinite(t))) return;
    out.push({
      step,
      engine: label,
      runs: times.length,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      peakRssMb: peak,
      ...(note ? { note } : {}),
    });
  };
  const importPeak = Math.max(...runs.map((r) => r.peakRssMb.import));
  const buildPeak = Math.max(...runs.map((r) => r.peakRssMb.build));
  for (const format of ['csv', 'parquet', 'xlsx'] as const) {
    const names = tablesOf(runs[0]!, format);
    if (names.length === 0) continue;
    add(
      `import ${format === 'csv' ? 'CSV' : format === 'parquet' ? 'Parquet' : 'XLSX'} (${names.join(', ')})`,
      runs.map((r) => sum(names.map((n) => r.tables[n]?.ms ?? NaN))),
      importPeak,
    );
  }
  add(
    'import total',
    runs.map((r) => r.importMs),
    importPeak,
  );
  for (const track of TRACKS)
    add(
      `build ${track}`,
      runs.map((r) => r.buildMs[track]),
      buildPeak,
    );
  add(
    'build all three',
    runs.map((r) => sum(TRACKS.map((t) => r.buildMs[t]))),
    buildPeak,
  );
  const exports = runs.map((r) => r.exportMs).filter((x): x is number => x !== undefined);
  // The export is JavaScript working on datapakke.json alone: the engine does not take part.
  if (exports.length) add('export (three packages)', exports, Math.max(...runs.map((r) => r.peakRssMb.export ?? 0)), undefined, 'js');
  return out;
}

/** The process peak over import and build (the export's chart rendering is not the engine's memory). */
export function importBuildPeakMb(e: EngineReport): number {
  const before = e.runs.map((r) => r.processMaxRssBeforeExportMb).filter((x): x is number => x !== undefined);
  return before.length ? Math.max(...before) : e.processMaxRssMb;
}

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface TargetResult {
  target: string;
  measured: string;
  status: TargetStatus;
}

function stepOf(rows: Measurement[], engine: string, prefix: string): Measurement | undefined {
  return rows.find((r) => r.engine === engine && r.step.startsWith(prefix));
}

/** wasm/native for one step, or null when either side is missing. */
export function ratioOf(rows: Measurement[], prefix: string): number | null {
  const w = stepOf(rows, 'duckdb-wasm', prefix);
  const n = stepOf(rows, 'duckdb native', prefix);
  return w && n && n.medianMs > 0 ? w.medianMs / n.medianMs : null;
}

const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const x2 = (r: number) => `${r.toFixed(2)}×`;

/** The targets that apply to the report's scale. */
export function evaluateTargets(report: BenchReport): TargetResult[] {
  return report.targets === 'full' ? fullVolumeTargets(report) : regionTargets(report);
}

const mb = (v: number) => `${Math.round(v).toLocaleString('en')} MB`;

/**
 * Issue 17's targets at full volume, for the engine the desktop app runs on such an extract (native
 * DuckDB in the engine host; native in-process when the host was not measured). The app's peak is
 * the engine's process plus the export's: they never run at once, so the sum is an upper bound.
 */
export function fullVolumeTargets(report: BenchReport): TargetResult[] {
  const rows = report.engines.flatMap(engineMeasurements);
  const app = report.engines.find((e) => e.engine === 'host' && e.runs.length) ?? report.engines.find((e) => e.engine === 'native' && e.runs.length);
  const label = app ? engineLabel(app.engine) : '';
  const imp = app && stepOf(rows, label, 'import total');
  const build = app && stepOf(rows, label, 'build all three');
  const status = (ok: boolean | null): TargetStatus => (ok === null ? 'not measured' : ok ? 'met' : 'missed');
  const ex = report.exportAlone;
  const enginePeak = app ? importBuildPeakMb(app) + (app.hostProcessMaxRssMb ?? 0) : null;
  const out: TargetResult[] = [
    { target: `import < 5 min (${label || 'native'})`, measured: imp ? s1(imp.medianMs) : '–', status: status(imp ? imp.medianMs < 300_000 : null) },
    {
      target: `build of all three tracks < 60 s (${label || 'native'})`,
      measured: build ? s1(build.medianMs) : '–',
      status: status(build ? build.medianMs < 60_000 : null),
    },
    { target: `export of ${ex?.packages ?? 3} packages in every format < 30 s`, measured: ex ? s1(ex.ms) : '–', status: status(ex ? ex.ms < 30_000 : null) },
    { target: 'export alone < 2 GB', measured: ex ? `${mb(ex.peakRssMb)} peak RSS` : '–', status: status(ex ? ex.peakRssMb < 2048 : null) },
    {
      target: 'peak memory of the whole app < 4 GB',
      measured:
        enginePeak === null ? '–' : `${mb(enginePeak)} engine${app?.engine === 'host' ? ' (host + client)' : ''}${ex ? ` + ${mb(ex.peakRssMb)} export` : ''}`,
      status: status(enginePeak === null ? null : enginePeak + (ex?.peakRssMb ?? 0) < 4096),
    },
  ];
  const wasm = report.engines.find((e) => e.engine === 'wasm');
  if (wasm?.failure)
    out.push({
      target: 'duckdb-wasm at this volume (not a target: the reason for native DuckDB)',
      measured: `failed after ${s1(wasm.failure.afterMs)}: ${wasm.failure.message}`,
      status: 'not measured',
    });
  return out;
}

/** Issue 7's targets against the measured medians. */
export function regionTargets(report: BenchReport): TargetResult[] {
  const rows = report.engines.flatMap(engineMeasurements);
  const wasmAll = stepOf(rows, 'duckdb-wasm', 'build all three');
  const buildRatio = ratioOf(rows, 'build all three');
  const pqRatio = ratioOf(rows, 'import Parquet');
  const csvRatio = ratioOf(rows, 'import CSV');
  const wasm = report.engines.find((e) => e.engine === 'wasm');
  const out: TargetResult[] = [];
  const status = (ok: boolean | null): TargetStatus => (ok === null ? 'not measured' : ok ? 'met' : 'missed');
  out.push({
    target: 'build all three tracks < 60 s (wasm)',
    measured: wasmAll ? s1(wasmAll.medianMs) : '–',
    status: status(wasmAll ? wasmAll.medianMs < 60_000 : null),
  });
  out.push({
    target: 'build all three tracks ≤ 3× native',
    measured: buildRatio === null ? '–' : x2(buildRatio),
    status: status(buildRatio === null ? null : buildRatio <= 3),
  });
  out.push({ target: 'Parquet import ≤ 2× native', measured: pqRatio === null ? '–' : x2(pqRatio), status: status(pqRatio === null ? null : pqRatio <= 2) });
  out.push({ target: 'CSV import ≤ 3× native', measured: csvRatio === null ? '–' : x2(csvRatio), status: status(csvRatio === null ? null : csvRatio <= 3) });
  const wasmRss = wasm ? importBuildPeakMb(wasm) : null;
  out.push({
    target: 'wasm import + build under 3 GB',
    measured: wasm ? `${Math.round(wasmRss!)} MB process peak RSS${wasm.wasmHeapMb ? `, ${Math.round(wasm.wasmHeapMb)} MB wasm heap` : ''}` : '–',
    status: status(wasmRss === null ? null : Math.max(wasmRss, wasm!.wasmHeapMb ?? 0) < 3 * 1024),
  });
  return out;
}

const nf = (n: number) => n.toLocaleString('en');

/** The generated block of docs/benchmarks.md. */
export function renderMarkdown(report: BenchReport): string {
  const rows = report.engines.flatMap(engineMeasurements);
  const lines: string[] = [];
  const gen = report.scale.generation;
  lines.push(`Machine: ${report.machine}.`);
  lines.push(
    `Versions: Node ${report.versions.node}, @duckdb/duckdb-wasm ${report.versions.duckdbWasm}, @duckdb/node-api ${report.versions.duckdbNodeApi}` +
      report.engines
        .map((e) => `; ${e.engineName} reports DuckDB ${e.duckdbVersion}${e.threads ? ` (${e.threads} thread${e.threads > 1 ? 's' : ''})` : ''}`)
        .join('') +
      '.',
  );
  lines.push(
    `Scale: **${report.scale.label}**, ${nf(report.scale.persons)} persons generated (\`${report.scale.dataDir}\`); area ${report.area}; ` +
      `${report.runs} run${report.runs > 1 ? 's' : ''} per engine, medians` +
      (gen ? `; generating the data took ${s1(gen.seconds * 1000)} (${gen.at.slice(0, 10)}).` : '.'),
  );
  lines.push('');
  lines.push('| table | format | files | size | rows |', '|---|---|---|---|---|');
  for (const t of report.scale.tables) lines.push(`| ${t.table} | ${t.format} | ${t.files} | ${(t.bytes / 1e6).toFixed(1)} MB | ${nf(t.rows)} |`);
  lines.push('');
  lines.push(`Export formats: ${report.exportFormats} (the export is the same JavaScript for both engines, measured once).`);
  lines.push('');
  lines.push(measurementTable(rows));
  lines.push('');
  lines.push('Per table (median import time):', '', '| table | format | duckdb-wasm | duckdb native | wasm/native |', '|---|---|---|---|---|');
  const wasm = report.engines.find((e) => e.engine === 'wasm');
  // The host is native DuckDB too: at full volume it is the native column.
  const native = report.engines.find((e) => e.engine === 'native' && e.runs.length) ?? report.engines.find((e) => e.engine === 'host' && e.runs.length);
  const tableNames = Object.keys((wasm ?? native)?.runs[0]?.tables ?? {});
  for (const name of tableNames) {
    const w = wasm?.runs.length ? median(wasm.runs.map((r) => r.tables[name]?.ms ?? NaN)) : NaN;
    const n = native?.runs.length ? median(native.runs.map((r) => r.tables[name]?.ms ?? NaN)) : NaN;
    const fmt = (wasm ?? native)!.runs[0]!.tables[name]!.format;
    const cell = (v: number) => (Number.isFinite(v) ? (v >= 10_000 ? s1(v) : `${Math.round(v)} ms`) : '–');
    lines.push(`| ${name} | ${fmt} | ${cell(w)} | ${cell(n)} | ${Number.isFinite(w) && Number.isFinite(n) && n > 0 ? x2(w / n) : ''} |`);
  }
  lines.push('');
  lines.push("Memory (whole engine process, kernel peak RSS; the wasm heap is duckdb-wasm's linear memory, which never shrinks):", '');
  lines.push('| engine | peak RSS, import + build | peak RSS, whole process (with export) | wasm heap | engine host process |', '|---|---|---|---|---|');
  for (const e of report.engines.filter((x) => x.runs.length))
    lines.push(
      `| ${e.engineName} | ${Math.round(importBuildPeakMb(e))} MB | ${Math.round(e.processMaxRssMb)} MB | ${e.wasmHeapMb ? `${Math.round(e.wasmHeapMb)} MB` : '–'} | ${e.hostProcessMaxRssMb ? mb(e.hostProcessMaxRssMb) : '–'} |`,
    );
  lines.push('');
  if (report.exportAlone) {
    const ex = report.exportAlone;
    lines.push(
      `Export alone, in its own process from the packages as JSON: ${ex.packages} packages, formats ${ex.formats}: ${s1(ex.ms)}, peak RSS ${mb(ex.peakRssMb)}, ${nf(ex.files)} files, ${(ex.bytes / 1e6).toFixed(1)} MB.`,
      '',
    );
  }
  for (const e of report.engines.filter((x) => x.failure))
    lines.push(`**${engineLabel(e.engine)} failed** after ${s1(e.failure!.afterMs)}: ${e.failure!.message}`, '');
  lines.push(`Targets (issue ${report.targets === 'full' ? 17 : 7}):`, '', '| target | measured | status |', '|---|---|---|');
  for (const t of evaluateTargets(report))
    lines.push(`| ${t.target} | ${t.measured} | ${t.status === 'met' ? '**met**' : t.status === 'missed' ? '**missed**' : t.status} |`);
  for (const note of report.notes) lines.push('', note);
  for (const s of report.sections) lines.push('', `### ${s.title}`, '', s.markdown);
  return lines.join('\n');
}

export const BLOCK_START = '<!-- bench:start (written by `npm run bench`; edit outside this block) -->';
export const BLOCK_END = '<!-- bench:end -->';
/** The full-volume run has its own block, so region-scale and full-volume figures stand side by side. */
export const FULL_BLOCK = {
  start: '<!-- bench-full:start (written by `npm run bench -- --scale full`; edit outside this block) -->',
  end: '<!-- bench-full:end -->',
} as const;

/**
 * Puts the generated block into an existing document, keeping everything outside the markers (the
 * hand-written optimisation log), or starts a new document.
 */
export function spliceBlock(
  existing: string | null,
  heading: string,
  block: string,
  markers: { start: string; end: string } = { start: BLOCK_START, end: BLOCK_END },
): string {
  const wrapped = `${markers.start}\n${block}\n${markers.end}`;
  if (existing) {
    const a = existing.indexOf(markers.start);
    const b = existing.indexOf(markers.end);
    if (a >= 0 && b > a) return existing.slice(0, a) + wrapped + existing.slice(b + markers.end.length);
    return `${existing.trimEnd()}\n\n${wrapped}\n`;
  }
  return `# ${heading}\n\n${wrapped}\n`;
}

const kommaSek = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
const kommaX = (r: number) => `${r.toFixed(2).replace('.', ',')}×`;

/** The console summary, in Danish with decimal comma. */
export function consoleSummary(report: BenchReport): string {
  const rows = report.engines.flatMap(engineMeasurements);
  const steps = [...new Set(rows.map((r) => r.step))];
  const lines = [`Skala: ${report.scale.label} (${report.scale.persons.toLocaleString('da-DK')} personer), ${report.runs} kørsel(er) pr. motor, medianer:`];
  for (const step of steps) {
    const w = stepOf(rows, 'duckdb-wasm', step);
    const n = stepOf(rows, 'duckdb native', step);
    const h = stepOf(rows, engineLabel('host'), step);
    const js = rows.find((r) => r.step === step && r.engine === 'js');
    const parts = [
      w ? `wasm ${kommaSek(w.medianMs)}` : null,
      n ? `native ${kommaSek(n.medianMs)}` : null,
      h ? `motorværten ${kommaSek(h.medianMs)}` : null,
      w && n && n.medianMs > 0 ? `forhold ${kommaX(w.medianMs / n.medianMs)}` : null,
      js ? kommaSek(js.medianMs) : null,
    ].filter(Boolean);
    lines.push(`  ${step.padEnd(58)} ${parts.join(', ')}`);
  }
  for (const e of report.engines)
    lines.push(
      `  Hukommelse ${e.engine}: højeste RSS ${Math.round(importBuildPeakMb(e)).toLocaleString('da-DK')} MB (indlæsning og bygning)${e.wasmHeapMb ? `, wasm-heap ${Math.round(e.wasmHeapMb).toLocaleString('da-DK')} MB` : ''}`,
    );
  const label: Record<TargetStatus, string> = { met: 'nået', missed: 'IKKE nået', 'not measured': 'ikke målt' };
  lines.push(report.targets === 'full' ? 'Mål (issue 17; fuld volumen):' : 'Mål (issue 7; gælder regionsskala):');
  for (const t of evaluateTargets(report)) lines.push(`  ${label[t.status].padEnd(10)} ${t.target}: ${t.measured.replace(/(\d)\.(\d)/g, '$1,$2')}`);
  return lines.join('\n');
}
