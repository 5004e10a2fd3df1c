import os from 'node:os';

/** One measured step: medians over repeated runs, and the peak resident memory seen during them. */
export interface Measurement {
  step: string;
  engine: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  peakRssMb: number;
  note?: string;
}

export interface BenchSection {
  title: string;
  markdown: string;
}

/** Samples the process's resident set size while `fn` runs (wasm memory is part of it). */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `setup` + `fn` `runs` times and reports the median of `fn` alone. `setup` returns what `fn`
 * needs (e.g. a fresh engine), and `teardown` releases it, so runs do not warm each other up.
 */
export async function measure<S>(
  step: string,
  engine: string,
  runs: number,
  setup: () => Promise<S>,
  fn: (state: S) => Promise<unknown>,
  teardown: (state: S) => Promise<void> = async () => {},
): Promise<Measurement> {
  const times: number[] = [];
  let peakRssMb = 0;
  for (let i = 0; i < runs; i++) {
    const state = await setup();
    const started = performance.now();
    const { peakRssMb: peak } = await withPeakRss(() => fn(state));
    times.push(performance.now() - started);
    peakRssMb = Math.max(peakRssMb, peak);
    await teardown(state);
  }
  return { step, engine, runs, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), peakRssMb };
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** A markdown table of measurements with the wasm/native ratio per step where both were measured. */
export function measurementTable(rows: Measurement[]): string {
  const lines = ['| step | engine | runs | median | min–max | peak RSS | wasm/native |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const native = rows.find((x) => x.step === r.step && x.engine.includes('native'));
    const ratio = native && r.engine.includes('wasm') ? `${(r.medianMs / native.medianMs).toFixed(2)}×` : '';
    lines.push(
      `| ${r.step} | ${r.engine} | ${r.runs} | ${fmtMs(r.medianMs)} | ${fmtMs(r.minMs)}–${fmtMs(r.maxMs)} | ${Math.round(r.peakRssMb)} MB | ${ratio} |${r.note ? ` ${r.note}` : ''}`,
    );
  }
  return lines.join('\n');
}
