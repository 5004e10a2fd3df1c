/**
 * Tally of planted truths over the population the packages describe: residents of Region
 * Midtjylland alive at the reference date (2024-01-01), ages 0-100, counted with the TRACKS.md rules.
 */
import { MUNICIPALITIES } from '../../shared/areas/areas';
import type { CaseStatus } from './case-rules';
import type { Respondent } from './survey';
import { educationGroup3 } from './params-population';

type Counts = Record<string, { cases: number; population: number }>;

function bump(c: Counts, key: string, isCase: boolean): void {
  const x = (c[key] ??= { cases: 0, population: 0 });
  x.population++;
  if (isCase) x.cases++;
}

function angstAgeGroup(age: number): string {
  return age < 12 ? '0-11' : age < 18 ? '12-17' : age < 30 ? '18-29' : age < 50 ? '30-49' : age < 65 ? '50-64' : '65+';
}

export class TruthTally {
  populationByCluster: Record<string, number> = {};
  kolByEducation: Counts = {};
  kolByCluster: Counts = {};
  kolDiagnosesOnly = 0;
  diabetesByType = { type1: 0, type2: 0, population: 0 };
  diabetesByEducation: Counts = {};
  diabetesByCluster: Counts = {};
  angstByCluster: Counts = {};
  angstBySexAge: Counts = {};
  angstTotal: Counts = {};
  angstTreated2023 = 0;

  add(municipality: number, age: number, female: boolean, ownEducation: number, s: CaseStatus): void {
    const cluster = MUNICIPALITIES.find((m) => m.code === municipality)?.cluster;
    if (!cluster || age > 100) return;
    this.populationByCluster[cluster] = (this.populationByCluster[cluster] ?? 0) + 1;
    const edu = educationGroup3(ownEducation);
    if (age >= 30) {
      bump(this.kolByEducation, edu, s.kol);
      bump(this.kolByEducation, 'total', s.kol);
      bump(this.kolByCluster, cluster, s.kol);
      if (s.kolDiagnosesOnly) this.kolDiagnosesOnly++;
      bump(this.diabetesByEducation, edu, s.diabetes !== 0);
    }
    bump(this.diabetesByCluster, cluster, s.diabetes !== 0);
    bump(this.angstByCluster, cluster, s.angst);
    this.diabetesByType.population++;
    if (s.diabetes === 1) this.diabetesByType.type1++;
    if (s.diabetes === 2) this.diabetesByType.type2++;
    bump(this.angstBySexAge, `${female ? 'K' : 'M'}|${angstAgeGroup(age)}`, s.angst);
    bump(this.angstTotal, 'total', s.angst);
    if (s.angstTreated2023) this.angstTreated2023++;
  }
}

const pct = (c: { cases: number; population: number } | undefined) => (c && c.population > 0 ? Math.round((10000 * c.cases) / c.population) / 100 : null);

function withPct(c: Counts): Record<string, { cases: number; population: number; percent: number | null }> {
  return Object.fromEntries(
    Object.entries(c)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, { ...v, percent: pct(v) }]),
  );
}

/** Weighted share of `true` among non-missing answers. */
function weightedShare(rs: readonly Respondent[], pick: (r: Respondent) => boolean | null): { respondents: number; weightedPercent: number | null } {
  let num = 0;
  let den = 0;
  let n = 0;
  for (const r of rs) {
    const v = pick(r);
    if (v === null) continue;
    n++;
    den += r.weight;
    if (v) num += r.weight;
  }
  return { respondents: n, weightedPercent: den > 0 ? Math.round((10000 * num) / den) / 100 : null };
}

export function surveyTruths(rs: readonly Respondent[]): Record<string, unknown> {
  const smoking: Record<string, unknown> = {};
  for (const sex of ['M', 'K'] as const) {
    for (const g of ['grundskole', 'kort', 'videregaaende'] as const) {
      const group = rs.filter((r) => r.age >= 25 && (r.female ? 'K' : 'M') === sex && educationGroup3(r.education) === g);
      smoking[`${sex}|${g}`] = weightedShare(group, (r) => r.dailySmoker);
    }
  }
  const lowWellbeing: Record<string, unknown> = {};
  for (const sex of ['M', 'K'] as const) {
    lowWellbeing[`${sex}|16-24`] = weightedShare(
      rs.filter((r) => r.age < 25 && (r.female ? 'K' : 'M') === sex),
      (r) => r.lowWellbeing,
    );
  }
  return {
    respondents: rs.length,
    dailySmoking25plusRealised: smoking,
    lowMentalWellbeing16to24Realised: lowWellbeing,
  };
}

export function registryTruths(t: TruthTally): Record<string, unknown> {
  const kol = withPct(t.kolByEducation);
  const g = kol['grundskole']?.percent;
  const v = kol['videregaaende']?.percent;
  return {
    populationByCluster: t.populationByCluster,
    kol: {
      population: 'region residents aged 30-100 alive at 2024-01-01; education = own highest (socioeconomic 2023)',
      byEducation: kol,
      crudeRatioGrundskoleVsVideregaaende: g && v ? Math.round((100 * g) / v) / 100 : null,
      byCluster: withPct(t.kolByCluster),
      diagnosesOnlyCases: t.kolDiagnosesOnly,
    },
    diabetes: {
      population: 'region residents aged 0-100 alive at 2024-01-01 (byEducation: ages 30-100, own education)',
      type1: t.diabetesByType.type1,
      type2: t.diabetesByType.type2,
      denominator: t.diabetesByType.population,
      percentAll: Math.round((10000 * (t.diabetesByType.type1 + t.diabetesByType.type2)) / t.diabetesByType.population) / 100,
      byEducation: withPct(t.diabetesByEducation),
      byCluster: withPct(t.diabetesByCluster),
    },
    angst: {
      population: 'region residents aged 0-100 alive at 2024-01-01; DF40/DF41 (DF930-932 at 0-17) in 2014-01-01..2023-12-31',
      total: withPct(t.angstTotal).total,
      bySexAndAge: withPct(t.angstBySexAge),
      byCluster: withPct(t.angstByCluster),
      treated2023: { cases: t.angstTreated2023, rule: 'N05BA/N06AB, >= 2 redemptions in 2023 at most 365 days apart' },
    },
  };
}
