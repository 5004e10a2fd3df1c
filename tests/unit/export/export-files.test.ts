/** shared/export/export-files.ts with counting fake deps: which deps each format calls, the layout, the log. */
import { describe, expect, it } from 'vitest';
import { chartsFor } from '../../../shared/charts/index';
import { archiveNameOf, exportFiles, mimeTypeOf, saveRequestsOf, type ExportDeps } from '../../../shared/export/export-files';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const pkg = samplePackage('kol');
const chartIds = pkg.sections.flatMap((s) => s.indicators.flatMap((i) => chartsFor(i, pkg).map((c) => c.id)));

function fakeDeps(overrides: Partial<ExportDeps> = {}) {
  const calls = { renderSvg: 0, png: [] as number[], fonts: 0, htmlRuntime: 0, progress: [] as string[] };
  const deps: ExportDeps = {
    renderSvg: async () => (calls.renderSvg++, '<svg width="400" height="200"><text>x</text></svg>'),
    svgToPng: async (_svg, scale) => (calls.png.push(scale), new Uint8Array([scale])),
    fonts: async () => (calls.fonts++, { regular: new Uint8Array(), semibold: new Uint8Array(), bold: new Uint8Array() }),
    htmlRuntime: async () => (calls.htmlRuntime++, { vega: '', interpreter: '' }),
    pdf: {
      createDocument: () => {
        throw new Error('no pdf in this test');
      },
      svgToPdf: () => undefined,
    },
    sha256: async (bytes) => `sha-of-${bytes.length}`,
    now: () => new Date('2026-12-04T12:00:00Z'),
    progress: (step) => void calls.progress.push(step),
    ...overrides,
  };
  return { deps, calls };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exportFiles', () => {
  it('datapakke.json alone draws nothing, and still carries every chart spec', async () => {
    const { deps, calls } = fakeDeps();
    const result = await exportFiles(pkg, ['json'], deps);
    expect(calls.renderSvg).toBe(0);
    expect(calls.png).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['datapakke.json', 'eksportlog.json', 'eksportlog.txt']);
    const written = JSON.parse(text(result.files[0]!.bytes));
    expect(
      written.sections.flatMap((s: { indicators: { charts?: { id: string }[] }[] }) => s.indicators.flatMap((i) => (i.charts ?? []).map((c) => c.id))),
    ).toEqual(chartIds);
    expect(result.charts).toEqual(chartIds);
  });

  it('the deck draws no PNG (its charts are native), only the PNG files do', async () => {
    const { deps, calls } = fakeDeps();
    await exportFiles(pkg, ['json', 'pptx', 'svg'], deps);
    expect(calls.renderSvg).toBe(chartIds.length);
    expect(calls.png).toEqual([]);
  });

  it('PNGs with pngConcurrency: never more in flight than allowed, files in chart order whatever order they finish in', async () => {
    let inFlight = 0;
    let most = 0;
    let n = 0;
    const { deps } = fakeDeps({
      pngConcurrency: 3,
      svgToPng: async (_svg, scale) => {
        inFlight++;
        most = Math.max(most, inFlight);
        const k = n++;
        // Later jobs finish first now and then.
        await new Promise((r) => setTimeout(r, (7 - (k % 7)) * 2));
        inFlight--;
        return new Uint8Array([k, scale]);
      },
    });
    const result = await exportFiles(pkg, ['png'], deps);
    expect(most).toBe(3);
    const pngs = result.files.filter((f) => f.path.endsWith('.png'));
    expect(pngs.map((f) => f.path)).toEqual(chartIds.flatMap((id) => [`charts/${id}.png`, `charts/${id}@3x.png`]));
    // Each file holds the bytes of its own job: the k-th job asked for, at its scale.
    expect(pngs.map((f) => [...f.bytes])).toEqual(
      chartIds.flatMap((_, i) => [
        [2 * i, 2],
        [2 * i + 1, 3],
      ]),
    );
  });

  it('SVG and PNG: one SVG, a 2× and a 3× PNG per chart under charts/, formats in the fixed order', async () => {
    const { deps, calls } = fakeDeps();
    const result = await exportFiles(pkg, ['png', 'svg', 'json'], deps);
    expect(calls.renderSvg).toBe(chartIds.length);
    expect(calls.png.filter((s) => s === 2)).toHaveLength(chartIds.length);
    expect(calls.png.filter((s) => s === 3)).toHaveLength(chartIds.length);
    expect(result.files.map((f) => f.path)).toEqual([
      'datapakke.json',
      ...chartIds.flatMap((id) => [`charts/${id}.png`, `charts/${id}@3x.png`]),
      ...chartIds.map((id) => `charts/${id}.svg`),
      'eksportlog.json',
      'eksportlog.txt',
    ]);
    expect(result.log.formats).toEqual(['json', 'png', 'svg']);
    expect(calls.progress.filter((s) => !s.startsWith('chart '))).toEqual(['json', 'png', 'svg']);
  });

  it('the log lists every file but itself, with the injected hash and clock; no PDF route without a PDF', async () => {
    const { deps } = fakeDeps();
    const result = await exportFiles(pkg, ['svg'], deps);
    const log = JSON.parse(text(result.files.find((f) => f.path === 'eksportlog.json')!.bytes));
    expect(log.exportedAt).toBe('2026-12-04T12:00:00.000Z');
    expect(log.files).toEqual(
      result.files.filter((f) => !f.path.startsWith('eksportlog')).map((f) => ({ path: f.path, bytes: f.bytes.length, sha256: `sha-of-${f.bytes.length}` })),
    );
    expect(log.pdfRoute).toBeUndefined();
    expect(text(result.files.at(-1)!.bytes)).toContain('Formater: svg');
  });

  it('a progress callback that throws cancels the export: the error comes out, no result', async () => {
    let seen = 0;
    const { deps } = fakeDeps({
      progress: () => {
        if (++seen === 3) throw new Error('annulleret');
      },
    });
    await expect(exportFiles(pkg, ['svg'], deps)).rejects.toThrow('annulleret');
  });
});

describe('the app adapter helpers', () => {
  it('SaveRequests under <track>/ with the MIME type of the extension', async () => {
    const { deps } = fakeDeps();
    const requests = saveRequestsOf(pkg, (await exportFiles(pkg, ['json', 'svg'], deps)).files);
    expect(requests[0]).toMatchObject({ suggestedName: 'kol/datapakke.json', mimeType: 'application/json' });
    expect(requests[1]!.suggestedName).toMatch(/^kol\/charts\/kol\..+\.svg$/);
    expect(requests[1]!.mimeType).toBe('image/svg+xml');
    expect(requests.at(-1)).toMatchObject({ suggestedName: 'kol/eksportlog.txt', mimeType: 'text/plain; charset=utf-8' });
  });

  it('MIME types by extension', () => {
    expect(mimeTypeOf('datapakke.pptx')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(mimeTypeOf('charts/a.b@3x.png')).toBe('image/png');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
  });

  it('the ZIP is named after the package, or the area for several', () => {
    const angst = samplePackage('angst');
    expect(archiveNameOf([pkg])).toBe(`datapakke-kol-${pkg.area.code}.zip`);
    expect(archiveNameOf([pkg, angst])).toBe(`datapakker-${pkg.area.code}.zip`);
  });
});
