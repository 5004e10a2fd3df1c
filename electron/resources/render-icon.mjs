/**
 * Renders icon.svg to the 512×512 icon.png electron-builder uses (it derives .ico/.icns from it).
 * Run after editing the SVG: node electron/resources/render-icon.mjs
 */
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const svg = fs.readFileSync(fileURLToPath(new URL('icon.svg', import.meta.url)), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 512 }, font: { loadSystemFonts: false } }).render().asPng();
fs.writeFileSync(fileURLToPath(new URL('icon.png', import.meta.url)), png);
console.log(`icon.png: ${png.length} bytes`);
