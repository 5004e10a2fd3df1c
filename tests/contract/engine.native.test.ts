import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createNativeEngine } from '../../electron/node/native-engine';
import { engineContract, contractCsvBytes } from './engine-contract';

engineContract('native DuckDB (@duckdb/node-api)', () => createNativeEngine({ threads: 1 }), {
  latin1Csv: () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-contract-'));
    const file = path.join(dir, 'befolkning.csv');
    fs.writeFileSync(file, contractCsvBytes());
    return { kind: 'path', path: file };
  },
  parquetBuiltIn: true,
});
