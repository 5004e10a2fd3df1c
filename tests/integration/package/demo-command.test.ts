/**
 * `npm run demo` is the README's first command: on the bundled sample it must write the validation
 * report and, for each track, every format with its charts and export log — files that read back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { run } from '../../../electron/cli/commands/demo';
import { noChartReason } from '../../../shared/charts/detail';
import type { Indicator } from '../../../shared/contract/datapakke';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('datapakke demo', () => {
  it('validates, builds KOL, diabetes and angst for Aarhus-klyngen and exports every format into --out', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-'));
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    const code = await run(['--out', out]);
    vi.restoreAllMocks();
    expect(code, stdout).toBe(0);

    const validation = JSON.parse(fs.readFileSync(path.join(out, 'validation.json'), 'utf8'));
    expect(validation.tables.persons).toMatchObject({ rows: 50_007, accepted: 50_000, rejected: 7 });
    for (const track of ['kol', 'diabetes', 'angst']) {
      const dir = path.join(out, track);
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'datapakke.json'), 'utf8'));
      expect(pkg).toMatchObject({ track, area: { code: 'aarhus' }, referenceDate: '2024-01-01' });
      const indicators = pkg.sections.flatMap((s: { indicators: unknown[] }) => s.indicators) as { id: string; available: boolean; charts?: unknown[] }[];
      // An indicator without a chart is one whose every breakdown is mostly suppressed (adaptive detail, issue 15).
      expect(indicators.filter((i) => i.available && !i.charts?.length && !noChartReason(i as unknown as Indicator)).map((i) => i.id)).toEqual([]);

      const slides = Object.keys(unzipSync(fs.readFileSync(path.join(dir, 'datapakke.pptx')))).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      expect(slides.length).toBeGreaterThanOrEqual(indicators.length);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(fs.readFileSync(path.join(dir, 'datapakke.xlsx')) as unknown as ArrayBuffer);
      expect(book.worksheets.length).toBeGreaterThan(indicators.filter((i) => i.available).length);
      expect(fs.readFileSync(path.join(dir, 'datapakke.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      expect(fs.readFileSync(path.join(dir, 'datapakke.html'), 'utf8')).toContain(pkg.area.name);
      const charts = fs.readdirSync(path.join(dir, 'charts'));
      for (const svg of charts.filter((f) => f.endsWith('.svg'))) {
        const base = svg.slice(0, -'.svg'.length);
        expect(charts).toEqual(expect.arrayContaining([`${base}.png`, `${base}@3x.png`]));
      }
      const log = JSON.parse(fs.readFileSync(path.join(dir, 'eksportlog.json'), 'utf8'));
      expect(log.files.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['datapakke.json', 'datapakke.pptx', 'datapakke.pdf']));
      expect(strFromU8(unzipSync(fs.readFileSync(path.join(dir, 'datapakke.pptx')))['ppt/slides/slide1.xml']!)).toContain('Aarhus-klyngen');
    }
    expect(stdout).toMatch(/Færdig på/);
  }, 600_000);
});
