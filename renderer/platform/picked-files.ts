/**
 * Reading a picked file whatever its handle is: a browser File (web build, or dropped in Electron)
 * is sliced directly; an Electron grant token is read through the bridge's readFileSlice.
 */
import type { Engine } from '../../shared/engine';
import type { FileGrantHandle, PickedFile, Platform } from '../../shared/platform';
import { isHostEngine } from '../engine/host-engine';

export const isGrant = (handle: unknown): handle is FileGrantHandle =>
  typeof handle === 'object' && handle !== null && (handle as { kind?: unknown }).kind === 'grant';

export async function readPicked(platform: Platform | undefined, file: PickedFile, start: number, end: number): Promise<Uint8Array> {
  if (file.handle instanceof Blob) return new Uint8Array(await file.handle.slice(start, end).arrayBuffer());
  if (isGrant(file.handle) && platform?.readFileSlice) return platform.readFileSlice(file.handle, start, Math.min(end, file.size));
  throw new Error(`Filen ${file.name} kan ikke læses.`);
}

/**
 * Makes a picked file readable by SQL. A File is registered lazily; a granted file goes to the
 * desktop's native engine by its token (main hands the host the picked file; no byte passes through
 * here). For duckdb-wasm a granted file is read into memory in slices first (the bridge has no lazy
 * route into the worker — fine up to the size where the native engine takes over, decision 006).
 */
export async function registerPicked(engine: Engine, platform: Platform | undefined, file: PickedFile, engineName: string): Promise<void> {
  if (file.handle instanceof Blob) return engine.registerFile(engineName, { kind: 'blob', blob: file.handle });
  if (isGrant(file.handle) && isHostEngine(engine)) return engine.registerGrant(engineName, file.handle);
  const bytes = new Uint8Array(file.size);
  const slice = 32 * 1024 * 1024;
  for (let offset = 0; offset < file.size; offset += slice) bytes.set(await readPicked(platform, file, offset, offset + slice), offset);
  return engine.registerFile(engineName, { kind: 'bytes', bytes });
}
