/**
 * The canonical columns the mapping table offers, per table, with the header names analysts meet in
 * Danish registry extracts (DST, LPR, LMDB) and English exports: read from the data contract
 * (shared/contract/canonical.ts, columns and COLUMN_SYNONYMS), so the mapping offers exactly what the
 * import reads. Add a synonym there.
 */
import { CANONICAL_TABLE_NAMES, CANONICAL_TABLES as CONTRACT_TABLES, COLUMN_SYNONYMS, type CanonicalTableName } from '../../../shared/contract/canonical';

export type { CanonicalTableName };

export interface CanonicalColumn {
  name: string;
  required: boolean;
  /** Upper-case header names that mean this column; the first match wins. */
  synonyms: string[];
}

export const CANONICAL_TABLES: Record<CanonicalTableName, { fileHints: RegExp; columns: CanonicalColumn[] }> = Object.fromEntries(
  CANONICAL_TABLE_NAMES.map((name) => [
    name,
    {
      fileHints: CONTRACT_TABLES[name].fileHints,
      columns: CONTRACT_TABLES[name].columns.map((c) => ({ name: c.name, required: c.required, synonyms: [...(COLUMN_SYNONYMS[c.name] ?? [])] })),
    },
  ]),
) as Record<CanonicalTableName, { fileHints: RegExp; columns: CanonicalColumn[] }>;

/** Danish names of the canonical tables and fields, shown beside the technical names. */
export const TABLE_LABELS: Record<CanonicalTableName, string> = {
  persons: 'Befolkning',
  socioeconomic: 'Socioøkonomi',
  hospital_contacts: 'Sygehuskontakter (LPR)',
  prescriptions: 'Indløste recepter (LMDB)',
  municipal_services: 'Kommunale tilbud',
  survey: 'Spørgeskema (Hvordan har du det?)',
  costs: 'Udgifter pr. borger',
};

export const FIELD_LABELS: Record<string, string> = {
  person_id: 'Person (pseudonym)',
  birth_date: 'Fødselsdato',
  sex: 'Køn',
  municipality_code: 'Bopælskommune',
  death_date: 'Dødsdato',
  origin: 'Herkomst',
  mother_id: 'Mor',
  father_id: 'Far',
  year: 'År',
  education: 'Uddannelse',
  labour_market: 'Tilknytning til arbejdsmarkedet',
  disposable_income: 'Disponibel indkomst',
  cohabitation: 'Samlivsstatus',
  start_date: 'Startdato',
  end_date: 'Slutdato',
  diagnosis_code: 'Diagnosekode',
  diagnosis_type: 'Diagnosetype',
  admission_type: 'Indlæggelsesmåde',
  patient_type: 'Patienttype',
  specialty: 'Speciale',
  dispensing_date: 'Ekspeditionsdato',
  atc: 'ATC-kode',
  packages: 'Antal pakninger',
  service: 'Tilbud',
  referral_date: 'Henvisningsdato',
  completed: 'Gennemført',
  referrer: 'Henviser',
  respondent_id: 'Respondent',
  age: 'Alder',
  weight: 'Kalibreret vægt',
  daily_smoker: 'Dagligryger',
  bmi: 'BMI',
  low_mental_wellbeing: 'Lavt mentalt helbred',
  physically_inactive: 'Fysisk inaktiv',
  high_alcohol: 'Højt alkoholforbrug',
  sector: 'Sektor',
  amount_dkk: 'Beløb (kr.)',
};
