/** The mapping profile (DATA-CONTRACT §2) for the raw files this generator writes. */
import { EDUCATION_CODES, EDUCATION_SOURCE_TEXT, IE_TYPE_CODES, ORIGIN_CODES } from './params-population';
import { LABOUR_SOURCE_TEXT } from './socio';
import { REFERRER_SOURCE_TEXT, SECTOR_SOURCE_TEXT, SERVICE_SOURCE_TEXT } from './raw-files';

const invert = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const educationMap = Object.fromEntries(EDUCATION_SOURCE_TEXT.slice(1).map((t, k) => [t, EDUCATION_CODES[k + 1]!]));
const yesNo = { Ja: true, Nej: false };

export function buildProfile(): Record<string, unknown> {
  return {
    format: 'datapakke-profile/1',
    name: 'Region Midtjylland – syntetisk udtræk 2024',
    tables: {
      persons: {
        file: 'befolkning_*.csv',
        csv: { delimiter: ';', decimal: ',', encoding: 'windows-1252', header: true, dateFormat: '%d-%m-%Y' },
        columns: {
          person_id: 'PNR',
          sex: 'KOEN',
          birth_date: 'FOED_DAG',
          municipality_code: 'KOM',
          death_date: 'DOD_DATO',
          origin: 'IE_TYPE',
          mother_id: 'MOR_PNR',
          father_id: 'FAR_PNR',
        },
        values: {
          sex: { '1': 'M', '2': 'K' },
          origin: Object.fromEntries(IE_TYPE_CODES.map((c, k) => [c, ORIGIN_CODES[k]!])),
        },
      },
      socioeconomic: {
        file: 'uddannelse_beskaeftigelse*.parquet',
        columns: {
          person_id: 'PNR',
          year: 'AAR',
          education: 'UDDANNELSE',
          labour_market: 'SOCSTIL',
          disposable_income: 'DISPON_NY',
          cohabitation: 'FAMILIE_TYPE',
        },
        values: { education: educationMap, labour_market: invert(LABOUR_SOURCE_TEXT), cohabitation: { P: 'samlevende', E: 'enlig' } },
      },
      hospital_contacts: {
        file: 'lpr_kontakter_*.csv',
        csv: { delimiter: ',', decimal: '.', encoding: 'utf-8-bom', header: true, dateFormat: '%Y-%m-%d %H:%M:%S' },
        columns: {
          person_id: 'pnr',
          start_date: 'dato_start',
          end_date: 'dato_slut',
          diagnosis_code: 'diagnose',
          diagnosis_type: 'diagtype',
          admission_type: 'indlaeggelsesmaade',
          patient_type: 'patienttype',
          specialty: 'speciale',
        },
        values: {
          admission_type: { Akut: 'akut', Planlagt: 'planlagt' },
          patient_type: { '0': 'indlagt', '2': 'ambulant', '3': 'ambulant' },
          specialty: { S: 'somatik', P: 'psykiatri' },
        },
      },
      prescriptions: {
        file: 'lmdb_*.parquet',
        columns: { person_id: 'PNR', atc: 'ATC', dispensing_date: 'EKSD', packages: 'APK' },
      },
      municipal_services: {
        file: 'kommunale_tilbud.xlsx',
        sheet: 'Forløb',
        columns: {
          person_id: 'Borger-ID',
          service: 'Indsats',
          referral_date: 'Henvist dato',
          start_date: 'Startdato',
          completed: 'Gennemført',
          referrer: 'Henvist af',
        },
        values: { service: invert(SERVICE_SOURCE_TEXT), completed: yesNo, referrer: invert(REFERRER_SOURCE_TEXT) },
      },
      survey: {
        file: 'hvordan_har_du_det_*.csv',
        csv: { delimiter: ';', decimal: ',', encoding: 'windows-1252', header: true },
        columns: {
          respondent_id: 'LOEBENR',
          year: 'AAR',
          age: 'ALDER',
          sex: 'KOEN',
          municipality_code: 'KOMMUNE',
          education: 'UDDANNELSE',
          weight: 'VAEGT',
          daily_smoker: 'RYGER_DAGLIGT',
          bmi: 'BMI',
          low_mental_wellbeing: 'LAV_MENTAL_TRIVSEL',
          physically_inactive: 'FYSISK_INAKTIV',
          high_alcohol: 'HOEJT_ALKOHOLFORBRUG',
        },
        values: {
          sex: { Mand: 'M', Kvinde: 'K' },
          education: educationMap,
          daily_smoker: yesNo,
          low_mental_wellbeing: yesNo,
          physically_inactive: yesNo,
          high_alcohol: yesNo,
        },
      },
      costs: {
        file: 'omkostninger.csv',
        csv: { delimiter: ';', decimal: ',', encoding: 'utf-8', header: true },
        columns: { person_id: 'PNR', year: 'AAR', sector: 'SEKTOR', amount_dkk: 'BELOEB_KR' },
        values: { sector: invert(SECTOR_SOURCE_TEXT) },
      },
    },
  };
}
