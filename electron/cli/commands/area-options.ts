/**
 * `--area` and `--areas` of `build` (and `demo`): the areas file is read and checked before the
 * extract is loaded (a typo fails in a second), the areas themselves after it, when the residents per
 * municipality are known (`region` is inferred from them; an area nobody lives in is refused).
 * Every refusal is a CliUsageError: a Danish message and exit code 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { AreaFileError, areaFolder, groupingNote, parseCustomAreas, resolveAreas, UnknownAreaError, type CustomAreaSet } from '../../../shared/areas/areas';
import { assertAreaHasResidents, EmptyAreaError, residentsByMunicipality } from '../../../shared/areas/residents';
import type { AreaRef } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { CliUsageError } from '../args';

export interface AreaOptions {
  spec: string;
  custom: CustomAreaSet | null;
}

function usageError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof UnknownAreaError || err instanceof AreaFileError || err instanceof EmptyAreaError) throw new CliUsageError(err.message);
    throw err;
  }
}

/** Reads the areas file (name and sha256 go into the method appendix) and checks the spec's syntax. */
export function readAreasFile(file: string): CustomAreaSet {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new CliUsageError(`Områdefilen ${file} kan ikke læses: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return usageError(() => parseCustomAreas(bytes.toString('utf8'), path.basename(file), sha256));
}

export function areaOptions(spec: string, areasFile: string | undefined, referenceDate: string): AreaOptions {
  const custom = areasFile ? readAreasFile(areasFile) : null;
  const areas = usageError(() => resolveAreas(spec, { custom }));
  for (const a of areas) {
    const note = groupingNote(a, referenceDate);
    if (note) process.stdout.write(`Bemærk: ${note}\n`);
  }
  return { spec, custom };
}

/** The areas to build, each with its folder under OUT ('' when there is only one). */
export async function resolveBuildAreas(engine: Engine, opts: AreaOptions, referenceDate: string): Promise<{ area: AreaRef; dir: string }[]> {
  const residents = await residentsByMunicipality(engine, referenceDate);
  const areas = usageError(() => resolveAreas(opts.spec, { custom: opts.custom, residents }));
  for (const a of areas) usageError(() => assertAreaHasResidents(a, residents, referenceDate));
  return areas.map((area) => ({ area, dir: areas.length > 1 ? areaFolder(area) : '' }));
}
