import { describe, it, expect } from 'vitest';
import { generatePopulation, isInRegion, ageForModel } from '../../../data-samples/lib/population';
import { personHealth } from '../../../data-samples/lib/health';
import { childBirthsByMother, personEvents } from '../../../data-samples/lib/person-events';
import { educationGroup3 } from '../../../data-samples/lib/params-population';
import { HISTORY_END, HISTORY_START, NO_DATE, REFERENCE_DAY } from '../../../data-samples/lib/dates';

const pop = generatePopulation(30_000, 2024);
const residents: number[] = [];
for (let i = 0; i < pop.n; i++) {
  const d = pop.death[i]!;
  if ((d === NO_DATE || d >= REFERENCE_DAY) && isInRegion(pop.municipality[i]!)) residents.push(i);
}

function share(ids: number[], pred: (i: number) => boolean): number {
  return ids.filter(pred).length / ids.length;
}

describe('planted population', () => {
  it('has Aarhus at about 27 % and a few percent outside the region or dead', () => {
    const aarhus = share(residents, (i) => pop.municipality[i] === 751);
    expect(aarhus).toBeGreaterThan(0.24);
    expect(aarhus).toBeLessThan(0.3);
    expect(residents.length / pop.n).toBeGreaterThan(0.88);
    expect(residents.length / pop.n).toBeLessThan(0.94);
  });

  it('links plausible parents: mothers are women, fathers men, 16-50 years older, same municipality', () => {
    let linked = 0;
    const violations: string[] = [];
    for (let i = 0; i < pop.n; i++) {
      const m = pop.mother[i]!;
      const f = pop.father[i]!;
      if (m >= 0) {
        linked++;
        const gap = (pop.birth[i]! - pop.birth[m]!) / 365.25;
        if (pop.sex[m] !== 2 || gap <= 16 || gap >= 50 || pop.municipality[m] !== pop.municipality[i]) violations.push(`mother of ${i}`);
      }
      if (f >= 0 && pop.sex[f] !== 1) violations.push(`father of ${i}`);
    }
    expect(violations).toEqual([]);
    const children = residents.filter((i) => ageForModel(pop, i) < 18);
    expect(share(children, (i) => pop.mother[i]! >= 0)).toBeGreaterThan(0.75);
    expect(linked).toBeGreaterThan(0);
  });

  it('gives older cohorts more grundskole', () => {
    const adults = (lo: number, hi: number) => residents.filter((i) => ageForModel(pop, i) >= lo && ageForModel(pop, i) < hi);
    const young = share(adults(30, 45), (i) => pop.education[i] === 1);
    const old = share(adults(75, 101), (i) => pop.education[i] === 1);
    expect(old).toBeGreaterThan(2 * young);
  });

  it('plants KOL at ~3-4 % of 30+ with a steep education gradient, diabetes ~5-6 %, anxiety highest in young women', () => {
    const health = new Map(residents.map((i) => [i, personHealth(pop, i, HISTORY_END)]));
    const atRef = (o: { onset: number } | null) => o !== null && o.onset < REFERENCE_DAY;
    const adults = residents.filter((i) => ageForModel(pop, i) >= 30);
    const kol = (g: string) =>
      share(
        adults.filter((i) => educationGroup3(pop.education[i]!) === g),
        (i) => atRef(health.get(i)!.kol),
      );
    expect(share(adults, (i) => atRef(health.get(i)!.kol))).toBeGreaterThan(0.025);
    expect(share(adults, (i) => atRef(health.get(i)!.kol))).toBeLessThan(0.045);
    expect(kol('grundskole') / kol('videregaaende')).toBeGreaterThan(3);
    const dm = share(residents, (i) => atRef(health.get(i)!.diabetes));
    expect(dm).toBeGreaterThan(0.04);
    expect(dm).toBeLessThan(0.065);
    const t1 = share(residents, (i) => atRef(health.get(i)!.diabetes) && health.get(i)!.diabetes!.type === 1);
    expect(t1).toBeGreaterThan(0.003);
    expect(t1).toBeLessThan(0.008);
    const angst = (female: boolean, lo: number, hi: number) =>
      share(
        residents.filter((i) => (pop.sex[i] === 2) === female && ageForModel(pop, i) >= lo && ageForModel(pop, i) < hi),
        (i) => atRef(health.get(i)!.angst),
      );
    expect(angst(true, 18, 30)).toBeGreaterThan(angst(false, 18, 30));
    expect(angst(true, 18, 30)).toBeGreaterThan(angst(true, 65, 101));
    expect(angst(true, 18, 30)).toBeGreaterThan(0.025);
  });

  it('plants cases exactly as the TRACKS.md rules find them on the generated rows', () => {
    const births = childBirthsByMother(pop, HISTORY_START);
    let kol = 0;
    let mismatches = 0;
    for (const i of residents.slice(0, 6000)) {
      const ev = personEvents(pop, i, births.get(i) ?? []);
      const h = ev.health;
      const planted = {
        kol: h.kol !== null && h.kol.onset < REFERENCE_DAY,
        diabetes: h.diabetes !== null && h.diabetes.onset < REFERENCE_DAY ? h.diabetes.type : 0,
        angst: h.angst !== null && h.angst.onset < REFERENCE_DAY,
      };
      if (planted.kol) kol++;
      if (planted.kol !== ev.status.kol || planted.diabetes !== ev.status.diabetes || planted.angst !== ev.status.angst) mismatches++;
    }
    expect(kol).toBeGreaterThan(50);
    expect(mismatches).toBe(0);
  });
});
