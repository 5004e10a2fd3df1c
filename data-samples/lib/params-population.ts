/**
 * Planted population parameters (approximate, from public figures: Danmarks Statistik FOLK1A /
 * HFUDD / RAS for Region Midtjylland 2023-24, rounded). The README quotes these numbers.
 */

/** Population 1 January 2024, rounded to the nearest 500 (DST FOLK1A, approximate). */
export const MUNICIPALITY_POPULATION: readonly { code: number; name: string; population: number; urban: boolean }[] = [
  { code: 751, name: 'Aarhus', population: 367_000, urban: true },
  { code: 741, name: 'Samsø', population: 3_500, urban: false },
  { code: 615, name: 'Horsens', population: 99_000, urban: true },
  { code: 766, name: 'Hedensted', population: 47_500, urban: false },
  { code: 727, name: 'Odder', population: 23_500, urban: false },
  { code: 746, name: 'Skanderborg', population: 64_000, urban: false },
  { code: 730, name: 'Randers', population: 99_500, urban: true },
  { code: 710, name: 'Favrskov', population: 49_500, urban: false },
  { code: 707, name: 'Norddjurs', population: 37_000, urban: false },
  { code: 706, name: 'Syddjurs', population: 43_500, urban: false },
  { code: 657, name: 'Herning', population: 90_000, urban: true },
  { code: 661, name: 'Holstebro', population: 59_000, urban: false },
  { code: 756, name: 'Ikast-Brande', population: 42_000, urban: false },
  { code: 665, name: 'Lemvig', population: 19_500, urban: false },
  { code: 760, name: 'Ringkøbing-Skjern', population: 56_000, urban: false },
  { code: 671, name: 'Struer', population: 20_500, urban: false },
  { code: 740, name: 'Silkeborg', population: 100_500, urban: false },
  { code: 779, name: 'Skive', population: 46_000, urban: false },
  { code: 791, name: 'Viborg', population: 98_000, urban: false },
];

/** Municipalities of other regions: people in the extract who must be excluded by area. */
export const OUTSIDE_MUNICIPALITIES: readonly { code: number; name: string }[] = [
  { code: 101, name: 'København' },
  { code: 147, name: 'Frederiksberg' },
  { code: 461, name: 'Odense' },
  { code: 851, name: 'Aalborg' },
  { code: 621, name: 'Kolding' },
];

export const SHARE_OUTSIDE_REGION = 0.015;
/** Persons in the extract who died 2014-2023 (before the reference date). */
export const SHARE_DECEASED_BEFORE_REFERENCE = 0.07;

/** Persons per 1,000 by 5-year band 0-4 … 100-104 (Denmark-like pyramid, DST FOLK1A 2024 approx.). */
export const AGE_BAND_WEIGHTS: readonly number[] = [54, 57, 60, 63, 69, 66, 63, 58, 58, 64, 70, 68, 61, 56, 54, 46, 29, 14, 5.5, 1.4, 0.15];

/** Share of women by 5-year band (more women at high ages). */
export const FEMALE_SHARE: readonly number[] = [
  0.487, 0.487, 0.487, 0.487, 0.49, 0.49, 0.49, 0.495, 0.497, 0.497, 0.497, 0.5, 0.503, 0.51, 0.52, 0.54, 0.57, 0.62, 0.7, 0.78, 0.85,
];

/** Students and young professionals concentrate in Aarhus; the countryside is older. */
export function ageBandFactor(urbanAarhus: boolean, urban: boolean, band: number): number {
  if (urbanAarhus) return band >= 4 && band <= 6 ? 1.55 : band >= 12 ? 0.8 : 1;
  if (urban) return 1;
  return band >= 4 && band <= 6 ? 0.75 : band >= 12 ? 1.12 : 1;
}

export const ORIGIN_CODES = ['dansk', 'indvandrer_vestlig', 'indvandrer_ikke_vestlig', 'efterkommer_vestlig', 'efterkommer_ikke_vestlig'] as const;
export type OriginIndex = 0 | 1 | 2 | 3 | 4;
/** Source codes in the raw persons file (column IE_TYPE), index = origin index above. */
export const IE_TYPE_CODES = ['1', '21', '22', '31', '32'] as const;

/** Immigrant shares by age (immigrants arrive as adults; descendants are young). */
export function originWeights(age: number): number[] {
  if (age < 18) return [0.9, 0.02, 0.025, 0.01, 0.045];
  if (age < 30) return [0.84, 0.06, 0.07, 0.005, 0.025];
  if (age < 65) return [0.87, 0.05, 0.07, 0.002, 0.008];
  return [0.96, 0.025, 0.015, 0, 0];
}

/** Education levels: 0 = unknown, 1 grundskole … 6 lang videregående (DATA-CONTRACT order). */
export const EDUCATION_CODES = [
  'ukendt',
  'grundskole',
  'gymnasial',
  'erhvervsfaglig',
  'kort_videregaaende',
  'mellemlang_videregaaende',
  'lang_videregaaende',
] as const;
/** Text used in the raw socioeconomic file (mapped by the profile). */
export const EDUCATION_SOURCE_TEXT = [
  '',
  'Grundskole',
  'Gymnasial uddannelse',
  'Erhvervsfaglig uddannelse',
  'Kort videregående uddannelse',
  'Mellemlang videregående uddannelse',
  'Lang videregående uddannelse',
] as const;

/** 3-group code of a level (DATA-CONTRACT grouping `3`). */
export function educationGroup3(level: number): 'grundskole' | 'kort' | 'videregaaende' | 'ukendt' {
  if (level === 0) return 'ukendt';
  if (level === 1) return 'grundskole';
  return level >= 5 ? 'videregaaende' : 'kort';
}

/**
 * Final (highest) education by age at the reference date: weights for levels 1..6 (DST HFUDD,
 * Region Midtjylland approx.: older cohorts have more grundskole, younger more videregående).
 */
export function educationWeights(age: number, female: boolean): number[] {
  const rows: [number, number[]][] = [
    [40, [11, 12, 31, 6, 24, 16]],
    [50, [14, 7, 38, 6, 21, 14]],
    [60, [19, 5, 41, 5, 19, 11]],
    [70, [25, 4, 40, 5, 17, 9]],
    [80, [33, 4, 37, 5, 14, 7]],
    [200, [47, 4, 31, 4, 10, 4]],
  ];
  const w = [...(rows.find(([limit]) => age < limit) ?? rows[rows.length - 1]!)[1]];
  // Women: fewer vocational, more medium-cycle (nurses, teachers); a Danish constant for decades.
  if (female) {
    w[2] = w[2]! * 0.8;
    w[4] = w[4]! * 1.45;
  }
  return w;
}

/** Age at which each level is completed (used to build the yearly education history). */
export const COMPLETION_AGE = [0, 16, 19, 21, 22, 24, 26] as const;
