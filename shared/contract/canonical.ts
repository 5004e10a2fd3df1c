/**
 * The canonical tables of DATA-CONTRACT.md §1 as data. One definition drives the import SQL, the
 * validation rules and the mapping screen, so a column added here is imported, checked and offered
 * for mapping without touching any other file.
 */

export type CanonicalTableName = 'persons' | 'socioeconomic' | 'hospital_contacts' | 'prescriptions' | 'municipal_services' | 'survey' | 'costs';

/** Import order matters: persons first, so every other table can be checked against it. */
export const CANONICAL_TABLE_NAMES: readonly CanonicalTableName[] = [
  'persons',
  'socioeconomic',
  'hospital_contacts',
  'prescriptions',
  'municipal_services',
  'survey',
  'costs',
];

export type SqlType = 'VARCHAR' | 'DATE' | 'TIMESTAMP' | 'SMALLINT' | 'DOUBLE' | 'BOOLEAN';

/**
 * How the raw text of a column becomes its canonical value:
 * - `key`: a pseudonymous id (CPR numbers are hashed);
 * - `sex`, `icd10`, `atc`, `education`: code normalisation (see shared/import/normalise.ts);
 * - `code`: must be one of `allowed` (after lower-casing);
 * - `free`: any text.
 */
export type ColumnKind = 'key' | 'sex' | 'icd10' | 'atc' | 'education' | 'code' | 'free' | 'value';

export interface CanonicalColumn {
  name: string;
  type: SqlType;
  required: boolean;
  kind: ColumnKind;
  allowed?: readonly string[];
  /** A date that may not lie after the reference date (birth, death, events). */
  notAfterReference?: boolean;
  /** Must exist in persons (foreign key); `strict` rejects the row, otherwise a warning. */
  references?: 'strict' | 'loose';
  notes: string;
}

export interface CanonicalTable {
  name: CanonicalTableName;
  required: boolean;
  /** Danish label for messages and the mapping screen. */
  label: string;
  /** Column holding the person id that must be unique (persons) — duplicates are rejected. */
  uniqueKey?: string;
  /** File names that suggest this table, for the mapping proposal. */
  fileHints: RegExp;
  columns: readonly CanonicalColumn[];
}

export const EDUCATION_LEVELS = ['grundskole', 'gymnasial', 'erhvervsfaglig', 'kort_videregaaende', 'mellemlang_videregaaende', 'lang_videregaaende'] as const;
export const ORIGINS = ['dansk', 'indvandrer_vestlig', 'indvandrer_ikke_vestlig', 'efterkommer_vestlig', 'efterkommer_ikke_vestlig'] as const;
export const LABOUR_MARKET = ['beskaeftiget', 'ledig', 'under_uddannelse', 'foertidspension', 'pension', 'oevrige_uden_for'] as const;

const col = (name: string, type: SqlType, required: boolean, kind: ColumnKind, notes: string, extra: Partial<CanonicalColumn> = {}): CanonicalColumn => ({
  name,
  type,
  required,
  kind,
  notes,
  ...extra,
});

const personRef = (required = true) => col('person_id', 'VARCHAR', required, 'key', 'pseudonymt personnummer', { references: 'strict' });

export const CANONICAL_TABLES: Record<CanonicalTableName, CanonicalTable> = {
  persons: {
    name: 'persons',
    fileHints: /befolk|person|bef|cpr/i,
    required: true,
    label: 'befolkning',
    uniqueKey: 'person_id',
    columns: [
      col('person_id', 'VARCHAR', true, 'key', 'unik, pseudonym'),
      col('birth_date', 'DATE', true, 'value', 'et fødselsår alene bliver 1. juli; alder 0-110 på referencedatoen'),
      col('sex', 'VARCHAR', true, 'sex', 'M eller K', { allowed: ['M', 'K'] }),
      col('municipality_code', 'SMALLINT', true, 'value', 'kommunekode (fx 751)'),
      col('death_date', 'DATE', false, 'value', 'dødsdato', { notAfterReference: true }),
      col('origin', 'VARCHAR', false, 'code', 'herkomst', { allowed: ORIGINS }),
      col('mother_id', 'VARCHAR', false, 'key', 'mor', { references: 'loose' }),
      col('father_id', 'VARCHAR', false, 'key', 'far', { references: 'loose' }),
    ],
  },
  socioeconomic: {
    name: 'socioeconomic',
    fileHints: /socio|udd|indk|akm|besk/i,
    required: false,
    label: 'socioøkonomi',
    columns: [
      personRef(),
      col('year', 'SMALLINT', true, 'value', 'år'),
      col('education', 'VARCHAR', false, 'education', 'højeste fuldførte uddannelse', { allowed: EDUCATION_LEVELS }),
      col('labour_market', 'VARCHAR', false, 'code', 'tilknytning til arbejdsmarkedet', { allowed: LABOUR_MARKET }),
      col('disposable_income', 'DOUBLE', false, 'value', 'disponibel indkomst, kr./år'),
      col('cohabitation', 'VARCHAR', false, 'code', 'samlivsstatus', { allowed: ['samlevende', 'enlig'] }),
    ],
  },
  hospital_contacts: {
    name: 'hospital_contacts',
    fileHints: /lpr|kontakt|hospital|sygehus/i,
    required: false,
    label: 'sygehuskontakter',
    columns: [
      personRef(),
      col('start_date', 'TIMESTAMP', true, 'value', 'kontaktstart', { notAfterReference: true }),
      col('end_date', 'TIMESTAMP', false, 'value', 'kontaktslut (tom = åben)'),
      col('diagnosis_code', 'VARCHAR', true, 'icd10', 'ICD-10 med D-præfiks, fx DJ441'),
      col('diagnosis_type', 'VARCHAR', false, 'code', 'A eller B', { allowed: ['A', 'B'] }),
      col('admission_type', 'VARCHAR', false, 'code', 'akut eller planlagt', { allowed: ['akut', 'planlagt'] }),
      col('patient_type', 'VARCHAR', false, 'code', 'indlagt eller ambulant', { allowed: ['indlagt', 'ambulant'] }),
      col('specialty', 'VARCHAR', false, 'code', 'somatik eller psykiatri', { allowed: ['somatik', 'psykiatri'] }),
    ],
  },
  prescriptions: {
    name: 'prescriptions',
    fileHints: /lmdb|recept|medicin|lms/i,
    required: false,
    label: 'receptindløsninger',
    columns: [
      personRef(),
      col('dispensing_date', 'DATE', true, 'value', 'ekspeditionsdato', { notAfterReference: true }),
      col('atc', 'VARCHAR', true, 'atc', 'ATC-kode, fx R03AK06'),
      col('packages', 'DOUBLE', false, 'value', 'antal pakninger'),
    ],
  },
  municipal_services: {
    name: 'municipal_services',
    fileHints: /kommun|forloeb|forløb|rehab|tilbud/i,
    required: false,
    label: 'kommunale indsatser',
    columns: [
      personRef(),
      col('service', 'VARCHAR', true, 'free', 'indsats, fx rygestop'),
      col('referral_date', 'DATE', false, 'value', 'henvisningsdato', { notAfterReference: true }),
      col('start_date', 'DATE', false, 'value', 'startdato (tom = aldrig startet)', { notAfterReference: true }),
      col('completed', 'BOOLEAN', false, 'value', 'gennemført'),
      col('referrer', 'VARCHAR', false, 'code', 'henviser', { allowed: ['hospital', 'almen_praksis', 'egen_henvendelse', 'kommune'] }),
    ],
  },
  survey: {
    name: 'survey',
    fileHints: /hvordan|survey|sundhedsprofil|spoerge|spørge/i,
    required: false,
    label: 'spørgeskema',
    columns: [
      col('respondent_id', 'VARCHAR', true, 'key', 'respondent'),
      col('year', 'SMALLINT', true, 'value', 'år'),
      col('age', 'SMALLINT', true, 'value', 'alder'),
      col('sex', 'VARCHAR', true, 'sex', 'M eller K', { allowed: ['M', 'K'] }),
      col('municipality_code', 'SMALLINT', true, 'value', 'kommunekode'),
      col('education', 'VARCHAR', false, 'education', 'uddannelse', { allowed: EDUCATION_LEVELS }),
      col('weight', 'DOUBLE', true, 'value', 'kalibreret vægt'),
      col('daily_smoker', 'BOOLEAN', false, 'value', 'dagligryger'),
      col('bmi', 'DOUBLE', false, 'value', 'BMI'),
      col('low_mental_wellbeing', 'BOOLEAN', false, 'value', 'lavt mentalt helbred'),
      col('physically_inactive', 'BOOLEAN', false, 'value', 'fysisk inaktiv'),
      col('high_alcohol', 'BOOLEAN', false, 'value', 'højt alkoholforbrug'),
    ],
  },
  costs: {
    name: 'costs',
    fileHints: /omkost|udgift|cost|takst/i,
    required: false,
    label: 'udgifter',
    columns: [
      personRef(),
      col('year', 'SMALLINT', true, 'value', 'år'),
      col('sector', 'VARCHAR', true, 'code', 'sektor', { allowed: ['hospital', 'almen_praksis', 'medicin', 'kommune'] }),
      col('amount_dkk', 'DOUBLE', true, 'value', 'beløb i kr.'),
    ],
  },
};

/**
 * Upper-case source headers that usually mean a canonical column (Danish registers, DST, LPR, LMDB,
 * English exports), by column name. For the mapping proposal only: the import maps by the profile.
 */
export const COLUMN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  person_id: ['PNR', 'PNR_PSEUDO', 'CPR', 'CPR_ENC', 'PERSON_ID', 'BORGER_ID', 'ID'],
  respondent_id: ['LOEBENR', 'RESPONDENT_ID', 'ID'],
  birth_date: ['FOED_DAG', 'FOEDDATO', 'FODDATO', 'FOED_AAR', 'BIRTH_DATE', 'BIRTHDATE'],
  sex: ['KOEN', 'KON', 'KØN', 'SEX', 'GENDER'],
  municipality_code: ['KOM', 'KOMKODE', 'KOMMUNE', 'BOPIKOM', 'MUNICIPALITY', 'MUNICIPALITY_CODE'],
  death_date: ['DOD_DATO', 'DOED_DATO', 'DODDATO', 'DOEDSDATO', 'DEATH_DATE'],
  origin: ['IE_TYPE', 'HERKOMST', 'ORIGIN'],
  mother_id: ['MOR_PNR', 'MOR_ID', 'MOTHER_ID'],
  father_id: ['FAR_PNR', 'FAR_ID', 'FATHER_ID'],
  year: ['AAR', 'ÅR', 'YEAR'],
  education: ['HFAUDD', 'UDDANNELSE', 'NIVEAU', 'ISCED', 'EDUCATION'],
  labour_market: ['SOCIO13', 'SOCSTIL', 'ARBEJDSMARKED', 'LABOUR_MARKET'],
  disposable_income: ['DISPON_NY', 'DISPON', 'INDKOMST', 'INCOME'],
  cohabitation: ['CIVST', 'SAMLIV', 'FAMILIE_TYPE', 'COHABITATION'],
  start_date: ['DATO_START', 'D_INDDTO', 'INDDATO', 'START_DATO', 'STARTDATO', 'START_DATE'],
  end_date: ['DATO_SLUT', 'D_UDDTO', 'UDDATO', 'END_DATE'],
  diagnosis_code: ['DIAGNOSE', 'DIAG', 'KODE', 'C_DIAG', 'DIAGNOSIS_CODE'],
  diagnosis_type: ['DIAGTYPE', 'C_DIAGTYPE', 'DIAGNOSIS_TYPE'],
  admission_type: ['INDLAEGGELSESMAADE', 'PRIORITET', 'C_INDM', 'ADMISSION_TYPE'],
  patient_type: ['PATIENTTYPE', 'PATTYPE', 'C_PATTYPE', 'PATIENT_TYPE'],
  specialty: ['SPECIALE', 'SPECIALTY'],
  dispensing_date: ['EKSD', 'EKSPDATO', 'DISPENSING_DATE'],
  atc: ['ATC', 'ATC_KODE'],
  packages: ['APK', 'PAKNINGER', 'PACKAGES'],
  service: ['INDSATS', 'TILBUD', 'YDELSE', 'SERVICE'],
  referral_date: ['HENVIST_DATO', 'HENV_DATO', 'HENVISNINGSDATO', 'REFERRAL_DATE'],
  completed: ['GENNEMFOERT', 'GENNEMFØRT', 'AFSLUTTET', 'COMPLETED'],
  referrer: ['HENVIST_AF', 'HENVISER', 'REFERRER'],
  age: ['ALDER', 'AGE'],
  weight: ['VAEGT', 'VÆGT', 'WEIGHT', 'VAEGT_KALIBRERET'],
  daily_smoker: ['RYGER_DAGLIGT', 'DAGLIGRYGER', 'DAILY_SMOKER'],
  bmi: ['BMI'],
  low_mental_wellbeing: ['LAV_MENTAL_TRIVSEL', 'LOW_MENTAL_WELLBEING'],
  physically_inactive: ['FYSISK_INAKTIV', 'PHYSICALLY_INACTIVE'],
  high_alcohol: ['HOEJT_ALKOHOLFORBRUG', 'HIGH_ALCOHOL'],
  sector: ['SEKTOR', 'SECTOR'],
  amount_dkk: ['BELOEB_KR', 'BELOEB', 'BELØB', 'AMOUNT_DKK', 'KR'],
};

/** `CREATE TABLE` column list of a canonical table, exactly as the contract says. */
export function canonicalColumnsSql(table: CanonicalTableName): string {
  return CANONICAL_TABLES[table].columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
}

export function isCanonicalTableName(name: string): name is CanonicalTableName {
  return (CANONICAL_TABLE_NAMES as readonly string[]).includes(name);
}
