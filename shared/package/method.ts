/** The package's `method`: the definitions it used, printed from the same data the SQL was made from. */
import type { AreaRef, TrackId } from '../contract/datapakke';
import { describeArea } from '../areas/describe';
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
  /** The area the package was built for: its definition is named (with the areas file and checksum for an own area). */
  area?: AreaRef;
}

/** Whose case definitions these are: RUKS has algorithms for KOL and diabetes, none for anxiety. */
const ORIGIN: Record<TrackId, Record<Lang, string>> = {
  kol: {
    da: 'Inspireret af RUKS (Register for Udvalgte Kroniske Sygdomme og svære psykiske lidelser, Sundhedsdatastyrelsen), som finder KOL ud fra hospitalsdiagnoser. Vi tilføjer medicinsporet (R03, mindst 2 indløsninger inden for 365 dage, 40 år og derover); antallet med kun diagnoser vises som variant. Tallene er derfor ikke RUKS-tal.',
    en: 'Inspired by RUKS (the Danish Health Data Authority’s register of selected chronic diseases), which finds COPD from hospital diagnoses. We add the medication arm (R03, at least 2 redemptions within 365 days, age 40+); the diagnosis-only count is shown as a variant. The figures are therefore not RUKS figures.',
  },
  diabetes: {
    da: 'Inspireret af RUKS’ diabetesalgoritme (Sundhedsdatastyrelsen): hospitalsdiagnoser og indløste recepter på diabetesmedicin (A10), mindst to hændelser. Vi tilføjer en forenklet opdeling i type 1 og 2 efter OSDC (Steno Diabetes Center Aarhus) og udelader metformin til kvinder under 40 år, medicin i graviditeter og GLP-1/SGLT2-midler, der også bruges mod overvægt og hjertesvigt. Tallene er derfor ikke RUKS-tal.',
    en: 'Inspired by the RUKS diabetes algorithm (Danish Health Data Authority): hospital diagnoses and redeemed diabetes medication (A10), at least two events. We add a simplified type 1/2 split after OSDC (Steno Diabetes Center Aarhus) and leave out metformin for women under 40, medication in pregnancies and GLP-1/SGLT2 drugs also used against obesity and heart failure. The figures are therefore not RUKS figures.',
  },
  angst: {
    da: 'Vores egen definition: RUKS har ingen algoritme for angst. Hospitalsdiagnoser DF40-DF41 (og DF930-DF932 for børn) er toppen af isbjerget; den brede medicinindikator (N05BA, N06AB) dækker også depression. Definitionen er ikke valideret mod en anden kilde.',
    en: 'Our own definition: RUKS has no algorithm for anxiety. Hospital diagnoses DF40-DF41 (and DF930-DF932 for children) are the tip of the iceberg; the broad medication indicator (N05BA, N06AB) also covers depression. The definition is not validated against another source.',
  },
};

export function methodOf(track: TrackDefinition, m: MethodContext): Record<string, unknown> {
  return {
    referenceDate: m.referenceDate,
    period: m.period,
    ...(m.area ? { area: describeArea(m.area, m.referenceDate, m.lang) } : {}),
    definitionsOrigin: ORIGIN[track.id][m.lang],
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
    standardPopulation:
      m.lang === 'da'
        ? `${m.standardPopulation} (standardiserede tal er aldersstandardiseret direkte til denne standardbefolkning)`
        : `${m.standardPopulation} (standardised figures are directly age-standardised to this standard population)`,
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
