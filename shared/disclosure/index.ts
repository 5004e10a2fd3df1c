/** Public API of disclosure control: primary + secondary suppression. */
export { DEFAULT_RULE, type DisclosureCell, type DisclosureResult, type DisclosureRule, type MarginRelation, type SuppressionReason } from './types';
export { applyDisclosure, type DisclosureOptions } from './apply';
export { needsPrimarySuppression } from './primary';
export { derivableCells, type Equation } from './derivable';
