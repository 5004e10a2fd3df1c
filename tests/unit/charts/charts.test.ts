import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartsFor, textAlternative } from '../../../shared/charts/index';
import { controlLimit } from '../../../shared/charts/funnel';
import { smooth } from '../../../shared/charts/lifecourse';
import { populationLine } from '../../../shared/charts/header';
import { rowsWith } from '../../../shared/charts/rows';
import type { Indicator } from '../../../shared/contract/datapakke';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const pkg = samplePackage('kol');
const [prevalence, incidence, unavailable] = pkg.sections[0]!.indicators as [Indicator, Indicator, Indicator];

describe('chartsFor', () => {
  it('makes every chart kind the breakdowns support, with stable ids', () => {
    expect(chartsFor(prevalence, pkg).map((c) => c.id)).toEqual([
      'kol.prevalence.gradient',
      'kol.prevalence.potential-gain',
      'kol.prevalence.lifecourse',
      'kol.prevalence.trend',
      'kol.prevalence.municipalities',
      'kol.prevalence.funnel',
      'kol.prevalence.pyramid',
    ]);
  });

  it('skips charts whose breakdown is missing, and makes none for an unavailable indicator', () => {
    const ids = chartsFor(incidence, pkg).map((c) => c.id);
    expect(ids).not.toContain('kol.incidence.lifecourse');
    expect(ids).not.toContain('kol.incidence.pyramid');
    expect(chartsFor(unavailable, pkg)).toEqual([]);
    const onlyTotal: Indicator = { ...prevalence, rows: rowsWith(prevalence, []), inequality: { dimension: 'education', suppressed: true } };
    expect(chartsFor(onlyTotal, pkg)).toEqual([]);
  });

  it('specs are pure JSON with no URL and compile with vega-lite', () => {
    for (const ind of pkg.sections.flatMap((s) => s.indicators)) {
      for (const chart of chartsFor(ind, pkg)) {
        const json = JSON.stringify(chart.vegaLite);
        expect(JSON.parse(json)).toEqual(chart.vegaLite);
        expect(json).not.toMatch(/https?:\/\//);
        expect(() => compile(chart.vegaLite as unknown as TopLevelSpec)).not.toThrow();
      }
    }
  });

  it('carries the Danish locale, the source line and the definition footnote', () => {
    const spec = chartsFor(prevalence, pkg)[0]!.vegaLite as { config: { locale: { number: { decimal: string; thousands: string } } } };
    expect(spec.config.locale.number).toMatchObject({ decimal: ',', thousands: '.' });
    const json = JSON.stringify(spec);
    expect(json).toContain('Kilde: registerudtræk');
    expect(json).toContain('Definition: Borgere med KOL');
    expect(json).toContain('Udeladt pga. få observationer (færre end 5)');
  });

  it('puts the inequality in plain Danish in the gradient subtitle (no SII/RII)', () => {
    const spec = chartsFor(prevalence, pkg)[0]!.vegaLite as { title: { subtitle: string[] } };
    const ineq = prevalence.inequality as { difference: number; ratio: number };
    const expected = `Forskel på ${ineq.difference.toFixed(1).replace('.', ',')} procentpoint mellem korteste og længste uddannelse; ${ineq.ratio.toFixed(1).replace('.', ',')} gange så mange`;
    expect(spec.title.subtitle.join(' ')).toContain(expected);
    expect(spec.title.subtitle.join(' ')).not.toMatch(/SII|RII/);
  });
});

describe('chart arithmetic', () => {
  it('funnel limits: p0 ± z·sqrt(p0(1-p0)/n), in percent', () => {
    // 0.042 ± 1.96 · sqrt(0.042 · 0.958 / 10000) = 0.042 ± 0.0039315
    expect(controlLimit(prevalence, 0.042, 10_000, 1.96, 1)).toBeCloseTo(4.59315, 4);
    expect(controlLimit(prevalence, 0.042, 10_000, 1.96, -1)).toBeCloseTo(3.80685, 4);
  });

  it('funnel limits for rates use the Poisson variance p0/n', () => {
    // 0.003 + 3.09 · sqrt(0.003 / 5000) = 0.003 + 0.0023936 → 5.3936 per 1000
    expect(controlLimit(incidence, 0.003, 5000, 3.09, 1)).toBeCloseTo(5.3936, 3);
  });

  it('life-course smoothing is a centred ±2-year mean that leaves suppressed ages as gaps', () => {
    const pts = [10, 20, 30, 40, 50, 60].map((v, x) => ({ x, group: 'g', value: v, lower: v - 1, upper: v + 1, suppressed: false }));
    pts[5] = { x: 5, group: 'g', value: null as unknown as number, lower: null as unknown as number, upper: null as unknown as number, suppressed: true };
    const s = smooth(pts);
    expect(s[0]!.value).toBeCloseTo(20); // (10+20+30)/3
    expect(s[2]!.value).toBeCloseTo(30); // (10..50)/5
    expect(s[4]!.value).toBeCloseTo(40); // (30+40+50)/3, age 5 suppressed
    expect(s[4]!.lower).toBeCloseTo(39);
    expect(s[5]!.suppressed).toBe(true);
    expect(s[5]!.value).toBeNull();
  });

  it('life-course smoothing leaves a gap where most of the window is suppressed, instead of a false zero', () => {
    const pts = Array.from({ length: 10 }, (_, x) => ({
      x,
      group: 'g',
      value: 0 as number | null,
      lower: 0 as number | null,
      upper: 1 as number | null,
      suppressed: false,
    }));
    for (const x of [1, 3, 4]) pts[x] = { ...pts[x]!, value: null, lower: null, upper: null, suppressed: true };
    const s = smooth(pts);
    expect(s[2]!.value).toBeNull(); // window 0-4: only 0 and 2 published
    expect(s[2]!.suppressed).toBe(false);
    expect(s[5]!.value).toBe(0); // window 3-7: 3 of 5 published, a majority
    expect(s[7]!.value).toBe(0); // window 5-9: all published
  });
});

describe('populationLine', () => {
  it('dates a status at the reference date, and events over the period', () => {
    expect(populationLine({ ...prevalence, ages: '30-100', timing: 'reference_date' }, pkg)).toBe(`Borgere 30-100 år i ${pkg.area.name}, pr. 1. januar 2024`);
    expect(populationLine({ ...incidence, ages: '30-100', timing: 'period' }, pkg)).toBe(
      `Borgere 30-100 år i ${pkg.area.name}, 1. januar 2023 - 31. december 2023`,
    );
  });
});

describe('textAlternative', () => {
  it('gives title, key message and the table, with suppressed cells marked', () => {
    const chart = chartsFor(prevalence, pkg)[0]!;
    const alt = textAlternative(prevalence, chart, pkg);
    expect(alt.title).toBe('Borgere med KOL (social gradient)');
    expect(alt.keyMessage).toBe(prevalence.keyMessage);
    expect(alt.table.columns).toEqual(['Køn', 'Uddannelse', 'Værdi', 'Konfidensinterval']);
    expect(alt.table.rows).toHaveLength(8);
    expect(alt.table.rows.filter((r) => r[2]!.startsWith('–'))).toHaveLength(1);
    const grundK = prevalence.rows!.find((r) => r.strata.education === 'grundskole' && r.strata.sex === 'K')!;
    const expected = `${(grundK.value as number).toFixed(1).replace('.', ',')} %`;
    expect(alt.table.rows.find((r) => r[0] === 'Kvinder' && r[1] === 'Grundskole')![2]).toBe(expected);
    expect(alt.text.split('\n')[0]).toBe(alt.title);
  });
});
