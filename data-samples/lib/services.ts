/**
 * Municipal services: rehabilitation and courses for the planted conditions (uptake has a social
 * gradient: short education, fewer starts) plus background offers.
 */
import { Rng } from './rng';
import { HISTORY_START } from './dates';
import type { Health } from './health';
import type { ServiceRow } from './events';

const START_P = { grundskole: 0.5, kort: 0.65, videregaaende: 0.75, ukendt: 0.55 } as const;

function offer(rng: Rng, h: Health, out: ServiceRow[], service: string, referral: number, referrer: ServiceRow['referrer']): void {
  if (referral < HISTORY_START || referral > h.lastDay) return;
  const started = rng.chance(START_P[h.group]);
  const startDay = started ? referral + 14 + rng.int(50) : null;
  const completed = started ? (rng.chance(0.05) ? null : rng.chance(h.group === 'grundskole' ? 0.6 : 0.75)) : null;
  out.push({
    service,
    referralDay: rng.chance(0.03) ? null : referral,
    startDay: startDay !== null && startDay <= h.lastDay ? startDay : null,
    completed,
    referrer,
  });
}

export function generateServices(rng: Rng, h: Health): ServiceRow[] {
  const out: ServiceRow[] = [];
  const span = (from: number) => from + rng.int(Math.max(1, Math.min(h.lastDay, from + 900) - from));
  if (h.kol) {
    if (rng.chance(0.4)) offer(rng, h, out, 'kol_rehabilitering', span(h.kol.onset), rng.chance(0.6) ? 'hospital' : 'almen_praksis');
    if (rng.chance(0.2)) offer(rng, h, out, 'rygestop', span(h.kol.onset), 'almen_praksis');
  }
  if (h.diabetes?.type === 2 && h.age >= 18) {
    if (rng.chance(0.3))
      offer(
        rng,
        h,
        out,
        rng.chance(0.5) ? 'patientuddannelse' : 'diabetes_rehabilitering',
        span(h.diabetes.onset),
        rng.chance(0.7) ? 'almen_praksis' : 'hospital',
      );
  }
  if (h.angst && rng.chance(0.2)) offer(rng, h, out, 'angst_forloeb', span(h.angst.onset), rng.chance(0.5) ? 'almen_praksis' : 'kommune');
  if (h.age >= 18 && rng.chance(0.01)) offer(rng, h, out, 'rygestop', span(HISTORY_START), 'egen_henvendelse');
  if (h.age >= 50 && rng.chance(0.02)) offer(rng, h, out, 'fysisk_traening', span(HISTORY_START), rng.chance(0.5) ? 'hospital' : 'almen_praksis');
  if (h.age >= 25 && rng.chance(0.003)) offer(rng, h, out, 'alkohol', span(HISTORY_START), 'egen_henvendelse');
  return out.sort((a, b) => (a.referralDay ?? a.startDay ?? 0) - (b.referralDay ?? b.startDay ?? 0));
}
