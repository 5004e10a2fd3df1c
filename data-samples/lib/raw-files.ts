/**
 * The raw extract files, in the formats real deliveries come in (see README "Deliberately messy"):
 * Latin-1 semicolon CSV with dd-mm-yyyy dates, UTF-8-with-BOM comma CSV with mixed ICD-10
 * spellings, Parquet, XLSX with real Excel dates, decimal commas.
 */
import { join } from 'node:path';
import { Rng } from './rng';
import { NO_DATE, danishDate, isoTimestamp, yearOf } from './dates';
import { TextFileWriter, csvField, decimalComma } from './writers/text-file';
import { ParquetSink } from './writers/parquet-sink';
import { writeXlsx } from './writers/xlsx';
import { EDUCATION_SOURCE_TEXT, IE_TYPE_CODES, MUNICIPALITY_POPULATION, OUTSIDE_MUNICIPALITIES } from './params-population';
import { LABOUR_SOURCE_TEXT, type SocioRow } from './socio';
import type { ContactRow, PrescriptionRow, ServiceRow } from './events';
import type { CostRow } from './costs';
import type { Respondent } from './survey';

export const SERVICE_SOURCE_TEXT: Record<string, string> = {
  rygestop: 'Rygestop',
  kol_rehabilitering: 'KOL-rehabilitering',
  diabetes_rehabilitering: 'Diabetesrehabilitering',
  patientuddannelse: 'Patientuddannelse',
  angst_forloeb: 'Angstforløb',
  fysisk_traening: 'Fysisk træning',
  alkohol: 'Alkoholbehandling',
};
export const REFERRER_SOURCE_TEXT: Record<string, string> = {
  hospital: 'Sygehus',
  almen_praksis: 'Egen læge',
  egen_henvendelse: 'Egen henvendelse',
  kommune: 'Kommunen',
};
export const SECTOR_SOURCE_TEXT: Record<string, string> = {
  hospital: 'Sygehus',
  almen_praksis: 'Almen praksis',
  medicin: 'Medicin',
  kommune: 'Kommune',
};
/** LPR2-style patient type codes: 0 inpatient, 2 outpatient, 3 emergency room. */
const PATIENT_CODE = { indlagt: '0', ambulant: '2' } as const;

const municipalityNames = new Map<number, string>([...MUNICIPALITY_POPULATION, ...OUTSIDE_MUNICIPALITIES].map((m) => [m.code, m.name]));

export interface PersonRecord {
  id: string;
  sex: string;
  birth: string;
  municipality: number;
  death: number;
  origin: number;
  motherId: string;
  fatherId: string;
}

/** ICD-10 as different source systems spell it: `DJ441`, `J44.1`, `dj44.1`, `DJ44.1`. */
function messyCode(rng: Rng, code: string): string {
  const r = rng.next();
  if (r < 0.72) return code;
  const bare = code.slice(1);
  const dotted = bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
  if (r < 0.86) return dotted;
  if (r < 0.95) return `d${dotted}`.toLowerCase();
  return `D${dotted}`;
}

export class RawFiles {
  private persons: TextFileWriter;
  private lpr: [TextFileWriter, TextFileWriter];
  private costs: TextFileWriter;
  private socio: ParquetSink;
  private lmdb: [ParquetSink, ParquetSink];
  private services: Record<string, string | Date | null>[] = [];
  private rng: Rng;

  constructor(
    private readonly dir: string,
    seed: number,
    maxParquetRows: number,
  ) {
    this.rng = new Rng(seed, 'raw-format');
    this.persons = new TextFileWriter(join(dir, 'befolkning_2024.csv'), 'latin-1');
    this.persons.line('PNR;KOEN;FOED_DAG;KOM;KOMNAVN;DOD_DATO;IE_TYPE;MOR_PNR;FAR_PNR');
    const lprHeader = 'pnr,dato_start,dato_slut,diagnose,diagtype,indlaeggelsesmaade,patienttype,speciale';
    this.lpr = [
      new TextFileWriter(join(dir, 'lpr_kontakter_2014_2018.csv'), 'utf-8-bom', '\n'),
      new TextFileWriter(join(dir, 'lpr_kontakter_2019_2024.csv'), 'utf-8-bom', '\n'),
    ];
    for (const w of this.lpr) w.line(lprHeader);
    this.costs = new TextFileWriter(join(dir, 'omkostninger.csv'), 'utf-8');
    this.costs.line('PNR;AAR;SEKTOR;BELOEB_KR');
    this.socio = new ParquetSink(
      join(dir, 'uddannelse_beskaeftigelse'),
      { PNR: 'utf8', AAR: 'int16', UDDANNELSE: 'utf8', SOCSTIL: 'utf8', DISPON_NY: 'float64', FAMILIE_TYPE: 'utf8' },
      maxParquetRows,
    );
    const rxSpec = { PNR: 'utf8', ATC: 'utf8', EKSD: 'date', APK: 'float64' } as const;
    this.lmdb = [new ParquetSink(join(dir, 'lmdb_2014_2018'), rxSpec, maxParquetRows), new ParquetSink(join(dir, 'lmdb_2019_2024'), rxSpec, maxParquetRows)];
  }

  person(p: PersonRecord): void {
    const death = p.death === NO_DATE ? '' : danishDate(p.death);
    const name = municipalityNames.get(p.municipality) ?? '';
    this.persons.line([p.id, p.sex, p.birth, p.municipality, name, death, IE_TYPE_CODES[p.origin], p.motherId, p.fatherId].join(';'));
  }

  /** A line written verbatim (the deliberately ragged one). */
  personLineRaw(line: string): void {
    this.persons.line(line);
  }

  socioRows(id: string, rows: readonly SocioRow[]): void {
    for (const r of rows) {
      this.socio.add({
        PNR: id,
        AAR: r.year,
        UDDANNELSE: r.education === 0 ? null : EDUCATION_SOURCE_TEXT[r.education]!,
        SOCSTIL: LABOUR_SOURCE_TEXT[r.labour]!,
        DISPON_NY: r.income,
        FAMILIE_TYPE: r.cohabiting ? 'P' : 'E',
      });
    }
  }

  contacts(id: string, rows: readonly ContactRow[]): void {
    for (const r of rows) {
      const open = r.specialty === 'psykiatri' && r.patient === 'ambulant' && this.rng.chance(0.01);
      const end = r.endMinutes === null || open ? '' : isoTimestamp(r.startDay, r.endMinutes);
      const patient = r.patient === 'ambulant' && r.admission === 'akut' && r.specialty === 'somatik' ? '3' : PATIENT_CODE[r.patient];
      const line = [
        id,
        isoTimestamp(r.startDay, r.startMinute),
        end,
        messyCode(this.rng, r.code),
        r.type,
        r.admission === 'akut' ? 'Akut' : 'Planlagt',
        patient,
        r.specialty === 'psykiatri' ? 'P' : 'S',
      ];
      this.lpr[yearOf(r.startDay) < 2019 ? 0 : 1].line(line.join(','));
    }
  }

  prescriptions(id: string, rows: readonly PrescriptionRow[]): void {
    for (const r of rows) {
      const atc = this.rng.chance(0.01) ? r.atc.toLowerCase() : r.atc;
      this.lmdb[yearOf(r.day) < 2019 ? 0 : 1].add({ PNR: id, ATC: atc, EKSD: r.day, APK: r.packages });
    }
  }

  serviceRows(id: string, rows: readonly ServiceRow[]): void {
    const toDate = (d: number | null) => (d === null ? null : new Date(d * 86400000));
    for (const r of rows) {
      this.services.push({
        id,
        service: SERVICE_SOURCE_TEXT[r.service] ?? r.service,
        referral: toDate(r.referralDay),
        start: toDate(r.startDay),
        completed: r.completed === null ? null : r.completed ? 'Ja' : 'Nej',
        referrer: REFERRER_SOURCE_TEXT[r.referrer]!,
      });
    }
  }

  costRows(id: string, rows: readonly CostRow[]): void {
    for (const r of rows) this.costs.line([id, r.year, SECTOR_SOURCE_TEXT[r.sector], decimalComma(r.amount, 2)].join(';'));
  }

  /** A contact line for a person id that is not in the persons file (a validation finding). */
  orphanContact(id: string, line: string): void {
    this.lpr[1].line(`${id},${line}`);
  }

  /** Data rows written per raw file (header excluded), for import tests. */
  rowCounts(respondents: number): Record<string, number> {
    return {
      'befolkning_2024.csv': this.persons.rows - 1,
      'lpr_kontakter_2014_2018.csv': this.lpr[0].rows - 1,
      'lpr_kontakter_2019_2024.csv': this.lpr[1].rows - 1,
      'lmdb_2014_2018*.parquet': this.lmdb[0].rows,
      'lmdb_2019_2024*.parquet': this.lmdb[1].rows,
      'uddannelse_beskaeftigelse*.parquet': this.socio.rows,
      'kommunale_tilbud.xlsx': this.services.length,
      'hvordan_har_du_det_2023.csv': respondents,
      'omkostninger.csv': this.costs.rows - 1,
    };
  }

  async close(respondents: readonly Respondent[]): Promise<string[]> {
    this.persons.close();
    for (const w of this.lpr) w.close();
    this.costs.close();
    const files = [...this.socio.close(), ...this.lmdb.flatMap((s) => s.close())];
    await writeXlsx(
      join(this.dir, 'kommunale_tilbud.xlsx'),
      'Forløb',
      [
        { header: 'Borger-ID', key: 'id', width: 14 },
        { header: 'Indsats', key: 'service', width: 24 },
        { header: 'Henvist dato', key: 'referral', width: 14, numFmt: 'dd-mm-yyyy' },
        { header: 'Startdato', key: 'start', width: 14, numFmt: 'dd-mm-yyyy' },
        { header: 'Gennemført', key: 'completed', width: 12 },
        { header: 'Henvist af', key: 'referrer', width: 18 },
      ],
      this.services,
    );
    writeSurvey(join(this.dir, 'hvordan_har_du_det_2023.csv'), respondents);
    return files;
  }
}

function writeSurvey(path: string, respondents: readonly Respondent[]): void {
  const w = new TextFileWriter(path, 'latin-1');
  w.line('LOEBENR;AAR;ALDER;KOEN;KOMMUNE;UDDANNELSE;VAEGT;RYGER_DAGLIGT;BMI;LAV_MENTAL_TRIVSEL;FYSISK_INAKTIV;HOEJT_ALKOHOLFORBRUG');
  const yn = (b: boolean | null) => (b === null ? '' : b ? 'Ja' : 'Nej');
  respondents.forEach((r, k) => {
    w.line(
      [
        `HHDD23-${String(k + 1).padStart(6, '0')}`,
        2023,
        r.age,
        r.female ? 'Kvinde' : 'Mand',
        r.municipality,
        csvField(EDUCATION_SOURCE_TEXT[r.education] ?? '', ';'),
        decimalComma(r.weight, 4),
        yn(r.dailySmoker),
        r.bmi === null ? '' : decimalComma(r.bmi, 1),
        yn(r.lowWellbeing),
        yn(r.inactive),
        yn(r.highAlcohol),
      ].join(';'),
    );
  });
  w.close();
}
