/**
 * What a source header may be called, per canonical column, as data for the mapping proposal
 * (shared/import/propose.ts). Two kinds of entry:
 * - `names`: register variable names as the analyst meets them (matched whole, after folding case,
 *   æøå and separators). The contract's COLUMN_SYNONYMS are added to these, so a name lives in one
 *   place; the names here are the ones the registers' documentation uses:
 *   Danmarks Statistik (BEF, UDDA, AKM, IND: PNR, FOED_DAG, KOEN, KOM, MOR_ID, FAR_ID, IE_TYPE,
 *   HFAUDD, SOCIO13, DISPON_NY, CIVST), Landspatientregisteret LPR2 (T_ADM/T_DIAG: D_INDDTO,
 *   D_UDDTO, C_ADIAG, C_DIAG, C_DIAGTYPE, C_INDM, C_PATTYPE, C_SPEC), LPR3 (kontakter/diagnoser:
 *   dato_start, dato_slut, aktionsdiagnose, diagnosekode, diagnosetype, prioritet) and
 *   Lægemiddelstatistikregisteret (EKSD, ATC, APK).
 * - `words`: Danish and English words, each a list of folded tokens that may appear joined
 *   (FOEDDATO), separated (FOED_DATO, foed-dato, "Foed dato") or inside a longer header
 *   (BOPAEL_KOM). Abbreviations analysts use (udd, diag, pt) are words too.
 */
export interface HeaderPatterns {
  names?: readonly string[];
  words?: readonly (readonly string[])[];
}

export const HEADER_PATTERNS: Readonly<Record<string, HeaderPatterns>> = {
  person_id: {
    names: ['PNR', 'V_PNR', 'PNR_PSEUDO', 'CPR', 'V_CPR', 'CPRNR', 'PERSON_ID', 'PERSONID', 'BORGER_ID', 'ID', 'LBNR'],
    words: [['pnr'], ['cpr'], ['person', 'id'], ['borger', 'id'], ['person', 'nr'], ['personnummer']],
  },
  respondent_id: {
    names: ['LOEBENR', 'RESPONDENT_ID', 'RESP_ID', 'RESPID', 'ID'],
    words: [['resp', 'id'], ['respondent'], ['loebe', 'nr']],
  },
  birth_date: {
    names: ['FOED_DAG', 'FOEDDATO', 'FODDATO', 'FOED_DATO', 'FOED_AAR', 'BIRTH_DATE', 'BIRTHDATE', 'DOB'],
    words: [['foed', 'dato'], ['foed', 'dag'], ['foedsels', 'dato'], ['foed', 'aar'], ['birth', 'date'], ['birth'], ['foedt']],
  },
  sex: {
    names: ['KOEN', 'KON', 'KØN', 'SEX', 'GENDER', 'C_KOEN'],
    words: [['koen'], ['sex'], ['gender'], ['kon']],
  },
  municipality_code: {
    names: ['KOM', 'KOMKODE', 'KOMMUNE', 'BOPIKOM', 'BOPAEL_KOM', 'KOMNR', 'C_KOM', 'MUNICIPALITY', 'MUNICIPALITY_CODE'],
    words: [['kommune', 'kode'], ['kommune'], ['kom', 'kode'], ['kom'], ['bopael', 'kommune'], ['municipality']],
  },
  death_date: {
    names: ['DOD_DATO', 'DOED_DATO', 'DODDATO', 'DOEDSDATO', 'D_DODSDATO', 'DEATH_DATE'],
    words: [['doeds', 'dato'], ['doed', 'dato'], ['dod', 'dato'], ['doed', 'dag'], ['death', 'date'], ['death']],
  },
  origin: {
    names: ['IE_TYPE', 'HERKOMST', 'ORIGIN'],
    words: [['herkomst'], ['ie', 'type'], ['origin'], ['oprindelse']],
  },
  mother_id: {
    names: ['MOR_PNR', 'MOR_ID', 'MOR_CPR', 'MOTHER_ID'],
    words: [['mor', 'id'], ['mor', 'pnr'], ['mor', 'cpr'], ['mor'], ['mother']],
  },
  father_id: {
    names: ['FAR_PNR', 'FAR_ID', 'FAR_CPR', 'FATHER_ID'],
    words: [['far', 'id'], ['far', 'pnr'], ['far', 'cpr'], ['far'], ['father']],
  },
  year: {
    names: ['AAR', 'ÅR', 'YEAR', 'AARGANG', 'UDTRAEK_AAR'],
    words: [['aar'], ['year'], ['aargang']],
  },
  age: {
    names: ['ALDER', 'AGE'],
    words: [['alder'], ['age']],
  },
  education: {
    names: ['HFAUDD', 'UDDANNELSE', 'NIVEAU', 'ISCED', 'EDUCATION', 'UDD_NIVEAU', 'UDDNIV', 'HOEJESTE_UDD'],
    words: [
      ['udd', 'niveau'],
      ['uddannelses', 'niveau'],
      ['uddannelse'],
      ['udd'],
      ['hoejeste', 'udd'],
      ['hoejeste', 'uddannelse'],
      ['education'],
      ['educ'],
      ['isced'],
    ],
  },
  labour_market: {
    names: ['SOCIO13', 'SOCIO', 'SOCIO02', 'SOCSTIL', 'SOCSTIL_KODE', 'ARBEJDSMARKED', 'LABOUR_MARKET'],
    words: [['socio'], ['arbejdsmarked'], ['arbejdsmarkeds', 'tilknytning'], ['beskaeftigelse'], ['labour', 'market'], ['labor', 'market'], ['employment']],
  },
  disposable_income: {
    names: ['DISPON_NY', 'DISPON', 'DISPON_13', 'INDKOMST', 'INCOME'],
    words: [['dispon'], ['disponibel', 'indkomst'], ['indkomst'], ['income']],
  },
  cohabitation: {
    names: ['CIVST', 'SAMLIV', 'FAMILIE_TYPE', 'COHABITATION', 'CIVILSTAND'],
    words: [['samliv'], ['samlevende'], ['samlivs', 'status'], ['civilstand'], ['civst'], ['cohabitation'], ['familie', 'type']],
  },
  start_date: {
    names: ['DATO_START', 'D_INDDTO', 'INDDATO', 'START_DATO', 'STARTDATO', 'START_DATE', 'KONTAKT_START', 'STARTDATE'],
    words: [
      ['dato', 'start'],
      ['start', 'dato'],
      ['kontakt', 'start'],
      ['ind', 'dto'],
      ['ind', 'dato'],
      ['indlaeggelses', 'dato'],
      ['start', 'date'],
      ['start'],
      ['forloeb', 'start'],
    ],
  },
  end_date: {
    names: ['DATO_SLUT', 'D_UDDTO', 'UDDATO', 'SLUT_DATO', 'END_DATE', 'KONTAKT_SLUT', 'ENDDATE'],
    words: [['dato', 'slut'], ['slut', 'dato'], ['kontakt', 'slut'], ['ud', 'dto'], ['ud', 'dato'], ['udskrivnings', 'dato'], ['end', 'date'], ['slut']],
  },
  diagnosis_code: {
    names: ['DIAGNOSE', 'DIAG', 'KODE', 'C_DIAG', 'C_ADIAG', 'AKTIONSDIAGNOSE', 'DIAGNOSEKODE', 'DIAGNOSIS_CODE', 'ICD10'],
    words: [['diagnose', 'kode'], ['diag', 'kode'], ['aktions', 'diagnose'], ['adiag'], ['diagnose'], ['diag'], ['diagnosis'], ['icd']],
  },
  diagnosis_type: {
    names: ['DIAGTYPE', 'C_DIAGTYPE', 'DIAGNOSETYPE', 'DIAGNOSIS_TYPE'],
    words: [
      ['diagnose', 'type'],
      ['diag', 'type'],
      ['diagnosis', 'type'],
    ],
  },
  admission_type: {
    names: ['INDLAEGGELSESMAADE', 'PRIORITET', 'C_INDM', 'ADMISSION_TYPE', 'AKUT'],
    words: [['indlaeggelses', 'maade'], ['ind', 'maade'], ['indm'], ['prioritet'], ['admission', 'type'], ['akut'], ['priority']],
  },
  patient_type: {
    names: ['PATIENTTYPE', 'PATTYPE', 'C_PATTYPE', 'PATIENT_TYPE', 'KONTAKTTYPE'],
    words: [
      ['patient', 'type'],
      ['pat', 'type'],
      ['pt', 'type'],
      ['kontakt', 'type'],
    ],
  },
  specialty: {
    names: ['SPECIALE', 'C_SPEC', 'SPECIALTY', 'HOVEDSPECIALE'],
    words: [['speciale'], ['spec'], ['specialty']],
  },
  dispensing_date: {
    names: ['EKSD', 'EKSPDATO', 'EKSPEDITIONSDATO', 'DISPENSING_DATE'],
    words: [['eksp', 'dato'], ['ekspeditions', 'dato'], ['eksd'], ['dispensing', 'date'], ['udlevering', 'dato']],
  },
  atc: {
    names: ['ATC', 'ATC_KODE', 'ATCKODE'],
    words: [['atc']],
  },
  packages: {
    names: ['APK', 'PAKNINGER', 'ANTAL_PAKNINGER', 'PACKAGES'],
    words: [['apk'], ['pakninger'], ['antal', 'pakninger'], ['packages']],
  },
  service: {
    names: ['INDSATS', 'TILBUD', 'YDELSE', 'SERVICE', 'FORLOEB'],
    words: [['indsats'], ['tilbud'], ['ydelse'], ['service'], ['forloeb', 'type']],
  },
  referral_date: {
    names: ['HENVIST_DATO', 'HENV_DATO', 'HENVISNINGSDATO', 'REFERRAL_DATE'],
    words: [['henvis', 'dato'], ['henvisnings', 'dato'], ['henv', 'dato'], ['henvist', 'dato'], ['referral']],
  },
  completed: {
    names: ['GENNEMFOERT', 'GENNEMFØRT', 'AFSLUTTET', 'COMPLETED'],
    words: [['gennemfoert'], ['afsluttet'], ['completed']],
  },
  referrer: {
    names: ['HENVIST_AF', 'HENVISER', 'REFERRER'],
    words: [['henvist', 'af'], ['henviser'], ['referrer']],
  },
  weight: {
    names: ['VAEGT', 'VÆGT', 'WEIGHT', 'VAEGT_KALIBRERET', 'KALVAEGT'],
    words: [['vaegt'], ['weight'], ['kalibreret', 'vaegt']],
  },
  daily_smoker: {
    names: ['RYGER_DAGLIGT', 'DAGLIGRYGER', 'DAGLIG_RYGER', 'DAILY_SMOKER'],
    words: [['daglig', 'ryger'], ['ryger', 'dagligt'], ['ryger'], ['rygning'], ['smoker'], ['smoking']],
  },
  bmi: { names: ['BMI'], words: [['bmi']] },
  low_mental_wellbeing: {
    names: ['LAV_MENTAL_TRIVSEL', 'LOW_MENTAL_WELLBEING'],
    words: [['mental', 'trivsel'], ['mentalt', 'helbred'], ['mental', 'wellbeing'], ['mental']],
  },
  physically_inactive: {
    names: ['FYSISK_INAKTIV', 'PHYSICALLY_INACTIVE'],
    words: [['fysisk', 'inaktiv'], ['inaktiv'], ['inactive']],
  },
  high_alcohol: {
    names: ['HOEJT_ALKOHOLFORBRUG', 'HIGH_ALCOHOL'],
    words: [['alkohol'], ['alcohol']],
  },
  sector: {
    names: ['SEKTOR', 'SECTOR'],
    words: [['sektor'], ['sector']],
  },
  amount_dkk: {
    names: ['BELOEB_KR', 'BELOEB', 'BELØB', 'AMOUNT_DKK', 'KR', 'UDGIFT'],
    words: [['beloeb'], ['udgift'], ['amount'], ['kr']],
  },
};
