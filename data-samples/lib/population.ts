/**
 * Persons and family links, held column-wise in typed arrays so region scale (1.35 M) stays small.
 * Index i is the person; ids are a bijective scramble of i so they look pseudonymous but never collide.
 */
import { Rng } from './rng';
import { NO_DATE, REFERENCE_DAY, HISTORY_START, dayOf, yearsToDays, ageAt } from './dates';
import {
  MUNICIPALITY_POPULATION,
  OUTSIDE_MUNICIPALITIES,
  SHARE_OUTSIDE_REGION,
  SHARE_DECEASED_BEFORE_REFERENCE,
  AGE_BAND_WEIGHTS,
  FEMALE_SHARE,
  ageBandFactor,
  originWeights,
  educationWeights,
  COMPLETION_AGE,
} from './params-population';

export interface Population {
  n: number;
  seed: number;
  birth: Int32Array;
  /** 1 = man, 2 = woman (the source coding). */
  sex: Uint8Array;
  municipality: Int16Array;
  death: Int32Array;
  origin: Uint8Array;
  mother: Int32Array;
  father: Int32Array;
  /** Final (highest ever) education level 1..6, 0 = unknown. */
  education: Uint8Array;
}

export function personId(seed: number, i: number): string {
  // Multiplication by an odd constant is a bijection mod 2^32: distinct persons, distinct ids.
  const x = (Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(seed, 0x85ebca6b)) >>> 0;
  return 'P' + x.toString(16).toUpperCase().padStart(8, '0');
}

export function isInRegion(code: number): boolean {
  return MUNICIPALITY_POPULATION.some((m) => m.code === code);
}

/** Age at the reference date, or at death when the person died before it. */
export function ageForModel(pop: Population, i: number): number {
  const d = pop.death[i]!;
  return ageAt(pop.birth[i]!, d !== NO_DATE && d < REFERENCE_DAY ? d : REFERENCE_DAY);
}

/** Annual mortality by age (Danish life table, rounded). */
function annualMortality(age: number): number {
  return Math.min(0.5, 0.0002 * Math.exp(0.085 * Math.max(0, age - 20)) + (age < 1 ? 0.003 : 0));
}

function drawAge(rng: Rng, weights: number[]): number {
  const band = rng.weighted(weights);
  return band * 5 + rng.int(5);
}

export function generatePopulation(n: number, seed: number): Population {
  const rng = new Rng(seed, 'population');
  const pop: Population = {
    n,
    seed,
    birth: new Int32Array(n),
    sex: new Uint8Array(n),
    municipality: new Int16Array(n),
    death: new Int32Array(n).fill(NO_DATE),
    origin: new Uint8Array(n),
    mother: new Int32Array(n).fill(-1),
    father: new Int32Array(n).fill(-1),
    education: new Uint8Array(n),
  };
  const muniWeights = MUNICIPALITY_POPULATION.map((m) => m.population);
  const oldWeights = AGE_BAND_WEIGHTS.map((w, b) => w * (b >= 12 ? Math.exp(0.09 * (b - 12) * 5) : 0.02));
  for (let i = 0; i < n; i++) {
    const deceased = rng.chance(SHARE_DECEASED_BEFORE_REFERENCE);
    const outside = rng.chance(SHARE_OUTSIDE_REGION);
    const m = MUNICIPALITY_POPULATION[rng.weighted(muniWeights)]!;
    const code = outside ? rng.pick(OUTSIDE_MUNICIPALITIES).code : m.code;
    const weights = deceased ? oldWeights : AGE_BAND_WEIGHTS.map((w, b) => w * ageBandFactor(m.code === 751, m.urban, b));
    let age = Math.min(104, drawAge(rng, weights));
    let deathDay = NO_DATE;
    if (deceased) {
      deathDay = HISTORY_START + rng.int(REFERENCE_DAY - HISTORY_START);
      age = Math.max(0, age - Math.floor((REFERENCE_DAY - deathDay) / 365.25));
    } else if (rng.chance(annualMortality(age))) {
      deathDay = REFERENCE_DAY + rng.int(365); // dies in 2024: alive at the reference date
    }
    const band = Math.min(20, Math.floor(age / 5));
    const female = rng.chance(FEMALE_SHARE[band]!);
    pop.birth[i] = REFERENCE_DAY - yearsToDays(age) - 1 - rng.int(365);
    if (deathDay !== NO_DATE && deathDay <= pop.birth[i]!) deathDay = pop.birth[i]! + 30 + rng.int(300);
    pop.death[i] = deathDay;
    pop.sex[i] = female ? 2 : 1;
    pop.municipality[i] = code;
    pop.origin[i] = rng.weighted(originWeights(age));
    if (age >= 30 || deceased) {
      const w = educationWeights(age, female);
      const nonWestern = pop.origin[i] === 2;
      const unknown = nonWestern ? 0.2 : pop.origin[i] === 1 ? 0.1 : 0.015;
      if (nonWestern) w[0] = w[0]! * 1.8;
      pop.education[i] = rng.chance(unknown) ? 0 : 1 + rng.weighted(w);
    }
  }
  linkFamilies(pop, rng);
  assignYoungEducation(pop, rng);
  return pop;
}

/** Mother = woman of the same municipality aged 18-45 at the birth; father = her partner. */
function linkFamilies(pop: Population, rng: Rng): void {
  const buckets = new Map<number, number[]>();
  const key = (muni: number, year: number, sex: number) => (muni * 400 + (year - 1900)) * 3 + sex;
  for (let i = 0; i < pop.n; i++) {
    const k = key(pop.municipality[i]!, birthYear(pop, i), pop.sex[i]!);
    let list = buckets.get(k);
    if (!list) buckets.set(k, (list = []));
    list.push(i);
  }
  const partner = new Map<number, number>();
  const linkFrom = dayOf(1969, 1, 1);
  for (let i = 0; i < pop.n; i++) {
    if (pop.birth[i]! < linkFrom || pop.origin[i] === 1 || pop.origin[i] === 2) continue;
    if (!rng.chance(0.93)) continue;
    const motherAge = Math.round(Math.min(45, Math.max(18, rng.normal(29.5, 4.8))));
    const mother = findInBucket(pop, buckets, key, i, birthYear(pop, i) - motherAge, 2, rng);
    if (mother < 0) continue;
    pop.mother[i] = mother;
    if (!rng.chance(0.95)) continue;
    let father = partner.get(mother) ?? -1;
    if (father < 0 || rng.chance(0.12)) {
      const gap = Math.round(Math.max(-3, rng.normal(2.5, 3)));
      father = findInBucket(pop, buckets, key, i, birthYear(pop, mother) - gap, 1, rng);
      if (father >= 0 && !partner.has(mother)) partner.set(mother, father);
    }
    if (father >= 0) pop.father[i] = father;
  }
}

function birthYear(pop: Population, i: number): number {
  return new Date(pop.birth[i]! * 86400000).getUTCFullYear();
}

function findInBucket(
  pop: Population,
  buckets: Map<number, number[]>,
  key: (m: number, y: number, s: number) => number,
  child: number,
  year: number,
  sex: number,
  rng: Rng,
): number {
  for (const dy of [0, 1, -1, 2, -2]) {
    const list = buckets.get(key(pop.municipality[child]!, year + dy, sex));
    if (!list || list.length === 0) continue;
    const c = list[rng.int(list.length)]!;
    const d = pop.death[c]!;
    // A parent must be alive at the birth and old enough.
    if (c !== child && (d === NO_DATE || d > pop.birth[child]!) && pop.birth[child]! - pop.birth[c]! > 16 * 365) return c;
  }
  return -1;
}

/** Under-30s get a final education that echoes their parents' (social mobility is partial). */
function assignYoungEducation(pop: Population, rng: Rng): void {
  for (let i = 0; i < pop.n; i++) {
    if (ageForModel(pop, i) >= 30) continue;
    const parent = parentEducation(pop, i);
    const w = educationWeights(35, pop.sex[i] === 2);
    if (parent === 1) {
      w[0] = w[0]! * 2.2;
      w[5] = w[5]! * 0.5;
      w[4] = w[4]! * 0.7;
    }
    if (parent >= 5) {
      w[0] = w[0]! * 0.45;
      w[5] = w[5]! * 1.8;
      w[4] = w[4]! * 1.2;
    }
    pop.education[i] = rng.chance(pop.origin[i] === 2 ? 0.15 : 0.01) ? 0 : 1 + rng.weighted(w);
  }
}

/** Highest education of the linked parents (0 when none is linked or known). */
function parentEducation(pop: Population, i: number): number {
  const m = pop.mother[i]!;
  const f = pop.father[i]!;
  return Math.max(m >= 0 ? pop.education[m]! : 0, f >= 0 ? pop.education[f]! : 0);
}

/** Social position by education as DATA-CONTRACT defines it (own at 30+, parents' under 30). */
export function socialEducation(pop: Population, i: number, age: number): number {
  if (age >= 30) return pop.education[i]!;
  const parents = parentEducation(pop, i);
  if (pop.mother[i]! >= 0 || pop.father[i]! >= 0) return parents !== 0 ? parents : ownEducationAt(pop, i, age);
  return ownEducationAt(pop, i, age);
}

/** Highest level completed by a given age (the final level is reached gradually). */
export function ownEducationAt(pop: Population, i: number, age: number): number {
  const final = pop.education[i]!;
  if (final === 0 || age < 16) return 0;
  if (final === 1) return 1;
  const steps = final >= 4 ? [1, 2, final] : [1, final];
  let level = 0;
  for (const s of steps) if (age >= COMPLETION_AGE[s]!) level = s;
  return level;
}
