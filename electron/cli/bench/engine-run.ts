/**
 * One engine's share of `npm run bench`, run in its own process (see commands/bench.ts): wasm memory
 * never shrinks and native DuckDB keeps its buffer pool, so two engines in one process would blur each
 * other's peak memory. Each run: a fresh engine, the import as `datapakke build` does it, the three
 * track builds one after the other on the loaded tables, and (when asked) the export of the three packages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveArea } from '../../../shared/areas/areas';
import type { Datapakke, PackageSettings } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { formatOf } from '../../../shared/import/read-raw';
import { buildDatapakke } from '../../../shared/package/build';
import { exportPackage } from '../../node/export';
import { loadExtractFromDir } from '../../node/load-extract-node';
import { createEngine } from '../commands/build';
import { createNativeEngine } from '../../node/native-engine';
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { childProcessChannel, createEngineHostClient } from '../../node/engine-host-client';
import { engineHostOptions } from '../../policy/engine-choice';
import { TRACKS, type BenchEngine, type BenchTrack, type EngineReport, type RunFigures, type TableTiming } from './report';

export interface EngineRunConfig {
  engine: BenchEngine;
  dataDir: string;
  profile: string;
  runs: number;
  area: string;
  referenceDate: string;
  /** Export formats, or empty for no export step. */
  exportFormats: string[];
  /** Where the child writes its EngineReport as JSON. */
  resultFile: string;
  /** DuckDB's memory limit for the native engines (e.g. '3GB'); default: the app's (engineHostOptions) for host, DuckDB's own for native. */
  memoryLimit?: string;
  /** When set, the last run's packages are written here as <track>.json (the export is measured in its own process). */
  packagesDir?: string;
}

const HOST_ENTRY = fileURLToPath(new URL('../../node/engine-host-main.ts', import.meta.url));

/** The kernel's peak resident set of another process (Linux /proc), in MB; 0 where unknown. */
function peakRssOfPid(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Native DuckDB in the engine host, as the desktop app runs it (decision 006): its own process, the
 * app's settings (engineHostOptions: every core, the memory limit, a private temp folder), every call
 * over the message protocol. `hostPeakMb` reads the host's kernel peak before it is closed.
 */
async function createHostEngine(memoryLimit?: string): Promise<Engine & { hostPeakMb(): number }> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = fork(HOST_ENTRY, [], { execArgv: ['--import', tsx], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const options = engineHostOptions({ totalMemBytes: os.totalmem(), cores: os.availableParallelism() });
  const engine = await createEngineHostClient(childProcessChannel(child), memoryLimit ? { ...options, memoryLimit } : options);
  let peak = 0;
  const hostPeakMb = () => (peak = Math.max(peak, peakRssOfPid(child.pid)));
  return {
    ...engine,
    hostPeakMb,
    async close() {
      hostPeakMb();
      await engine.close();
    },
  };
}

const engineFor = (kind: BenchEngine, memoryLimit?: string): Promise<Engine> =>
  kind === 'host' ? createHostEngine(memoryLimit) : kind === 'native' && memoryLimit ? createNativeEngine({ memoryLimit }) : createEngine(kind);

/** Highest RSS seen since the last `reset()`, sampled every 20 ms (and at every reset/read). */
class RssSampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor() {
    this.timer = setInterval(() => this.sample(), 20);
  }
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  reset(): void {
    this.peak = 0;
    this.sample();
  }
  readMb(): number {
    this.sample();
    return this.peak / 2 ** 20;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

const SETTINGS: PackageSettings & { lang: 'da' } = { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95, lang: 'da' };

const say = (line: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const sek = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

function tableFormat(files: string[]): TableTiming['format'] {
  const formats = new Set(files.map((f) => formatOf(f) ?? 'csv'));
  return formats.size === 1 ? [...formats][0]! : 'mixed';
}

async function oneRun(config: EngineRunConfig, index: number, sampler: RssSampler, heap: { bytes: number; hostMb: number }): Promise<RunFigures> {
  const engine: Engine = await engineFor(config.engine, config.memoryLimit);
  const heapOf = () => {
    const e = engine as Engine & { wasmHeapBytes?: () => number; hostPeakMb?: () => number };
    if (e.wasmHeapBytes) heap.bytes = Math.max(heap.bytes, e.wasmHeapBytes());
    if (e.hostPeakMb) heap.hostMb = Math.max(heap.hostMb, e.hostPeakMb());
  };
  try {
    sampler.reset();
    // Per-table times come from the importer's own progress: each call starts the next table.
    const marks: { step: string; at: number }[] = [];
    const t0 = performance.now();
    const loaded = await loadExtractFromDir(engine, config.dataDir, config.profile, {
      referenceDate: config.referenceDate,
      onProgress: (p) => {
        marks.push({ step: p.step, at: performance.now() });
        if (p.step !== 'done') say(`${config.engine} kørsel ${index + 1}: indlæser ${p.step} (${p.done + 1}/${p.total})`);
      },
    });
    const importMs = performance.now() - t0;
    const importPeak = sampler.readMb();
    heapOf();
    if (loaded.fatal) throw new Error('Udtrækket har fatale fejl; benchmarken kan ikke bygge pakker af det.');
    const tables: Record<string, TableTiming> = {};
    for (let i = 0; i + 1 < marks.length; i++) {
      const step = marks[i]!.step;
      const files = loaded.report.tables[step]?.files ?? [];
      const bytes = files.reduce((s, f) => s + fs.statSync(path.join(config.dataDir, f)).size, 0);
      tables[step] = {
        ms: marks[i + 1]!.at - marks[i]!.at,
        format: tableFormat(files),
        rows: loaded.report.tables[step]?.rows ?? 0,
        bytes,
        files: files.length,
      };
    }
    say(`${config.engine} kørsel ${index + 1}: indlæst på ${sek(importMs)}`);

    sampler.reset();
    const area = resolveArea(config.area);
    const buildMs = {} as Record<BenchTrack, number>;
    const packages: Datapakke[] = [];
    for (const track of TRACKS) {
      const t = performance.now();
      packages.push(
        await buildDatapakke(engine, {
          track,
          area,
          referenceDate: config.referenceDate,
          settings: SETTINGS,
          lang: 'da',
          sources: loaded.sources,
          generatedAt: '2024-01-01T00:00:00Z',
          app: { name: 'datapakker', version: 'bench' },
        }),
      );
      buildMs[track] = performance.now() - t;
      heapOf();
      say(`${config.engine} kørsel ${index + 1}: ${track} bygget på ${sek(buildMs[track])}`);
    }
    const buildPeak = sampler.readMb();

    const figures: RunFigures = { importMs, tables, buildMs, peakRssMb: { import: importPeak, build: buildPeak } };
    if (config.packagesDir) {
      fs.mkdirSync(config.packagesDir, { recursive: true });
      for (const pkg of packages) fs.writeFileSync(path.join(config.packagesDir, `${pkg.track}.json`), JSON.stringify(pkg));
    }
    // The kernel's peak so far covers import and build only: the export (charts, PDF) comes after.
    figures.processMaxRssBeforeExportMb = process.resourceUsage().maxRSS / 1024;
    if (config.exportFormats.length) {
      sampler.reset();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-bench-export-'));
      try {
        const t = performance.now();
        for (const pkg of packages)
          await exportPackage(pkg, { dir: path.join(dir, pkg.track), formats: config.exportFormats as Parameters<typeof exportPackage>[1]['formats'] });
        figures.exportMs = performance.now() - t;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      figures.peakRssMb.export = sampler.readMb();
      say(`${config.engine} kørsel ${index + 1}: eksporteret på ${sek(figures.exportMs)}`);
    }
    return figures;
  } finally {
    await engine.close();
  }
}

export async function runEngine(config: EngineRunConfig): Promise<EngineReport> {
  const sampler = new RssSampler();
  const heap = { bytes: 0, hostMb: 0 };
  let engineName = config.engine;
  let duckdbVersion = '?';
  let threads: number | undefined;
  {
    const probe = await engineFor(config.engine, config.memoryLimit);
    try {
      engineName = probe.name as typeof engineName;
      const [row] = await probe.query(`SELECT version() AS v, current_setting('threads') AS t`);
      duckdbVersion = String(row?.v ?? '?');
      threads = Number(row?.t) || undefined;
    } finally {
      await probe.close();
    }
  }
  const runs: RunFigures[] = [];
  try {
    for (let i = 0; i < config.runs; i++) runs.push(await oneRun(config, i, sampler, heap));
  } finally {
    sampler.stop();
  }
  return {
    engine: config.engine,
    engineName,
    duckdbVersion,
    runs,
    processMaxRssMb: process.resourceUsage().maxRSS / 1024,
    ...(heap.bytes ? { wasmHeapMb: heap.bytes / 2 ** 20 } : {}),
    ...(heap.hostMb ? { hostProcessMaxRssMb: heap.hostMb } : {}),
    ...(threads ? { threads } : {}),
  };
}
