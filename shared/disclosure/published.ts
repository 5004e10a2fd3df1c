import type { DisclosureResult, SuppressionReason } from './types';

/**
 * A value as it may be shown: a suppressed cell carries no number at all, so a derived value (rate,
 * interval, difference, standardised value, potential gain) cannot leak from it by accident.
 */
export type Published<T> = { suppressed: false; value: T } | { suppressed: true; reason: SuppressionReason };

/** Wraps a value computed for cell `id`; the value is dropped when the cell is suppressed. */
export function publish<T>(result: DisclosureResult, id: string, value: T): Published<T> {
  const reason = result.suppressed.get(id);
  return reason === undefined ? { suppressed: false, value } : { suppressed: true, reason };
}

/**
 * A value derived from several cells (a difference, an inequality measure) is suppressed when any of
 * its input cells is; the reason is 'primary' if any input was primarily suppressed.
 */
export function publishDerived<T>(result: DisclosureResult, inputIds: readonly string[], value: T): Published<T> {
  const reasons = inputIds.map((id) => result.suppressed.get(id)).filter((r): r is SuppressionReason => r !== undefined);
  if (reasons.length === 0) return { suppressed: false, value };
  return { suppressed: true, reason: reasons.includes('primary') ? 'primary' : 'secondary' };
}
