/**
 * Deterministic synthetic Region Midtjylland sample.
 *   npx tsx data-samples/generate.ts [--persons 50000] [--out data-samples/region-midt] [--seed 2024] [--scale region]
 * `--scale region` writes 1,350,000 persons into data-samples/region-scale/ (gitignored) for benchmarks.
 * `--scale full` adds the volume of an unfiltered ten-year extract to the region sample (generated
 * first if missing): 60 M prescriptions and 15 M hospital contacts in data-samples/full-scale/
 * (`--from DIR --out DIR --prescriptions N --contacts N` does the same for another generated sample).
 */
import { resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, statSync } from 'node:fs';
import { generateSample } from './lib/sample';
import { generateFullVolume } from './lib/full-volume';

const here = dirname(fileURLToPath(import.meta.url));

function arg(args: string[], name: string): string | undefined {
  const k = args.indexOf(`--${name}`);
  return k >= 0 ? args[k + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  if (arg(args, 'scale') === 'full') {
    // --from another generated sample (e.g. 3,000,000 persons for the national outlook) with its own volume targets.
    const regionDir = resolve(arg(args, 'from') ?? resolve(here, 'region-scale'));
    if (!existsSync(resolve(regionDir, 'planted-truths.json'))) {
      if (arg(args, 'from')) throw new Error(`--from ${regionDir} is not a complete generated sample`);
      await main(['--scale', 'region']);
    }
    const summary = await generateFullVolume({
      regionDir,
      out: resolve(arg(args, 'out') ?? resolve(here, 'full-scale')),
      prescriptions: Number(arg(args, 'prescriptions') ?? 60_000_000),
      contacts: Number(arg(args, 'contacts') ?? 15_000_000),
      seed: Number(arg(args, 'seed') ?? 2024),
    });
    console.log(`full volume: ${JSON.stringify(summary)}`);
    return;
  }
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
