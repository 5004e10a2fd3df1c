/**
 * IBM Plex Sans from the installed package, served by the app itself (font-src 'self'): never a web
 * font CDN. Loaded through the FontFace API so Vite fingerprints the files like any other asset.
 */
import regular from '@expo-google-fonts/ibm-plex-sans/400Regular/IBMPlexSans_400Regular.ttf?url';
import semibold from '@expo-google-fonts/ibm-plex-sans/600SemiBold/IBMPlexSans_600SemiBold.ttf?url';
import bold from '@expo-google-fonts/ibm-plex-sans/700Bold/IBMPlexSans_700Bold.ttf?url';

const FACES: [string, string][] = [
  [regular, '400'],
  [semibold, '600'],
  [bold, '700'],
];

export async function loadFonts(): Promise<void> {
  await Promise.all(
    FACES.map(async ([url, weight]) => {
      const face = new FontFace('IBM Plex Sans', `url(${url})`, { weight });
      document.fonts.add(await face.load());
    }),
  );
}

/** The font files' bytes (the HTML export embeds them), fetched from the app's own origin. */
export async function fontBytes(): Promise<{ regular: Uint8Array; semibold: Uint8Array; bold: Uint8Array }> {
  const get = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
  const [r, s, b] = await Promise.all([get(regular), get(semibold), get(bold)]);
  return { regular: r, semibold: s, bold: b };
}
