/**
 * buildDatapakke: canonical tables in the engine → one `datapakke.json` for a track and an area.
 * Stages (each its own file; nothing after "aggregation" ever sees a person):
 *  1. tables      which canonical tables exist (information_schema)
 *  2. population  dp_person: residents with age, area and social position (population.ts)
 *  3. cases       per case rule: qualifying events once, then case status at the reference date and
 *                 at the start of the period (shared/tracks/interpreter.ts), and merged admissions
 *  4. aggregation one GROUPING SETS query per indicator (aggregate.ts, shared/indicators)
 *  5. stats       estimates, intervals, standardised values (estimates.ts → shared/stats)
 *  6. disclosure  primary + secondary suppression per indicator (disclose.ts → shared/disclosure)
 *  7. inequality  per social dimension (inequality.ts), key message (shared/text/key-messages.ts)
 *  8. comparison  the region's total beside an area's (region-comparison.ts)
 *  9. assembly    sections, method, sources, settings
 * The clock is never read here: generatedAt is passed in.
 */
import type { AreaRef, Datapakke, Indicator, PackageSettings, Section, SourceFile, TrackId } from '../contract/datapakke';
import { DATAPAKKE_FORMAT } from '../contract/datapakke';
import { sqlString, type Engine } from '../engine';
import { STANDARD_POPULATION_SOURCES, standardPopulation, type StandardPopulationName } from '../stats';
import type { Lang } from '../text/format';
import { admissionsBaseSql, admissionsSql } from '../tracks/admissions';
import { trackDefinition } from '../tracks';
import { caseStatusSql, caseTableName, eventsSql } from '../tracks/interpreter';
import type { IndicatorDefinition, TrackDefinition } from '../tracks/types';
import { ONE_WAY_BREAKDOWNS } from '../tracks/types';
import type { FamilyContext } from '../indicators';
import { buildIndicator, type IndicatorSettings } from './indicator';
import { methodOf } from './method';
import { linkAreaNames, linkSession } from './linked';
import { personTableSql, type PopulationInput } from './population';
import { linkedTrendRows, prevalenceTrend } from './trend';
import { regionComparisonNote } from './region-comparison';
import { missingColumnReason, missingTablesReason, noCodesReason, SECTION_TITLES } from './texts';
import { extractFacts, unmetColumns, type ExtractFacts } from '../tracks/availability';

export interface BuildRequest {
  track: TrackId;
  area: AreaRef;
  referenceDate: string;
  /** Default: the 12 months before the reference date. */
  period?: { from: string; to: string };
  settings: PackageSettings;
  sources: SourceFile[];
  generatedAt: string;
  app: { name: string; version: string };
  lang?: Lang;
  /**
   * Called at every stage and before each indicator; a returned promise is awaited, which lets a UI
   * thread paint and handle input between indicators (the indicators' JavaScript runs where the
   * build runs).
   */
  onProgress?: (step: string) => void | Promise<void>;
}

export const CANONICAL_TABLES = ['persons', 'socioeconomic', 'hospital_contacts', 'prescriptions', 'municipal_services', 'survey', 'costs'] as const;

/** [ref − 1 year, ref − 1 day] as ISO dates (calendar arithmetic, no time zone). */
export function defaultPeriod(referenceDate: string): { from: string; to: string } {
  const [y, m, d] = referenceDate.split('-').map(Number) as [number, number, number];
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(Date.UTC(y - 1, m - 1, d)), to: iso(Date.UTC(y, m - 1, d) - 86_400_000) };
}

export async function existingTables(engine: Engine): Promise<Set<string>> {
  const rows = await engine.query('SELECT DISTINCT table_name FROM information_schema.tables');
  const names = new Set(rows.map((r) => String(r.table_name)));
  return new Set(CANONICAL_TABLES.filter((t) => names.has(t)));
}

/** The day after an ISO date (the exclusive end of a period). */
function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + 86_400_000).toISOString().slice(0, 10);
}

export async function buildDatapakke(engine: Engine, request: BuildRequest): Promise<Datapakke> {
  const lang: Lang = request.lang ?? request.settings.lang ?? 'da';
  const track = trackDefinition(request.track);
  const period = request.period ?? defaultPeriod(request.referenceDate);
  const progress = request.onProgress ?? (async () => {});
  const grouping = request.settings.educationGrouping;
  const ref = request.referenceDate;

  const periodEnd = dayAfter(period.to);
  // Rates and period counts run over [period.from, reference date): a period ending elsewhere would
  // silently mix two windows.
  if (periodEnd !== ref || period.from >= ref) {
    throw new Error(
      lang === 'da'
        ? `Perioden (${period.from} – ${period.to}) skal slutte dagen før skæringsdatoen ${ref}.`
        : `The period (${period.from} – ${period.to}) must end the day before the reference date ${ref}.`,
    );
  }

  await progress('tables');
  const tables = await existingTables(engine);
  if (!tables.has('persons')) throw new Error(missingTablesReason(['persons'], lang));

  await progress('population');
  const extractIdentity = await ensurePopulation(engine, {
    referenceDate: ref,
    periodFrom: period.from,
    municipalities: request.area.municipalities,
    grouping,
    tables,
  });

  await progress('cases');
  for (const rule of track.caseRules) {
    await engine.exec(eventsSql(rule, { referenceDate: ref, tables }));
    await engine.exec(caseStatusSql(rule, ref, caseTableName(rule, 'ref')));
    await engine.exec(caseStatusSql(rule, period.from, caseTableName(rule, 'start')));
  }
  const mainRule = track.caseRules.find((r) => r.id === track.mainRule)!;
  const facts = await extractFacts(engine, tables, [track]);
  if (tables.has('hospital_contacts')) await engine.exec(admissionsSql(mainRule));

  const stdName: StandardPopulationName = request.settings.standardPopulation === 'DK2024' ? 'DK2024' : 'ESP2013';
  const settings: IndicatorSettings = {
    lang,
    grouping,
    confidence: request.settings.confidence,
    minCount: request.settings.minCount,
    minSurveyN: request.settings.minSurveyN ?? 20,
    standardWeights: new Map(standardPopulation(stdName).map((b) => [b.band, b.weight])),
    standardPopulationName: STANDARD_POPULATION_SOURCES[stdName],
    municipalities: request.area.municipalities,
  };
  // One suppression pattern for every area of the extract (linked.ts, docs/decisions/005).
  settings.link = await linkSession(engine, {
    requested: request.area.municipalities,
    identity: JSON.stringify({
      extractIdentity,
      ref,
      periodFrom: period.from,
      grouping,
      minCount: settings.minCount,
      minSurveyN: settings.minSurveyN,
      confidence: settings.confidence,
    }),
    minCount: settings.minCount,
    minSurveyN: settings.minSurveyN,
    confidence: settings.confidence,
    grouping,
  });
  const defaultDims = ONE_WAY_BREAKDOWNS.filter((d) => d !== 'municipality' || request.area.municipalities.length > 1);

  const sections = new Map<IndicatorDefinition['section'], Section>();
  let suppressedCells = 0;
  let primaryCells = 0;
  for (const def of track.indicators) {
    await progress(`indicator:${track.id}.${def.name}`);
    let indicator: Indicator;
    const reason = unavailableReason(track, def, facts, lang);
    if (reason) {
      indicator = {
        id: `${track.id}.${def.name}`,
        title: def.title[lang],
        available: false,
        reason,
        measure: def.measure,
        unit: def.unit,
        definition: def.definition[lang],
        rows: [],
      };
    } else {
      const ctx: FamilyContext = {
        track,
        def,
        referenceDate: ref,
        periodFrom: period.from,
        tables,
        defaultDims,
        caseTable: (ruleId, at) =>
          caseTableName(
            track.caseRules.find((r) => r.id === ruleId)!,
            at,
          ),
        inScope: (alias) => `${alias}.in_area`,
      };
      const built = await buildIndicator(engine, track, def, ctx, settings);
      indicator = built.indicator;
      if (request.area.type !== 'region') {
        const note = await regionComparisonNote(engine, def, ctx, settings, built.linked);
        if (note) indicator.notes = [...(indicator.notes ?? []), note];
      }
      suppressedCells += built.suppressedCells;
      primaryCells += built.primaryCells;
      // The disease's own prevalence gets its trend by year (not the variants: type-specific, treated).
      if (def.family === 'prevalence' && !def.caseRule && !def.params?.diabetesType && indicator.available !== false) {
        const link = settings.link!;
        const trend = await prevalenceTrend(engine, {
          rule: mainRule,
          def,
          referenceDate: ref,
          periodFrom: period.from,
          municipalities: request.area.municipalities,
          tables,
          minCount: settings.minCount,
          confidence: settings.confidence,
          lang,
          universe: link.municipalities,
        });
        if (trend) {
          const pattern = built.linked;
          const guarded = linkedTrendRows(trend, link.areas, link.areaKey, (a) => pattern?.total(a) ?? null, Number(ref.slice(0, 4)), settings.minCount);
          indicator.rows = [...(indicator.rows ?? []), ...guarded.rows];
          indicator.notes = [...(indicator.notes ?? []), trend.note];
          if (trend.method && trend.rows.length) indicator.trend = trend.method;
          suppressedCells += trend.suppressedCount + guarded.suppressed;
          primaryCells += trend.suppressedCount;
        }
      }
    }
    const section = sections.get(def.section) ?? { id: def.section, title: SECTION_TITLES[def.section][lang], indicators: [] };
    section.indicators.push(indicator);
    sections.set(def.section, section);
  }

  const disclosure = {
    rule: disclosureRuleText(request.settings.minCount, settings.minSurveyN, lang),
    suppressedCells,
    primaryCells,
    secondaryCells: suppressedCells - primaryCells,
    linkedAreas: linkAreaNames(settings.link.areas),
    method: 'linked-gauss' as const,
  };
  return {
    format: DATAPAKKE_FORMAT,
    track: track.id,
    area: request.area,
    referenceDate: ref,
    period,
    generatedAt: request.generatedAt,
    app: request.app,
    settings: request.settings,
    sources: request.sources,
    sections: [...sections.values()],
    method: methodOf(track, {
      lang,
      period,
      referenceDate: ref,
      standardPopulation: settings.standardPopulationName,
      confidence: settings.confidence,
      engine: engine.name,
      disclosure: disclosure.rule,
      area: request.area,
    }),
    disclosure,
  };
}

const POPULATION_KEY_TABLE = 'dp_population_key';

/**
 * dp_socio, dp_person and the merged admissions (dp_adm_base) depend only on the population inputs
 * and on the persons, socioeconomic and hospital_contacts tables, so the second and third track of a run reuse them instead of re-reading every person and
 * socioeconomic row (issue 7: materialise shared tables once). The tables are identified by DuckDB's
 * object id and row count: every import drops and recreates them, so a new load never matches an old
 * key. Canonical tables are never updated in place by the app; code that does so must drop the key table.
 */
async function ensurePopulation(engine: Engine, input: PopulationInput): Promise<string> {
  const identity = await engine.query(
    `SELECT table_name, table_oid, estimated_size FROM duckdb_tables() WHERE NOT temporary AND table_name IN ('persons', 'socioeconomic', 'hospital_contacts') ORDER BY table_name`,
  );
  const extract = JSON.stringify({ tables: [...input.tables].sort(), identity });
  const key = JSON.stringify({ ...input, tables: [...input.tables].sort(), identity });
  await engine.exec(`CREATE TEMP TABLE IF NOT EXISTS ${POPULATION_KEY_TABLE} (k VARCHAR)`);
  const [stored] = await engine.query(
    `SELECT k, (SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'dp_person') AS present FROM ${POPULATION_KEY_TABLE}`,
  );
  if (stored && stored.k === key && Number(stored.present) > 0) return extract;
  // Forget the old key first: a failure half-way must not leave a key that vouches for stale tables.
  await engine.exec(`DELETE FROM ${POPULATION_KEY_TABLE}`);
  for (const sql of personTableSql(input)) await engine.exec(sql);
  if (input.tables.has('hospital_contacts')) await engine.exec(admissionsBaseSql());
  await engine.exec(`INSERT INTO ${POPULATION_KEY_TABLE} VALUES (${sqlString(key)})`);
  return extract;
}

/**
 * Why an indicator cannot be computed from this extract, or null (TRACKS.md: never silently, never a
 * made-up 0 %): a missing table, a needed column with no value anywhere (availability.ts), or no event
 * in the whole extract with the codes of its case rule.
 */
function unavailableReason(track: TrackDefinition, def: IndicatorDefinition, facts: ExtractFacts, lang: Lang): string | null {
  const missing = def.requires.filter((t) => !facts.tables.has(t));
  if (missing.length) return missingTablesReason(missing, lang);
  if (def.family === 'population_pyramid' || def.family === 'population_social' || def.family === 'survey') {
    const [column] = unmetColumns(def.needs?.columns ?? [], facts);
    return column ? missingColumnReason(column, lang) : null;
  }
  const rule = track.caseRules.find((r) => r.id === (def.caseRule ?? track.mainRule))!;
  const eventTables = [...(rule.diagnoses ? ['hospital_contacts'] : []), ...(rule.prescriptions ? ['prescriptions'] : [])];
  if (!eventTables.some((t) => facts.tables.has(t))) return missingTablesReason(eventTables, lang, true);
  if (def.needs?.codes && !facts.covered.has(rule.id)) return noCodesReason(track, [rule], lang);
  const [column] = unmetColumns(def.needs?.columns ?? [], facts);
  return column ? missingColumnReason(column, lang) : null;
}

/** The rule in plain words (method appendix, export log, provenance line). */
export function disclosureRuleText(minCount: number, minSurveyN: number, lang: Lang): string {
  return lang === 'da'
    ? `Celler med 1-${minCount - 1} personer (tæller eller nævner) udelades, spørgeskemaceller med under ${minSurveyN} svarpersoner ligeså. ` +
        'Flere celler udelades, så ingen af dem kan regnes ud – heller ikke ved at lægge pakker fra samme udtræk side om side: ' +
        'alle kommuner, klynger, sundhedsråd og regionen beskyttes under ét, og det samme gælder enkeltår mod 5-årsgrupper, diabetestyper mod alle med diabetes og årene i udviklingen.'
    : `Cells with 1-${minCount - 1} persons (numerator or denominator) are suppressed, survey cells with fewer than ${minSurveyN} respondents too. ` +
        'Further cells are suppressed so that none of them can be worked out, also not by setting packages from the same extract side by side: ' +
        'every municipality, cluster, health council and the region are protected together, as are single years of age against 5-year bands, diabetes types against all with diabetes, and the years of the trend.';
}
