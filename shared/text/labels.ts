/**
 * Danish (and English) labels for dimensions and their stratum codes (DATA-CONTRACT.md). One place,
 * so tables, charts, key messages and exports all say the same thing.
 */
import type { StratumKey } from '../contract/datapakke';
import type { Lang } from './format';

type Labels = Record<string, { da: string; en: string }>;

export const DIMENSION_LABELS: Record<StratumKey, { da: string; en: string }> = {
  age_band: { da: 'Aldersgruppe', en: 'Age group' },
  age: { da: 'Alder', en: 'Age' },
  sex: { da: 'Køn', en: 'Sex' },
  education: { da: 'Uddannelse', en: 'Education' },
  labour_market: { da: 'Tilknytning til arbejdsmarkedet', en: 'Labour-market attachment' },
  income_quartile: { da: 'Indkomst (kvartil)', en: 'Income (quartile)' },
  origin: { da: 'Herkomst', en: 'Origin' },
  cohabitation: { da: 'Samlivsstatus', en: 'Cohabitation' },
  municipality: { da: 'Kommune', en: 'Municipality' },
  year: { da: 'År', en: 'Year' },
  diabetes_type: { da: 'Diabetestype', en: 'Diabetes type' },
  variant: { da: 'Definition', en: 'Definition' },
};

export const VALUE_LABELS: Partial<Record<StratumKey, Labels>> = {
  sex: { M: { da: 'Mænd', en: 'Men' }, K: { da: 'Kvinder', en: 'Women' } },
  education: {
    grundskole: { da: 'Grundskole', en: 'Primary school' },
    kort: { da: 'Gymnasial/erhvervsfaglig/kort videregående', en: 'Upper secondary/vocational/short tertiary' },
    videregaaende: { da: 'Mellemlang/lang videregående', en: 'Medium/long tertiary' },
    gymnasial_erhvervsfaglig: { da: 'Gymnasial/erhvervsfaglig', en: 'Upper secondary/vocational' },
    kort_mellemlang_videregaaende: { da: 'Kort/mellemlang videregående', en: 'Short/medium tertiary' },
    gymnasial: { da: 'Gymnasial', en: 'Upper secondary' },
    erhvervsfaglig: { da: 'Erhvervsfaglig', en: 'Vocational' },
    kort_videregaaende: { da: 'Kort videregående', en: 'Short tertiary' },
    mellemlang_videregaaende: { da: 'Mellemlang videregående', en: 'Medium tertiary' },
    lang_videregaaende: { da: 'Lang videregående', en: 'Long tertiary' },
    ukendt: { da: 'Ukendt', en: 'Unknown' },
  },
  labour_market: {
    beskaeftiget: { da: 'I beskæftigelse', en: 'Employed' },
    ledig: { da: 'Ledig', en: 'Unemployed' },
    under_uddannelse: { da: 'Under uddannelse', en: 'In education' },
    foertidspension: { da: 'Førtidspension', en: 'Disability pension' },
    pension: { da: 'Folkepension/efterløn', en: 'Old-age pension/early retirement' },
    oevrige_uden_for: { da: 'Øvrige uden for arbejdsstyrken', en: 'Other outside the labour force' },
    ukendt: { da: 'Ukendt', en: 'Unknown' },
  },
  income_quartile: {
    Q1: { da: 'Laveste kvartil', en: 'Lowest quartile' },
    Q2: { da: '2. kvartil', en: '2nd quartile' },
    Q3: { da: '3. kvartil', en: '3rd quartile' },
    Q4: { da: 'Højeste kvartil', en: 'Highest quartile' },
    ukendt: { da: 'Ukendt', en: 'Unknown' },
  },
  origin: {
    dansk: { da: 'Dansk oprindelse', en: 'Danish origin' },
    indvandrer_vestlig: { da: 'Indvandrere, vestlige', en: 'Immigrants, Western' },
    indvandrer_ikke_vestlig: { da: 'Indvandrere, ikke-vestlige', en: 'Immigrants, non-Western' },
    efterkommer_vestlig: { da: 'Efterkommere, vestlige', en: 'Descendants, Western' },
    efterkommer_ikke_vestlig: { da: 'Efterkommere, ikke-vestlige', en: 'Descendants, non-Western' },
    ukendt: { da: 'Ukendt', en: 'Unknown' },
  },
  cohabitation: {
    samlevende: { da: 'Samlevende', en: 'Cohabiting' },
    enlig: { da: 'Enlig', en: 'Single' },
    ukendt: { da: 'Ukendt', en: 'Unknown' },
  },
  diabetes_type: { '1': { da: 'Type 1', en: 'Type 1' }, '2': { da: 'Type 2', en: 'Type 2' } },
};

/** Education groups per grouping, ordered least → most advantaged (DATA-CONTRACT.md). */
export const EDUCATION_GROUPS: Record<'3' | '4' | '6', readonly string[]> = {
  '3': ['grundskole', 'kort', 'videregaaende'],
  '4': ['grundskole', 'gymnasial_erhvervsfaglig', 'kort_mellemlang_videregaaende', 'lang_videregaaende'],
  '6': ['grundskole', 'gymnasial', 'erhvervsfaglig', 'kort_videregaaende', 'mellemlang_videregaaende', 'lang_videregaaende'],
};

/** The label of a stratum value; municipality codes and ages fall back to the code itself. */
export function valueLabel(key: StratumKey, code: string | number, lang: Lang = 'da'): string {
  const label = VALUE_LABELS[key]?.[String(code)];
  return label ? label[lang] : String(code);
}

export function dimensionLabel(key: StratumKey, lang: Lang = 'da'): string {
  return DIMENSION_LABELS[key][lang];
}
