import { describe, expect, it } from 'vitest';
import {
  detectCsvDialect, detectDateFormat, detectDelimiter, isValidUtf8, normaliseEncodingName, splitCsvLine,
} from '../../../shared/import/csv-dialect';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

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
      delimiter: ';', header: false, encoding: 'latin-1',
    });
  });

  it('normalises encoding names', () => {
    expect(normaliseEncodingName('Windows-1252')).toBe('latin-1');
    expect(normaliseEncodingName('ISO-8859-1')).toBe('latin-1');
    expect(normaliseEncodingName('UTF8')).toBe('utf-8');
    expect(normaliseEncodingName('ebcdic')).toBeUndefined();
  });
});
