/**
 * Deliberate data problems for the validation report (README lists them with counts). Every problem
 * row is an extra person outside the region or a row for an unknown person, so the planted truths
 * of the region do not depend on how the importer treats them.
 */
import type { RawFiles } from './raw-files';

export const DATA_PROBLEMS = [
  { file: 'befolkning_2024.csv', problem: 'unparsable birth date (FOED_DAG "31-02-1987", "1987-05-14", "ukendt")', rows: 3 },
  { file: 'befolkning_2024.csv', problem: 'unknown sex code (KOEN "9")', rows: 1 },
  { file: 'befolkning_2024.csv', problem: 'duplicate person id (PNR repeated, second row differs)', rows: 1 },
  { file: 'befolkning_2024.csv', problem: 'ragged line (7 fields instead of 9)', rows: 1 },
  { file: 'befolkning_2024.csv', problem: 'age over 110 (born 02-03-1911, alive)', rows: 1 },
  { file: 'lpr_kontakter_2019_2024.csv', problem: 'contact for a person id not in the persons file', rows: 2 },
] as const;

export function writeDataProblems(files: RawFiles, duplicateOf: string): void {
  const row = (id: string, sex: string, birth: string) => `${id};${sex};${birth};147;Frederiksberg;;1;;`;
  files.personLineRaw(row('QX0000001', '1', '31-02-1987'));
  files.personLineRaw(row('QX0000002', '2', '1987-05-14'));
  files.personLineRaw(row('QX0000003', '2', 'ukendt'));
  files.personLineRaw(row('QX0000004', '9', '12-06-1975'));
  files.personLineRaw(`${duplicateOf};2;01-01-1990;101;København;;1;;`);
  files.personLineRaw('QX0000005;1;14-09-1966;147;Frederiksberg;;1');
  files.personLineRaw(row('QX0000006', '2', '02-03-1911'));
  files.orphanContact('QX9999998', '2021-05-04 10:15:00,2021-05-04 11:00:00,DZ038,A,Planlagt,2,S');
  files.orphanContact('QX9999999', '2022-11-20 22:40:00,2022-11-23 09:00:00,J44.1,A,Akut,0,S');
}
