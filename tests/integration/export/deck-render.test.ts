/**
 * Issue 15's proof that the decks work for a director forum, on the bundled sample's Horsens cluster
 * (the size where suppression is the normal case): "Nøglebudskaber" among the first three slides,
 * ≥ 80 % of the chart slides native charts, no text run under 10 pt (chart text ≥ 14 pt), no chart
 * that is mostly "udeladt", every shape inside the 16:9 slide; and, with LibreOffice, every slide
 * renders (pdftoppm) with its text inside the page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Datapakke, TrackId } from '../../../shared/contract/datapakke';
import type { Engine } from '../../../shared/engine';
import { resolveArea } from '../../../shared/areas/areas';
import { buildDatapakke } from '../../../shared/package/build';
import { buildPptx, CHART_BOX } from '../../../shared/export/pptx';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { loadExtractFromDir } from '../../../electron/node/load-extract-node';

const SAMPLE = fileURLToPath(new URL('../../../data-samples/region-midt/', import.meta.url));
const TRACKS: TrackId[] = ['kol', 'diabetes', 'angst'];
const root = mkdtempSync(join(tmpdir(), 'datapakker-decks-'));
const decks = new Map<TrackId, Record<string, Uint8Array>>();
const SLIDE_W = 12192000;
const SLIDE_H = 6858000;
const hasTool = (tool: string) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, tool)));

let engine: Engine;

beforeAll(async () => {
  engine = await createNodeWasmEngine();
  const loaded = await loadExtractFromDir(engine, SAMPLE, path.join(SAMPLE, 'region-midt.profile.json'), { referenceDate: '2024-01-01', salt: 'test' });
  expect(loaded.fatal).toBe(false);
  for (const track of TRACKS) {
    const pkg: Datapakke = await buildDatapakke(engine, {
      track,
      area: resolveArea('cluster:horsens'),
      referenceDate: '2024-01-01',
      settings: { minCount: 5, educationGrouping: '3', standardPopulation: 'ESP2013', confidence: 0.95 },
      sources: loaded.sources,
      generatedAt: '2026-12-01T10:00:00Z',
      app: { name: 'datapakker', version: 'test' },
    });
    const bytes = await buildPptx(pkg, []);
    writeFileSync(join(root, `${track}.pptx`), bytes);
    decks.set(track, unzipSync(bytes));
  }
}, 600_000);

afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await engine?.close();
});

function slides(files: Record<string, Uint8Array>): { n: number; xml: string; rels: string }[] {
  return Object.keys(files)
    .map((f) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ n: Number(m[1]), xml: strFromU8(files[m[0]]!), rels: strFromU8(files[`ppt/slides/_rels/slide${m[1]}.xml.rels`] ?? new Uint8Array()) }))
    .sort((a, b) => a.n - b.n);
}

const chartOf = (files: Record<string, Uint8Array>, rels: string): string[] =>
  [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map((m) => strFromU8(files[`ppt/charts/${m[1]}`]!));

describe.each(TRACKS)('the %s deck of the Horsens cluster', (track) => {
  it('has "Nøglebudskaber" among the first three slides, then the overview', () => {
    const s = slides(decks.get(track)!);
    const at = s.findIndex((x) => x.xml.includes('>Nøglebudskaber<'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(3);
    expect(s[at + 1]!.xml).toContain('>Ulighedsoverblik<');
  });

  it('≥ 80 % of the chart slides carry a native chart, each filling ≥ 60 % of the slide', () => {
    const files = decks.get(track)!;
    const s = slides(files);
    const native = s.filter((x) => x.xml.includes('<c:chart '));
    const pictures = s.filter((x) => x.xml.includes('<p:pic>'));
    expect(native.length).toBeGreaterThan(5);
    expect(native.length / (native.length + pictures.length)).toBeGreaterThanOrEqual(0.8);
    expect((CHART_BOX.w * CHART_BOX.h) / (13.333 * 7.5)).toBeGreaterThanOrEqual(0.6);
    for (const slide of native) {
      expect(chartOf(files, slide.rels), `slide ${slide.n}`).toHaveLength(1);
      const frame = /<p:graphicFrame>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"\/>[\s\S]*?<c:chart /.exec(slide.xml)!;
      expect((Number(frame[1]) * Number(frame[2])) / (SLIDE_W * SLIDE_H), `slide ${slide.n}`).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('no text run under 10 pt on any slide, chart text at 14 pt or more, in Calibri', () => {
    const files = decks.get(track)!;
    for (const slide of slides(files)) {
      const sizes = [...slide.xml.matchAll(/\ssz="(\d+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length, `slide ${slide.n}`).toBeGreaterThan(0);
      expect(Math.min(...sizes), `slide ${slide.n}`).toBeGreaterThanOrEqual(1000);
      const faces = new Set([...slide.xml.matchAll(/<a:latin typeface="([^"]+)"/g)].map((m) => m[1]));
      for (const f of faces) expect(['Calibri', '+mn-lt', '+mj-lt']).toContain(f);
      for (const chart of chartOf(files, slide.rels)) {
        const chartSizes = [...chart.matchAll(/\ssz="(\d+)"/g)].map((m) => Number(m[1]));
        expect(Math.min(...chartSizes), `chart on slide ${slide.n}`).toBeGreaterThanOrEqual(1400);
      }
    }
  });

  it('no chart is mostly "udeladt": its blank (suppressed) points are at most half', () => {
    const files = decks.get(track)!;
    for (const slide of slides(files)) {
      for (const chart of chartOf(files, slide.rels)) {
        let count = 0;
        let shown = 0;
        for (const ser of chart.matchAll(/<c:val>[\s\S]*?<c:ptCount val="(\d+)"\/>([\s\S]*?)<\/c:numCache>/g)) {
          count += Number(ser[1]);
          shown += (ser[2]!.match(/<c:pt /g) ?? []).length;
        }
        expect(count, `slide ${slide.n}`).toBeGreaterThan(0);
        // Line charts over single ages have gaps from smoothing; bars and the pyramid are exact.
        if (chart.includes('<c:barChart>')) expect(2 * shown, `slide ${slide.n}`).toBeGreaterThanOrEqual(count);
        expect(chart).not.toContain('<c:v></c:v>');
      }
    }
  });

  it('intervals are native error bars on the bar charts that have them', () => {
    const files = decks.get(track)!;
    const charts = slides(files).flatMap((s) => chartOf(files, s.rels));
    expect(charts.filter((c) => c.includes('<c:errBars>')).length).toBeGreaterThan(2);
  });

  it('every shape lies inside the 16:9 slide', () => {
    for (const slide of slides(decks.get(track)!)) {
      for (const m of slide.xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
        const [x, y, w, h] = m.slice(1, 5).map(Number) as [number, number, number, number];
        expect(x, `slide ${slide.n}`).toBeGreaterThanOrEqual(0);
        expect(y, `slide ${slide.n}`).toBeGreaterThanOrEqual(0);
        expect(x + w, `slide ${slide.n}`).toBeLessThanOrEqual(SLIDE_W);
        expect(y + h, `slide ${slide.n}`).toBeLessThanOrEqual(SLIDE_H);
      }
    }
  });
});

/** Width, height and grey pixels of a binary PGM (pdftoppm -gray). */
function pgm(bytes: Uint8Array): { w: number; h: number; px: Uint8Array } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 40)).split(/\s+/);
  const w = Number(head[1]);
  const h = Number(head[2]);
  return { w, h, px: bytes.subarray(bytes.length - w * h) };
}

describe('rendered by LibreOffice (installed by .ci/run)', () => {
  it('every slide of the KOL deck renders with content, and all its text inside the page', (ctx) => {
    if (!hasTool('soffice') || !hasTool('pdftoppm')) ctx.skip();
    const out = join(root, 'lo');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(root, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(root, 'kol.pptx')],
      { timeout: 300_000, stdio: 'pipe' },
    );
    const pdf = join(out, 'kol.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(slides(decks.get('kol')!).length);
    execFileSync('pdftoppm', ['-r', '24', '-gray', pdf, join(out, 'p')]);
    const images = readdirSync(out)
      .filter((f) => f.endsWith('.pgm'))
      .sort();
    expect(images).toHaveLength(pages);
    for (const f of images) {
      const { px } = pgm(readFileSync(join(out, f)));
      const ink = px.filter((v) => v < 200).length / px.length;
      expect(ink, f).toBeGreaterThan(0.005);
    }
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(bbox)!;
    for (const w of bbox.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</g)) {
      expect(Number(w[1]), w[5]).toBeGreaterThanOrEqual(0);
      expect(Number(w[3]), w[5]).toBeLessThanOrEqual(Number(page[1]) + 0.5);
      expect(Number(w[4]), w[5]).toBeLessThanOrEqual(Number(page[2]) + 0.5);
    }
  }, 400_000);
});
