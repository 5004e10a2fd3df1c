/** Key messages are built from published numbers only, in Danish and English. */
import { describe, expect, it } from 'vitest';
import { keyMessage } from '../../../shared/text/key-messages';

const KOL = { da: 'har {value} KOL', en: '{value} have COPD' };

describe('keyMessage', () => {
  it('states the education gradient with decimal commas and the ratio', () => {
    expect(
      keyMessage({
        lang: 'da',
        unit: 'pct',
        template: KOL,
        ages: { min: 30, max: 100 },
        gradient: { low: { code: 'grundskole', value: 6.1 }, high: { code: 'videregaaende', value: 2.0 } },
      }),
    ).toBe(
      'Blandt borgere med grundskole som højeste uddannelse har 6,1 % KOL mod 2,0 % blandt borgere med en mellemlang eller lang videregående uddannelse – 3,0 gange så mange.',
    );
    expect(
      keyMessage({
        lang: 'en',
        unit: 'pct',
        template: KOL,
        ages: { min: 30, max: 100 },
        gradient: { low: { code: 'grundskole', value: 6.1 }, high: { code: 'videregaaende', value: 2.0 } },
      }),
    ).toBe(
      'Among people with primary school as their highest education, 6.1% have COPD compared with 2.0% among people with medium or long tertiary education – 3.0 times as many.',
    );
  });

  it('speaks of the parents for children, falls back to the total, and says so when everything is suppressed', () => {
    const child = { da: 'har {value} en forælder med KOL', en: '{value} have a parent with COPD' };
    expect(
      keyMessage({
        lang: 'da',
        unit: 'pct',
        template: child,
        ages: { min: 0, max: 17 },
        gradient: { low: { code: 'grundskole', value: 4 }, high: { code: 'videregaaende', value: 1 } },
      }),
    ).toBe(
      'Blandt børn og unge, hvis forældre har grundskole som højeste uddannelse, har 4,0 % en forælder med KOL mod 1,0 % blandt børn og unge, hvis forældre har en mellemlang eller lang videregående uddannelse – 4,0 gange så mange.',
    );
    expect(
      keyMessage({
        lang: 'da',
        unit: 'per1000',
        template: { da: 'er der {value} nye tilfælde pr. 1.000 personår', en: '' },
        ages: { min: 30, max: 100 },
        total: 1234.56,
      }),
    ).toBe('Blandt alle borgere 30-100 år i området er der 1.234,6 nye tilfælde pr. 1.000 personår.');
    expect(
      keyMessage({ lang: 'da', unit: 'dkk', template: { da: 'Udgiften er {value}', en: '' }, ages: { min: 0, max: 100 }, total: 9466, standalone: true }),
    ).toBe('Udgiften er 9.466 kr.');
    expect(keyMessage({ lang: 'da', unit: 'pct', template: KOL, ages: { min: 30, max: 100 } })).toBe('Tallene er for små til at blive vist (diskretionering).');
  });

  it('names the population when it is not all residents', () => {
    const employed = { da: 'er {value} i beskæftigelse', en: '{value} are employed' };
    const pop = { da: 'borgere med KOL', en: 'people with COPD' };
    expect(
      keyMessage({
        lang: 'da',
        unit: 'pct',
        template: employed,
        population: pop,
        ages: { min: 30, max: 64 },
        gradient: { low: { code: 'grundskole', value: 30 }, high: { code: 'videregaaende', value: 60 } },
      }),
    ).toBe(
      'Blandt borgere med KOL og grundskole som højeste uddannelse er 30,0 % i beskæftigelse mod 60,0 % blandt borgere med KOL og en mellemlang eller lang videregående uddannelse – 0,5 gange så mange.',
    );
    expect(keyMessage({ lang: 'da', unit: 'pct', template: employed, population: pop, ages: { min: 30, max: 64 }, total: 22.2 })).toBe(
      'Blandt borgere med KOL på 30-64 år i området er 22,2 % i beskæftigelse.',
    );
  });

  it('never names a ratio when the most advantaged group is zero', () => {
    const text = keyMessage({
      lang: 'da',
      unit: 'pct',
      template: KOL,
      ages: { min: 30, max: 100 },
      gradient: { low: { code: 'grundskole', value: 3 }, high: { code: 'videregaaende', value: 0 } },
    });
    expect(text).not.toContain('gange');
    expect(text).toMatch(/mod 0,0 %/);
  });
});
