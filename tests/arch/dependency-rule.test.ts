import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan, checkImport } from './dependency-rule';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('dependency rule', () => {
  it('holds for the whole project', () => {
    expect(scan(repo, ['shared', 'renderer', 'electron'])).toEqual([]);
  });

  it('catches the deliberately bad fixtures (the canary must be reported)', () => {
    const found = scan(path.join(repo, 'tests/arch/fixtures'), ['shared', 'renderer', 'electron']);
    const pairs = found.map((v) => `${v.file} -> ${v.specifier}`).sort();
    expect(pairs).toEqual([
      'electron/policy/bad-policy.ts -> electron',
      'renderer/bad-renderer.ts -> ../electron/node/wasm-engine',
      'shared/bad-shared.ts -> ../electron/node/wasm-engine',
      'shared/bad-shared.ts -> @duckdb/duckdb-wasm',
      'shared/bad-shared.ts -> node:fs',
      'shared/bad-shared.ts -> react',
    ]);
  });

  it('lets the core use isomorphic packages and itself', () => {
    expect(checkImport('shared/stats/rate.ts', '../engine')).toBeNull();
    expect(checkImport('shared/charts/spec.ts', 'vega-lite')).toBeNull();
    expect(checkImport('electron/main/window.ts', 'electron')).toBeNull();
    expect(checkImport('electron/policy/csp.ts', '../../shared/engine')).toBeNull();
  });
});
