/** Shapes of disclosure control (METHODS.md, "Disclosure control"). */

export interface DisclosureRule {
  /** Counts 1 … minCount − 1 are suppressed (0 is shown). Default 5. */
  minCount: number;
  /** Survey cells with fewer unweighted respondents are suppressed. Default 20. */
  minSurveyN: number;
}

export const DEFAULT_RULE: DisclosureRule = { minCount: 5, minSurveyN: 20 };

export interface DisclosureCell {
  id: string;
  /** Every person count shown with the cell: numerator, denominator. */
  counts: number[];
  /** Survey cell: counts[last] is the unweighted n checked against minSurveyN. */
  survey?: boolean;
  /**
   * Linked suppression only: lower is offered for publication first (totals and the education
   * gradient before single years of age; larger areas before smaller). Default 0.
   */
  priority?: number;
}

/**
 * A published additive relation: the total cell equals the sum of the parts (a breakdown with its
 * total row, or each row/column of a two-way table with its margins).
 */
export interface MarginRelation {
  total: string;
  parts: string[];
}

export type SuppressionReason = 'primary' | 'secondary';

export interface DisclosureResult {
  suppressed: Map<string, SuppressionReason>;
  primaryCount: number;
  secondaryCount: number;
}
