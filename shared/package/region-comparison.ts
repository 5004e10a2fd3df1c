/**
 * The region as a yardstick: the same indicator over every resident of the region (total only, crude
 * and standardised), as one note on the area's indicator. Disclosure control applies as to any cell:
 * the region's total is a cell of the extract's linked pattern (linked.ts).
 */
import type { Engine } from '../engine';
import { resolveArea } from '../areas/areas';
import { needsPrimarySuppression } from '../disclosure';
import { familyBuilder, type FamilyContext, type FamilyQuery } from '../indicators';
import { formatValue, sentence } from '../text/key-messages';
import type { IndicatorDefinition } from '../tracks/types';
import { aggregate } from './aggregate';
import { draftRows, rowId } from './estimates';
import type { IndicatorSettings } from './indicator';
import { areaKey, type LinkedPattern } from './linked';

const NOT_COMPARED: IndicatorDefinition['family'][] = ['population_pyramid', 'population_social', 'survey'];

/** `linked`: the extract's pattern; the region's total is one of its cells and is shown only where it is published. */
export async function regionComparisonNote(
  engine: Engine,
  def: IndicatorDefinition,
  ctx: FamilyContext,
  s: IndicatorSettings,
  linked?: LinkedPattern,
): Promise<string | null> {
  if (NOT_COMPARED.includes(def.family)) return null;
  const region = resolveArea('region');
  if (linked && linked.status(areaKey(region.municipalities), rowId(0, [], {})) !== undefined) return null;
  const regionCtx: FamilyContext = { ...ctx, defaultDims: [], inScope: (a) => `${a}.municipality IN (${region.municipalities.join(', ')})` };
  const full = familyBuilder(def.family, s.grouping, region.municipalities)(regionCtx);
  const q: FamilyQuery = { ...full, dims: [], twoWay: [], ageCurve: false };
  const drafts = draftRows(q, await aggregate(engine, q), { confidence: s.confidence, standardWeights: s.standardWeights, grouping: s.grouping });
  const total = drafts.find((r) => r.series === 0 && r.set.length === 0);
  if (!total || needsPrimarySuppression({ id: total.id, counts: total.counts, survey: total.survey }, { minCount: s.minCount, minSurveyN: s.minSurveyN }))
    return null;
  const value = formatValue(total.value, def.unit, s.lang);
  const std = total.standardised ? formatValue(total.standardised.value, def.unit, s.lang) : null;
  return sentence(
    s.lang === 'da'
      ? `${region.name} til sammenligning: ${value}${std ? ` (aldersstandardiseret ${std})` : ''}`
      : `${region.name} for comparison: ${value}${std ? ` (age-standardised ${std})` : ''}`,
  );
}
