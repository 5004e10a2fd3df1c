/**
 * The main process's side of the renderer's native engine (decision 006): answers the `engine:*`
 * IPC channels with one engine host client, started lazily on the first engine call and closed when
 * an extract goes to duckdb-wasm instead, on `engine:close` and on quit (so the host deletes its
 * private folder). Files are registered by grant token: the token is resolved here (file-grants.ts)
 * and the host gets the absolute path; the renderer never sends or sees one. Each host is confined
 * to the files of the extract it was chosen for (engine-host.ts, `allowedFiles`): the renderer's SQL
 * reaches no other file; a choice for another extract starts another host. Errors go back as
 * values with their kind (a cancel stays a cancel), with any registered file's path replaced by its
 * name. Plain Node, no 'electron': main (electron/main) only wires it; the tests drive it with a
 * real host in a Node child process.
 */
import { type Engine, EngineError, classifyEngineError } from '../../shared/engine';
import type { IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc';
import type { EngineCallResult } from '../../shared/platform';
import { chooseEngine } from '../policy/engine-choice';
import type { EngineHostChannel, EngineHostOpenOptions } from '../policy/engine-host-protocol';
import { createEngineHostClient } from './engine-host-client';
import { type FileGrants, GRANT_REFUSED_MESSAGE, GrantError } from './file-grants';
import { sweepStalePrivateDirs } from './private-temp';

export type EngineChannel = Extract<IpcChannel, `engine:${string}`>;
export type EngineIpcHandlers = { [C in EngineChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

export interface EngineBridgeOptions {
  grants: Pick<FileGrants, 'pathOf' | 'sizeOf'>;
  /**
   * Starts an engine host and opens native DuckDB in it, confined to `allowedFiles` (the real paths
   * of the extract's picked files; EngineHostOpenOptions.allowedFiles). `onExit` is called when that
   * process ends (crash, out-of-memory kill, or after close), so the next call starts a fresh one.
   */
  startHost(onExit: () => void, allowedFiles: string[]): Promise<Engine>;
  /** Whether the host is in this installation (its bundled entry exists). */
  nativeAvailable(): boolean;
  /** Source files above this total size go to native DuckDB; default engine-choice.ts's NATIVE_THRESHOLD_BYTES (256 MB). */
  thresholdBytes?: number;
  /** Developer log (English); default: stderr. */
  log?: (line: string) => void;
}

export interface EngineBridge {
  handlers: EngineIpcHandlers;
  /** Closes the host if one runs (quit); resolves when it has exited. */
  close(): Promise<void>;
}

const ok = <T>(value: T): EngineCallResult<T> => ({ ok: true, value });
/** A picked file registered without having been part of the extract the engine was chosen for. */
export const NOT_IN_EXTRACT_MESSAGE = 'Filen hører ikke til det udtræk, databasemotoren blev valgt til. Vælg udtrækkets filer igen.';

const sameFiles = (a: ReadonlySet<string>, b: readonly string[]) => b.length === a.size && b.every((f) => a.has(f));

/** Calls that answer nothing answer null over IPC. */
const done = async (work: Promise<unknown>): Promise<null> => {
  await work;
  return null;
};

export function createEngineBridge(options: EngineBridgeOptions): EngineBridge {
  const log = options.log ?? ((line: string) => process.stderr.write(`[engine-bridge] ${line}\n`));
  let host: Promise<Engine> | undefined;
  /** The files of the extract last chosen for native DuckDB (real paths): what a new host may read. */
  let extract: string[] = [];
  /** What the running host may read. */
  let hostFiles = new Set<string>();
  /** Registered engine names → real paths, to keep paths out of the messages the renderer gets. */
  const registered = new Map<string, string>();

  const engine = (): Promise<Engine> => {
    if (!host) {
      hostFiles = new Set(extract);
      const started = options.startHost(() => {
        // Only the current host's end forgets it: a closed one may exit after a new one started.
        if (host === started) host = undefined;
        registered.clear();
      }, [...extract]);
      host = started;
      // A host that fails to start is not kept: the next call tries again.
      started.catch(() => {
        if (host === started) host = undefined;
      });
    }
    return host;
  };

  const scrub = (message: string): string => {
    let out = message;
    for (const [name, realPath] of registered) out = out.split(realPath).join(name);
    return out;
  };

  /** Runs one engine call; any failure becomes a value with its kind. */
  const call = async <T>(what: string, fn: () => Promise<T>): Promise<EngineCallResult<T>> => {
    try {
      return ok(await fn());
    } catch (err) {
      if (err instanceof GrantError) {
        log(`${what} refused: ${err.message}`);
        return { ok: false, error: { kind: 'io', message: GRANT_REFUSED_MESSAGE } };
      }
      const message = scrub(err instanceof Error ? err.message : String(err));
      const kind = err instanceof EngineError ? err.kind : classifyEngineError(message);
      log(`${what} failed (${kind})`);
      return { ok: false, error: { kind, message } };
    }
  };

  /** Every close so far: a later close (quit) resolves only when earlier ones (a reload) are done too. */
  let closing: Promise<void> = Promise.resolve();
  const close = (): Promise<void> => {
    const current = host;
    host = undefined;
    registered.clear();
    closing = closing.then(async () => {
      const running = await current?.catch(() => undefined);
      await running?.close().catch((err: unknown) => log(`close failed: ${err instanceof Error ? err.message : String(err)}`));
    });
    return closing;
  };

  const handlers: EngineIpcHandlers = {
    async 'engine:choose'({ tokens, setting }) {
      let totalBytes = 0;
      const files: string[] = [];
      for (const token of tokens) {
        totalBytes += await options.grants.sizeOf(token);
        files.push(await options.grants.pathOf(token));
      }
      const choice = chooseEngine({
        totalBytes,
        setting,
        nativeAvailable: options.nativeAvailable(),
        ...(options.thresholdBytes !== undefined ? { thresholdBytes: options.thresholdBytes } : {}),
      });
      // An extract for duckdb-wasm: a host from an earlier extract holds person data it no longer
      // needs. Another extract for native DuckDB: the running host may not read its files.
      const unique = [...new Set(files)].sort();
      if (choice.engine === 'wasm' || (host && !sameFiles(hostFiles, unique))) await close();
      if (choice.engine === 'native') extract = unique;
      return choice;
    },
    'engine:exec': ({ sql }) => call('exec', async () => done((await engine()).exec(sql))),
    'engine:query': ({ sql }) => call('query', async () => (await engine()).query(sql)),
    'engine:register-grant': ({ name, token }) =>
      call('register', async () => {
        const realPath = await options.grants.pathOf(token);
        const running = await engine();
        if (!hostFiles.has(realPath)) throw new EngineError('io', NOT_IN_EXTRACT_MESSAGE);
        await running.registerFile(name, { kind: 'path', path: realPath });
        registered.set(name, realPath);
        return null;
      }),
    'engine:drop-file': ({ name }) =>
      call('drop', async () => {
        // Nothing is registered without a host: dropping never starts one.
        if (host) await (await host).dropFile(name);
        registered.delete(name);
        return null;
      }),
    'engine:insert-arrow': ({ table, ipc, create }) => call('insert', async () => done((await engine()).insertArrowIpc(table, ipc, { create }))),
    // Nothing runs without a host: cancel never starts one.
    'engine:cancel': () => call('cancel', async () => done(host ? (await host).cancel() : Promise.resolve())),
    'engine:close': () => call('close', () => done(close())),
  };
  return { handlers, close };
}

/**
 * `startHost` for a process main has started (an Electron UtilityProcess): opens native DuckDB in it
 * and reports the process's end.
 */
export function hostStarter(start: () => { channel: EngineHostChannel; open: EngineHostOpenOptions }, log?: (line: string) => void) {
  return (onExit: () => void, allowedFiles: string[]): Promise<Engine> => {
    const { channel, open } = start();
    channel.on('exit', () => onExit());
    return createEngineHostClient(channel, { ...open, allowedFiles }, log ? { log } : {});
  };
}

/** Removes the private folders of hosts that were killed outright (their process is gone) under `tempRoot`; main calls it at start. */
export function sweepEngineTemp(tempRoot: string): string[] {
  return sweepStalePrivateDirs(tempRoot);
}
