/** One indicator: family query → aggregation → estimates → disclosure → inequality → key message. */
import type { Engine } from '../engine';
import type { Indicator, InequalitySummary } from '../contract/datapakke';
import type { Lang } from '../text/format';
import { keyMessage } from '../text/key-messages';
import { EDUCATION_GROUPS } from '../text/labels';
import { INDICATOR_TIMING, SOCIAL_DIMENSIONS, type IndicatorDefinition, type TrackDefinition } from '../tracks/types';
import type { FamilyContext, FamilyQuery } from '../indicators';
import { familyBuilder } from '../indicators';
import { aggregate } from './aggregate';
import { draftRows, type DraftRow } from './estimates';
import { disclose } from './disclose';
import { linkedDisclosureOptions, type LinkedPattern, type LinkSession } from './linked';
import { inequalityFor, mostlyUnknown } from './inequality';
import { emptyDenominatorReason, NOTES } from './texts';

export interface IndicatorSettings {
  lang: Lang;
  grouping: '3' | '4' | '6';
  confidence: number;
  minCount: number;
  minSurveyN: number;
  standardWeights: ReadonlyMap<string, number>;
  standardPopulationName: string;
  municipalities: number[];
  /** The extract's linked areas (linked.ts); without it the package is protected on its own. */
  link?: LinkSession;
}

const CASE_FAMILIES = new Set<IndicatorDefinition['family']>([
  'prevalence',
  'incidence',
  'acute_admissions',
  'readmissions',
  'service_uptake',
  'employment',
  'mortality',
  'cost',
  'children_with_parent',
]);

export interface BuiltIndicator {
  indicator: Indicator;
  suppressedCells: number;
  primaryCells: number;
  /** The linked pattern the rows were published under (for the region's figure beside them). */
  linked?: LinkedPattern;
}

export async function buildIndicator(
  engine: Engine,
  track: TrackDefinition,
  def: IndicatorDefinition,
  ctx: FamilyContext,
  s: IndicatorSettings,
): Promise<BuiltIndicator> {
  const q: FamilyQuery = familyBuilder(def.family, s.grouping, s.municipalities)(ctx);
  const cells = await aggregate(engine, q);
  const drafts = draftRows(q, cells, { confidence: s.confidence, standardWeights: s.standardWeights, grouping: s.grouping });
  const link = s.link;
  const linked = link
    ? await link.pattern(`${track.id}.${def.name}`, () =>
        familyBuilder(def.family, s.grouping, [...link.municipalities])({
          ...ctx,
          defaultDims: ctx.defaultDims.filter((d) => d !== 'municipality'),
          inScope: link.inUniverse,
        }),
      )
    : undefined;
  const options = linked && link ? linkedDisclosureOptions(linked, link.areaKey, drafts) : {};
  const { rows, suppressed, suppressedCount, primaryCount } = disclose(q, drafts, s.minCount, s.minSurveyN, options);
  if (rows.length === 0) {
    // Nothing to estimate (e.g. no psychiatric admissions in a small area): say so rather than show an empty chart.
    const indicator: Indicator = {
      id: `${track.id}.${def.name}`,
      title: def.title[s.lang],
      available: false,
      reason: emptyDenominatorReason(s.lang),
      measure: def.measure,
      unit: def.unit,
      definition: def.definition[s.lang],
      rows: [],
    };
    return { indicator, suppressedCells: 0, primaryCells: 0 };
  }
  // The case definition's own caveats (KOL's medication arm, anxiety's iceberg) travel with every indicator built on it.
  const rule = CASE_FAMILIES.has(def.family) ? track.caseRules.find((r) => r.id === (def.caseRule ?? track.mainRule)) : undefined;
  const notes: string[] = [...(def.notes ?? []), ...(q.notes ?? []), ...(rule?.notes ?? [])].map((t) => t[s.lang]);
  if (drafts.some((r) => r.standardised)) notes.push(NOTES.standardisation[s.lang].replace('{pop}', s.standardPopulationName));
  if (drafts.some((r) => r.standardisedNote === 'too_few_events' && !suppressed.has(r.id))) notes.push(NOTES.tooFewForStandardisation[s.lang]);
  if (drafts.some((r) => (r.zeroPopulationBands ?? 0) > 0)) notes.push(NOTES.zeroBands[s.lang]);
  if (suppressedCount > 0) notes.push(NOTES.suppressed[s.lang]);

  const favourable = def.favourable === true;
  const summaries: InequalitySummary[] = [];
  let usedStd: boolean | undefined;
  for (const dim of SOCIAL_DIMENSIONS) {
    const r = inequalityFor(q, dim, drafts, suppressed, { grouping: s.grouping, confidence: s.confidence, favourable, cells });
    if (!r) continue;
    summaries.push(r.summary);
    if (dim === 'education' && !r.summary.suppressed) usedStd = r.standardised;
  }
  if (usedStd !== undefined) notes.push((usedStd ? NOTES.standardisedInequality : NOTES.crudeInequality)[s.lang]);

  const indicator: Indicator = {
    id: `${track.id}.${def.name}`,
    title: def.title[s.lang],
    available: true,
    measure: def.measure,
    unit: def.unit,
    definition: def.definition[s.lang],
    ages: `${def.ages.min}-${def.ages.max}`,
    source: def.family === 'survey' ? 'survey' : 'registry',
    timing: def.timing ?? INDICATOR_TIMING[def.family],
    rows,
    keyMessage: message(def, q, drafts, suppressed, s),
    charts: [],
    notes,
  };
  const education = summaries.find((x) => x.dimension === 'education');
  if (education) indicator.inequality = education;
  const others = summaries.filter((x) => x.dimension !== 'education');
  if (others.length) indicator.inequalities = others;
  return { indicator, suppressedCells: suppressedCount, primaryCells: primaryCount, ...(linked ? { linked } : {}) };
}

function message(def: IndicatorDefinition, q: FamilyQuery, drafts: DraftRow[], suppressed: ReadonlySet<string>, s: IndicatorSettings): string {
  const published = (r: DraftRow | undefined) => (r && !suppressed.has(r.id) ? r : undefined);
  const main = drafts.filter((r) => r.series === 0);
  const base = { lang: s.lang, unit: def.unit, template: def.message, ages: def.ages, ...(def.population ? { population: def.population } : {}) };
  if (q.kind === 'share') {
    const low = published(main.find((r) => r.set.length === 1 && r.set[0] === 'education' && r.strata.education === 'grundskole'));
    return keyMessage({ ...base, standalone: true, ...(low ? { total: low.value } : {}) });
  }
  const total = published(main.find((r) => r.set.length === 0));
  if (q.kind === 'count') return keyMessage({ ...base, standalone: true, ...(total ? { total: total.value } : {}) });
  const groups = EDUCATION_GROUPS[s.grouping];
  const edu = (code: string) => published(main.find((r) => r.set.length === 1 && r.set[0] === 'education' && r.strata.education === code));
  const low = edu(groups[0]!);
  const high = edu(groups[groups.length - 1]!);
  // "0,0 % mod 0,0 %" says nothing about a gradient: fall back to the total.
  if (low && high && (low.value !== 0 || high.value !== 0) && !mostlyUnknown(main, 'education'))
    return keyMessage({ ...base, gradient: { low: { code: groups[0]!, value: low.value }, high: { code: groups[groups.length - 1]!, value: high.value } } });
  return keyMessage({ ...base, ...(total ? { total: total.value } : {}) });
}
