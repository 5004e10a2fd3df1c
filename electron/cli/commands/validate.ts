/**
 * `datapakke validate --input DIR --profile FILE --out DIR [--reference-date YYYY-MM-DD] [--rejected FILE]`
 * Writes OUT/validation.json and OUT/validation.txt; exit 0, or 2 when a fatal problem stops the run.
 * The source files are only read. Rejected rows go to a local CSV only when asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../../../shared/engine';
import { CANONICAL_TABLE_NAMES } from '../../../shared/contract/canonical';
import { reportSummary, reportText } from '../../../shared/import/report-text';
import { maskCpr, maskReport } from '../../../shared/privacy/mask';
import type { LoadResult } from '../../../shared/import/load-extract';
import { createNodeWasmEngine } from '../../node/wasm-engine';
import { loadExtractFromDir } from '../../node/load-extract-node';
import { inputDirOrStop, profileOrStop } from '../input';
import { CliUsageError, flagHelp, parseFlags, type FlagSpec } from '../args';
import { mappingGaps } from '../../../shared/import/propose-gaps';
import { confirmHints } from '../../../shared/import/propose-extract';
import { createNodeExtractAccess } from '../../node/extract-access';

const FLAGS = {
  input: { type: 'string', required: true, description: 'mappen med udtrækkets filer' },
  profile: { type: 'string', required: true, description: 'profilfilen (*.profile.json)' },
  out: { type: 'string', required: true, description: 'mappen hvor validation.json og validation.txt skrives' },
  'reference-date': { type: 'string', default: '2024-01-01', description: 'referencedato, åååå-mm-dd' },
  rejected: { type: 'string', description: 'skriv de afviste rækker til denne lokale CSV-fil' },
} satisfies FlagSpec;

export async function run(argv: string[]): Promise<number> {
  const flags = parseFlags('validate', argv, FLAGS);
  if (flags === 'help') {
    process.stdout.write(`${flagHelp('validate', FLAGS)}\n`);
    return 0;
  }
  const referenceDate = flags['reference-date']!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || Number.isNaN(Date.parse(referenceDate)))
    throw new CliUsageError(`Referencedatoen '${referenceDate}' skal skrives åååå-mm-dd, fx 2024-01-01.`);
  const input = path.resolve(flags.input!);
  const outDir = path.resolve(flags.out!);
  if (flags.rejected && path.resolve(flags.rejected).startsWith(input + path.sep))
    throw new CliUsageError('Filen med afviste rækker må ikke ligge i inputmappen: kildefilerne ændres aldrig.');

  // Cheap checks first: a wrong path or profile should not wait for the engine to start.
  inputDirOrStop(input);
  const profile = profileOrStop(flags.profile!);
  const engine = await createNodeWasmEngine();
  try {
    const started = Date.now();
    const result = await loadExtractFromDir(engine, input, flags.profile!, { referenceDate });
    writeValidationReport(outDir, result.report, { input, profile: flags.profile!, referenceDate });
    const { problems } = result.report;
    if (flags.rejected) await writeRejected(engine, flags.rejected);
    process.stdout.write(`${reportSummary(result.report)}\n`);
    // What the analyst must still confirm (unmapped codes over 5 %, no education): exact codes and proposals.
    for (const line of await confirmHints(engine, createNodeExtractAccess(input), profile, mappingGaps(result.report, profile)))
      process.stdout.write(`${maskCpr(line)}\n`);
    for (const p of problems.filter((x) => x.severity === 'fatal')) process.stderr.write(`STOP: ${maskCpr(p.message)}\n`);
    process.stdout.write(
      `Skrevet: ${path.join(outDir, 'validation.json')} og validation.txt (${((Date.now() - started) / 1000).toFixed(1).replace('.', ',')} s)\n`,
    );
    return result.fatal ? 2 : 0;
  } finally {
    await engine.close();
  }
}

/** OUT/validation.json (the contract's shape) and OUT/validation.txt (the same in Danish prose). */
export function writeValidationReport(outDir: string, report: LoadResult['report'], meta: { input: string; profile: string; referenceDate: string }): void {
  fs.mkdirSync(outDir, { recursive: true });
  // No CPR number in a written report, whichever message it came in (shared/privacy/mask.ts).
  const { tables, problems } = maskReport(report);
  fs.writeFileSync(path.join(outDir, 'validation.json'), `${JSON.stringify({ tables, problems }, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'validation.txt'), reportText(report, meta));
}

const csvField = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** All rejected_<table> rows, page by page, into one semicolon-separated UTF-8 file (with BOM for Excel). */
async function writeRejected(engine: Engine, file: string): Promise<void> {
  const fd = fs.openSync(path.resolve(file), 'w');
  try {
    fs.writeSync(fd, '\uFEFFtabel;fil;række;årsag;værdier\n');
    const existing = new Set(
      (await engine.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'rejected_%'`)).map((r) => String(r.table_name)),
    );
    for (const table of CANONICAL_TABLE_NAMES) {
      if (!existing.has(`rejected_${table}`)) continue;
      const page = 50_000;
      for (let offset = 0; ; offset += page) {
        const rows = await engine.query(`SELECT * FROM "rejected_${table}" ORDER BY source_file, row_number LIMIT ${page} OFFSET ${offset}`);
        if (rows.length === 0) break;
        fs.writeSync(
          fd,
          rows
            .map((r) => [table, r.source_file, r.row_number, r.reason, r.raw].map((v) => csvField(maskCpr(v == null ? '' : String(v)))).join(';'))
            .join('\n') + '\n',
        );
        if (rows.length < page) break;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
