/**
 * The distinct values of a picked file's coded columns, counted by the app's DuckDB engine on the
 * file read as the import reads it (shared/import/propose-distinct.ts). One file at a time: the
 * engine has one thread, and the import must not interleave with half a count.
 */
import type { Services } from '../../app/services';
import type { ExtractFile } from '../../app/types';
import type { TableMapping } from './profile';
import { browserExtractAccess } from '../../platform/extract-access';
import { distinctValues } from '../../../shared/import/propose-distinct';
import type { DistinctValue } from '../../../shared/import/propose-values';

let queue: Promise<unknown> = Promise.resolve();

export function loadDistinct(services: Services, file: ExtractFile, mapping: TableMapping, sources: string[]): Promise<Record<string, DistinctValue[]>> {
  const run = async () => {
    const engine = await services.engine;
    const access = browserExtractAccess([file.picked], services.platform);
    const result = await distinctValues(engine, access, { name: file.picked.name, size: file.picked.size }, { csv: mapping.csv, sources });
    return result.values;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
