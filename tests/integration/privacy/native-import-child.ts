/**
 * Child process of native-temp.test.ts: imports the bundled sample with native DuckDB over and over
 * (so a signal always lands mid-import) and says on stdout when each import starts.
 */
import path from 'node:path';
import { createNativeEngine } from '../../../electron/node/native-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';

const sample = process.argv[2]!;
const engine = await createNativeEngine({ threads: 1, memoryLimit: '256MB' });
for (let round = 1; ; round++) {
  process.stdout.write(`import ${round}\n`);
  await loadExtractFromDir(engine, sample, path.join(sample, 'region-midt.profile.json'), { referenceDate: '2024-01-01', salt: 'child' });
}
