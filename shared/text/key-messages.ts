/**
 * Key messages: one sentence generated from an indicator's numbers (never from a suppressed one).
 * "Blandt borgere med grundskole som højeste uddannelse har 6,1 % KOL mod 2,0 % blandt borgere med
 * en mellemlang eller lang videregående uddannelse – 3,0 gange så mange."
 */
import type { Unit } from '../contract/datapakke';
import { formatNumber, formatPercent, type Lang } from './format';

type Phrase = { da: string; en: string };

/** Education groups as they read after "borgere med …". */
const EDUCATION_PHRASES: Record<string, Phrase> = {
  grundskole: { da: 'grundskole som højeste uddannelse', en: 'primary school as their highest education' },
  kort: { da: 'en gymnasial, erhvervsfaglig eller kort videregående uddannelse', en: 'upper secondary, vocational or short tertiary education' },
  videregaaende: { da: 'en mellemlang eller lang videregående uddannelse', en: 'medium or long tertiary education' },
  gymnasial_erhvervsfaglig: { da: 'en gymnasial eller erhvervsfaglig uddannelse', en: 'upper secondary or vocational education' },
  kort_mellemlang_videregaaende: { da: 'en kort eller mellemlang videregående uddannelse', en: 'short or medium tertiary education' },
  lang_videregaaende: { da: 'en lang videregående uddannelse', en: 'long tertiary education' },
  gymnasial: { da: 'en gymnasial uddannelse', en: 'upper secondary education' },
  erhvervsfaglig: { da: 'en erhvervsfaglig uddannelse', en: 'vocational education' },
  kort_videregaaende: { da: 'en kort videregående uddannelse', en: 'short tertiary education' },
  mellemlang_videregaaende: { da: 'en mellemlang videregående uddannelse', en: 'medium tertiary education' },
};

export function formatValue(value: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'pct':
      return formatPercent(value, 1, lang);
    case 'per1000':
      return formatNumber(value, 1, lang);
    case 'dkk':
      return lang === 'da' ? `${formatNumber(value, 0, lang)} kr.` : `DKK ${formatNumber(value, 0, lang)}`;
    case 'count':
      return formatNumber(value, 0, lang);
  }
}

export interface KeyMessageInput {
  lang: Lang;
  unit: Unit;
  /** Clause with a {value} slot, e.g. "har {value} KOL". */
  template: Phrase;
  ages: { min: number; max: number };
  /** Published values of the least and most advantaged education groups. */
  gradient?: { low: { code: string; value: number }; high: { code: string; value: number } };
  /** Published total, when the gradient cannot be shown. */
  total?: number;
  /** Who the indicator is about when not all residents, e.g. "borgere med KOL". */
  population?: Phrase;
  /** The template is a whole sentence (population indicators), not a clause after "Blandt …". */
  standalone?: boolean;
}

const fill = (template: string, value: string) => template.replace('{value}', value);

/** Ends a sentence with one full stop, also after an abbreviation such as "kr.". */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

export function keyMessage(input: KeyMessageInput): string {
  const { lang, unit } = input;
  const clause = input.template[lang];
  const g = input.gradient;
  const children = input.ages.max < 30;
  if (g) {
    const low = EDUCATION_PHRASES[g.low.code]?.[lang] ?? g.low.code;
    const high = EDUCATION_PHRASES[g.high.code]?.[lang] ?? g.high.code;
    const ratio = g.high.value > 0 ? g.low.value / g.high.value : null;
    const much = unit === 'dkk' ? (lang === 'da' ? 'meget' : 'much') : lang === 'da' ? 'mange' : 'many';
    const tail =
      ratio !== null ? (lang === 'da' ? ` – ${formatNumber(ratio, 1, lang)} gange så ${much}` : ` – ${formatNumber(ratio, 1, lang)} times as ${much}`) : '';
    if (lang === 'da') {
      // The relative clause about the parents closes with a comma before the main verb.
      const pop = input.population?.da;
      const who = (p: string, closing = '') => (children ? `børn og unge, hvis forældre har ${p}${closing}` : pop ? `${pop} og ${p}` : `borgere med ${p}`);
      return `Blandt ${who(low, ',')} ${fill(clause, formatValue(g.low.value, unit, lang))} mod ${formatValue(g.high.value, unit, lang)} blandt ${who(high)}${tail}.`;
    }
    const pop = input.population?.en;
    const who = (p: string) => (children ? `children and young people whose parents have ${p}` : pop ? `${pop} and ${p}` : `people with ${p}`);
    return `Among ${who(low)}, ${fill(clause, formatValue(g.low.value, unit, lang))} compared with ${formatValue(g.high.value, unit, lang)} among ${who(high)}${tail}.`;
  }
  if (input.total !== undefined && input.standalone) return sentence(fill(clause, formatValue(input.total, unit, lang)));
  if (input.total !== undefined) {
    const ages = `${input.ages.min}-${input.ages.max}`;
    return lang === 'da'
      ? sentence(
          `Blandt ${input.population ? `${input.population.da} på` : 'alle borgere'} ${ages} år i området ${fill(clause, formatValue(input.total, unit, lang))}`,
        )
      : sentence(`Among ${input.population?.en ?? 'all residents'} aged ${ages} in the area, ${fill(clause, formatValue(input.total, unit, lang))}`);
  }
  return lang === 'da' ? 'Tallene er for små til at blive vist (diskretionering).' : 'The numbers are too small to be shown (disclosure control).';
}
