/**
 * A serialisable door into the browser engine for the end-to-end suite (tests/e2e): page.evaluate()
 * cannot carry Error objects or Blobs, so every call answers with a plain outcome. Installed by the
 * web composition root only, and only in the suite's own build (DATAPAKKER_TEST_HOOK=1 at build time,
 * tests/e2e/harness/web-build.ts); the production web build and the Electron build do not contain it
 * (tests/e2e/production-bundle.test.ts).
 */
import type { Engine, EngineErrorKind, EngineFileSource } from '../../shared/engine';
import { EngineError } from '../../shared/engine';
import { browserExtractAccess } from '../platform/extract-access';
import { renderChartSvg } from '../components/chart/render-chart';

export type HookOutcome<T> = { ok: true; value: T } | { ok: false; kind: EngineErrorKind; message: string };

export interface ExtractAccessProbe {
  sha256: string;
  slice: number[];
  /** Rows per Parquet row group after the IPC chunks went into the engine. */
  rowGroups: number[];
  total: number;
}

export interface EngineTestHook {
  /** Drives renderer/platform/extract-access.ts over in-page Files (hash, slice, Parquet row groups). */
  probeExtractAccess(csv: number[], parquet: number[]): Promise<HookOutcome<ExtractAccessProbe>>;
  name: string;
  call(method: 'exec' | 'query' | 'dropFile' | 'cancel', arg?: string): Promise<HookOutcome<unknown>>;
  insertArrowIpc(table: string, ipc: number[], create: boolean): Promise<HookOutcome<void>>;
  /** Registers bytes as a browser File (the lazy FileReader path user-picked files take) or as a buffer. */
  registerFile(name: string, bytes: number[], as: 'blob' | 'bytes'): Promise<HookOutcome<void>>;
  /** A vega-lite spec drawn by the app's chart worker (tests/e2e/csp.test.ts: every chart kind under the CSP). */
  renderChartSvg(spec: Record<string, unknown>): Promise<HookOutcome<string>>;
}

async function outcome<T>(fn: () => Promise<T>): Promise<HookOutcome<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    if (err instanceof EngineError) return { ok: false, kind: err.kind, message: err.message };
    return { ok: false, kind: 'sql', message: err instanceof Error ? err.message : String(err) };
  }
}

export function engineTestHook(engine: Engine): EngineTestHook {
  return {
    probeExtractAccess(csv, parquet) {
      return outcome(async () => {
        const files = [new File([Uint8Array.from(csv)], 'befolkning.csv'), new File([Uint8Array.from(parquet)], 'lpr.parquet')];
        const access = browserExtractAccess(files.map((f) => ({ name: f.name, size: f.size, handle: f })));
        const rowGroups: number[] = [];
        let first = true;
        for await (const ipc of access.parquetRowGroups('lpr.parquet')) {
          await engine.insertArrowIpc('probe_parquet', ipc, { create: first });
          first = false;
          rowGroups.push(Number((await engine.query('SELECT count(*) AS n FROM probe_parquet'))[0]?.n) - rowGroups.reduce((a, b) => a + b, 0));
        }
        await access.register(engine, 'befolkning.csv', 'probe.csv');
        const [count] = await engine.query("SELECT count(*) AS n FROM read_csv('probe.csv', header=true)");
        return {
          sha256: await access.sha256('befolkning.csv'),
          slice: [...(await access.readBytes('befolkning.csv', 0, 4))],
          rowGroups,
          total: Number(count?.n),
        };
      });
    },
    name: engine.name,
    call(method, arg = '') {
      return outcome<unknown>(async () => {
        if (method === 'cancel') return engine.cancel();
        if (method === 'dropFile') return engine.dropFile(arg);
        if (method === 'exec') return engine.exec(arg);
        return engine.query(arg);
      });
    },
    insertArrowIpc(table, ipc, create) {
      return outcome(() => engine.insertArrowIpc(table, Uint8Array.from(ipc), { create }));
    },
    registerFile(name, bytes, as) {
      const data = Uint8Array.from(bytes);
      const source: EngineFileSource = as === 'blob' ? { kind: 'blob', blob: new File([data], name) } : { kind: 'bytes', bytes: data };
      return outcome(() => engine.registerFile(name, source));
    },
    renderChartSvg(spec) {
      return outcome(() => renderChartSvg(spec));
    },
  };
}
