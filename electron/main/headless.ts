/**
 * Runs a `datapakke` command without a window. The command modules are bundled next to main
 * (dist-electron/cli/commands/<command>.js, see electron/build.mjs) and loaded by file URL, so main
 * does not depend on them at compile time; each exports `run(argv): Promise<number>`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HeadlessRun } from '../policy/headless';

interface CommandModule {
  run(argv: string[]): Promise<number>;
}

export async function runHeadless(appPath: string, request: HeadlessRun): Promise<number> {
  const file = path.join(appPath, 'dist-electron', 'cli', 'commands', `${request.command}.js`);
  try {
    const loaded = (await import(pathToFileURL(file).href)) as Partial<CommandModule>;
    if (typeof loaded.run !== 'function') throw new Error(`${file} has no run()`);
    return await loaded.run(request.args);
  } catch (err) {
    // Never a stack trace for the user; DATAPAKKER_DEBUG=1 shows it (the same switch as the CLI).
    console.error(`Kommandoen "${request.command}" kunne ikke gennemføres.`);
    if (process.env.DATAPAKKER_DEBUG === '1') console.error(err);
    return 1;
  }
}
