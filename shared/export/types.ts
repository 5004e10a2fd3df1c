/** What the byte producers get besides the package: rendered charts and the bundled font. */
export interface ChartAsset {
  /** `<indicator-id>.<kind>` */
  id: string;
  indicatorId: string;
  vegaLite: Record<string, unknown>;
  svg: string;
  /** CSS pixel size of the SVG. */
  width: number;
  height: number;
}

export interface FontSet {
  regular: Uint8Array;
  semibold: Uint8Array;
  bold: Uint8Array;
}

export const EXPORT_FORMATS = ['json', 'html', 'pdf', 'pptx', 'xlsx', 'png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Base64 without Node's Buffer (shared code runs in the renderer too). */
export function toBase64(bytes: Uint8Array): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += chars[a >> 2]! + chars[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : chars[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : chars[c & 63]!;
  }
  return out;
}
