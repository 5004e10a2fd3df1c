/**
 * The engine contract suite against duckdb-wasm in Chromium's Web Worker (the web build), then a
 * check that nothing — not even the Parquet query that would want an extension — left the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineContract, contractCsvBytes } from '../contract/engine-contract';
import { launchApp, type AppSession } from './harness/chromium';
import { pageEngine } from './harness/engine-proxy';
import { ensureWebBuild } from './harness/web-build';

let session: AppSession | undefined;

// Building the web app can take minutes on a busy machine: do it before any suite's own hooks.
beforeAll(() => ensureWebBuild(), 600_000);
async function sharedSession(): Promise<AppSession> {
  session ??= await launchApp();
  return session;
}

engineContract('duckdb-wasm in a Chromium Web Worker', async () => pageEngine((await sharedSession()).page), {
  latin1Csv: () => ({ kind: 'bytes', bytes: contractCsvBytes() }),
});

describe('browser engine: no request leaves the app', () => {
  beforeAll(async () => {
    await sharedSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('uses the threaded bundle under cross-origin isolation', async () => {
    const engine = await pageEngine(session!.page);
    expect(engine.name).toContain('coi');
  });

  it('fails a Parquet query without asking extensions.duckdb.org, and nothing else was requested abroad', async () => {
    const engine = await pageEngine(session!.page);
    await expect(engine.query("SELECT * FROM 'remote.parquet'")).rejects.toMatchObject({ name: 'EngineError' });
    await expect(engine.query("SELECT * FROM read_json('x.json')")).rejects.toMatchObject({ name: 'EngineError' });
    expect(session!.foreignRequests).toEqual([]);
  });

  it('cancels a query in flight: it rejects as cancelled and the engine answers again', async () => {
    // The hook appears once the engine is up; run alone, this test must wait for it too.
    const engine = await pageEngine(session!.page);
    // Long enough (minutes) that only a real cancel ends it; it must not keep the engine busy after.
    const result = await session!.page.evaluate(async () => {
      const hook = (window as unknown as { __datapakkerEngine: { call(m: string, a?: string): Promise<unknown> } }).__datapakkerEngine;
      const running = hook.call('query', 'SELECT count(*) AS n FROM range(20000000000) t(i) WHERE i % 7 = 3');
      let outcome: unknown = null;
      void running.then((o) => (outcome = o));
      // Cancel until the query has noticed (it may not have started on the first attempt).
      for (let attempt = 0; attempt < 50 && outcome === null; attempt++) {
        await hook.call('cancel');
        await new Promise((r) => setTimeout(r, 100));
      }
      return outcome;
    });
    expect(result).toMatchObject({ ok: false, kind: 'cancelled' });
    expect(await engine.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('the guard itself sees a foreign request (a canary: the assertion above can fail)', async () => {
    // A blank page has no CSP, so its request reaches the guard (which aborts it).
    const page = await session!.context.newPage();
    const before = session!.foreignRequests.length;
    await page.goto('https://extensions.duckdb.org/canary').catch(() => undefined);
    await expect.poll(() => session!.foreignRequests.length).toBe(before + 1);
    await page.close();
    session!.foreignRequests.splice(before);
  });
});
