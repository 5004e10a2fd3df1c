/**
 * MIME types of the files the renderer build contains. An unknown extension is refused rather than
 * served as octet-stream: with `X-Content-Type-Options: nosniff` a wrong type breaks loudly in
 * development instead of silently in the field.
 */
const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  // Must be exact: WebAssembly.instantiateStreaming refuses any other type.
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  txt: 'text/plain; charset=utf-8',
  // Only a development build has source maps: vite builds none by default and electron-builder.yml
  // leaves *.map out of the package.
  map: 'application/json; charset=utf-8',
};

/** The MIME type for a file name, or null when the build should not contain such a file. */
export function mimeTypeFor(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return null;
  return MIME_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? null;
}
