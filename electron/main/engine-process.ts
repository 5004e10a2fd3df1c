/**
 * Thin wiring of the engine host (decision 006): starts native DuckDB in an Electron utility process
 * for the renderer's engine bridge (electron/node/engine-bridge.ts, which decides per extract whether
 * it runs there or in the renderer's duckdb-wasm worker). The protocol and the choice are decided in
 * policy/ (engine-host-protocol.ts, engine-choice.ts); the Engine client that speaks to the process
 * is electron/node/engine-host-client.ts.
 */
import { app, utilityProcess } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineHostOptions } from '../policy/engine-choice';
import type { EngineHostChannel, EngineHostOpenOptions } from '../policy/engine-host-protocol';

/** The host's bundled entry (electron/node/engine-host-main.ts, built by electron/build.mjs). */
export const engineHostEntry = (appPath: string): string => path.join(appPath, 'dist-electron', 'node', 'engine-host-main.js');

export const nativeEngineAvailable = (appPath: string): boolean => fs.existsSync(engineHostEntry(appPath));

/** Where every host makes its private folder: the user's local temp folder, never a roaming profile (it holds person data). */
export const engineTempRoot = (): string => path.join(app.getPath('temp'), 'datapakker-engine');

/**
 * Starts the host in a utility process and returns the channel to it with the options to open it
 * with: every core, 60 % of RAM, and its private temp folder under engineTempRoot().
 */
export function startEngineHost(appPath: string): { channel: EngineHostChannel; open: EngineHostOpenOptions } {
  const child = utilityProcess.fork(engineHostEntry(appPath), [], {
    serviceName: 'Datapakker databasemotor',
    stdio: 'ignore',
  });
  const open = engineHostOptions({
    totalMemBytes: os.totalmem(),
    cores: os.availableParallelism(),
    tempRoot: engineTempRoot(),
  });
  return { channel: child, open };
}
