/** KOL (COPD), TRACKS.md. RUKS-inspired; the medication arm is our extension and is reported separately. */
import type { TrackDefinition } from '../types';
import { ADMISSION_NEEDS, COMMON_INDICATORS, NEEDS } from './common';

const REG = ['persons', 'hospital_contacts'];

export const KOL: TrackDefinition = {
  id: 'kol',
  title: { da: 'KOL', en: 'COPD' },
  disease: { da: 'KOL', en: 'COPD' },
  codesName: { da: 'KOL-koder', en: 'COPD codes' },
  mainRule: 'kol',
  caseRules: [
    {
      id: 'kol',
      title: { da: 'KOL (diagnoser eller medicin)', en: 'COPD (diagnoses or medication)' },
      combine: 'any',
      lookbackYears: 10,
      // DJ96 and DJ13-DJ18 count only together with a DJ44 B-diagnosis, which qualifies on its own:
      // so they need no entry here.
      diagnoses: { prefixes: ['DJ42', 'DJ43', 'DJ44'] },
      // R03 is shared with asthma: the age limit keeps most asthma out (age at the reference date).
      prescriptions: { atcPrefixes: ['R03'], pair: { withinDays: 365 }, minAge: 40 },
      notes: [
        {
          da: 'Inspireret af RUKS, som finder KOL ud fra hospitalsdiagnoser. Medicinsporet (R03, mindst 2 indløsninger inden for 365 dage, 40 år og derover) er vores udvidelse af RUKS; antallet med kun diagnoser vises som variant.',
          en: 'Inspired by RUKS, which finds COPD from hospital diagnoses. The medication arm (R03, at least 2 redemptions within 365 days, age 40+) is our addition; the diagnosis-only count is shown as a variant.',
        },
      ],
    },
    {
      id: 'kol_diagnoses_only',
      title: { da: 'KOL (kun diagnoser)', en: 'COPD (diagnoses only)' },
      combine: 'any',
      lookbackYears: 10,
      diagnoses: { prefixes: ['DJ42', 'DJ43', 'DJ44'] },
      notes: [],
    },
  ],
  // A table, read across: one indicator per block, related fields packed on a line.
  // prettier-ignore
  indicators: [
    ...COMMON_INDICATORS,
    {
      name: 'daily_smoking', section: 'prevention', family: 'survey',
      title: { da: 'Dagligrygere, 25 år og derover', en: 'Daily smokers, aged 25+' },
      definition: { da: 'Andel der ryger dagligt (Hvordan har du det?), vægtet.', en: 'Share smoking daily (health survey), weighted.' },
      measure: 'proportion', unit: 'pct', ages: { min: 25, max: 100 }, requires: ['survey'], needs: { columns: [NEEDS.dailySmoker] },
      params: { surveyFlag: 'daily_smoker' }, message: { da: 'ryger {value} dagligt', en: '{value} smoke daily' },
    },
    {
      name: 'youth_smoking', section: 'prevention', family: 'survey',
      title: { da: 'Dagligrygere, 16-24 år', en: 'Daily smokers, aged 16-24' },
      definition: { da: 'Andel unge 16-24 år der ryger dagligt (rygestart), vægtet.', en: 'Share of 16-24-year-olds smoking daily, weighted.' },
      measure: 'proportion', unit: 'pct', ages: { min: 16, max: 24 }, requires: ['survey'], needs: { columns: [NEEDS.dailySmoker] },
      params: { surveyFlag: 'daily_smoker' }, message: { da: 'ryger {value} dagligt', en: '{value} smoke daily' },
    },
    {
      name: 'prevalence', section: 'disease', family: 'prevalence', ageCurve: true,
      title: { da: 'Borgere med KOL', en: 'People with COPD' },
      definition: { da: 'Andel borgere 30 år og derover, der opfylder KOL-definitionen på skæringsdatoen.', en: 'Share of residents aged 30+ meeting the COPD definition at the reference date.' },
      measure: 'proportion', unit: 'pct', ages: { min: 30, max: 100 }, requires: ['persons'], needs: { codes: true },
      message: { da: 'har {value} KOL', en: '{value} have COPD' },
    },
    {
      name: 'incidence', section: 'disease', family: 'incidence',
      title: { da: 'Nye tilfælde af KOL', en: 'New cases of COPD' },
      definition: { da: 'Nye KOL-tilfælde i perioden pr. 1.000 personår blandt borgere uden KOL ved periodens start.', en: 'New COPD cases in the period per 1,000 person-years among people without COPD at its start.' },
      measure: 'rate', unit: 'per1000', ages: { min: 30, max: 100 }, requires: ['persons'], needs: { codes: true },
      message: { da: 'er der {value} nye tilfælde pr. 1.000 personår', en: 'there are {value} new cases per 1,000 person-years' },
    },
    {
      name: 'acute_admissions', section: 'care', family: 'acute_admissions',
      title: { da: 'Akutte indlæggelser med KOL', en: 'Acute admissions for COPD' },
      definition: { da: 'Akutte indlæggelser i perioden med KOL som aktionsdiagnose pr. 1.000 borgere med KOL.', en: 'Acute admissions in the period with COPD as primary diagnosis per 1,000 people with COPD.' },
      measure: 'rate', unit: 'per1000', ages: { min: 30, max: 100 }, requires: REG, needs: ADMISSION_NEEDS,
      message: { da: 'er der {value} akutte indlæggelser pr. 1.000 borgere med KOL', en: 'there are {value} acute admissions per 1,000 people with COPD' },
    },
    {
      name: 'readmissions_30d', section: 'care', family: 'readmissions',
      title: { da: 'Akutte genindlæggelser inden for 30 dage', en: 'Acute readmissions within 30 days' },
      definition: { da: 'Andel KOL-indlæggelser (udskrevet i perioden), der følges af en akut indlæggelse 0-30 dage efter udskrivelsen.', en: 'Share of COPD admissions (discharged in the period) followed by an acute admission 0-30 days after discharge.' },
      measure: 'proportion', unit: 'pct', ages: { min: 30, max: 100 }, requires: REG, needs: ADMISSION_NEEDS,
      message: { da: 'følges {value} af indlæggelserne af en akut genindlæggelse', en: '{value} of admissions are followed by an acute readmission' },
    },
    {
      name: 'rehab_uptake', section: 'care', family: 'service_uptake',
      title: { da: 'Påbegyndt KOL-rehabilitering eller rygestop', en: 'Started COPD rehabilitation or smoking cessation' },
      definition: { da: 'Andel borgere med KOL, der startede kommunal KOL-rehabilitering eller rygestop i perioden.', en: 'Share of people with COPD who started municipal COPD rehabilitation or smoking cessation in the period.' },
      measure: 'proportion', unit: 'pct', ages: { min: 30, max: 100 }, requires: ['persons', 'municipal_services'], needs: { codes: true, columns: [NEEDS.serviceStart] },
      params: { services: ['kol_rehabilitering', 'rygestop'] }, favourable: true,
      population: { da: 'borgere med KOL', en: 'people with COPD' }, message: { da: 'startede {value} et forløb', en: '{value} started a programme' },
    },
    {
      name: 'employment', section: 'care', family: 'employment', favourable: true,
      title: { da: 'Borgere med KOL i beskæftigelse, 30-64 år', en: 'People with COPD in employment, aged 30-64' },
      definition: { da: 'Andel i beskæftigelse blandt borgere 30-64 år med KOL; varianten uden_sygdom er borgere uden KOL.', en: 'Share employed among people aged 30-64 with COPD; the variant uden_sygdom is people without COPD.' },
      measure: 'proportion', unit: 'pct', ages: { min: 30, max: 64 }, requires: ['persons', 'socioeconomic'], needs: { codes: true, columns: [NEEDS.labourMarket] },
      params: { outcome: 'employed' }, population: { da: 'borgere med KOL', en: 'people with COPD' }, message: { da: 'er {value} i beskæftigelse', en: '{value} are employed' },
    },
    {
      name: 'mortality', section: 'care', family: 'mortality',
      title: { da: 'Dødelighed blandt borgere med KOL', en: 'Mortality among people with COPD' },
      definition: { da: 'Dødsfald i perioden pr. 1.000 personår blandt borgere med KOL ved periodens start.', en: 'Deaths in the period per 1,000 person-years among people with COPD at its start.' },
      measure: 'rate', unit: 'per1000', ages: { min: 30, max: 100 }, requires: ['persons'], needs: { codes: true, columns: [NEEDS.deaths] },
      population: { da: 'borgere med KOL', en: 'people with COPD' }, message: { da: 'er der {value} dødsfald pr. 1.000 personår', en: 'there are {value} deaths per 1,000 person-years' },
    },
    {
      name: 'cost_per_capita', section: 'care', family: 'cost',
      title: { da: 'Udgift pr. borger med KOL', en: 'Cost per person with COPD' },
      definition: { da: 'Gennemsnitlig udgift (kr.) pr. borger med KOL i periodens år, alle sektorer.', en: 'Average cost (DKK) per person with COPD in the period year, all sectors.' },
      measure: 'mean', unit: 'dkk', ages: { min: 30, max: 100 }, requires: ['persons', 'costs'], needs: { codes: true },
      population: { da: 'borgere med KOL', en: 'people with COPD' }, message: { da: 'er udgiften i gennemsnit {value} pr. borger', en: 'the average cost is {value} per person' },
    },
    {
      name: 'children_with_parent', section: 'family', family: 'children_with_parent',
      title: { da: 'Børn med en forælder med KOL', en: 'Children with a parent with COPD' },
      definition: { da: 'Andel børn 0-17 år med en mor eller far, der har KOL (forældrekobling; samme husstand kendes ikke).', en: 'Share of children aged 0-17 with a mother or father with COPD (parent link; household not known).' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 17 }, requires: ['persons'], needs: { codes: true, columns: [NEEDS.parents] },
      message: { da: 'har {value} en forælder med KOL', en: '{value} have a parent with COPD' },
    },
  ],
  notes: [],
};
