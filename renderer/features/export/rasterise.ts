/**
 * SVG → PNG in the browser, for the export pipeline (shared/export/export-files.ts): the browser
 * draws the SVG as an image on a canvas, with the bundled IBM Plex Sans embedded in the SVG (the
 * command line uses resvg with the same font). No resvg-wasm is installed, and nothing is fetched.
 */
import { svgSize } from '../../../shared/export/export-files';
import { fontBytes } from '../../styles/fonts';

/** A data: URL of the bytes, encoded by the browser (no long loop on the UI thread). */
function dataUrl(bytes: Uint8Array, type: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('Skrifttypen kunne ikke læses.'));
    reader.readAsDataURL(new Blob([bytes as BlobPart], { type }));
  });
}

let fontFaces: Promise<string> | null = null;
/**
 * The app's font as @font-face rules with data: URLs. An SVG drawn as an image is a sealed
 * document: it sees neither the page's fonts nor any URL, so without these its text is drawn in
 * the system's default serif.
 */
export function embeddedFontFaces(): Promise<string> {
  fontFaces ??= fontBytes().then(async (f) =>
    (
      await Promise.all(
        (
          [
            [f.regular, 400],
            [f.semibold, 600],
            [f.bold, 700],
          ] as const
        ).map(
          async ([bytes, weight]) =>
            `@font-face{font-family:'IBM Plex Sans';font-weight:${weight};src:url(${await dataUrl(bytes, 'font/ttf')}) format('truetype');}`,
        ),
      )
    ).join(''),
  );
  // A failed read is not remembered: the next export tries again.
  fontFaces.catch(() => (fontFaces = null));
  return fontFaces;
}

/** The SVG with the font embedded, ready to be drawn as an image. */
export async function withEmbeddedFont(svg: string): Promise<string> {
  const faces = await embeddedFontFaces();
  return svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${faces}</style>`);
}

export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([await withEmbeddedFont(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kunne ikke dannes.'))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
