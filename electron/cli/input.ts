/**
 * Input the commands cannot use at all (issue 13): a missing input folder or a profile that is not
 * JSON or not a valid profile is refused with one Danish message and exit code 2 (CliUsageError),
 * before the engine starts — never exit 1 and never a stack trace.
 */
import fs from 'node:fs';
import type { Profile } from '../../shared/contract/profile';
import { readProfileFile } from '../node/load-extract-node';
import { CliUsageError } from './args';

export function profileOrStop(file: string): Profile {
  try {
    return readProfileFile(file);
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
}

export function inputDirOrStop(dir: string): void {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliUsageError(`Inputmappen ${dir} findes ikke.`);
}
