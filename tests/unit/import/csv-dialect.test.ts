import { describe, expect, it } from 'vitest';
import {
  decodeForSniff,
  detectCsvDialect,
  detectDateFormat,
  detectDelimiter,
  detectEncoding,
  isValidUtf8,
  normaliseEncodingName,
  peekCsv,
  peekCsvWithHeader,
  splitCsvLine,
} from '../../../shared/import/csv-dialect';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** What the app's data step records and shows for a picked file. */
const app = peekCsvWithHeader;

describe('CSV dialect detection', () => {
  it('tells UTF-8 from Windows-1252 and sees a BOM', () => {
    expect(isValidUtf8(utf8('Århus;Samsø'))).toBe(true);
    expect(isValidUtf8(bytes('\u00c5rhus'))).toBe(false); // Å as one Latin-1 byte 0xC5 followed by ASCII
    // A multi-byte character cut off at the end of the sniffed slice is not an error...
    expect(isValidUtf8(utf8('aæ').slice(0, 2))).toBe(true);
    // ...but it is when the whole file has been seen.
    expect(isValidUtf8(utf8('aæ').slice(0, 2), false)).toBe(false);
    expect(detectCsvDialect(bytes('\u00ef\u00bb\u00bfa;b\n1;2\n'))).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(detectCsvDialect(bytes('by;n\n\u00c5rhus;1\n'))).toMatchObject({ encoding: 'latin-1', bom: false });
  });

  it('picks the delimiter that splits every line the same way, honouring quotes', () => {
    expect(detectDelimiter(['a;b;c', '1;"2,5";3', '4;5;6'])).toBe(';');
    expect(detectDelimiter(['a,b,c', '1,"x;y",3'])).toBe(',');
    expect(detectDelimiter(['a\tb', '1\t2'])).toBe('\t');
    expect(splitCsvLine('1;"a;""b""";3', ';')).toEqual(['1', 'a;"b"', '3']);
  });

  it('finds a decimal comma only in number-shaped fields', () => {
    expect(detectCsvDialect(bytes('id;v\n1;1.234,56\n2;7\n')).decimal).toBe(',');
    expect(detectCsvDialect(bytes('id;v\n1;2.5\n')).decimal).toBe('.');
    expect(detectCsvDialect(bytes('id,v\n1,"2,5"\n')).decimal).toBe('.'); // comma-delimited: never a decimal comma
  });

  it('votes on the Danish date formats, with or without time', () => {
    expect(detectDateFormat(['01-02-2020', '31-12-2019 10:15', 'x'])).toBe('%d-%m-%Y');
    expect(detectDateFormat(['01.02.2020', '2020-01-01'])).toBe('%d.%m.%Y');
    expect(detectDateFormat(['2020-01-01T10:00:00', '2020-01-02'])).toBe('%Y-%m-%d');
    expect(detectDateFormat(['abc'])).toBe('%Y-%m-%d');
  });

  it('detects a missing header, and lets the profile win', () => {
    expect(detectCsvDialect(bytes('1;01-02-1950;1\n2;01-02-1960;2\n')).header).toBe(false);
    expect(detectCsvDialect(bytes('PNR;FOED\n1;01-02-1950\n')).header).toBe(true);
    expect(detectCsvDialect(bytes('a,b\n1,2\n'), { delimiter: ';', header: false, encoding: 'windows-1252' })).toMatchObject({
      delimiter: ';',
      header: false,
      encoding: 'latin-1',
    });
  });

  it('normalises encoding names', () => {
    expect(normaliseEncodingName('Windows-1252')).toBe('latin-1');
    expect(normaliseEncodingName('ISO-8859-1')).toBe('latin-1');
    expect(normaliseEncodingName('UTF8')).toBe('utf-8');
    expect(normaliseEncodingName('ebcdic')).toBeUndefined();
  });

  // Issue 18's probes: the app's data step (peekCsvWithHeader, via renderer/features/data/load-files.ts) and the command line (detectCsvDialect, which
  // read-raw uses) are one check; these files were read differently by the app's old sniffer.
  it('probe: 245.300,50 is a decimal comma in the app and on the command line', () => {
    const file = utf8('PNR;AAR;INDKOMST\nP1;2023;245.300,50\nP2;2023;198.000,00\n');
    expect(detectCsvDialect(file)).toMatchObject({ delimiter: ';', decimal: ',' });
    expect(app(file).csv).toMatchObject({ delimiter: ';', decimal: ',', encoding: 'utf-8', header: true });
    expect(app(file).preview[0]).toEqual({ PNR: 'P1', AAR: '2023', INDKOMST: '245.300,50' });
  });

  it('probe: a quoted "Aarhus, C" does not make the comma the delimiter', () => {
    const file = utf8('PNR;BY;KOM\nP1;"Aarhus, C";751\nP2;"Aarhus, N";751\nP3;Samsø;741\n');
    expect(detectCsvDialect(file).delimiter).toBe(';');
    expect(app(file).csv.delimiter).toBe(';');
    expect(app(file).headers).toEqual(['PNR', 'BY', 'KOM']);
    expect(app(file).preview[0]).toEqual({ PNR: 'P1', BY: 'Aarhus, C', KOM: '751' });
    // Even when every line has a quoted comma (so a naive split gives the same count for ',' and ';').
    const allQuoted = utf8('PNR;BY\nP1;"Aarhus, C"\nP2;"Aarhus, N"\n');
    expect(app(allQuoted).csv.delimiter).toBe(';');
    expect(detectCsvDialect(allQuoted).delimiter).toBe(';');
  });

  it('strict UTF-8; Windows-1252 only when UTF-8 fails', () => {
    // Valid UTF-8 that also is valid Windows-1252 ("Ã¸" in 1252) stays UTF-8.
    const oe = utf8('BY;N\nSamsø;1\n');
    expect(detectEncoding(oe).encoding).toBe('utf-8');
    expect(app(oe).preview[0]).toEqual({ BY: 'Samsø', N: '1' });
    // 0xF8 (ø in Windows-1252) is no UTF-8: read as Windows-1252, with € (0x80) as 1252 has it.
    const win = new Uint8Array([...bytes('BY;N\nSams'), 0xf8, ...bytes(';1\n'), 0x80, ...bytes(';2\n')]);
    expect(detectEncoding(win).encoding).toBe('latin-1');
    expect(app(win).csv.encoding).toBe('latin-1');
    expect(app(win).preview).toEqual([
      { BY: 'Samsø', N: '1' },
      { BY: '€', N: '2' },
    ]);
    // An overlong encoding and a lone surrogate are not UTF-8 (a lenient decoder would accept them).
    expect(isValidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(false);
    expect(isValidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(false);
    // A character cut at the end of the 64 KiB slice is held back, not a reason for Latin-1.
    expect(decodeForSniff(utf8('a;æ').slice(0, 3), 'utf-8')).toBe('a;');
    expect(detectEncoding(utf8('a;æ').slice(0, 3)).encoding).toBe('utf-8');
  });

  it('peekCsv names the columns as DuckDB does when there is no header, and reports whether a date was seen', () => {
    expect(peekCsv(bytes('1;01-02-1950\n2;03-04-1960\n'))).toMatchObject({ headers: ['column0', 'column1'], dateDetected: true });
    expect(peekCsv(bytes('a;b\nx;y\n')).dateDetected).toBe(false);
    expect(app(bytes('a;b\nx;y\n')).csv.dateFormat).toBeUndefined();
    expect(app(bytes('a;b\nx;01.02.2020\n')).csv.dateFormat).toBe('%d.%m.%Y');
  });
});
