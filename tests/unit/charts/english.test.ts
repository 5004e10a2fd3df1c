import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CHART_KINDS, chartsFor, textAlternative } from '../../../shared/charts/index';
import { inequalityText, populationLine } from '../../../shared/charts/header';
import { houseConfig } from '../../../shared/charts/theme';
import { MUNICIPALITIES } from '../../../shared/areas/areas';
import { TRACK_IDS, type Datapakke, type Indicator, type TrackId } from '../../../shared/contract/datapakke';
import { exportLogText, buildExportLog } from '../../../shared/export/export-log';
import { buildHtml } from '../../../shared/export/html';
import { provenanceLines } from '../../../shared/export/provenance';
import { buildXlsx } from '../../../shared/export/xlsx';
import { packageLang } from '../../../shared/text/format';
import { renderSvg } from '../../../electron/node/export/render';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

/**
 * The fixture is written in Danish. The package builder writes titles, definitions, key messages,
 * reasons and the disclosure rule in the package's language, so the English package replaces them
 * with English stand-ins: whatever Danish is left in a chart then comes from the chart code itself.
 */
function englishPackage(track: TrackId): Datapakke {
  const pkg = samplePackage(track);
  let n = 0;
  const english = (ind: Indicator): Indicator => ({
    ...ind,
    title: `Indicator ${++n}`,
    ...(ind.definition ? { definition: 'People with the condition on the reference date' } : {}),
    ...(ind.keyMessage ? { keyMessage: 'Among people with basic schooling, 6.1% have the condition.' } : {}),
    ...(ind.reason ? { reason: 'The table is missing.' } : {}),
    ...(ind.notes ? { notes: ind.notes.map(() => 'A note.') } : {}),
  });
  return {
    ...pkg,
    settings: { ...pkg.settings, lang: 'en' },
    sections: pkg.sections.map((s, i) => ({ ...s, title: `Section ${i + 1}`, indicators: s.indicators.map(english) })),
    method: { caseDefinition: 'Fictional method for tests' },
    ...(pkg.disclosure ? { disclosure: { ...pkg.disclosure, rule: 'Cells with fewer than 5 observations are omitted' } } : {}),
  };
}

/** Proper names and file names are data, not text to translate ("Samsø", "Horsens-klyngen", "befolkning.csv"). */
function withoutNames(text: string, pkg: Datapakke): string {
  const names = [pkg.area.name, ...MUNICIPALITIES.map((m) => m.name), ...pkg.sources.flatMap((s) => s.files)].sort((a, b) => b.length - a.length);
  return names.reduce((t, name) => t.split(name).join(' '), text);
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const DANISH_WORDS = [
  'borgere',
  'kilde',
  'kilder',
  'registerudtræk',
  'spørgeskemadata',
  'udeladt',
  'udeladte',
  'forskel',
  'procentpoint',
  'ulighed',
  'ulighedsmål',
  'færre',
  'tilfælde',
  'kommune',
  'kommuner',
  'kommunerne',
  'antal',
  'værdi',
  'alder',
  'aldre',
  'aldersgruppe',
  'uddannelse',
  'konfidensinterval',
  'befolkning',
  'befolkningens',
  'efter',
  'og',
  'procent',
  'gennem',
  'livet',
  'køn',
  'ja',
  'nej',
  'streger',
  'bånd',
  'viser',
  'opgjort',
  'filer',
  'grænse',
  'grænsen',
  'hvis',
  'alle',
  'havde',
  'længst',
  'uddannedes',
  'forekomst',
  'personer',
  'vandrette',
  'stiplede',
  'kurverne',
  'lodrette',
  'mænd',
  'kvinder',
  'grundskole',
  'videregående',
  'ukendt',
  'pr',
  'år',
  'udvikling',
  'tragtdiagram',
  'livsforløb',
  'befolkningspyramide',
  'gevinst',
  'hele',
  'områdets',
  'niveau',
  'kr',
  'tabel',
  'indhold',
  'metode',
  'ikke',
  'tilgængelig',
  'mangler',
  'område',
  'forløb',
  'dannet',
  'diskretion',
  'rækker',
  'celler',
  'observationer',
  'pga',
  'i alt',
  'm.fl',
  'fl',
  'gange',
  'dag',
  'ved',
  'lige',
  'kontrolgrænserne',
];
const DANISH = new RegExp(`(?<![\\p{L}\\d])(${DANISH_WORDS.map((w) => w.replace('.', '\\.')).join('|')})(?![\\p{L}\\d])|[æøåÆØÅ]|(?<=\\s)i(?=\\s)`, 'iu');

/** The Danish words left in the texts, after proper names are taken out. */
function danishIn(texts: string[], pkg: Datapakke): string[] {
  return texts.map((t) => withoutNames(t, pkg)).filter((t) => DANISH.test(t));
}

const tracks = TRACK_IDS.map((t) => [t] as const);

/** The fixture's pyramid has no suppressed band; suppress one so the marker layer is drawn. */
function withSuppressedBand(ind: Indicator): Indicator {
  return { ...ind, rows: ind.rows!.map((r) => (r.strata.age_band === '90+' && r.strata.sex === 'M' ? { strata: r.strata, suppressed: true as const } : r)) };
}

describe('charts of an English package', () => {
  it('the Danish-word check itself catches Danish chart text', () => {
    const pkg = englishPackage('kol');
    expect(danishIn(['Borgere 30+ år i Horsens-klyngen', 'Antal tilfælde', 'Ulighed efter uddannelse', 'x i y'], pkg)).toHaveLength(4);
    expect(danishIn(['Residents aged 30+ in Horsens-klyngen, as of 1 January 2024', 'Samsø', 'Source: register extracts (befolkning.csv)'], pkg)).toEqual([]);
  });

  it.each(tracks)('%s: every chart kind has English titles, axes, legends, footers and tables', (track) => {
    const pkg = englishPackage(track);
    const kinds = new Set<string>();
    for (const ind of pkg.sections.flatMap((s) => s.indicators)) {
      for (const chart of chartsFor(ind, pkg)) {
        kinds.add(chart.id.slice(chart.id.lastIndexOf('.') + 1));
        const alt = textAlternative(ind, chart, pkg);
        const texts = [...strings(chart.vegaLite), alt.title, alt.text, ...alt.table.columns, ...alt.table.rows.flat()];
        expect(danishIn(texts, pkg), chart.id).toEqual([]);
        // A decimal comma ("4,2") would be Danish; English thousands ("4,536") have three digits after it.
        expect(
          texts.filter((t) => /\d,\d(?!\d)/.test(withoutNames(t, pkg))),
          chart.id,
        ).toEqual([]);
      }
    }
    if (track === 'kol') expect([...kinds].sort()).toEqual(CHART_KINDS.map((k) => k.kind).sort());
    const pyramid = chartsFor(withSuppressedBand(pkg.sections[0]!.indicators[0]!), pkg).find((c) => c.id.endsWith('.pyramid'));
    if (pyramid) expect(danishIn(strings(pyramid.vegaLite), pkg)).toEqual([]);
  });

  it('uses English number and date formatting', () => {
    const pkg = englishPackage('kol');
    const prevalence = pkg.sections[0]!.indicators[0]!;
    const gradient = chartsFor(prevalence, pkg)[0]!.vegaLite as {
      config: { locale: { number: { decimal: string; thousands: string } } };
      title: { subtitle: string[] };
    };
    expect(gradient.config.locale.number).toMatchObject({ decimal: '.', thousands: ',' });
    const ineq = prevalence.inequality as { difference: number; ratio: number };
    const subtitle = gradient.title.subtitle.join(' ');
    expect(subtitle).toContain(
      `A difference of ${ineq.difference.toFixed(1)} percentage points between the shortest and the longest education; ${ineq.ratio.toFixed(1)} times as many`,
    );
    expect(inequalityText(prevalence, undefined, 'en')).toContain(`difference ${ineq.difference.toFixed(1)} `);
    expect(populationLine({ ...prevalence, ages: '30-100', timing: 'reference_date' }, pkg)).toBe(
      `Residents aged 30-100 in ${pkg.area.name}, as of 1 January 2024`,
    );
    expect(populationLine({ ...prevalence, ages: '30-100', timing: 'period' }, pkg)).toBe(
      `Residents aged 30-100 in ${pkg.area.name}, 1 January 2023 - 31 December 2023`,
    );
  });

  it('the pyramid places the suppressed marker by the English sex label', () => {
    const pkg = englishPackage('kol');
    const pyramid = chartsFor(withSuppressedBand(pkg.sections[0]!.indicators[0]!), pkg).find((c) => c.id.endsWith('.pyramid'))!;
    const json = JSON.stringify(pyramid.vegaLite);
    expect(json).toContain("datum.sex == 'Men'");
    expect(json).toContain('"Women"');
  });

  it('renders with a decimal point and English text', async () => {
    const pkg = englishPackage('kol');
    const svg = await renderSvg(chartsFor(pkg.sections[0]!.indicators[0]!, pkg)[0]!.vegaLite);
    expect(svg).toContain('Indicator 1 by education and sex');
    expect(svg).toContain('– omitted');
    expect(svg).toMatch(/Percent: \d+\.\d/);
    expect(svg).not.toMatch(/Procent|Uddannelse/);
  });

  it('a Danish package still gets the Danish texts', () => {
    const pkg = samplePackage('kol');
    for (const p of [pkg, { ...pkg, settings: { ...pkg.settings, lang: 'da' as const } }]) {
      expect(packageLang(p)).toBe('da');
      const prevalence = p.sections[0]!.indicators[0]!;
      const charts = chartsFor(prevalence, p);
      const gradient = charts[0]!.vegaLite as { config: { locale: { number: { decimal: string } } }; title: { text: string[]; subtitle: string[] } };
      expect(gradient.config.locale.number.decimal).toBe(',');
      expect(gradient.title.text.join(' ')).toBe('Borgere med KOL efter uddannelse og køn');
      expect(gradient.title.subtitle.join(' ')).toContain('Forskel på ');
      expect(gradient.title.subtitle[0]).toMatch(/^Borgere 30\+ år i Horsens-klyngen/);
      expect(textAlternative(prevalence, charts[0]!, p).table.columns).toEqual(['Køn', 'Uddannelse', 'Værdi', 'Konfidensinterval']);
      const pyramid = chartsFor(withSuppressedBand(prevalence), p).find((c) => c.id.endsWith('.pyramid'))!;
      expect(JSON.stringify(pyramid.vegaLite)).toContain("datum.sex == 'Mænd'");
    }
    expect(houseConfig()).toEqual(houseConfig('da'));
  });
});

describe('exports of an English package', () => {
  it('HTML declares English and has English headings', () => {
    const pkg = englishPackage('diabetes');
    const assets = pkg.sections
      .flatMap((s) => s.indicators)
      .flatMap((ind) => chartsFor(ind, pkg).map((c) => ({ id: c.id, indicatorId: ind.id, vegaLite: c.vegaLite, svg: '', width: 1, height: 1 })));
    const html = buildHtml(
      pkg,
      assets,
      { vega: '', interpreter: readFileSync(createRequire(import.meta.url).resolve('vega-interpreter'), 'utf8') },
      { regular: new Uint8Array([1]), semibold: new Uint8Array([2]) },
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Method and data</h2>');
    expect(html).toContain('Not available: The table is missing.');
    expect(html).toContain('<title>Data package Diabetes: Horsens-klyngen</title>');
    // Everything but the embedded chart specs (checked above) and the method JSON.
    const page = html.slice(0, html.indexOf('<script type="application/json"'));
    expect(danishIn([page.replace(/<[^>]+>/g, ' ')], pkg)).toEqual([]);
  });

  it('XLSX has English sheet names, headers and notes', async () => {
    const pkg = englishPackage('kol');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildXlsx(pkg)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]!.name).toBe('Definitions and sources');
    expect(wb.title).toBe('Data package COPD: Horsens-klyngen');
    const ws = wb.getWorksheet('kol.prevalence')!;
    const header = ws.getRow(5).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['Education', 'Sex', 'Numerator', 'Denominator', 'Value', 'Omitted']));
    const cells = wb.worksheets.flatMap((w) => strings(w.getSheetValues()));
    expect(danishIn(cells, pkg)).toEqual([]);
  });

  it('provenance and the export log are in English', () => {
    const pkg = englishPackage('angst');
    expect(provenanceLines(pkg)).toContain('Reference date: 1 January 2024');
    expect(provenanceLines(pkg).join('\n')).toContain('371,234 rows');
    const text = exportLogText(buildExportLog(pkg, ['pdf'], [{ path: 'datapakke.pdf', bytes: 123 }], '2026-11-22T12:00:00.000Z', { pdfRoute: 'pdfkit' }));
    expect(text).toContain('Area: Horsens-klyngen (horsens), track: Anxiety, reference date: 2024-01-01');
    expect(danishIn([text.replace('datapakke.pdf', '')], pkg)).toEqual([]);
  });
});
