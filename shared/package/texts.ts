/** Package texts (da/en): section titles, table descriptions for "unavailable" reasons, method notes. */
import type { Lang } from '../text/format';
import { ruleCodesList } from '../tracks/availability';
import type { CaseRule, ColumnNeed, IndicatorDefinition, TrackDefinition } from '../tracks/types';

export const SECTION_TITLES: Record<IndicatorDefinition['section'], { da: string; en: string }> = {
  population: { da: 'Befolkning', en: 'Population' },
  prevention: { da: 'Forebyggelse (risikofaktorer)', en: 'Prevention (risk factors)' },
  disease: { da: 'Sygdom', en: 'Disease' },
  care: { da: 'Forløb og resultater', en: 'Care and outcomes' },
  family: { da: 'Familieperspektiv', en: 'Family perspective' },
};

const TABLES: Record<string, { da: string; en: string }> = {
  persons: { da: "'persons' (befolkningen)", en: "'persons' (population)" },
  socioeconomic: { da: "'socioeconomic' (uddannelse, arbejdsmarked, indkomst)", en: "'socioeconomic' (education, labour market, income)" },
  hospital_contacts: { da: "'hospital_contacts' (Landspatientregisteret)", en: "'hospital_contacts' (National Patient Register)" },
  prescriptions: { da: "'prescriptions' (Lægemiddelstatistikregisteret)", en: "'prescriptions' (National Prescription Register)" },
  municipal_services: { da: "'municipal_services' (kommunale tilbud)", en: "'municipal_services' (municipal services)" },
  survey: { da: "'survey' (Hvordan har du det?)", en: "'survey' (the health survey)" },
  costs: { da: "'costs' (udgifter pr. borger)", en: "'costs' (cost per person)" },
};

export function missingTablesReason(missing: string[], lang: Lang, alternatives = false): string {
  const names = missing.map((t) => TABLES[t]?.[lang] ?? `'${t}'`);
  if (lang === 'da') {
    const list = names.join(alternatives ? ' eller ' : ' og ');
    return `Kræver tabellen ${list}, som ikke er med i udtrækket.`;
  }
  return `Requires the table ${names.join(alternatives ? ' or ' : ' and ')}, which is not in the extract.`;
}

/** A needed column with no value in the whole extract (not mapped, or mapped but empty). */
export function missingColumnReason(need: ColumnNeed, lang: Lang): string {
  const cols = need.anyOf.join(lang === 'da' ? ' og ' : ' and ');
  const plural = need.anyOf.length > 1;
  return lang === 'da'
    ? `Udtrækket har ingen oplysning om ${need.about.da} (${plural ? 'kolonnerne' : 'kolonnen'} ${cols} er ikke med eller er ${plural ? 'tomme' : 'tom'}).`
    : `The extract has no data on ${need.about.en} (the column${plural ? 's' : ''} ${cols} ${plural ? 'are' : 'is'} missing or empty).`;
}

/** The extract holds no event with the codes of the indicator's case rule (all dates, all areas). */
export function noCodesReason(track: TrackDefinition, rules: readonly CaseRule[], lang: Lang): string {
  const codes = ruleCodesList(rules, lang);
  return lang === 'da'
    ? `Udtrækket indeholder ingen ${track.codesName.da} (${codes}), så ingen borgere kan findes med ${track.disease.da}. Er udtrækket afgrænset til andre sygdomme?`
    : `The extract holds no ${track.codesName.en} (${codes}), so nobody can be found with ${track.disease.en}. Was the extract cut for other diseases?`;
}

/** Why an indicator with all its tables present still has nothing to show: its denominator is empty. */
export function emptyDenominatorReason(lang: Lang): string {
  return lang === 'da'
    ? 'Ingen borgere eller hændelser i nævneren for området og perioden (fx ingen indlæggelser), så der er intet at beregne.'
    : 'No persons or events in the denominator for the area and period (e.g. no admissions), so there is nothing to compute.';
}

export const NOTES = {
  tooFewForStandardisation: {
    da: 'For få tilfælde til aldersstandardisering: den rå værdi vises.',
    en: 'Too few cases for age standardisation: the crude value is shown.',
  },
  zeroBands: {
    da: 'Nogle aldersgrupper har ingen borgere i en undergruppe; den standardiserede værdi er beregnet over de aldersgrupper, der findes.',
    en: 'Some age bands are empty in a subgroup; the standardised value uses the bands that exist.',
  },
  suppressed: { da: 'Udeladt pga. få observationer (diskretionering).', en: 'Left out because of few observations (disclosure control).' },
  standardisedInequality: { da: 'Ulighedsmål er beregnet på aldersstandardiserede værdier.', en: 'Inequality measures use age-standardised values.' },
  crudeInequality: { da: 'Ulighedsmål er beregnet på rå (ikke standardiserede) værdier.', en: 'Inequality measures use crude (unstandardised) values.' },
  standardisation: {
    da: 'Aldersstandardiseret (direkte metode) efter {pop}; inden for køn når køn er en del af rækken, ellers efter alder og køn.',
    en: 'Age-standardised (direct method) to {pop}; within sex when sex is part of the row, else by age and sex.',
  },
} as const;

export const INEQUALITY_METHOD = {
  da: 'Forskel og forhold mellem laveste og højeste uddannelsesgruppe; hældningsindeks (SII, lineær vægtet regression på ridit, PHE-metoden) og relativt indeks (RII, på logit-skala for andele og log-skala for rater); WHO HEAT bruger en logistisk model og kan give lidt andre værdier. Potentiel gevinst: tilfælde der ikke ville forekomme, hvis hver gruppe havde den højest uddannede gruppes forekomst i hver alders- og kønsgruppe (de forventede tilfælde er summen over 5-års aldersgrupper og køn af den bedst stillede gruppes rate gange gruppens eget antal; faktiske minus forventede, mindst 0 pr. gruppe, som andel af alle tilfælde). Har den bedst stillede gruppe under 20 personer i en alders- og kønsgruppe, lægges nabo-aldersgrupperne sammen (og begge køn, hvis et helt køn er for tyndt). Arbejdsmarked og herkomst har ingen rækkefølge: den dårligst stillede gruppe sammenlignes med referencegruppen (i beskæftigelse, dansk oprindelse). Ukendt indgår ikke.',
  en: 'Difference and ratio between the lowest and highest education group; slope index (SII, weighted linear regression on ridits, PHE method) and relative index (RII, on the logit scale for proportions and log scale for rates); WHO HEAT uses a logistic model and may differ slightly. Potential gain: cases that would not occur if each group had the most educated group’s rate in every age and sex group (expected cases are the sum over 5-year age bands and sex of the best-off group’s rate times the group’s own population; observed minus expected, at least 0 per group, as a share of all cases). Where the best-off group has fewer than 20 persons in an age and sex group, adjacent age bands are pooled (and both sexes when a whole sex is thin). Labour market and origin are not ordered: the worst-off group is compared with the reference group (employed, Danish origin). Unknown is left out.',
} as const;
