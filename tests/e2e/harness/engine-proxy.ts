/**
 * An Engine in Node whose every call runs in the page's worker engine, through the web build's test
 * hook (renderer/engine/test-hook.ts). It lets the one engine contract suite run against the browser.
 */
import type { Page } from 'playwright-core';
import { EngineError, type Engine, type EngineErrorKind, type EngineFileSource, type SqlRow } from '../../../shared/engine';

type Outcome<T> = { ok: true; value: T } | { ok: false; kind: EngineErrorKind; message: string };

/** The hook's type as the page sees it (the test side must not import renderer/). */
interface Hook {
  name: string;
  call(method: string, arg?: string): Promise<Outcome<unknown>>;
  insertArrowIpc(table: string, ipc: number[], create: boolean): Promise<Outcome<void>>;
  registerFile(name: string, bytes: number[], as: 'blob' | 'bytes'): Promise<Outcome<void>>;
}
declare const window: { __datapakkerEngine?: Hook };

function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new EngineError(outcome.kind, outcome.message);
}

export async function pageEngine(page: Page): Promise<Engine> {
  await page.waitForFunction(() => window.__datapakkerEngine !== undefined, undefined, { timeout: 60_000 });
  const name = await page.evaluate(() => window.__datapakkerEngine!.name);
  const call = async (method: string, arg?: string) => unwrap(await page.evaluate(([m, a]) => window.__datapakkerEngine!.call(m!, a), [method, arg] as const));
  return {
    name,
    async registerFile(fileName: string, source: EngineFileSource) {
      // Bytes from the test become a browser File, the path user-picked files take.
      if (source.kind === 'path') throw new EngineError('unsupported', 'paths do not exist in the browser');
      if (source.kind !== 'bytes') throw new EngineError('unsupported', 'pass bytes; the page turns them into a File');
      const bytes = [...source.bytes];
      unwrap(await page.evaluate(([n, b]) => window.__datapakkerEngine!.registerFile(n, b, 'blob'), [fileName, bytes] as const));
    },
    async dropFile(fileName: string) {
      await call('dropFile', fileName);
    },
    async exec(sql: string) {
      await call('exec', sql);
    },
    async query(sql: string) {
      return (await call('query', sql)) as SqlRow[];
    },
    async insertArrowIpc(table: string, ipc: Uint8Array, options?: { create?: boolean }) {
      const bytes = [...ipc];
      unwrap(await page.evaluate(([t, b, c]) => window.__datapakkerEngine!.insertArrowIpc(t, b, c), [table, bytes, options?.create ?? true] as const));
    },
    async cancel() {
      await call('cancel');
    },
    async close() {
      // The page owns the engine; the session's close() ends it with the browser.
    },
  };
}
