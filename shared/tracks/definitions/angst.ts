/** Angst (anxiety), TRACKS.md. Not in RUKS: hospital diagnoses are the tip of the iceberg. */
import type { TrackDefinition } from '../types';
import { ADMISSION_NEEDS, COMMON_INDICATORS, NEEDS } from './common';

const REG = ['persons', 'hospital_contacts'];

export const ANGST: TrackDefinition = {
  id: 'angst',
  title: { da: 'Angst', en: 'Anxiety' },
  disease: { da: 'angst', en: 'anxiety' },
  codesName: { da: 'angstkoder', en: 'anxiety codes' },
  mainRule: 'angst',
  caseRules: [
    {
      id: 'angst',
      title: { da: 'Hospitalsdiagnosticeret angst', en: 'Hospital-diagnosed anxiety' },
      combine: 'any',
      lookbackYears: 10,
      // DF930-DF932 are the childhood anxiety codes: only for ages 0-17.
      diagnoses: { prefixes: ['DF40', 'DF41'], childPrefixes: { prefixes: ['DF930', 'DF931', 'DF932'], maxAge: 17 } },
      notes: [
        {
          da: 'Definitionen er vores egen: RUKS har ingen algoritme for angst. Hospitalsdiagnoser (psykiatri og somatik) er toppen af isbjerget: det meste angst behandles i almen praksis.',
          en: 'The definition is our own: RUKS has no algorithm for anxiety. Hospital diagnoses are the tip of the iceberg: most anxiety is treated in general practice.',
        },
      ],
    },
    {
      id: 'angst_treated',
      title: { da: 'Behandlet med angstdæmpende eller antidepressiv medicin', en: 'Treated with anxiolytics or antidepressants' },
      combine: 'any',
      lookbackYears: 1,
      prescriptions: { atcPrefixes: ['N05BA', 'N06AB'], pair: { withinDays: 365 } },
      notes: [
        {
          da: 'Vores egen brede indikator for behandlet angst eller depression (ikke fra RUKS): mindst 2 indløsninger af N05BA eller N06AB inden for 365 dage i perioden.',
          en: 'Our own broad indicator of treated anxiety or depression (not from RUKS): at least 2 redemptions of N05BA or N06AB within 365 days in the period.',
        },
      ],
    },
  ],
  // A table, read across: one indicator per block, related fields packed on a line.
  // prettier-ignore
  indicators: [
    ...COMMON_INDICATORS,
    {
      name: 'low_wellbeing', section: 'prevention', family: 'survey',
      title: { da: 'Lav mental trivsel, 16 år og derover', en: 'Low mental wellbeing, aged 16+' },
      definition: { da: 'Andel med lav mental trivsel som defineret i Hvordan har du det?, vægtet.', en: 'Share with low mental wellbeing as defined by the survey, weighted.' },
      measure: 'proportion', unit: 'pct', ages: { min: 16, max: 100 }, requires: ['survey'], needs: { columns: [NEEDS.wellbeing] },
      params: { surveyFlag: 'low_mental_wellbeing' }, message: { da: 'har {value} lav mental trivsel', en: '{value} have low mental wellbeing' },
      notes: [{ da: 'Se især unge kvinder (aldersgruppe og køn).', en: 'Note young women in particular (age group and sex).' }],
    },
    {
      name: 'prevalence', section: 'disease', family: 'prevalence', ageCurve: true,
      title: { da: 'Borgere med hospitalsdiagnosticeret angst', en: 'People with hospital-diagnosed anxiety' },
      definition: { da: 'Andel borgere med en angstdiagnose på hospital i de seneste 10 år.', en: 'Share of residents with a hospital anxiety diagnosis in the last 10 years.' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 100 }, requires: ['persons'], needs: { codes: true },
      message: { da: 'har {value} en angstdiagnose', en: '{value} have an anxiety diagnosis' },
    },
    {
      name: 'treated', section: 'disease', family: 'prevalence', caseRule: 'angst_treated', timing: 'period',
      title: { da: 'Behandlet med angstdæmpende eller antidepressiv medicin', en: 'Treated with anxiolytics or antidepressants' },
      definition: { da: 'Andel borgere med mindst 2 indløsninger af N05BA eller N06AB inden for et år i perioden.', en: 'Share with at least 2 redemptions of N05BA or N06AB within one year in the period.' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 100 }, requires: ['persons', 'prescriptions'], needs: { codes: true },
      message: { da: 'er {value} i medicinsk behandling', en: '{value} are on medication' },
    },
    {
      name: 'incidence', section: 'disease', family: 'incidence',
      title: { da: 'Nye angstdiagnoser', en: 'New anxiety diagnoses' },
      definition: { da: 'Nye angstdiagnoser i perioden pr. 1.000 personår blandt borgere uden diagnosen ved periodens start.', en: 'New anxiety diagnoses per 1,000 person-years among people without one at the start of the period.' },
      measure: 'rate', unit: 'per1000', ages: { min: 0, max: 100 }, requires: ['persons'], needs: { codes: true },
      message: { da: 'er der {value} nye tilfælde pr. 1.000 personår', en: 'there are {value} new cases per 1,000 person-years' },
      notes: [{ da: 'Se især børn og unge (aldersgrupperne).', en: 'Note children and young people (age groups).' }],
    },
    {
      name: 'psych_readmissions_30d', section: 'care', family: 'readmissions',
      title: { da: 'Akutte psykiatriske genindlæggelser inden for 30 dage', en: 'Acute psychiatric readmissions within 30 days' },
      definition: { da: 'Andel indlæggelser med angst (udskrevet i perioden), der følges af en akut psykiatrisk indlæggelse 0-30 dage efter.', en: 'Share of anxiety admissions followed by an acute psychiatric admission within 0-30 days.' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 100 }, requires: REG, needs: { codes: true, columns: [...(ADMISSION_NEEDS.columns ?? []), NEEDS.specialty] },
      params: { readmissionSpecialty: 'psykiatri' },
      message: { da: 'følges {value} af indlæggelserne af en akut psykiatrisk genindlæggelse', en: '{value} of admissions are followed by an acute psychiatric readmission' },
    },
    {
      name: 'service_uptake', section: 'care', family: 'service_uptake', favourable: true,
      title: { da: 'Påbegyndt kommunalt angstforløb', en: 'Started a municipal anxiety course' },
      definition: { da: 'Andel borgere med angst, der startede et kommunalt angstforløb i perioden.', en: 'Share of people with anxiety who started a municipal anxiety course in the period.' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 100 }, requires: ['persons', 'municipal_services'], needs: { codes: true, columns: [NEEDS.serviceStart] },
      params: { services: ['angst_forloeb'] }, population: { da: 'borgere med angst', en: 'people with anxiety' }, message: { da: 'startede {value} et forløb', en: '{value} started a programme' },
    },
    {
      name: 'neet_youth', section: 'care', family: 'employment',
      title: { da: 'Unge 18-29 år med angst uden for job og uddannelse', en: 'Young people aged 18-29 with anxiety not in employment or education' },
      definition: { da: 'Andel uden for beskæftigelse og uddannelse blandt unge 18-29 år med angst; varianten uden_sygdom er unge uden angst.', en: 'Share not in employment or education among 18-29-year-olds with anxiety; the variant uden_sygdom is those without.' },
      measure: 'proportion', unit: 'pct', ages: { min: 18, max: 29 }, requires: ['persons', 'socioeconomic'], needs: { codes: true, columns: [NEEDS.labourMarket] },
      params: { outcome: 'neet' }, population: { da: 'unge med angst', en: 'young people with anxiety' }, message: { da: 'er {value} uden for job og uddannelse', en: '{value} are not in employment or education' },
    },
    {
      name: 'children_with_parent', section: 'family', family: 'children_with_parent',
      title: { da: 'Børn med en forælder med angst', en: 'Children with a parent with anxiety' },
      definition: { da: 'Andel børn 0-17 år med en mor eller far med hospitalsdiagnosticeret angst (forældrekobling).', en: 'Share of children aged 0-17 with a mother or father with hospital-diagnosed anxiety (parent link).' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 17 }, requires: ['persons'], needs: { codes: true, columns: [NEEDS.parents] },
      message: { da: 'har {value} en forælder med angst', en: '{value} have a parent with anxiety' },
    },
  ],
  notes: [],
};
