/**
 * Thin wiring of the engine host (decision 006): starts native DuckDB in an Electron utility process
 * and decides, per extract, whether it runs there or in the renderer's duckdb-wasm worker. The
 * protocol and the choice are decided in policy/ (engine-host-protocol.ts, engine-choice.ts); the
 * Engine client that speaks to the returned channel is electron/node/engine-host-client.ts. Not
 * wired into the renderer yet (see decision 006, "What is left").
 */
import { app, utilityProcess } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type EngineChoice, type EngineSetting, chooseEngine, engineHostOptions } from '../policy/engine-choice';
import type { EngineHostChannel, EngineHostOpenOptions } from '../policy/engine-host-protocol';

/** The host's bundled entry (electron/node/engine-host-main.ts, built by electron/build.mjs). */
export const engineHostEntry = (appPath: string): string => path.join(appPath, 'dist-electron', 'node', 'engine-host-main.js');

/** Which engine runs for an extract of `totalBytes` (the sum of the picked files' sizes). */
export function chooseEngineForExtract(appPath: string, totalBytes: number, setting: EngineSetting): EngineChoice {
  return chooseEngine({ totalBytes, setting, nativeAvailable: fs.existsSync(engineHostEntry(appPath)) });
}

/**
 * Starts the host in a utility process and returns the channel to it with the options to open it
 * with: every core, 60 % of RAM, and its private temp folder in the user's local temp folder (never
 * a roaming profile: it holds person data).
 */
export function startEngineHost(appPath: string): { channel: EngineHostChannel; open: EngineHostOpenOptions } {
  const child = utilityProcess.fork(engineHostEntry(appPath), [], {
    serviceName: 'Datapakker databasemotor',
    stdio: 'ignore',
  });
  const open = engineHostOptions({
    totalMemBytes: os.totalmem(),
    cores: os.availableParallelism(),
    tempRoot: path.join(app.getPath('temp'), 'datapakker-engine'),
  });
  return { channel: child, open };
}
