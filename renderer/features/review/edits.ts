/**
 * The analyst's edits to a built package: titles, key messages, notes, hidden indicators and order.
 * Kept apart from the package and applied by one pure function, so a rebuild can keep them and the
 * exported datapakke.json carries them.
 */
import type { Datapakke, Indicator } from '../../../shared/contract/datapakke';

export interface IndicatorEdit {
  title?: string;
  keyMessage?: string;
  notes?: string[];
  hidden?: boolean;
}

export interface PackageEdits {
  indicators: Record<string, IndicatorEdit>;
  /** section id → indicator ids in the analyst's order. */
  order: Record<string, string[]>;
}

export const NO_EDITS: PackageEdits = { indicators: {}, order: {} };

function ordered(indicators: Indicator[], order: string[] | undefined): Indicator[] {
  if (!order) return indicators;
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...indicators].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Indicators of a section in display order, with edits applied; hidden ones are kept (for review). */
export function reviewIndicators(pkg: Datapakke, sectionId: string, edits: PackageEdits): (Indicator & { hidden: boolean })[] {
  const section = pkg.sections.find((s) => s.id === sectionId);
  if (!section) return [];
  return ordered(section.indicators, edits.order[sectionId]).map((ind) => {
    const e = edits.indicators[ind.id] ?? {};
    return { ...ind, title: e.title ?? ind.title, keyMessage: e.keyMessage ?? ind.keyMessage, notes: e.notes ?? ind.notes, hidden: e.hidden ?? false };
  });
}

/** The package as exported: edits applied, hidden indicators left out. */
export function applyEdits(pkg: Datapakke, edits: PackageEdits): Datapakke {
  return {
    ...pkg,
    sections: pkg.sections.map((s) => ({
      ...s,
      indicators: reviewIndicators(pkg, s.id, edits)
        .filter((i) => !i.hidden)
        .map(({ hidden: _hidden, ...rest }) => rest),
    })),
  };
}

/** Moves an indicator one place up (-1) or down (+1) within its section. */
export function moveIndicator(pkg: Datapakke, edits: PackageEdits, sectionId: string, id: string, delta: -1 | 1): PackageEdits {
  const ids = reviewIndicators(pkg, sectionId, edits).map((i) => i.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return edits;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return { ...edits, order: { ...edits.order, [sectionId]: ids } };
}

export function editIndicator(edits: PackageEdits, id: string, change: IndicatorEdit): PackageEdits {
  return { ...edits, indicators: { ...edits.indicators, [id]: { ...edits.indicators[id], ...change } } };
}
