/** The two population indicators every track starts with (TRACKS.md, "Common to all tracks"). */
import type { ColumnNeed, IndicatorDefinition, IndicatorNeeds } from '../types';

export const COMMON_INDICATORS: IndicatorDefinition[] = [
  {
    name: 'population_pyramid',
    section: 'population',
    family: 'population_pyramid',
    title: { da: 'Befolkningen efter alder og køn', en: 'Population by age and sex' },
    definition: {
      da: 'Borgere med bopæl i området, i live på skæringsdatoen, efter 5-års aldersgruppe og køn.',
      en: 'Residents of the area alive at the reference date, by 5-year age group and sex.',
    },
    measure: 'count',
    unit: 'count',
    ages: { min: 0, max: 100 },
    requires: ['persons'],
    message: { da: 'Området har {value} borgere på skæringsdatoen', en: 'The area has {value} residents at the reference date' },
  },
  {
    name: 'population_social',
    section: 'population',
    family: 'population_social',
    title: { da: 'Befolkningen 30-64 år efter social position', en: 'Population aged 30-64 by social position' },
    definition: {
      da: 'Fordelingen af borgere 30-64 år efter uddannelse, tilknytning til arbejdsmarkedet og herkomst.',
      en: 'Distribution of residents aged 30-64 by education, labour-market attachment and origin.',
    },
    measure: 'proportion',
    unit: 'pct',
    ages: { min: 30, max: 64 },
    requires: ['persons'],
    message: {
      da: 'Blandt borgere 30-64 år har {value} grundskole som højeste uddannelse',
      en: 'Among residents aged 30-64, {value} have primary school as their highest education',
    },
  },
];

/**
 * Columns indicators cannot do without (types.ts ColumnNeed). A column that is not mapped is empty in
 * the canonical table, so "no value in the whole extract" covers both.
 */
export const NEEDS = {
  labourMarket: { table: 'socioeconomic', anyOf: ['labour_market'], about: { da: 'arbejdsmarkedstilknytning', en: 'labour-market attachment' } },
  parents: { table: 'persons', anyOf: ['mother_id', 'father_id'], about: { da: 'forældre', en: 'parents' } },
  deaths: { table: 'persons', anyOf: ['death_date'], about: { da: 'dødsfald (dødsdato)', en: 'deaths (date of death)' } },
  inpatient: {
    table: 'hospital_contacts',
    anyOf: ['patient_type'],
    about: { da: 'patienttype (indlagt eller ambulant)', en: 'patient type (inpatient or outpatient)' },
  },
  acute: {
    table: 'hospital_contacts',
    anyOf: ['admission_type'],
    about: { da: 'indlæggelsesmåde (akut eller planlagt)', en: 'admission type (acute or planned)' },
  },
  diagnosisType: {
    table: 'hospital_contacts',
    anyOf: ['diagnosis_type'],
    about: { da: 'diagnosetype (aktions- eller bidiagnose)', en: 'diagnosis type (primary or secondary)' },
  },
  specialty: {
    table: 'hospital_contacts',
    anyOf: ['specialty'],
    about: { da: 'speciale (somatik eller psykiatri)', en: 'specialty (somatic or psychiatric)' },
  },
  serviceStart: {
    table: 'municipal_services',
    anyOf: ['start_date'],
    about: { da: 'hvornår et kommunalt forløb startede (startdato)', en: 'when a municipal programme started (start date)' },
  },
  dailySmoker: { table: 'survey', anyOf: ['daily_smoker'], about: { da: 'dagligrygning', en: 'daily smoking' } },
  bmi: { table: 'survey', anyOf: ['bmi'], about: { da: 'BMI', en: 'BMI' } },
  wellbeing: { table: 'survey', anyOf: ['low_mental_wellbeing'], about: { da: 'mental trivsel', en: 'mental wellbeing' } },
  inactivity: { table: 'survey', anyOf: ['physically_inactive'], about: { da: 'fysisk inaktivitet', en: 'physical inactivity' } },
} as const satisfies Record<string, ColumnNeed>;

/** Admissions: merged inpatient stays, acute or not, marked by the track's A-diagnoses (admissions.ts). */
export const ADMISSION_NEEDS: IndicatorNeeds = { codes: true, columns: [NEEDS.inpatient, NEEDS.acute, NEEDS.diagnosisType] };
