/**
 * Bundles the Electron side into dist-electron/: main (ESM, like package.json's "type"), the preload
 * (CommonJS: sandboxed preloads cannot be modules), the engine host's entry and the headless commands
 * main loads by file URL.
 * npm packages stay external and ship as production node_modules inside app.asar.
 *
 *   node electron/build.mjs [--outdir DIR]
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HEADLESS_COMMANDS = ['build', 'validate'];

export async function buildElectron(outDir = path.join(root, 'dist-electron')) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/main.ts')],
    outfile: path.join(outDir, 'main/main.js'),
    format: 'esm',
    packages: 'external',
  });
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: path.join(outDir, 'preload/preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  });
  // The engine host, run by utilityProcess.fork in the desktop app (electron/main/engine-process.ts).
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/node/engine-host-main.ts')],
    outfile: path.join(outDir, 'node/engine-host-main.js'),
    format: 'esm',
    packages: 'external',
  });
  // Commands not written yet are skipped here; main reports a missing one in Danish at run time.
  const commands = HEADLESS_COMMANDS.map((c) => path.join(root, `electron/cli/commands/${c}.ts`)).filter((f) => fs.existsSync(f));
  if (commands.length > 0) {
    await build({ ...common, entryPoints: commands, outdir: path.join(outDir, 'cli/commands'), format: 'esm', packages: 'external' });
    // The export's PNG thread, beside the commands that start it (png-pool.ts looks for ./png-worker.js).
    await build({
      ...common,
      entryPoints: [path.join(root, 'electron/node/export/png-worker.ts')],
      outfile: path.join(outDir, 'cli/commands/png-worker.js'),
      format: 'esm',
      packages: 'external',
    });
  }
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--outdir');
  const out = await buildElectron(flag > 0 ? path.resolve(process.argv[flag + 1]) : undefined);
  console.log(`Electron bundles written to ${path.relative(process.cwd(), out) || '.'}`);
}
