/**
 * The Danish text of every validation problem, by code. Messages say what is wrong and what to do;
 * they never contain a person id (a CPR number must not be printed): every message passes maskCpr,
 * whatever column its value came from.
 */
import type { Severity } from '../contract/validation';
import { formatNumber } from '../text/format';
import { maskCpr } from '../privacy/mask';
import { CANONICAL_TABLES, isCanonicalTableName } from '../contract/canonical';

export type ProblemCode =
  | 'no_persons'
  | 'no_files'
  | 'empty_file'
  | 'missing_column'
  | 'missing_lookup'
  | 'unreadable_file'
  | 'unsupported_format'
  | 'ragged_row'
  | 'bad_encoding'
  | 'wrong_encoding'
  | 'unreadable_line'
  | 'missing_value'
  | 'bad_date'
  | 'bad_number'
  | 'bad_value'
  | 'unknown_code'
  | 'age_out_of_range'
  | 'date_after_reference'
  | 'duplicate_id'
  | 'unknown_person'
  | 'unknown_parent'
  | 'cpr_replaced'
  | 'ignored_columns'
  | 'no_rows'
  | 'detected_dialect'
  | 'rows_not_needed';

export interface MessageContext {
  table?: string;
  file?: string;
  column?: string;
  /** The source column name as the analyst knows it. */
  source?: string;
  value?: string | null;
  count?: number;
  referenceDate?: string;
  detail?: string;
}

const q = (s: string | undefined) => `'${s ?? ''}'`;
/** A table by the data contract's Danish label ("sygehuskontakter"), never the internal name alone. */
const table = (t: string | undefined) => (t && isCanonicalTableName(t) ? `${CANONICAL_TABLES[t].label} (${t})` : q(t));
const val = (c: MessageContext) => (c.value == null ? '' : ` ('${c.value.length > 40 ? `${c.value.slice(0, 40)}…` : c.value}')`);
const where = (c: MessageContext) => `kolonnen ${q(c.source ?? c.column)}${c.file ? ` i ${c.file}` : ''}`;

const TEXT: Record<ProblemCode, (c: MessageContext) => string> = {
  no_persons: () => 'Udtrækket har ingen befolkningstabel. Vælg befolkningsfilen (i profilen under "persons"): uden den kan intet beregnes.',
  no_files: (c) => `Ingen fil matcher ${q(c.detail)} for tabellen ${table(c.table)}. Ret filnavnet i profilen, eller læg filen i mappen.`,
  empty_file: (c) => `Filen ${c.file} er tom. Eksportér den igen fra kilden.`,
  missing_column: (c) =>
    `Kolonnen ${q(c.source)} mangler i ${c.file}. Tilføj den eller ret profilens kolonnenavn for ${q(c.column)}.${c.detail ? ` ${c.detail}` : ''}`,
  missing_lookup: (c) =>
    `Opslagsfilen ${q(c.file)} til kolonnen ${q(c.column)} findes ikke eller mangler kolonnen ${q(c.detail)}. Læg filen i mappen eller ret profilen.`,
  unreadable_file: (c) => `Filen ${c.file} kunne ikke læses: ${c.detail ?? 'ukendt fejl'}. Kontrollér at filen er en gyldig CSV-, Parquet- eller XLSX-fil.`,
  unsupported_format: (c) => `Filtypen for ${c.file} kendes ikke. Brug .csv, .txt, .parquet eller .xlsx.`,
  ragged_row: (c) => `Rækken i ${c.file} har ${c.detail ?? 'et forkert antal felter'}. Rækken er afvist; ret skilletegn eller anførselstegn i kilden.`,
  bad_encoding: (c) =>
    `Rækken i ${c.file} indeholder tegn, der ikke kan læses med tegnsættet ${q(c.detail)}. Rækken er afvist; angiv det rigtige tegnsæt (utf-8 eller latin-1) i profilen.`,
  wrong_encoding: (c) => `Filen ${c.file} er ikke ${c.detail}. Den er læst som ${c.value ?? 'det fundne tegnsæt'}; ret "encoding" i profilen.`,
  unreadable_line: (c) => `Rækken i ${c.file} kunne ikke læses (${c.detail ?? 'ukendt fejl'}). Rækken er afvist.`,
  missing_value: (c) => `Værdi mangler i ${where(c)}. Feltet er påkrævet; rækken er afvist.`,
  bad_date: (c) => `Datoen i ${where(c)} kan ikke læses${val(c)}. Brug dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd.`,
  bad_number: (c) => `Tallet i ${where(c)} kan ikke læses${val(c)}. Kontrollér decimaltegnet i profilen.`,
  bad_value: (c) => `Værdien i ${where(c)} kan ikke læses${val(c)}. Brug ja/nej, 1/0 eller en værdioversættelse i profilen.`,
  unknown_code: (c) => `Ukendt kode i ${where(c)}${val(c)}. Tilføj en værdioversættelse i profilen ("values").`,
  age_out_of_range: (c) => `Alderen på referencedatoen ${c.referenceDate ?? ''} ligger uden for 0-110 år (${where(c)}). Rækken er afvist.`,
  date_after_reference: (c) => `Datoen i ${where(c)} ligger efter referencedatoen ${c.referenceDate ?? ''}${val(c)}.`,
  duplicate_id: (c) => `Personnummeret i ${where(c)} forekommer mere end én gang. Kun den første forekomst er brugt.`,
  unknown_person: (c) => `Personen i ${where(c)} findes ikke i befolkningstabellen. Rækken er afvist.`,
  unknown_parent: (c) => `Forælderen i ${where(c)} findes ikke i befolkningstabellen; koblingen bruges ikke til familieperspektivet.`,
  cpr_replaced: (c) =>
    `${formatNumber(c.count ?? 0)} rigtige CPR-numre i ${where(c)} er erstattet af en saltet hash. Udtrækket bør kun indeholde pseudonyme numre.`,
  ignored_columns: (c) => `Kolonnerne ${c.detail} i ${c.file} findes ikke i datakontrakten og er ikke brugt.`,
  no_rows: (c) => `Filen ${c.file} har ingen datarækker.`,
  detected_dialect: (c) => `Fundet for ${c.file}: ${c.detail}.`,
  rows_not_needed: (c) =>
    `${formatNumber(c.count ?? 0)} godkendte rækker i ${q(c.table)} bruges ikke af nogen af sporene (andre lægemidler eller diagnoser end sporenes, ambulante kontakter) og holdes ikke i hukommelsen; ${c.detail ?? ''} rækker er gemt til beregningerne. Rækkerne er læst og kontrolleret som alle andre.`,
};

export function problemMessage(code: ProblemCode, ctx: MessageContext): string {
  return maskCpr(TEXT[code](ctx));
}

/** The summary line of a kind of row problem: "12 rækker: …". */
export function summaryMessage(code: ProblemCode, ctx: MessageContext, count: number): string {
  if (code === 'cpr_replaced') return maskCpr(TEXT[code]({ ...ctx, count }));
  return maskCpr(`${formatNumber(count)} ${count === 1 ? 'række' : 'rækker'}: ${TEXT[code]({ ...ctx, value: null })}`);
}

export type { Severity };
