import { createNodeWasmEngine } from '../../electron/node/wasm-engine';
import { engineContract, contractCsvBytes } from './engine-contract';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function writeTempCsv(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-contract-'));
  const file = path.join(dir, 'befolkning.csv');
  fs.writeFileSync(file, contractCsvBytes());
  return file;
}

engineContract('duckdb-wasm under Node, file on disk', () => createNodeWasmEngine(), {
  latin1Csv: () => ({ kind: 'path', path: writeTempCsv() }),
});
engineContract('duckdb-wasm under Node, bytes in memory', () => createNodeWasmEngine(), {
  latin1Csv: () => ({ kind: 'bytes', bytes: contractCsvBytes() }),
});
