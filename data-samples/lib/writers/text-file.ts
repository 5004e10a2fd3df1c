/**
 * Buffered text file writer: lines are encoded and flushed in chunks so region-scale files never
 * exist as one giant string in memory.
 */
import { openSync, writeSync, closeSync } from 'node:fs';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'latin-1';

export class TextFileWriter {
  private fd: number;
  private parts: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    readonly path: string,
    private readonly encoding: TextEncoding,
    private readonly eol = '\r\n',
  ) {
    this.fd = openSync(path, 'w');
    if (encoding === 'utf-8-bom') writeSync(this.fd, Buffer.from([0xef, 0xbb, 0xbf]));
  }

  line(text: string): void {
    this.parts.push(text, this.eol);
    this.size += text.length + 2;
    this.rows++;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const s = this.parts.join('');
    writeSync(this.fd, Buffer.from(s, this.encoding === 'latin-1' ? 'latin1' : 'utf8'));
    this.parts = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Quotes a CSV field only when needed (delimiter, quote, line break). */
export function csvField(value: string, delimiter: string): string {
  if (value.includes(delimiter) || value.includes('"') || value.includes('\n')) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Decimal comma for the Danish-style files. */
export function decimalComma(x: number, digits: number): string {
  return x.toFixed(digits).replace('.', ',');
}
