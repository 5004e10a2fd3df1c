/** Diabetes, TRACKS.md: two qualifying events, all history; simplified OSDC type classification. */
import type { TrackDefinition } from '../types';
import { ADMISSION_NEEDS, COMMON_INDICATORS, NEEDS } from './common';

const REG = ['persons', 'hospital_contacts'];

export const DIABETES: TrackDefinition = {
  id: 'diabetes',
  title: { da: 'Diabetes', en: 'Diabetes' },
  disease: { da: 'diabetes', en: 'diabetes' },
  codesName: { da: 'diabeteskoder', en: 'diabetes codes' },
  mainRule: 'diabetes',
  caseRules: [
    {
      id: 'diabetes',
      title: { da: 'Diabetes (to hændelser)', en: 'Diabetes (two events)' },
      combine: 'events',
      minEvents: 2,
      lookbackYears: null,
      // DO240-DO243 only: DO244 (gestational diabetes) never counts.
      diagnoses: { prefixes: ['DE10', 'DE11', 'DE12', 'DE13', 'DE14', 'DH360', 'DO240', 'DO241', 'DO242', 'DO243'] },
      prescriptions: {
        atcPrefixes: ['A10'],
        // GLP-1 analogues and SGLT2 monotherapy are also weight-loss / heart-failure drugs.
        excludeAtcPrefixes: ['A10BJ', 'A10BK01', 'A10BK03'],
        ignore: [{ atcPrefix: 'A10BA02', sex: 'K', belowAge: 40, why: 'Metformin til kvinder under 40 år er ofte PCOS-behandling.' }],
        pregnancy: {
          endPrefixes: ['DO00', 'DO01', 'DO02', 'DO03', 'DO04', 'DO05', 'DO06', 'DO80', 'DO81', 'DO82', 'DO83', 'DO84', 'DZ33', 'DZ37'],
          weeksBefore: 40,
          weeksAfter: 12,
        },
      },
      classifier: 'osdc_simplified',
      notes: [
        {
          da: 'Inspireret af RUKS’ diabetesalgoritme (diagnoser og diabetesmedicin, to hændelser); typeopdelingen og undtagelserne nedenfor er vores tilføjelser. Type 1: kun insulin (A10A) indløst og en DE10-aktionsdiagnose, eller flest typespecifikke aktionsdiagnoser DE10 og insulin i mindst 2/3 af indløsningerne; ellers type 2 (forenklet efter OSDC, Steno Diabetes Center Aarhus). Aldersgrænsen for metformin er alderen på skæringsdatoen; dapagliflozin/empagliflozin udelades helt (ikke kun som monoterapi).',
          en: 'Inspired by the RUKS diabetes algorithm (diagnoses and diabetes medication, two events); the type split and the exclusions below are our additions. Type 1: only insulin (A10A) redeemed and a DE10 primary diagnosis, or most type-specific primary diagnoses DE10 and insulin in at least 2/3 of redemptions; otherwise type 2 (simplified OSDC). The metformin age limit is the age at the reference date; dapagliflozin/empagliflozin are left out entirely (not only as monotherapy).',
        },
      ],
    },
  ],
  // A table, read across: one indicator per block, related fields packed on a line.
  // prettier-ignore
  indicators: [
    ...COMMON_INDICATORS,
    {
      name: 'overweight', section: 'prevention', family: 'survey',
      title: { da: 'Overvægt (BMI ≥ 25), 25 år og derover', en: 'Overweight (BMI ≥ 25), aged 25+' },
      definition: { da: 'Andel med BMI ≥ 25 (varianten obesity: BMI ≥ 30), vægtet.', en: 'Share with BMI ≥ 25 (variant obesity: BMI ≥ 30), weighted.' },
      measure: 'proportion', unit: 'pct', ages: { min: 25, max: 100 }, requires: ['survey'], needs: { columns: [NEEDS.bmi] },
      params: { surveyFlag: 'overweight' }, message: { da: 'er {value} overvægtige', en: '{value} are overweight' },
    },
    {
      name: 'inactivity', section: 'prevention', family: 'survey',
      title: { da: 'Fysisk inaktive, 25 år og derover', en: 'Physically inactive, aged 25+' },
      definition: { da: 'Andel fysisk inaktive, vægtet.', en: 'Share physically inactive, weighted.' },
      measure: 'proportion', unit: 'pct', ages: { min: 25, max: 100 }, requires: ['survey'], needs: { columns: [NEEDS.inactivity] },
      params: { surveyFlag: 'physically_inactive' }, message: { da: 'er {value} fysisk inaktive', en: '{value} are physically inactive' },
    },
    {
      name: 'prevalence', section: 'disease', family: 'prevalence', ageCurve: true,
      title: { da: 'Borgere med diabetes', en: 'People with diabetes' },
      definition: { da: 'Andel borgere med diabetes på skæringsdatoen; diabetes_type 1 og 2 vises hver for sig.', en: 'Share of residents with diabetes at the reference date; diabetes_type 1 and 2 shown separately.' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 100 }, requires: ['persons'], needs: { codes: true },
      message: { da: 'har {value} diabetes', en: '{value} have diabetes' },
    },
    {
      name: 'incidence', section: 'disease', family: 'incidence',
      title: { da: 'Nye tilfælde af type 2-diabetes', en: 'New cases of type 2 diabetes' },
      definition: { da: 'Nye type 2-tilfælde i perioden pr. 1.000 personår blandt borgere uden diabetes ved periodens start.', en: 'New type 2 cases in the period per 1,000 person-years among people without diabetes at its start.' },
      measure: 'rate', unit: 'per1000', ages: { min: 18, max: 100 }, requires: ['persons'], needs: { codes: true },
      params: { diabetesType: '2' },
      message: { da: 'er der {value} nye tilfælde pr. 1.000 personår', en: 'there are {value} new cases per 1,000 person-years' },
    },
    {
      name: 'acute_admissions', section: 'care', family: 'acute_admissions',
      title: { da: 'Akutte indlæggelser med diabetes', en: 'Acute admissions for diabetes' },
      definition: { da: 'Akutte indlæggelser i perioden med diabetes som aktionsdiagnose pr. 1.000 borgere med diabetes.', en: 'Acute admissions with diabetes as primary diagnosis per 1,000 people with diabetes.' },
      measure: 'rate', unit: 'per1000', ages: { min: 0, max: 100 }, requires: REG, needs: ADMISSION_NEEDS,
      message: { da: 'er der {value} akutte indlæggelser pr. 1.000 borgere med diabetes', en: 'there are {value} acute admissions per 1,000 people with diabetes' },
    },
    {
      name: 'readmissions_30d', section: 'care', family: 'readmissions',
      title: { da: 'Akutte genindlæggelser inden for 30 dage', en: 'Acute readmissions within 30 days' },
      definition: { da: 'Andel diabetesindlæggelser (udskrevet i perioden), der følges af en akut indlæggelse 0-30 dage efter udskrivelsen.', en: 'Share of diabetes admissions followed by an acute admission 0-30 days after discharge.' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 100 }, requires: REG, needs: ADMISSION_NEEDS,
      message: { da: 'følges {value} af indlæggelserne af en akut genindlæggelse', en: '{value} of admissions are followed by an acute readmission' },
    },
    {
      name: 'rehab_uptake', section: 'care', family: 'service_uptake', favourable: true,
      title: { da: 'Påbegyndt patientuddannelse eller diabetesrehabilitering', en: 'Started patient education or diabetes rehabilitation' },
      definition: { da: 'Andel borgere med type 2-diabetes, der startede patientuddannelse eller diabetesrehabilitering i perioden.', en: 'Share of people with type 2 diabetes who started patient education or rehabilitation in the period.' },
      measure: 'proportion', unit: 'pct', ages: { min: 18, max: 100 }, requires: ['persons', 'municipal_services'], needs: { codes: true, columns: [NEEDS.serviceStart] },
      params: { services: ['patientuddannelse', 'diabetes_rehabilitering'], diabetesType: '2' },
      population: { da: 'borgere med type 2-diabetes', en: 'people with type 2 diabetes' }, message: { da: 'startede {value} et forløb', en: '{value} started a programme' },
    },
    {
      name: 'employment', section: 'care', family: 'employment', favourable: true,
      title: { da: 'Borgere med diabetes i beskæftigelse, 30-64 år', en: 'People with diabetes in employment, aged 30-64' },
      definition: { da: 'Andel i beskæftigelse blandt borgere 30-64 år med diabetes; varianten uden_sygdom er borgere uden diabetes.', en: 'Share employed among people aged 30-64 with diabetes; the variant uden_sygdom is people without.' },
      measure: 'proportion', unit: 'pct', ages: { min: 30, max: 64 }, requires: ['persons', 'socioeconomic'], needs: { codes: true, columns: [NEEDS.labourMarket] },
      params: { outcome: 'employed' }, population: { da: 'borgere med diabetes', en: 'people with diabetes' }, message: { da: 'er {value} i beskæftigelse', en: '{value} are employed' },
    },
    {
      name: 'mortality', section: 'care', family: 'mortality',
      title: { da: 'Dødelighed blandt borgere med diabetes', en: 'Mortality among people with diabetes' },
      definition: { da: 'Dødsfald i perioden pr. 1.000 personår blandt borgere med diabetes ved periodens start.', en: 'Deaths per 1,000 person-years among people with diabetes at the start of the period.' },
      measure: 'rate', unit: 'per1000', ages: { min: 0, max: 100 }, requires: ['persons'], needs: { codes: true, columns: [NEEDS.deaths] },
      population: { da: 'borgere med diabetes', en: 'people with diabetes' }, message: { da: 'er der {value} dødsfald pr. 1.000 personår', en: 'there are {value} deaths per 1,000 person-years' },
    },
    {
      name: 'cost_per_capita', section: 'care', family: 'cost',
      title: { da: 'Udgift pr. borger med diabetes', en: 'Cost per person with diabetes' },
      definition: { da: 'Gennemsnitlig udgift (kr.) pr. borger med diabetes i periodens år, alle sektorer.', en: 'Average cost (DKK) per person with diabetes in the period year, all sectors.' },
      measure: 'mean', unit: 'dkk', ages: { min: 0, max: 100 }, requires: ['persons', 'costs'], needs: { codes: true },
      population: { da: 'borgere med diabetes', en: 'people with diabetes' }, message: { da: 'er udgiften i gennemsnit {value} pr. borger', en: 'the average cost is {value} per person' },
    },
    {
      name: 'children_with_parent', section: 'family', family: 'children_with_parent',
      title: { da: 'Børn med en forælder med diabetes', en: 'Children with a parent with diabetes' },
      definition: { da: 'Andel børn 0-17 år med en mor eller far med diabetes (forældrekobling).', en: 'Share of children aged 0-17 with a mother or father with diabetes (parent link).' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 17 }, requires: ['persons'], needs: { codes: true, columns: [NEEDS.parents] },
      message: { da: 'har {value} en forælder med diabetes', en: '{value} have a parent with diabetes' },
    },
    {
      name: 'type1_children', section: 'family', family: 'prevalence', ageCurve: true,
      title: { da: 'Børn og unge 0-29 år med type 1-diabetes', en: 'Children and young people aged 0-29 with type 1 diabetes' },
      definition: { da: 'Andel borgere 0-29 år med type 1-diabetes på skæringsdatoen.', en: 'Share of residents aged 0-29 with type 1 diabetes at the reference date.' },
      measure: 'proportion', unit: 'pct', ages: { min: 0, max: 29 }, requires: ['persons'], needs: { codes: true },
      params: { diabetesType: '1' }, message: { da: 'har {value} type 1-diabetes', en: '{value} have type 1 diabetes' },
    },
  ],
  notes: [],
};
