/**
 * Deterministic synthetic Region Midtjylland sample.
 *   npx tsx data-samples/generate.ts [--persons 50000] [--out data-samples/region-midt] [--seed 2024] [--scale region]
 * `--scale region` writes 1,350,000 persons into data-samples/region-scale/ (gitignored) for benchmarks.
 */
import { resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { generateSample } from './lib/sample';

const here = dirname(fileURLToPath(import.meta.url));

function arg(args: string[], name: string): string | undefined {
  const k = args.indexOf(`--${name}`);
  return k >= 0 ? args[k + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const region = arg(args, 'scale') === 'region';
  const persons = Number(arg(args, 'persons') ?? (region ? 1_350_000 : 50_000));
  const seed = Number(arg(args, 'seed') ?? 2024);
  const out = resolve(arg(args, 'out') ?? resolve(here, region ? 'region-scale' : 'region-midt'));
  if (!Number.isInteger(persons) || persons < 100 || !Number.isInteger(seed)) throw new Error('--persons must be an integer >= 100 and --seed an integer');
  const started = Date.now();
  const summary = await generateSample({ persons, seed, out, name: region ? 'region-scale' : basename(out) });
  let bytes = 0;
  for (const f of summary.files) bytes += statSync(resolve(out, f)).size;
  console.log(
    `${persons} persons, seed ${seed} → ${out} (${summary.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(`rule mismatches: ${JSON.stringify(summary.ruleMismatches)}`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
