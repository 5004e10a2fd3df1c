/** Files the exports need from disk: the bundled fonts, vega's browser build and vega-interpreter (for the HTML file). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FONT_DIR = join(here, '../../../shared/assets/fonts');
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: join(FONT_DIR, 'IBMPlexSans_400Regular.ttf'),
  semibold: join(FONT_DIR, 'IBMPlexSans_600SemiBold.ttf'),
  bold: join(FONT_DIR, 'IBMPlexSans_700Bold.ttf'),
} as const;

export interface FontBytes {
  regular: Uint8Array;
  semibold: Uint8Array;
  bold: Uint8Array;
}

let fontCache: Promise<FontBytes> | undefined;

export function loadFonts(): Promise<FontBytes> {
  fontCache ??= (async () => ({
    regular: await readFile(FONT_FILES.regular),
    semibold: await readFile(FONT_FILES.semibold),
    bold: await readFile(FONT_FILES.bold),
  }))();
  return fontCache;
}

export interface BrowserBundles {
  vega: string;
  interpreter: string;
}

/** The package's root folder (vega's "exports" hide package.json, so walk up from its entry point). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (basename(dir) !== name && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export async function loadBrowserBundles(): Promise<BrowserBundles> {
  return {
    vega: await readFile(join(packageDir('vega'), 'build/vega.min.js'), 'utf8'),
    interpreter: await readFile(join(packageDir('vega-interpreter'), 'build/vega-interpreter.js'), 'utf8'),
  };
}
