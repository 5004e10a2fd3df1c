/**
 * Generates one sample folder: raw files, the mapping profile and planted-truths.json. Persons are
 * processed in index order, each from its own random streams, and rows are streamed to the writers.
 */
import { mkdirSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join, basename } from 'node:path';
import { NO_DATE, REFERENCE_DAY, HISTORY_START, danishDate, ageAt } from './dates';
import { generatePopulation, personId, isInRegion, ownEducationAt } from './population';
import { childBirthsByMother, personEvents } from './person-events';
import { RawFiles } from './raw-files';
import { SurveyBuilder, SURVEY_DAY } from './survey';
import { TruthTally, registryTruths, surveyTruths } from './truths';
import { DATA_PROBLEMS, writeDataProblems } from './problems';
import { buildProfile } from './profile';
import { plantedParameters } from './planted-parameters';

export interface SampleOptions {
  persons: number;
  seed: number;
  out: string;
  /** Name of the profile and truths files, e.g. `region-midt`. */
  name: string;
  maxParquetRows?: number;
}

export interface SampleSummary {
  files: string[];
  truths: Record<string, unknown>;
  /** Persons whose planted case status differs from the TRACKS rules on their rows (should be 0). */
  ruleMismatches: { kol: number; diabetes: number; angst: number };
}

const OWN_FILES =
  /^(befolkning_|lpr_kontakter_|lmdb_|uddannelse_beskaeftigelse|kommunale_tilbud|hvordan_har_du_det_|omkostninger|.*\.profile\.json$|planted-truths\.json$)/;

export async function generateSample(opts: SampleOptions): Promise<SampleSummary> {
  mkdirSync(opts.out, { recursive: true });
  for (const f of readdirSync(opts.out)) if (OWN_FILES.test(f)) unlinkSync(join(opts.out, f));
  const pop = generatePopulation(opts.persons, opts.seed);
  const births = childBirthsByMother(pop, HISTORY_START);
  const files = new RawFiles(opts.out, opts.seed, opts.maxParquetRows ?? 750_000);
  const survey = new SurveyBuilder(opts.seed, Math.min(0.2, 40_000 / opts.persons));
  const tally = new TruthTally();
  const mismatches = { kol: 0, diabetes: 0, angst: 0 };
  let duplicateOf = '';

  for (let i = 0; i < pop.n; i++) {
    const id = personId(opts.seed, i);
    const ev = personEvents(pop, i, births.get(i) ?? []);
    const idOf = (k: number) => (k >= 0 ? personId(opts.seed, k) : '');
    files.person({
      id,
      sex: String(pop.sex[i]),
      birth: danishDate(pop.birth[i]!),
      municipality: pop.municipality[i]!,
      death: pop.death[i]!,
      origin: pop.origin[i]!,
      motherId: idOf(pop.mother[i]!),
      fatherId: idOf(pop.father[i]!),
    });
    files.socioRows(id, ev.socio);
    files.contacts(id, ev.contacts);
    files.prescriptions(id, ev.prescriptions);
    files.serviceRows(id, ev.services);
    files.costRows(id, ev.costs);

    const death = pop.death[i]!;
    const alive = death === NO_DATE || death >= REFERENCE_DAY;
    const resident = isInRegion(pop.municipality[i]!);
    if (!resident && alive && !duplicateOf) duplicateOf = id;
    if (!alive || !resident) continue;
    const age = ageAt(pop.birth[i]!, REFERENCE_DAY);
    tally.add(pop.municipality[i]!, age, ev.health.female, ownEducationAt(pop, i, age), ev.status);
    const h = ev.health;
    if ((h.kol !== null && h.kol.onset < REFERENCE_DAY) !== ev.status.kol) mismatches.kol++;
    if ((h.diabetes !== null && h.diabetes.onset < REFERENCE_DAY ? h.diabetes.type : 0) !== ev.status.diabetes) mismatches.diabetes++;
    if ((h.angst !== null && h.angst.onset < REFERENCE_DAY) !== ev.status.angst) mismatches.angst++;
    if (death === NO_DATE || death >= SURVEY_DAY) {
      survey.consider(i, pop.birth[i]!, h.female, pop.municipality[i]!, ownEducationAt(pop, i, ageAt(pop.birth[i]!, SURVEY_DAY)));
    }
  }
  writeDataProblems(files, duplicateOf);
  const respondents = survey.finish();
  const rowCounts = files.rowCounts(respondents.length);
  await files.close(respondents);

  const truths = {
    format: 'datapakker-planted-truths/1',
    generator: { seed: opts.seed, persons: opts.persons, referenceDate: '2024-01-01', history: ['2014-01-01', '2024-12-31'] },
    note: 'Counts are exact for this sample, computed with the TRACKS.md case rules on the generated rows. Populations: see each block.',
    registry: registryTruths(tally),
    survey: {
      population: 'respondents of hvordan_har_du_det_2023.csv (region residents 16+), weighted with VAEGT; education = own (survey column)',
      ...surveyTruths(respondents),
    },
    planted: plantedParameters(),
    rowCounts,
    dataProblems: DATA_PROBLEMS,
    ruleMismatches: mismatches,
  };
  writeFileSync(join(opts.out, `${opts.name}.profile.json`), JSON.stringify(buildProfile(), null, 2) + '\n');
  writeFileSync(join(opts.out, 'planted-truths.json'), JSON.stringify(truths, null, 2) + '\n');
  const all = readdirSync(opts.out)
    .filter((f) => OWN_FILES.test(f))
    .sort();
  return { files: all.map((f) => basename(f)), truths, ruleMismatches: mismatches };
}
