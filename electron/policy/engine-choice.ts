/**
 * Which engine the desktop app runs for an extract (decision 006): duckdb-wasm in the renderer's
 * worker for ordinary extracts, native DuckDB in a utility process (engine host) above a size
 * threshold, where wasm's ~4 GB address space, missing spill to disk and single thread stop it.
 * The user can force either. The web build never asks: it has only duckdb-wasm.
 */
import type { EngineChoice, EngineKind, EngineSetting } from '../../shared/platform';
import type { EngineHostOpenOptions } from './engine-host-protocol';

export type { EngineChoice, EngineKind, EngineSetting };

/**
 * Source files above this total size go to native DuckDB: 256 MB (decision 006, measured with the
 * full-volume benchmark). duckdb-wasm's heap already reaches 2.3 GB of its ~3.1 GiB on the 0.5 GB
 * region sample and 2.7 GB on the 1.4 GB full-volume one (process 3.8 GB), while native DuckDB in the
 * host is 1.6-1.8× faster there and capped at 2 GB; and since Parquet packs many more rows per byte
 * than CSV, a byte threshold must sit well below the size where wasm runs out.
 */
export const NATIVE_THRESHOLD_BYTES = 256 * 1024 ** 2;

/** A size as the reason says it: whole MB below 1 GB, GB with one decimal above. */
const sizeText = (bytes: number, locale = 'da-DK') =>
  bytes < 1024 ** 3
    ? `${Math.round(bytes / 1024 ** 2).toLocaleString(locale)} MB`
    : `${(bytes / 1024 ** 3).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} GB`;

export function chooseEngine(input: { totalBytes: number; setting: EngineSetting; nativeAvailable: boolean; thresholdBytes?: number }): EngineChoice {
  const threshold = input.thresholdBytes ?? NATIVE_THRESHOLD_BYTES;
  if (input.setting === 'wasm') {
    return {
      engine: 'wasm',
      reason: 'Den indbyggede motor (duckdb-wasm) er valgt i indstillingerne.',
      reasonEn: 'The built-in engine (duckdb-wasm) is chosen in the settings.',
    };
  }
  if (!input.nativeAvailable) {
    return {
      engine: 'wasm',
      reason: 'Native DuckDB er ikke tilgængelig på denne installation; den indbyggede motor (duckdb-wasm) bruges.',
      reasonEn: 'Native DuckDB is not available in this installation; the built-in engine (duckdb-wasm) is used.',
    };
  }
  if (input.setting === 'native')
    return { engine: 'native', reason: 'Native DuckDB er valgt i indstillingerne.', reasonEn: 'Native DuckDB is chosen in the settings.' };
  if (Number.isFinite(input.totalBytes) && input.totalBytes > threshold) {
    return {
      engine: 'native',
      reason: `Udtrækket fylder ${sizeText(input.totalBytes)} (over ${sizeText(threshold)}), så native DuckDB bruges: den kan bruge alle kerner og skrive midlertidige data til disken.`,
      reasonEn: `The extract takes ${sizeText(input.totalBytes, 'en-GB')} (over ${sizeText(threshold, 'en-GB')}), so native DuckDB is used: it can use every core and write temporary data to disk.`,
    };
  }
  const total = Math.max(0, input.totalBytes);
  return {
    engine: 'wasm',
    reason: `Udtrækket fylder ${sizeText(total)} (højst ${sizeText(threshold)}), så den indbyggede motor (duckdb-wasm) bruges.`,
    reasonEn: `The extract takes ${sizeText(total, 'en-GB')} (at most ${sizeText(threshold, 'en-GB')}), so the built-in engine (duckdb-wasm) is used.`,
  };
}

/**
 * DuckDB's memory limit in the desktop app's host: at most 2 GB, so the whole app stays under 4 GB
 * (issue 17). Measured at full volume (1.35 M persons, 61 M prescriptions, 15 M contacts, 2 cores):
 * with 60 % of 24 GB the host peaked at 4,239 MB; capped at 2 GB it peaked at 2,281 MB, spilled the
 * rest to its private folder, and was no slower (import 120 s vs 128 s, build of three tracks 27 s vs
 * 35 s). Native DuckDB on an analysis server (`--engine native`) is not capped.
 */
export const HOST_MEMORY_CAP_MB = 2048;

/**
 * The host's settings on this machine: every core, and a memory limit that leaves room for the
 * app itself (the renderer, charts and exports): 60 % of RAM, at least 1 GB and at most
 * HOST_MEMORY_CAP_MB, whole megabytes.
 */
export function engineHostOptions(machine: { totalMemBytes: number; cores: number; tempRoot?: string }): EngineHostOpenOptions {
  const mb = Math.min(HOST_MEMORY_CAP_MB, Math.max(1024, Math.floor((machine.totalMemBytes * 0.6) / 1024 ** 2)));
  return {
    memoryLimit: `${mb}MB`,
    threads: Math.max(1, Math.floor(machine.cores)),
    ...(machine.tempRoot ? { tempRoot: machine.tempRoot } : {}),
  };
}
