/**
 * One private folder per native engine for everything DuckDB or the engine puts on disk (spill files,
 * staged Parquet, registered files): `<os.tmpdir()>/datapakker-native-<pid>-XXXXXX`, mode 0700. It
 * holds person data, so it is removed on close, on SIGINT/SIGTERM (Ctrl-C is how the README says
 * to cancel), on a plain exit, and — for a process that was killed outright — at the next start,
 * when folders of this prefix whose owning process is gone are swept away.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PRIVATE_PREFIX = 'datapakker-native-';

const live = new Set<string>();
let handlersInstalled = false;

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes folders of this prefix under `root` whose owning process is dead; returns what it removed. */
export function sweepStalePrivateDirs(root = os.tmpdir()): string[] {
  const removed: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const entry of entries) {
    const m = new RegExp(`^${PRIVATE_PREFIX}(\\d+)-`).exec(entry.name);
    if (!m || !entry.isDirectory()) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    const dir = path.join(root, entry.name);
    // Only our own user's folders: another user's are not ours to judge (and not ours to read).
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (!stat || (uid !== undefined && stat.uid !== uid)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

function removeAll(): void {
  for (const dir of live) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while exiting; the next start sweeps it.
    }
    live.delete(dir);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  // Re-raise with the default action, so the exit status says "killed by SIGINT/SIGTERM" (130/143)
  // — unless someone else also listens and will decide how to end.
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Installs the clean-up handlers once per process (not on import: only when a folder exists). */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', removeAll);
}

export interface PrivateDir {
  readonly dir: string;
  /** Removes the folder and everything in it (idempotent). */
  remove(): void;
}

/** Sweeps stale folders, then makes this process's own private folder (0700) and guards it. */
export function createPrivateDir(root = os.tmpdir()): PrivateDir {
  sweepStalePrivateDirs(root);
  const dir = fs.mkdtempSync(path.join(root, `${PRIVATE_PREFIX}${process.pid}-`));
  fs.chmodSync(dir, 0o700);
  live.add(dir);
  installHandlers();
  return {
    dir,
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
      live.delete(dir);
    },
  };
}
