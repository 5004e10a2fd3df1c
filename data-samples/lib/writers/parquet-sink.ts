/**
 * Column buffers flushed to Parquet (parquet-wasm, via Arrow IPC from apache-arrow 17). parquet-wasm
 * cannot append to a file, so a sink that grows past `maxRowsPerFile` starts a new `_partNN` file:
 * the committed sample gets one file per sink, region scale gets several (the profile glob covers both).
 */
import { writeFileSync, renameSync } from 'node:fs';
import { tableToIPC, Table as ArrowTable, vectorFromArray, Utf8, Float64, Int16, DateDay, Int8, type Vector } from 'apache-arrow';
import { loadParquetWasm } from '../../../electron/node/wasm-modules';

const pq = loadParquetWasm();

export type ColumnType = 'utf8' | 'float64' | 'int16' | 'int8' | 'date';
export type ColumnSpec = Record<string, ColumnType>;
type Cell = string | number | null;

export class ParquetSink {
  private columns: Map<string, Cell[]>;
  private rowsInBuffer = 0;
  private parts = 0;
  rows = 0;

  constructor(
    private readonly basePath: string,
    private readonly spec: ColumnSpec,
    private readonly maxRowsPerFile = 750_000,
  ) {
    this.columns = new Map(Object.keys(spec).map((k) => [k, []]));
  }

  /** `date` cells are day numbers (days since 1970-01-01). */
  add(row: Record<string, Cell>): void {
    for (const [name, values] of this.columns) values.push(row[name] ?? null);
    this.rowsInBuffer++;
    this.rows++;
    if (this.rowsInBuffer >= this.maxRowsPerFile) this.flush();
  }

  private flush(): void {
    this.parts++;
    writeParquetFile(`${this.basePath}_part${String(this.parts).padStart(2, '0')}.parquet`, this.toArrow());
    for (const values of this.columns.values()) values.length = 0;
    this.rowsInBuffer = 0;
  }

  close(): string[] {
    if (this.parts === 0) {
      writeParquetFile(`${this.basePath}.parquet`, this.toArrow());
      return [`${this.basePath}.parquet`];
    }
    if (this.rowsInBuffer > 0) this.flush();
    return Array.from({ length: this.parts }, (_, k) => `${this.basePath}_part${String(k + 1).padStart(2, '0')}.parquet`);
  }

  private toArrow(): ArrowTable {
    const vectors: Record<string, Vector> = {};
    for (const [name, type] of Object.entries(this.spec)) {
      const values = this.columns.get(name)!;
      if (type === 'date')
        vectors[name] = vectorFromArray(
          values.map((v) => (v === null ? null : new Date((v as number) * 86400000))),
          new DateDay(),
        );
      else if (type === 'utf8') vectors[name] = vectorFromArray(values as (string | null)[], new Utf8());
      else if (type === 'float64') vectors[name] = vectorFromArray(values as (number | null)[], new Float64());
      else if (type === 'int16') vectors[name] = vectorFromArray(values as (number | null)[], new Int16());
      else vectors[name] = vectorFromArray(values as (number | null)[], new Int8());
    }
    return new ArrowTable(vectors);
  }
}

function writeParquetFile(path: string, table: ArrowTable): void {
  const props = new pq.WriterPropertiesBuilder()
    .setCompression(pq.Compression.ZSTD)
    .setMaxRowGroupSize(100_000)
    .setCreatedBy('datapakker data-samples')
    .build();
  const bytes = pq.writeParquet(pq.Table.fromIPCStream(tableToIPC(table, 'stream')), props);
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
}
