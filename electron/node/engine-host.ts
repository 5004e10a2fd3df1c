/**
 * The engine host: the code that runs inside the engine's own process — an Electron utility process
 * in the desktop app (`process.parentPort`), a Node child process (`child_process.fork`, with
 * `serialization: 'advanced'`) in the tests and on a server. It creates native DuckDB (memory limit,
 * all cores, one private temp folder that goes on close, SIGINT/SIGTERM and at the next start) and
 * answers the protocol of electron/policy/engine-host-protocol.ts, validating every request.
 * Requests run one after another in arrival order; `cancel` is answered at once so it can interrupt
 * the running one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Engine, EngineError, classifyEngineError, sqlString } from '../../shared/engine';
import { type EngineHostOpenOptions, type EngineHostRequest, type EngineHostResponse, checkEngineHostRequest } from '../policy/engine-host-protocol';
import { type NativeEngineOptions, createNativeEngine } from './native-engine';

/** What the host needs of its channel to the parent: the common shape of parentPort and process.send. */
export interface EngineHostPort {
  postMessage(message: EngineHostResponse): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Ends the process once the last response is on its way. */
  end(): void;
}

export interface ServeOptions {
  /** How the engine is made (tests may pass another Engine); default: native DuckDB. */
  createEngine?: (options: NativeEngineOptions) => Promise<Engine>;
  /** Developer log (English); default: stderr. */
  log?: (line: string) => void;
}

function errorResponse(id: number, err: unknown): EngineHostResponse {
  const message = err instanceof Error ? err.message : String(err);
  const kind = err instanceof EngineError ? err.kind : classifyEngineError(message);
  return { id, ok: false, error: { kind, message } };
}

/** The temp-folder policy: the private folder goes under `tempRoot` (os.tmpdir() reads these variables). */
function applyTempRoot(options: EngineHostOpenOptions): void {
  if (!options.tempRoot) return;
  fs.mkdirSync(options.tempRoot, { recursive: true, mode: 0o700 });
  const root = path.resolve(options.tempRoot);
  process.env.TMPDIR = root;
  process.env.TMP = root;
  process.env.TEMP = root;
}

/**
 * Confines the engine's SQL to its private folder and the picked files (decision 006): the SQL
 * comes from the renderer, which is not trusted with the file system. DuckDB checks every file a
 * statement opens against `allowed_directories` (the private folder, and '.', which is made the
 * folder of registered files, so `read_csv('name')` works as in wasm; `..` is refused) and
 * `allowed_paths` (the picked files a registered link points to); with external access off nothing
 * else can be read or written, and with the configuration locked no statement can undo it.
 * The process moves into the folder of registered files; it must leave before the folder is removed.
 */
async function confine(engine: Engine, allowedFiles: readonly string[]): Promise<void> {
  const [own] = await engine.query("SELECT current_setting('temp_directory') AS spill, current_setting('file_search_path') AS files");
  const spill = typeof own?.spill === 'string' ? own.spill : '';
  const files = typeof own?.files === 'string' ? own.files : '';
  if (!path.isAbsolute(spill) || !path.isAbsolute(files) || path.dirname(spill) !== path.dirname(files)) {
    throw new EngineError('unsupported', 'The engine has no private folder to confine it to.');
  }
  const list = (items: readonly string[]) => `[${items.map(sqlString).join(', ')}]`;
  process.chdir(files);
  await engine.exec(`SET allowed_directories = ${list([path.dirname(spill) + path.sep, '.'])}`);
  if (allowedFiles.length > 0) await engine.exec(`SET allowed_paths = ${list(allowedFiles)}`);
  await engine.exec('SET enable_external_access = false');
  await engine.exec('SET lock_configuration = true');
}

/** Answers the protocol on `port` until `close`. Returns a function that closes the engine (for the parent's disconnect). */
export function serveEngineHost(port: EngineHostPort, serve: ServeOptions = {}): () => Promise<void> {
  const create = serve.createEngine ?? createNativeEngine;
  const log = serve.log ?? ((line: string) => process.stderr.write(`[engine-host] ${line}\n`));
  let engine: Engine | undefined;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();
  /** Where the process was before it moved into the private folder (confine). */
  let outside: string | undefined;

  const closeEngine = async () => {
    if (closed) return;
    closed = true;
    const current = engine;
    engine = undefined;
    // Out of the private folder first: Windows cannot remove a process's current folder.
    if (outside) process.chdir(outside);
    await current?.close();
  };

  const handle = async (request: EngineHostRequest): Promise<EngineHostResponse> => {
    const { id } = request;
    if (request.type === 'open') {
      if (engine || closed) return errorResponse(id, new EngineError('unsupported', 'The engine host is already open (or closed).'));
      applyTempRoot(request.options);
      const created = await create({
        ...(request.options.memoryLimit ? { memoryLimit: request.options.memoryLimit } : {}),
        ...(request.options.threads ? { threads: request.options.threads } : {}),
      });
      if (request.options.allowedFiles) {
        outside = process.cwd();
        try {
          await confine(created, request.options.allowedFiles);
        } catch (err) {
          // Never serve an engine that should be confined and is not.
          process.chdir(outside);
          await created.close();
          throw err;
        }
      }
      engine = created;
      return { id, ok: true, name: engine.name };
    }
    if (request.type === 'close') {
      await closeEngine();
      return { id, ok: true };
    }
    if (!engine) return errorResponse(id, new EngineError('unsupported', closed ? 'The engine host is closed.' : 'The engine host is not open yet.'));
    switch (request.type) {
      case 'exec':
        await engine.exec(request.sql);
        return { id, ok: true };
      case 'query':
        return { id, ok: true, rows: await engine.query(request.sql) };
      case 'registerFile':
        await engine.registerFile(request.name, request.source);
        return { id, ok: true };
      case 'dropFile':
        await engine.dropFile(request.name);
        return { id, ok: true };
      case 'insertArrowIpc':
        await engine.insertArrowIpc(request.table, request.ipc, { create: request.create });
        return { id, ok: true };
      case 'cancel':
        await engine.cancel();
        return { id, ok: true };
    }
  };

  port.onMessage((message) => {
    const verdict = checkEngineHostRequest(message);
    if (!verdict.ok) {
      log(`refused a request: ${verdict.reason}`);
      const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : -1;
      if (id >= 0 && Number.isSafeInteger(id))
        port.postMessage({ id, ok: false, error: { kind: 'unsupported', message: `Ugyldig besked til databasemotoren: ${verdict.reason}` } });
      return;
    }
    const request = verdict.value;
    const run = () =>
      handle(request)
        .catch((err: unknown) => errorResponse(request.id, err))
        .then((response) => {
          port.postMessage(response);
          if (request.type === 'close') port.end();
        });
    // Cancel must not wait behind the query it is meant to stop.
    if (request.type === 'cancel') void run();
    else queue = queue.then(run);
  });
  return closeEngine;
}

/** The port of the current process: Electron's utility process, or a Node child started with fork. */
export function currentProcessPort(): EngineHostPort {
  const parentPort = (process as unknown as { parentPort?: { postMessage(m: unknown): void; on(e: 'message', l: (event: { data: unknown }) => void): void } })
    .parentPort;
  if (parentPort) {
    return {
      postMessage: (m) => parentPort.postMessage(m),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
      // No flush callback on parentPort; the response is handed over synchronously, give it a moment.
      end: () => setTimeout(() => process.exit(0), 100).unref(),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('engine host: no parent to talk to (start it with utilityProcess.fork or child_process.fork)');
  let lastSend: Promise<void> = Promise.resolve();
  return {
    postMessage: (m) => {
      lastSend = new Promise((resolve) => send(m, undefined, {}, () => resolve()));
    },
    onMessage: (listener) => process.on('message', listener),
    end: () => void lastSend.then(() => process.disconnect?.()),
  };
}

/** Runs the host in this process; the parent going away closes the engine (removing its private folder). */
export function runEngineHost(): void {
  const closeEngine = serveEngineHost(currentProcessPort());
  process.on('disconnect', () => {
    void closeEngine().finally(() => process.exit(0));
  });
}
