/**
 * Builds the web renderer once for the end-to-end suite. Several test files (in parallel forks) may
 * ask at the same time: a lock directory lets one build while the others wait, and a stamp newer than
 * every source file lets later runs skip the build.
 *
 * The suite's build is the production build plus the engine test hook (DATAPAKKER_TEST_HOOK=1), in
 * its own folder so it never stands in for `dist-web`, which ships without the hook.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DIST = path.join(ROOT, 'node_modules', '.cache', 'datapakker-e2e-web');
const STAMP = path.join(DIST, '.e2e-built');
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'datapakker-web-build.lock');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function fresh(): boolean {
  if (!fs.existsSync(STAMP)) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  return ['renderer', 'shared', 'electron/policy'].every((d) => newestSource(path.join(ROOT, d)) < built);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `vite build` into `outDir`; `testHook` compiles in the engine test hook. Asynchronous, so the test
 * worker keeps answering vitest while the build runs.
 */
export function viteBuild(outDir: string, testHook: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['build', '--config', 'renderer/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), ...args], {
      cwd: ROOT,
      // vitest sets NODE_ENV=test, which would give React's development build: measure what ships.
      env: { ...process.env, NODE_ENV: 'production', DATAPAKKER_TEST_HOOK: testHook ? '1' : '0' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed:\n${output}`))));
  });
}

export async function ensureWebBuild(): Promise<string> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    if (fresh()) return DIST;
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another fork is building; a lock older than five minutes was left by a killed run.
      if (Date.now() - fs.statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 300_000) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (fresh()) return DIST;
    // The stamp carries the build's start time: a source saved while vite was running is newer, so the
    // next run builds again instead of taking a bundle made without it.
    const started = new Date();
    await viteBuild(DIST, true);
    fs.writeFileSync(STAMP, started.toISOString());
    fs.utimesSync(STAMP, started, started);
    return DIST;
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
