/** Costs per person, year (2019-2023) and sector, derived from the person's own events. */
import { Rng } from './rng';
import { yearOf } from './dates';
import type { Health } from './health';
import type { ContactRow, PrescriptionRow, ServiceRow } from './events';

export interface CostRow {
  year: number;
  sector: 'hospital' | 'almen_praksis' | 'medicin' | 'kommune';
  amount: number;
}

/** Three years keep the committed sample small; cost indicators use the latest year. */
export const COST_YEARS = [2021, 2022, 2023] as const;

/** Approximate DRG/DAGS-like unit prices, DKK. */
function contactCost(r: ContactRow): number {
  if (r.type !== 'A') return 0;
  const days = Math.max(1, Math.round(((r.endMinutes ?? r.startMinute) - r.startMinute) / 1440));
  if (r.patient === 'indlagt') return (r.specialty === 'psykiatri' ? 6500 : 5200) * days;
  return r.admission === 'akut' ? 1900 : 2600;
}

function drugPrice(atc: string): number {
  if (atc.startsWith('A10A')) return 620;
  if (atc.startsWith('A10BJ')) return 900;
  if (atc.startsWith('R03')) return 360;
  if (atc.startsWith('A10')) return 90;
  if (atc.startsWith('N06')) return 110;
  return 140;
}

export function generateCosts(
  rng: Rng,
  h: Health,
  birth: number,
  contacts: readonly ContactRow[],
  rx: readonly PrescriptionRow[],
  services: readonly ServiceRow[],
): CostRow[] {
  const out: CostRow[] = [];
  const chronic = h.kol !== null || h.diabetes !== null;
  for (const year of COST_YEARS) {
    if (year < yearOf(birth) || year > yearOf(h.lastDay)) continue;
    const hospital = contacts.filter((c) => yearOf(c.startDay) === year).reduce((s, c) => s + contactCost(c), 0);
    const medicine = rx.filter((r) => yearOf(r.day) === year).reduce((s, r) => s + r.packages * drugPrice(r.atc), 0);
    const municipal = services.filter((s) => s.startDay !== null && yearOf(s.startDay) === year).length * (4000 + rng.int(9000));
    // General practice costs only for people with hospital activity or a chronic condition: the
    // committed sample must stay small, and those are the people the cost indicators are about.
    const gp = hospital > 0 || chronic ? 450 + rng.int(1500) + (chronic ? 1800 : 0) : 0;
    const round = (x: number) => Math.round(x * 100 * (0.9 + 0.2 * rng.next())) / 100;
    if (hospital > 0) out.push({ year, sector: 'hospital', amount: round(hospital) });
    if (gp > 0) out.push({ year, sector: 'almen_praksis', amount: round(gp) });
    if (medicine > 0) out.push({ year, sector: 'medicin', amount: round(medicine) });
    if (municipal > 0) out.push({ year, sector: 'kommune', amount: round(municipal) });
  }
  return out;
}
