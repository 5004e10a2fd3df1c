import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as parquetWasm from 'parquet-wasm/esm';

const require = createRequire(import.meta.url);
let parquetReady = false;

/**
 * parquet-wasm for Node. Its `node` build is CommonJS inside a `"type": "module"` package and fails to
 * load, so the ESM build is used and its wasm is instantiated from the installed file (never fetched).
 */
export function loadParquetWasm(): typeof parquetWasm {
  if (!parquetReady) {
    const wasmPath = require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
    parquetWasm.initSync({ module: fs.readFileSync(wasmPath) });
    parquetReady = true;
  }
  return parquetWasm;
}
