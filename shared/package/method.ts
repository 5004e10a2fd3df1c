/** The package's `method`: the definitions it used, printed from the same data the SQL was made from. */
import type { Lang } from '../text/format';
import type { TrackDefinition } from '../tracks/types';
import { SOCIAL_POSITION_RULE } from './social-position';
import { INEQUALITY_METHOD } from './texts';

export interface MethodContext {
  lang: Lang;
  period: { from: string; to: string };
  referenceDate: string;
  standardPopulation: string;
  confidence: number;
  engine: string;
  disclosure: string;
}

export function methodOf(track: TrackDefinition, m: MethodContext): Record<string, unknown> {
  return {
    referenceDate: m.referenceDate,
    period: m.period,
    caseDefinitions: track.caseRules.map((r) => ({
      id: r.id,
      title: r.title[m.lang],
      rule: r.combine === 'events' ? `>= ${r.minEvents ?? 2} qualifying events` : 'qualifying diagnosis or qualifying redemptions',
      lookbackYears: r.lookbackYears,
      diagnoses: r.diagnoses ?? null,
      prescriptions: r.prescriptions ?? null,
      classifier: r.classifier ?? null,
      notes: r.notes.map((n) => n[m.lang]),
    })),
    lookback:
      m.lang === 'da'
        ? 'Hændelser i [skæringsdato − N år; skæringsdato). Koder er præfikser og matches efter normalisering (J44.1 → DJ441). Aldersgrænser gælder alderen på skæringsdatoen.'
        : 'Events in [reference date − N years, reference date). Codes are prefixes matched after normalisation (J44.1 → DJ441). Age limits use the age at the reference date.',
    population:
      m.lang === 'da'
        ? 'Borgere med bopæl i området, i live på skæringsdatoen (rater: personår i perioden fra fødsel, død og bopæl). Indlæggelser: overlappende kontakter eller kontakter højst 4 timer fra hinanden slås sammen; genindlæggelse = akut indlæggelse 0-30 dage efter udskrivelse.'
        : 'Residents of the area alive at the reference date (rates: person-years in the period from birth, death and residence). Admissions: overlapping contacts or contacts at most 4 hours apart are merged; readmission = acute admission 0-30 days after discharge.',
    socialPosition: SOCIAL_POSITION_RULE[m.lang],
    standardPopulation: m.standardPopulation,
    confidence: m.confidence,
    intervals:
      m.lang === 'da'
        ? 'Andele: Wilson; rater: eksakt Poisson (under 10 tilfælde) ellers Byar; gennemsnit: t-interval; spørgeskema: Wilson med Kish’ effektive n; standardiserede: Dobson.'
        : 'Proportions: Wilson; rates: exact Poisson (under 10 events) else Byar; means: t-interval; survey: Wilson with Kish’s effective n; standardised: Dobson.',
    inequality: INEQUALITY_METHOD[m.lang],
    disclosure: m.disclosure,
    engine: m.engine,
  };
}
