/** Public API of the statistical core: pure functions, never NaN or Infinity (null / ok:false instead). */
export type { Confidence, Estimate, StatOptions } from './types';
export { CONFIDENCE_LEVELS, DEFAULT_CONFIDENCE } from './types';
export { normalQuantile, zFor, chiSquareQuantile, tQuantile } from './distributions';
export { proportion, wilsonLimits } from './proportion';
export { rate, byarsLimits, exactPoissonLimits, poissonLimits } from './rate';
export { meanEstimate, type MeanSums } from './mean';
export { weightedProportion, type WeightedSums } from './survey';
export { directStandardised, MIN_EVENTS_FOR_DSR, type BandInput, type StandardisedResult } from './standardise';
export {
  AGE_BANDS,
  standardPopulation,
  ownPopulationStandard,
  ageBandOf,
  STANDARD_POPULATION_SOURCES,
  type StandardPopulationName,
} from './standard-populations';
export { indirectlyStandardised, type IndirectBand } from './indirect';
export { pheSii, riditRegression, type SiiGroup, type SiiLink, type SiiResult } from './sii';
export { orderedInequality, potentialGain, type OrderedGroup, type OrderedInequality, type OrderedOptions } from './inequality-ordered';
export { nonOrderedInequality, type NonOrderedGroup, type NonOrderedInequality } from './inequality-nonordered';
export { counterfactualGain, populationAttributable, type CounterfactualGain, type GainCell } from './attributable';
