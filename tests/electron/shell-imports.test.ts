import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { importsOf } from '../arch/dependency-rule';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** What thin wiring may import: Electron, Node, decisions (policy/), Node adapters (file grants, the engine bridge) and the IPC types. */
function allowed(fromDir: string, spec: string): boolean {
  if (spec === 'electron' || NODE_BUILTINS.has(spec)) return true;
  if (!spec.startsWith('.')) return false;
  const target = path.relative(repo, path.resolve(fromDir, spec)).split(path.sep).join('/');
  return (
    target.startsWith('electron/policy/') ||
    target === 'electron/node/file-grants' ||
    target === 'electron/node/engine-bridge' ||
    target === 'shared/ipc' ||
    target === 'shared/platform' ||
    path.dirname(target) === path.relative(repo, fromDir).split(path.sep).join('/')
  );
}

function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

describe('electron/main and electron/preload are thin wiring', () => {
  const files = [...tsFiles(path.join(repo, 'electron/main')), ...tsFiles(path.join(repo, 'electron/preload'))];

  it('exist', () => {
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['main.ts', 'ipc.ts', 'preload.ts']));
  });

  it('import only electron, Node built-ins, policy/, node/file-grants, node/engine-bridge and the IPC contract', () => {
    const bad = files.flatMap((file) =>
      importsOf(fs.readFileSync(file, 'utf8'))
        .filter((spec) => !allowed(path.dirname(file), spec))
        .map((spec) => `${path.relative(repo, file)} -> ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('the check itself catches a logic-bearing import (canary)', () => {
    const dir = path.join(repo, 'electron/main');
    expect(allowed(dir, '../node/wasm-engine')).toBe(false);
    expect(allowed(dir, '../../shared/package/build')).toBe(false);
    expect(allowed(dir, 'exceljs')).toBe(false);
    expect(allowed(dir, '../policy/csp')).toBe(true);
  });

  it('preload imports only electron and types', () => {
    const source = fs.readFileSync(path.join(repo, 'electron/preload/preload.ts'), 'utf8');
    const runtime = importsOf(source.replace(/^import type .*$/gm, ''));
    expect(runtime).toEqual(['electron']);
  });

  it('start nothing on import except main.ts, the composition root', () => {
    for (const file of files.filter((f) => !/main\.ts$|preload\.ts$/.test(f))) {
      const topLevel = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /^[a-zA-Z]/.test(l) && !/^(import|export|const|function|type|interface)\b/.test(l) && !/^\}/.test(l));
      expect({ file: path.relative(repo, file), topLevel }).toEqual({ file: path.relative(repo, file), topLevel: [] });
    }
  });

  it('never start an updater, a crash reporter or open external URLs, and never loosen a switch', () => {
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm, '$1');
      const hits = code.match(
        /autoUpdater|crashReporter|openExternal|loadFile\(|https?:\/\/|nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true/g,
      );
      expect({ file: path.relative(repo, file), hits }).toEqual({ file: path.relative(repo, file), hits: null });
    }
  });
});

describe('every policy decision has a test', () => {
  it('each export of electron/policy is exercised by tests/electron', () => {
    const testText = tsFiles(path.join(repo, 'tests/electron'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const exported = tsFiles(path.join(repo, 'electron/policy')).flatMap((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]!),
    );
    // Helpers used only through other tested functions.
    const indirect = new Set(['accept', 'refuse', 'APP_SCHEME', 'APP_HOST', 'APP_ORIGIN', 'APP_ENTRY_FILE', 'HEADLESS_COMMANDS', 'TOKEN_PATTERN']);
    expect(exported.length).toBeGreaterThan(15);
    expect(exported.filter((name) => !indirect.has(name) && !new RegExp(`\\b${name}\\b`).test(testText))).toEqual([]);
  });
});
