/**
 * The grant table of the Electron main process: files the user picked in a dialog are remembered
 * under random tokens, and the renderer can read them only through those tokens. A path from the
 * renderer is never opened. Pure Node (no 'electron'), so the escapes it refuses are tested with
 * real files: traversal, symlinks leaving a picked folder, files swapped for symlinks after the pick.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { IPC_LIMITS, type GrantedFile, type ReadSliceRequest } from '../../shared/ipc';
import { checkRelativePath } from '../policy/file-name';
import { checkToken } from '../policy/ipc-validators';

/** What the user reads when a token does not lead to a picked file (details stay in the log). */
export const GRANT_REFUSED_MESSAGE = 'Filen kan ikke bruges: den er ikke valgt i appen, eller den er flyttet.';

/** A refusal the IPC wrapper reports to the renderer as GRANT_REFUSED_MESSAGE (details go to the log). */
export class GrantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GrantError';
  }
}

export interface FileGrantsOptions {
  /** Largest slice one read may return. */
  maxSliceBytes?: number;
  /** Most files one folder pick may grant (a registry extract folder has tens, not thousands). */
  maxFolderFiles?: number;
  /** Deepest sub-folder level a folder pick descends into. */
  maxFolderDepth?: number;
}

export interface FileGrants {
  /** Grants files the user picked in an open dialog. */
  grantFiles(paths: readonly string[]): Promise<GrantedFile[]>;
  /** Grants the regular files inside a folder the user picked (optionally only some extensions). */
  grantFolder(folder: string, accept?: readonly string[]): Promise<GrantedFile[]>;
  /** Reads bytes [start, end) of a granted file; `end` past the file's end is clamped. */
  readSlice(request: ReadSliceRequest): Promise<Uint8Array>;
  /**
   * The granted file's real path, checked again now (it must still be the file that was picked),
   * for main's own use: handing it to the engine host. Never sent to the renderer.
   */
  pathOf(token: string): Promise<string>;
  /** The granted file's size now. */
  sizeOf(token: string): Promise<number>;
  /** SHA-256 (hex) of a granted file, streamed (multi-GB extracts are never held in memory). */
  sha256(token: string): Promise<string>;
  /**
   * Writes one export file named by the renderer (a name or a relative path; export formats only,
   * electron/policy/file-name.ts) into a folder the user picked; returns it. An existing file is
   * never replaced unless `overwrite` is set — and the caller sets it only after the user said so.
   */
  writeIntoFolder(folder: string, name: string, bytes: Uint8Array, options?: { overwrite?: boolean }): Promise<string>;
  /** Which of these export paths already exist in the folder (to ask the user before replacing them). */
  existingInFolder(folder: string, names: readonly string[]): Promise<string[]>;
  /** Forgets every grant (window closed or reloaded). */
  revokeAll(): void;
  readonly size: number;
}

const isInside = (parent: string, child: string) => {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/**
 * Writes through a temporary sibling and a rename, so a crash never leaves half an export. With
 * `overwrite: false` the temporary file is hard-linked into place, which fails if the target exists
 * (no window between a check and the write); file systems without hard links (FAT/exFAT sticks) fall
 * back to a check just before the rename.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: { overwrite?: boolean } = {}): Promise<void> {
  const overwrite = options.overwrite ?? true;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    if (overwrite) {
      await fs.rename(temp, target);
      return;
    }
    try {
      await fs.link(temp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new GrantError('target exists and may not be replaced');
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL'].includes(code ?? '')) throw err;
      if (await fs.lstat(target).catch(() => null)) throw new GrantError('target exists and may not be replaced');
      await fs.rename(temp, target);
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}

export function createFileGrants(options: FileGrantsOptions = {}): FileGrants {
  const maxSlice = options.maxSliceBytes ?? IPC_LIMITS.maxSliceBytes;
  const maxFiles = options.maxFolderFiles ?? 5000;
  const maxDepth = options.maxFolderDepth ?? 4;
  const grants = new Map<string, { realPath: string }>();

  const grantOne = async (realPath: string, name: string): Promise<GrantedFile> => {
    const stat = await fs.stat(realPath);
    const token = randomUUID();
    grants.set(token, { realPath });
    return { name, size: stat.size, token };
  };

  /** The grant's real path, if the token is known and the file is still itself (not swapped for a symlink since the pick). */
  const verified = async (token: string): Promise<string> => {
    if (!checkToken(token).ok) throw new GrantError('malformed token');
    const grant = grants.get(token);
    if (!grant) throw new GrantError('unknown token');
    const now = await fs.realpath(grant.realPath).catch(() => null);
    if (now !== grant.realPath) throw new GrantError('granted file moved or became a link');
    return grant.realPath;
  };

  const walk = async (root: string, dir: string, depth: number, accept: readonly string[] | undefined, out: GrantedFile[]) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      // A symlink is followed only if it stays inside the picked folder.
      const real = await fs.realpath(full).catch(() => null);
      if (!real || !isInside(root, real)) continue;
      const stat = await fs.stat(real);
      if (stat.isDirectory()) {
        if (depth < maxDepth) await walk(root, full, depth + 1, accept, out);
      } else if (stat.isFile()) {
        if (accept && accept.length > 0 && !accept.some((ext) => entry.name.toLowerCase().endsWith(ext.toLowerCase()))) continue;
        if (out.length >= maxFiles) throw new GrantError(`folder has more than ${maxFiles} files`);
        out.push(await grantOne(real, path.relative(root, full).split(path.sep).join('/')));
      }
    }
  };

  return {
    async grantFiles(paths) {
      const out: GrantedFile[] = [];
      for (const p of paths) {
        if (!path.isAbsolute(p)) throw new GrantError('dialog returned a relative path');
        const real = await fs.realpath(p);
        if (!(await fs.stat(real)).isFile()) throw new GrantError('picked entry is not a regular file');
        out.push(await grantOne(real, path.basename(p)));
      }
      return out;
    },

    async grantFolder(folder, accept) {
      if (!path.isAbsolute(folder)) throw new GrantError('dialog returned a relative path');
      const root = await fs.realpath(folder);
      if (!(await fs.stat(root)).isDirectory()) throw new GrantError('picked entry is not a folder');
      const out: GrantedFile[] = [];
      await walk(root, root, 0, accept, out);
      return out;
    },

    async readSlice({ token, start, end }) {
      const realPath = await verified(token);
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) throw new GrantError('bad slice bounds');
      if (end - start > maxSlice) throw new GrantError('slice exceeds the size limit');
      const handle = await fs.open(realPath, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) throw new GrantError('granted entry is no longer a regular file');
        const stop = Math.min(end, stat.size);
        if (start >= stop) return new Uint8Array(0);
        const buffer = new Uint8Array(stop - start);
        let read = 0;
        while (read < buffer.length) {
          const { bytesRead } = await handle.read(buffer, read, buffer.length - read, start + read);
          if (bytesRead === 0) break;
          read += bytesRead;
        }
        return read === buffer.length ? buffer : buffer.subarray(0, read);
      } finally {
        await handle.close();
      }
    },

    pathOf: verified,

    async sizeOf(token) {
      const stat = await fs.stat(await verified(token));
      if (!stat.isFile()) throw new GrantError('granted entry is no longer a regular file');
      return stat.size;
    },

    async sha256(token) {
      const realPath = await verified(token);
      const handle = await fs.open(realPath, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
      const hash = createHash('sha256');
      try {
        if (!(await handle.stat()).isFile()) throw new GrantError('granted entry is no longer a regular file');
        for await (const chunk of createReadStream('', { fd: handle.fd, autoClose: false, highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
      } finally {
        await handle.close();
      }
      return hash.digest('hex');
    },

    async existingInFolder(folder, names) {
      if (!path.isAbsolute(folder)) throw new GrantError('dialog returned a relative path');
      const root = await fs.realpath(folder);
      const out: string[] = [];
      for (const name of names) {
        const checked = checkRelativePath(name);
        if (checked.ok && (await fs.lstat(path.join(root, ...checked.value.split('/'))).catch(() => null))) out.push(checked.value);
      }
      return out;
    },

    async writeIntoFolder(folder, name, bytes, options = {}) {
      const checked = checkRelativePath(name);
      if (!checked.ok) throw new GrantError(checked.reason);
      if (!path.isAbsolute(folder)) throw new GrantError('dialog returned a relative path');
      if (bytes.byteLength > IPC_LIMITS.maxSaveBytes) throw new GrantError('file exceeds the size limit');
      const root = await fs.realpath(folder);
      const parts = checked.value.split('/');
      // Subfolders (`kol/charts/`) are made one level at a time; an existing one must be a real
      // folder, never a symlink that would lead the write out of the picked folder.
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        dir = path.join(dir, part);
        const existing = await fs.lstat(dir).catch(() => null);
        if (existing && !existing.isDirectory()) throw new GrantError('target folder exists and is not a folder');
        if (!existing) await fs.mkdir(dir);
      }
      const target = path.join(dir, parts[parts.length - 1]!);
      if (!isInside(root, target)) throw new GrantError('target escapes the picked folder');
      const existing = await fs.lstat(target).catch(() => null);
      if (existing && !existing.isFile()) throw new GrantError('target exists and is not a regular file');
      if (existing && options.overwrite !== true) throw new GrantError('target exists and may not be replaced');
      await writeFileAtomic(target, bytes, { overwrite: options.overwrite === true });
      return checked.value;
    },

    revokeAll() {
      grants.clear();
    },

    get size() {
      return grants.size;
    },
  };
}
