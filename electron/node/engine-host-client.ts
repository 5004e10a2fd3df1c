/**
 * An Engine that talks to the engine host (engine-host.ts) in another process over the protocol of
 * electron/policy/engine-host-protocol.ts: request ids, one promise per request, cancel, close.
 * Every response is validated on receipt. If the host process ends while work is pending (or is
 * used after it ended), every promise rejects with a Danish EngineError saying what happened.
 */
import { type Engine, type EngineFileSource, type SqlRow, EngineError, assertNoExtensionStatement } from '../../shared/engine';
import {
  type EngineHostChannel,
  type EngineHostOpenOptions,
  type EngineHostRequest,
  type EngineHostResponse,
  checkEngineHostResponse,
  engineHostDiedMessage,
} from '../policy/engine-host-protocol';

export type { EngineHostChannel };

type Body = EngineHostRequest extends infer R ? (R extends EngineHostRequest ? Omit<R, 'id'> : never) : never;

export interface EngineHostClientOptions {
  /** How long close waits for the host to exit before killing it. */
  closeTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Opens native DuckDB in the host on the other end of `channel` and returns it as an Engine. */
export async function createEngineHostClient(
  channel: EngineHostChannel,
  open: EngineHostOpenOptions = {},
  options: EngineHostClientOptions = {},
): Promise<Engine> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[engine-host-client] ${line}\n`));
  const pending = new Map<number, { resolve: (r: EngineHostResponse & { ok: true }) => void; reject: (e: EngineError) => void }>();
  let nextId = 1;
  let dead: EngineError | undefined;
  let resolveExit!: () => void;
  const exited = new Promise<void>((resolve) => (resolveExit = resolve));

  channel.on('message', (message) => {
    const verdict = checkEngineHostResponse(message);
    if (!verdict.ok) {
      log(`refused a response: ${verdict.reason}`);
      return;
    }
    const response = verdict.value;
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    if (response.ok) waiter.resolve(response);
    else waiter.reject(new EngineError(response.error.kind, response.error.message));
  });
  channel.on('exit', (code) => {
    dead ??= new EngineError('io', engineHostDiedMessage(code));
    for (const waiter of pending.values()) waiter.reject(dead);
    pending.clear();
    resolveExit();
  });

  const request = (body: Body): Promise<EngineHostResponse & { ok: true }> => {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        channel.postMessage({ id, ...body } as EngineHostRequest);
      } catch (err) {
        pending.delete(id);
        reject(dead ?? new EngineError('io', engineHostDiedMessage(undefined)));
        log(`could not send: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
  };

  const opened = await request({ type: 'open', options: open });
  let closing: Promise<void> | undefined;

  return {
    name: opened.name ? `${opened.name}, engine host` : 'duckdb (native), engine host',
    // The host is native DuckDB: it reads a registered Parquet file itself.
    readsParquet: true,
    async registerFile(name: string, source: EngineFileSource) {
      if (source.kind === 'blob') throw new EngineError('unsupported', 'A browser file cannot be registered with native DuckDB.');
      await request({ type: 'registerFile', name, source });
    },
    async dropFile(name: string) {
      await request({ type: 'dropFile', name });
    },
    async exec(sql: string) {
      assertNoExtensionStatement(sql);
      await request({ type: 'exec', sql });
    },
    async query(sql: string): Promise<SqlRow[]> {
      assertNoExtensionStatement(sql);
      return (await request({ type: 'query', sql })).rows ?? [];
    },
    async insertArrowIpc(table: string, ipc: Uint8Array, opts?: { create?: boolean }) {
      await request({ type: 'insertArrowIpc', table, ipc, create: opts?.create ?? true });
    },
    async cancel() {
      if (dead) return;
      await request({ type: 'cancel' });
    },
    close() {
      closing ??= (async () => {
        if (!dead) {
          try {
            await request({ type: 'close' });
          } catch (err) {
            log(`close: ${err instanceof Error ? err.message : String(err)}`);
          }
          dead ??= new EngineError('unsupported', 'Databasemotoren er lukket.');
        }
        const timer = setTimeout(() => channel.kill(), options.closeTimeoutMs ?? 5000);
        await exited;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}

/** A Node child process started with `fork(..., { serialization: 'advanced' })` as a channel. */
export function childProcessChannel(child: {
  send(message: unknown): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number | null, signal: string | null) => void): unknown;
  kill(signal?: NodeJS.Signals): boolean;
}): EngineHostChannel {
  return {
    postMessage: (message) => void child.send(message),
    on: (event: 'message' | 'exit', listener: (arg: never) => void) => child.on(event as 'message', listener as (m: unknown) => void),
    kill: () => child.kill('SIGKILL'),
  } as EngineHostChannel;
}
