import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runHeadless } from '../../electron/main/headless';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-build-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('electron/build.mjs', () => {
  it('bundles main as ESM and the preload as CommonJS that needs nothing but electron', async () => {
    const { buildElectron } = (await import(path.join(repo, 'electron/build.mjs'))) as { buildElectron(outDir: string): Promise<string> };
    const out = await buildElectron(path.join(tmp, 'dist-electron'));
    const preload = fs.readFileSync(path.join(out, 'preload/preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("datapakker"');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);

    const main = fs.readFileSync(path.join(out, 'main/main.js'), 'utf8');
    const imports = [...main.matchAll(/\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
    expect(imports).toContain('electron');
    // Policy and file grants are bundled in; main loads no npm package at start-up but electron.
    expect(imports.filter((s) => s !== 'electron' && !NODE_BUILTINS.has(s))).toEqual([]);
    expect(main).toContain('registerSchemesAsPrivileged');
  });
});

describe('runHeadless', () => {
  const request = (command: 'build' | 'validate', args: string[] = []) => ({ command, args });

  function writeCommand(appPath: string, command: string, source: string): void {
    const file = path.join(appPath, 'dist-electron/cli/commands', `${command}.js`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
  }

  it('passes the arguments through and returns the command exit code', async () => {
    const app = path.join(tmp, 'app-ok');
    writeCommand(app, 'validate', 'export async function run(argv) { return argv.join(" ") === "--input D --out O" ? 2 : 9; }\n');
    expect(await runHeadless(app, request('validate', ['--input', 'D', '--out', 'O']))).toBe(2);
  });

  it('reports a missing or broken command in Danish with exit code 1, without a stack trace', async () => {
    const app = path.join(tmp, 'app-broken');
    writeCommand(app, 'build', 'export async function run() { throw new Error("secret internals"); }\n');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    try {
      expect(await runHeadless(app, request('build'))).toBe(1);
      expect(await runHeadless(app, request('validate'))).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors).toEqual(['Kommandoen "build" kunne ikke gennemføres.', 'Kommandoen "validate" kunne ikke gennemføres.']);
  });
});
