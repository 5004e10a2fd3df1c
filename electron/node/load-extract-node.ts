/**
 * loadExtract for a folder on disk and a profile file: what `datapakke validate` and `build` call.
 * Profile problems come back as a fatal report (never an exception), so every caller can print them.
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import type { Engine } from '../../shared/engine';
import { parseProfile, type Profile } from '../../shared/contract/profile';
import { loadExtract, type LoadOptions, type LoadResult } from '../../shared/import/load-extract';
import { createNodeExtractAccess } from './extract-access';

export type NodeLoadOptions = Omit<LoadOptions, 'salt'> & { salt?: string };

/** Reads and checks a profile file; throws an Error with a Danish message when it cannot be used. */
export function readProfileFile(profilePath: string): Profile {
  let text: string;
  try {
    text = fs.readFileSync(profilePath, 'utf8');
  } catch {
    throw new Error(`Profilen ${profilePath} findes ikke eller kan ikke læses.`);
  }
  const { profile, issues } = parseProfile(text);
  if (!profile) throw new Error(`Profilen ${profilePath} kan ikke bruges:\n${issues.map((i) => `- ${i.message}`).join('\n')}`);
  return profile;
}

export async function loadExtractFromDir(engine: Engine, inputDir: string, profilePath: string, options: NodeLoadOptions): Promise<LoadResult> {
  if (!fs.existsSync(inputDir) || !fs.statSync(inputDir).isDirectory()) throw new Error(`Inputmappen ${inputDir} findes ikke.`);
  const profile = readProfileFile(profilePath);
  const salt = options.salt ?? crypto.randomBytes(32).toString('hex');
  return loadExtract(engine, createNodeExtractAccess(inputDir), profile, { ...options, salt });
}
