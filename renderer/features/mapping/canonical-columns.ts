/**
 * The canonical columns the mapping table offers, per table, with the header names analysts meet in
 * Danish registry extracts (DST, LPR, LMDB) and English exports. Data, not code: add a synonym here.
 * Until shared/contract/canonical.ts lands this list mirrors DATA-CONTRACT.md §1.
 */
export interface CanonicalColumn {
  name: string;
  required: boolean;
  /** Upper-case header names that mean this column; the first match wins. */
  synonyms: string[];
}

export type CanonicalTableName = 'persons' | 'socioeconomic' | 'hospital_contacts' | 'prescriptions' | 'municipal_services';

export const CANONICAL_TABLES: Record<CanonicalTableName, { fileHints: RegExp; columns: CanonicalColumn[] }> = {
  persons: {
    fileHints: /befolk|person|bef|cpr/i,
    columns: [
      { name: 'person_id', required: true, synonyms: ['PNR', 'PNR_PSEUDO', 'CPR', 'CPR_ENC', 'PERSON_ID', 'ID', 'LOEBENR'] },
      { name: 'birth_date', required: true, synonyms: ['FOED_DAG', 'FOEDDATO', 'FODDATO', 'BIRTH_DATE', 'FOED_AAR', 'BIRTHDATE'] },
      { name: 'sex', required: true, synonyms: ['KOEN', 'KON', 'KØN', 'SEX', 'GENDER'] },
      { name: 'municipality_code', required: true, synonyms: ['KOMKODE', 'KOM', 'KOMMUNE', 'BOPIKOM', 'MUNICIPALITY', 'MUNICIPALITY_CODE'] },
      { name: 'death_date', required: false, synonyms: ['DOED_DATO', 'DODDATO', 'DOEDSDATO', 'DEATH_DATE'] },
      { name: 'origin', required: false, synonyms: ['IE_TYPE', 'HERKOMST', 'ORIGIN'] },
      { name: 'mother_id', required: false, synonyms: ['MOR_PNR', 'MOR_ID', 'MOTHER_ID'] },
      { name: 'father_id', required: false, synonyms: ['FAR_PNR', 'FAR_ID', 'FATHER_ID'] },
    ],
  },
  socioeconomic: {
    fileHints: /socio|udd|indk|akm/i,
    columns: [
      { name: 'person_id', required: true, synonyms: ['PNR', 'PNR_PSEUDO', 'CPR', 'PERSON_ID'] },
      { name: 'year', required: true, synonyms: ['AAR', 'ÅR', 'YEAR'] },
      { name: 'education', required: false, synonyms: ['HFAUDD', 'UDDANNELSE', 'NIVEAU', 'ISCED', 'EDUCATION'] },
      { name: 'labour_market', required: false, synonyms: ['SOCIO13', 'ARBEJDSMARKED', 'LABOUR_MARKET'] },
      { name: 'disposable_income', required: false, synonyms: ['DISPON_NY', 'DISPON', 'INDKOMST', 'INCOME'] },
      { name: 'cohabitation', required: false, synonyms: ['CIVST', 'SAMLIV', 'FAMILIE_TYPE', 'COHABITATION'] },
    ],
  },
  hospital_contacts: {
    fileHints: /lpr|kontakt|hospital|sygehus/i,
    columns: [
      { name: 'person_id', required: true, synonyms: ['PNR', 'PNR_PSEUDO', 'CPR', 'PERSON_ID'] },
      { name: 'start_date', required: true, synonyms: ['DATO_START', 'D_INDDTO', 'INDDATO', 'START_DATE'] },
      { name: 'end_date', required: false, synonyms: ['DATO_SLUT', 'D_UDDTO', 'UDDATO', 'END_DATE'] },
      { name: 'diagnosis_code', required: true, synonyms: ['DIAG', 'KODE', 'C_DIAG', 'DIAGNOSE', 'DIAGNOSIS_CODE'] },
      { name: 'diagnosis_type', required: false, synonyms: ['DIAGTYPE', 'C_DIAGTYPE', 'DIAGNOSIS_TYPE'] },
      { name: 'admission_type', required: false, synonyms: ['PRIORITET', 'C_INDM', 'ADMISSION_TYPE'] },
      { name: 'patient_type', required: false, synonyms: ['PATTYPE', 'C_PATTYPE', 'PATIENT_TYPE'] },
      { name: 'specialty', required: false, synonyms: ['SPECIALE', 'SPECIALTY'] },
    ],
  },
  prescriptions: {
    fileHints: /lmdb|recept|medicin|lms/i,
    columns: [
      { name: 'person_id', required: true, synonyms: ['PNR', 'PNR_PSEUDO', 'CPR', 'PERSON_ID'] },
      { name: 'dispensing_date', required: true, synonyms: ['EKSD', 'EKSPDATO', 'DISPENSING_DATE'] },
      { name: 'atc', required: true, synonyms: ['ATC', 'ATC_KODE'] },
      { name: 'packages', required: false, synonyms: ['APK', 'PAKNINGER', 'PACKAGES'] },
    ],
  },
  municipal_services: {
    fileHints: /kommun|forloeb|rehab|tilbud/i,
    columns: [
      { name: 'person_id', required: true, synonyms: ['PNR', 'PNR_PSEUDO', 'CPR', 'PERSON_ID'] },
      { name: 'service', required: true, synonyms: ['TILBUD', 'YDELSE', 'SERVICE'] },
      { name: 'referral_date', required: false, synonyms: ['HENV_DATO', 'HENVISNINGSDATO', 'REFERRAL_DATE'] },
      { name: 'start_date', required: false, synonyms: ['START_DATO', 'STARTDATO', 'START_DATE'] },
      { name: 'completed', required: false, synonyms: ['GENNEMFOERT', 'AFSLUTTET', 'COMPLETED'] },
      { name: 'referrer', required: false, synonyms: ['HENVISER', 'REFERRER'] },
    ],
  },
};

/** Danish names of the canonical tables and fields, shown beside the technical names. */
export const TABLE_LABELS: Record<CanonicalTableName, string> = {
  persons: 'Befolkning',
  socioeconomic: 'Socioøkonomi',
  hospital_contacts: 'Sygehuskontakter (LPR)',
  prescriptions: 'Indløste recepter (LMDB)',
  municipal_services: 'Kommunale tilbud',
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
};
