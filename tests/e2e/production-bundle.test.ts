/**
 * The engine test hook (renderer/engine/test-hook.ts) is the suite's door into the engine: it must not
 * ship. A production build (as `npm run build:web` makes it) contains none of its code; the suite's own
 * build (DATAPAKKER_TEST_HOOK=1) does, which proves the search below would find it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, viteBuild } from './harness/web-build';

/** Strings only the hook's code contains (its window property and its methods' names). */
const HOOK_MARKERS = ['__datapakkerEngine', 'probeExtractAccess'];

function filesWithHook(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (/test-hook/.test(entry.name)) found.push(full);
    else if (/\.(js|html)$/.test(entry.name) && HOOK_MARKERS.some((m) => fs.readFileSync(full, 'utf8').includes(m))) found.push(full);
  }
  return found;
}

describe('the engine test hook stays out of the production web bundle', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-production-web-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('the suite build has it (canary), the production build does not', async () => {
    expect(filesWithHook(await ensureWebBuild()).length).toBeGreaterThan(0);
    await viteBuild(out, false);
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(filesWithHook(out)).toEqual([]);
  }, 600_000);
});
