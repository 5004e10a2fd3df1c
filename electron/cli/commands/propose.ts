/**
 * `datapakke propose --input DIR --out FILE.profile.json [--name NAVN]`
 * Proposes a mapping profile for an extract folder (shared/import/propose-extract.ts) and writes it.
 * Prints what it mapped with which confidence, and what it could not; exit 0 when written, whether
 * sure or not (the text says what to confirm); 2 when no file looks like a population table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { proposeExtract, proposalText } from '../../../shared/import/propose-extract';
import { validateProfile } from '../../../shared/contract/profile';
import { createNodeWasmEngine } from '../../node/wasm-engine';
import { createNodeExtractAccess } from '../../node/extract-access';
import { CliUsageError, flagHelp, parseFlags, type FlagSpec } from '../args';

const FLAGS = {
  input: { type: 'string', required: true, description: 'mappen med udtrækkets filer' },
  out: { type: 'string', required: true, description: 'profilfilen der skrives (*.profile.json)' },
  name: { type: 'string', default: 'Mit udtræk', description: 'profilens navn' },
} satisfies FlagSpec;

export async function run(argv: string[]): Promise<number> {
  const flags = parseFlags('propose', argv, FLAGS);
  if (flags === 'help') {
    process.stdout.write(`${flagHelp('propose', FLAGS)}\n`);
    return 0;
  }
  const input = path.resolve(flags.input!);
  const out = path.resolve(flags.out!);
  if (!fs.existsSync(input) || !fs.statSync(input).isDirectory()) throw new Error(`Inputmappen ${input} findes ikke.`);
  if (!/\.json$/i.test(out)) throw new CliUsageError(`--out skal være en .profile.json-fil (fik '${flags.out}').`);
  const engine = await createNodeWasmEngine();
  try {
    const proposal = await proposeExtract(engine, createNodeExtractAccess(input), flags.name!);
    process.stdout.write(proposalText(proposal));
    if (!proposal.profile.tables.persons) {
      process.stderr.write('STOP: Ingen fil ligner en befolkningstabel (persons); profilen er ikke skrevet.\n');
      return 2;
    }
    const issues = validateProfile(proposal.profile);
    if (issues.length) throw new Error(issues.map((i) => i.message).join('\n'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(proposal.profile, null, 2)}\n`);
    process.stdout.write(`Skrevet: ${out}\n`);
    return 0;
  } finally {
    await engine.close();
  }
}
