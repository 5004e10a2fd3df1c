/**
 * Atomic output: everything is written into a hidden staging folder beside the target and renamed into
 * place only when all files are done, so a cancelled or failed export leaves no half-written file.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export class ExportCancelledError extends Error {
  constructor() {
    super('Eksporten blev annulleret. Ingen filer er ændret.');
    this.name = 'ExportCancelledError';
  }
}

export class Staging {
  private readonly files: string[] = [];
  private constructor(
    readonly target: string,
    readonly staging: string,
    private readonly signal?: AbortSignal,
  ) {}

  static async open(target: string, signal?: AbortSignal): Promise<Staging> {
    await mkdir(target, { recursive: true });
    return new Staging(target, await mkdtemp(join(target, '.eksport-')), signal);
  }

  checkCancelled(): void {
    if (this.signal?.aborted) throw new ExportCancelledError();
  }

  async write(relPath: string, data: Uint8Array | string): Promise<void> {
    this.checkCancelled();
    const path = join(this.staging, relPath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    this.files.push(relPath);
  }

  /** Renames every staged file into the target folder (each rename is atomic). */
  async commit(): Promise<string[]> {
    this.checkCancelled();
    for (const rel of this.files) {
      await mkdir(dirname(join(this.target, rel)), { recursive: true });
      await rename(join(this.staging, rel), join(this.target, rel));
    }
    await this.discard();
    return [...this.files];
  }

  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
