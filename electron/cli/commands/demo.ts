/**
 * `datapakke demo [--out DIR] [--formats …] [--engine wasm|native]`: the app's main job on the bundled
 * synthetic extract — validate, build KOL, diabetes and angst for Aarhus-klyngen at 2024-01-01 and
 * export every format into out/. Nothing but the flags below differs from `build`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagHelp, parseFlags, type FlagSpec } from '../args';
import { run as build } from './build';

const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));

const FLAGS = {
  out: { type: 'string', default: 'out', description: 'mappen hvor validering og de tre pakker skrives' },
  area: {
    type: 'string',
    default: 'cluster:aarhus',
    description: 'område(r) som i build, fx sundhedsraad:kronjylland, cluster:aarhus+municipalities, municipality:751 eller region',
  },
  areas: { type: 'string', description: 'områdefil med egne områder (custom:<kode>)' },
  formats: { type: 'string', default: 'all', description: 'formater, kommasepareret (standard: alle)' },
  engine: { type: 'string', default: 'wasm', description: 'wasm eller native' },
} satisfies FlagSpec;

export async function run(argv: string[]): Promise<number> {
  const flags = parseFlags('demo', argv, FLAGS);
  if (flags === 'help') {
    process.stdout.write(`${flagHelp('demo', FLAGS)}\n`);
    return 0;
  }
  process.stdout.write(`Demo på de syntetiske data i ${path.relative(process.cwd(), SAMPLE) || SAMPLE} (ingen rigtige personer).\n`);
  return build([
    '--input',
    SAMPLE,
    '--profile',
    path.join(SAMPLE, 'region-midt.profile.json'),
    '--track',
    'all',
    '--area',
    flags.area!,
    '--reference-date',
    '2024-01-01',
    '--out',
    flags.out!,
    '--formats',
    flags.formats!,
    '--engine',
    flags.engine!,
    ...(flags.areas ? ['--areas', flags.areas] : []),
  ]);
}
