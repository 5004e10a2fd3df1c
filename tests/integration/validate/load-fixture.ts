import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../../../shared/engine';
import type { ValidationProblem } from '../../../shared/contract/validation';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function fixtureDir(name: string): string {
  return path.join(FIXTURES, name);
}

export async function loadFixture(engine: Engine, name: string, referenceDate = '2024-01-01') {
  return loadExtractFromDir(engine, fixtureDir(name), path.join(fixtureDir(name), 'profile.json'), { referenceDate, salt: 'test-salt' });
}

/** Summary entries (with count) of one problem code. */
export function summaries(problems: ValidationProblem[], code: string): ValidationProblem[] {
  return problems.filter((p) => p.code === code && p.row === undefined);
}

export function rowsOf(problems: ValidationProblem[], code: string): number[] {
  return problems.filter((p) => p.code === code && p.row !== undefined).map((p) => p.row!);
}
