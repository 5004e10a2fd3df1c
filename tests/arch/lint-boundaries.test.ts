/**
 * The lint half of the dependency rule (eslint.config.js) reports what the architecture test reports:
 * the same canary fixtures, linted as if they lay in the real folders, give the same bad imports, and
 * the imports the rule allows give nothing. Without this a broken `files` glob would silence the lint
 * rules without anyone noticing.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(repo, 'tests/arch/fixtures');
const eslint = new ESLint({ cwd: repo });

/** The import specifiers `no-restricted-imports` reports for `source` placed at repo-relative `rel`. */
async function banned(rel: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(repo, rel) });
  const lines = source.split('\n');
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => /from\s+'([^']+)'/.exec(lines[m.line - 1]!)?.[1] ?? '?')
    .sort();
}

describe('lint import bans (eslint.config.js)', () => {
  it('report the canary fixtures exactly as the architecture test does', async () => {
    const found: string[] = [];
    for (const rel of ['shared/bad-shared.ts', 'renderer/bad-renderer.ts', 'electron/policy/bad-policy.ts']) {
      for (const spec of await banned(rel, fs.readFileSync(path.join(fixtures, rel), 'utf8'))) found.push(`${rel} -> ${spec}`);
    }
    expect(found.sort()).toEqual([
      'electron/policy/bad-policy.ts -> electron',
      'renderer/bad-renderer.ts -> ../electron/node/wasm-engine',
      'shared/bad-shared.ts -> ../electron/node/wasm-engine',
      'shared/bad-shared.ts -> @duckdb/duckdb-wasm',
      'shared/bad-shared.ts -> node:fs',
      'shared/bad-shared.ts -> react',
    ]);
  });

  it.each([
    ['shared/stats/x.ts', "import fs from 'fs';", 'fs'],
    ['shared/stats/x.ts', "import { x } from 'react-dom/client';", 'react-dom/client'],
    ['shared/stats/x.ts', "import { app } from 'electron';", 'electron'],
    ['shared/stats/x.ts', "import type { X } from '../../renderer/app/types';", '../../renderer/app/types'],
    ['renderer/app/x.ts', "import { ipcRenderer } from 'electron';", 'electron'],
    ['renderer/app/x.ts', "import path from 'node:path';", 'node:path'],
    ['electron/policy/x.ts', "import path from 'node:path';", 'node:path'],
    ['electron/policy/x.ts', "import { a } from '../node/files';", '../node/files'],
    ['electron/policy/x.ts', "import { a } from 'vega';", 'vega'],
    ['electron/node/x.ts', "import { app } from 'electron';", 'electron'],
    ['electron/cli/commands/x.ts', "import { app } from 'electron';", 'electron'],
    ['electron/main/x.ts', "import { App } from '../../renderer/app/App';", '../../renderer/app/App'],
  ])('%s: %s is banned', async (rel, source, spec) => {
    expect(await banned(rel, `${source}\nexport {};\n`)).toEqual([spec]);
  });

  it.each([
    ['shared/stats/x.ts', "import { a } from '../engine';"],
    ['shared/charts/x.ts', "import { compile } from 'vega-lite';"],
    ['renderer/app/x.ts', "import { a } from '../../shared/engine';"],
    ['electron/policy/x.ts', "import { a } from '../../shared/ipc';"],
    ['electron/policy/x.ts', "import { a } from './verdict';"],
    ['electron/node/x.ts', "import fs from 'node:fs';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['renderer/vite.config.ts', "import { fileURLToPath } from 'node:url';"],
  ])('%s: %s is allowed', async (rel, source) => {
    expect(await banned(rel, `${source}\nexport {};\n`)).toEqual([]);
  });
});
