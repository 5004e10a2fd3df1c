/**
 * The one door from the import logic to the files of an extract. Node (electron/node/extract-access.ts)
 * and the browser each implement it; shared/import never touches a file system itself.
 */
import type { Engine } from '../engine';

export interface ExtractFile {
  /** Relative to the input folder, '/' separators. */
  name: string;
  size: number;
}

export interface ExtractFileAccess {
  /** Every file in the picked folder. */
  list(): Promise<ExtractFile[]>;
  /** A slice of a file (for sniffing: the first 64 KiB, etc.). */
  readBytes(name: string, start?: number, end?: number): Promise<Uint8Array>;
  /** Makes the file readable by SQL as `engineName`, lazily, without copying it. */
  register(engine: Engine, name: string, engineName: string): Promise<void>;
  /** Arrow IPC stream bytes, one chunk per Parquet row group. */
  parquetRowGroups(name: string): AsyncIterable<Uint8Array>;
  /** Streamed SHA-256 of the file, hex. */
  sha256(name: string): Promise<string>;
  /**
   * The named sheet (or the first) as Arrow IPC stream bytes, exactly as `xlsxToArrowIpc` makes
   * them (null when it has no header row), parsed where it does not block a UI (the browser: a
   * worker). Optional: without it the workbook is parsed in the calling thread.
   */
  xlsxArrowIpc?(name: string, sheet?: string): Promise<Uint8Array | null>;
}
