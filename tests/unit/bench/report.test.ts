/** The bench report from fixed figures: medians, wasm/native ratios, targets, the markdown block and its splice. */
import { describe, expect, it } from 'vitest';
import {
  BLOCK_END,
  BLOCK_START,
  FULL_BLOCK,
  consoleSummary,
  engineMeasurements,
  evaluateTargets,
  ratioOf,
  renderMarkdown,
  spliceBlock,
  type BenchReport,
  type EngineReport,
  type RunFigures,
} from '../../../electron/cli/bench/report';

function run(scale: number, extra: Partial<RunFigures> = {}): RunFigures {
  return {
    importMs: 10_000 * scale,
    tables: {
      persons: { ms: 2000 * scale, format: 'csv', rows: 1000, bytes: 1e6, files: 1 },
      socioeconomic: { ms: 3000 * scale, format: 'parquet', rows: 4000, bytes: 2e6, files: 2 },
      hospital_contacts: { ms: 4000 * scale, format: 'csv', rows: 5000, bytes: 3e6, files: 2 },
      municipal_services: { ms: 1000 * scale, format: 'xlsx', rows: 10, bytes: 1e4, files: 1 },
    },
    buildMs: { kol: 5000 * scale, diabetes: 6000 * scale, angst: 7000 * scale },
    peakRssMb: { import: 400, build: 500 },
    ...extra,
  };
}

const wasm: EngineReport = {
  engine: 'wasm',
  engineName: 'duckdb-wasm (node)',
  duckdbVersion: 'v1.4.3',
  threads: 1,
  runs: [run(2), run(3, { exportMs: 9000, peakRssMb: { import: 450, build: 900, export: 2000 }, processMaxRssBeforeExportMb: 1000 }), run(4)],
  processMaxRssMb: 2100,
  wasmHeapMb: 800,
};
const native: EngineReport = {
  engine: 'native',
  engineName: 'duckdb (native)',
  duckdbVersion: 'v1.5.5',
  threads: 2,
  runs: [run(1), run(1), run(1)],
  processMaxRssMb: 600,
};

const report: BenchReport = {
  machine: '2 × Test CPU',
  versions: { node: 'v20.0.0', duckdbWasm: '1.32.0', duckdbNodeApi: '1.5.5' },
  scale: {
    label: 'test scale',
    persons: 1000,
    dataDir: 'x/',
    tables: [{ table: 'persons', files: 1, bytes: 1e6, rows: 1000, format: 'csv' }],
    generation: { seconds: 61.5, persons: 1000, at: '2026-01-02T03:04:05Z' },
  },
  area: 'region',
  runs: 3,
  exportFormats: 'json',
  engines: [wasm, native],
  sections: [{ title: 'Stats', markdown: 'table here' }],
  notes: ['A note.'],
};

describe('bench report', () => {
  it('takes medians per step and sums the tables of one format', () => {
    const rows = engineMeasurements(wasm);
    const csv = rows.find((r) => r.step.startsWith('import CSV'))!;
    expect(csv.step).toBe('import CSV (hospital_contacts, persons)');
    expect(csv.medianMs).toBe(18_000); // (2000 + 4000) × 3, the median of ×2, ×3, ×4
    expect(csv.minMs).toBe(12_000);
    expect(rows.find((r) => r.step === 'build all three')!.medianMs).toBe(54_000);
    const exp = rows.find((r) => r.step.startsWith('export'))!;
    expect(exp).toMatchObject({ engine: 'js', runs: 1, medianMs: 9000, peakRssMb: 2000 });
  });

  it('gives wasm/native ratios and judges the targets', () => {
    const rows = [...engineMeasurements(wasm), ...engineMeasurements(native)];
    expect(ratioOf(rows, 'build all three')).toBe(3);
    expect(ratioOf(rows, 'import Parquet')).toBe(3);
    expect(ratioOf(rows, 'nothing')).toBeNull();
    expect(evaluateTargets(report)).toEqual([
      { target: 'build all three tracks < 60 s (wasm)', measured: '54.0 s', status: 'met' },
      { target: 'build all three tracks ≤ 3× native', measured: '3.00×', status: 'met' },
      { target: 'Parquet import ≤ 2× native', measured: '3.00×', status: 'missed' },
      { target: 'CSV import ≤ 3× native', measured: '3.00×', status: 'met' },
      { target: 'wasm import + build under 3 GB', measured: '1000 MB process peak RSS, 800 MB wasm heap', status: 'met' },
    ]);
    expect(evaluateTargets({ ...report, engines: [wasm] })[1]!.status).toBe('not measured');
  });

  it('renders the markdown block with machine, scale, ratios and targets', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('Machine: 2 × Test CPU.');
    expect(md).toContain('generating the data took 61.5 s (2026-01-02)');
    expect(md).toContain('| build all three | duckdb-wasm | 3 | 54.0 s | 36.0 s–72.0 s | 900 MB | 3.00× |');
    expect(md).toContain('| persons | csv | 6000 ms | 2000 ms | 3.00× |');
    expect(md).toContain('| duckdb-wasm (node) | 1000 MB | 2100 MB | 800 MB | – |');
    expect(md).toContain('| Parquet import ≤ 2× native | 3.00× | **missed** |');
    expect(md).toContain('### Stats\n\ntable here');
  });

  it('prints a Danish summary with decimal commas', () => {
    const text = consoleSummary(report);
    expect(text).toContain('wasm 54,0 s, native 18,0 s, forhold 3,00×');
    expect(text).toContain('IKKE nået');
    expect(text).toContain('Parquet import ≤ 2× native: 3,00×');
  });

  it('replaces only the generated block and keeps the hand-written text around it', () => {
    const first = spliceBlock(null, 'Benchmarks', 'one');
    expect(first).toBe(`# Benchmarks\n\n${BLOCK_START}\none\n${BLOCK_END}\n`);
    const edited = `${first}\n## Optimisations\nkept\n`;
    const second = spliceBlock(edited, 'Benchmarks', 'two');
    expect(second).toContain(`${BLOCK_START}\ntwo\n${BLOCK_END}`);
    expect(second).not.toContain('\none\n');
    expect(second).toContain('## Optimisations\nkept');
    expect(spliceBlock('# Old\ntext\n', 'Benchmarks', 'b')).toBe(`# Old\ntext\n\n${BLOCK_START}\nb\n${BLOCK_END}\n`);
  });

  it('keeps the full-volume block apart from the region-scale block', () => {
    const both = spliceBlock(spliceBlock(null, 'Benchmarks', 'region'), 'Benchmarks', 'full', FULL_BLOCK);
    expect(both).toContain(`${BLOCK_START}\nregion\n${BLOCK_END}`);
    expect(both).toContain(`${FULL_BLOCK.start}\nfull\n${FULL_BLOCK.end}`);
    const again = spliceBlock(both, 'Benchmarks', 'full 2', FULL_BLOCK);
    expect(again).toContain(`${BLOCK_START}\nregion\n${BLOCK_END}`);
    expect(again).toContain('\nfull 2\n');
    expect(again).not.toContain('\nfull\n');
  });
});

describe('bench report at full volume (issue 17)', () => {
  const host: EngineReport = {
    engine: 'host',
    engineName: 'duckdb (native), engine host',
    duckdbVersion: 'v1.5.5',
    threads: 2,
    runs: [run(10, { processMaxRssBeforeExportMb: 650, importMs: 120_000 })],
    processMaxRssMb: 650,
    hostProcessMaxRssMb: 2300,
  };
  const failedWasm: EngineReport = {
    engine: 'wasm',
    engineName: 'wasm',
    duckdbVersion: '?',
    runs: [],
    processMaxRssMb: 0,
    failure: { message: 'RangeError: WebAssembly.Memory(): could not allocate memory', afterMs: 200_000 },
  };
  const full: BenchReport = {
    ...report,
    runs: 1,
    targets: 'full',
    engines: [host, failedWasm],
    exportAlone: { packages: 3, formats: 'json, pdf', ms: 25_000, peakRssMb: 1500, files: 300, bytes: 50e6 },
  };

  it("judges issue 17's targets on the engine host, with the app's memory as host + client + export", () => {
    expect(evaluateTargets(full)).toEqual([
      { target: 'import < 5 min (duckdb native (engine host))', measured: '120.0 s', status: 'met' },
      { target: 'build of all three tracks < 60 s (duckdb native (engine host))', measured: '180.0 s', status: 'missed' },
      { target: 'export of 3 packages in every format < 30 s', measured: '25.0 s', status: 'met' },
      { target: 'export alone < 2 GB', measured: '1,500 MB peak RSS', status: 'met' },
      { target: 'peak memory of the whole app < 4 GB', measured: '2,950 MB engine (host + client) + 1,500 MB export', status: 'missed' },
      {
        target: 'duckdb-wasm at this volume (not a target: the reason for native DuckDB)',
        measured: 'failed after 200.0 s: RangeError: WebAssembly.Memory(): could not allocate memory',
        status: 'not measured',
      },
    ]);
    // Without the export measured, the app's memory is the engine's alone, and the export targets are open.
    const noExport = evaluateTargets({ ...full, exportAlone: undefined });
    expect(noExport[2]!.status).toBe('not measured');
    expect(noExport[4]).toMatchObject({ status: 'met', measured: '2,950 MB engine (host + client)' });
  });

  it('renders the host row, the export alone and the failure', () => {
    const md = renderMarkdown(full);
    expect(md).toContain('| build all three | duckdb native (engine host) | 1 | 180.0 s |');
    expect(md).toContain('| duckdb (native), engine host | 650 MB | 650 MB | – | 2,300 MB |');
    expect(md).toContain(
      'Export alone, in its own process from the packages as JSON: 3 packages, formats json, pdf: 25.0 s, peak RSS 1,500 MB, 300 files, 50.0 MB.',
    );
    expect(md).toContain('**duckdb-wasm failed** after 200.0 s: RangeError');
    expect(md).toContain('Targets (issue 17):');
    expect(consoleSummary(full)).toContain('motorværten 180,0 s');
  });
});
