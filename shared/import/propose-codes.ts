/**
 * Built-in code lists for the value-map proposal (shared/import/propose-values.ts), as data with the
 * source of each list. A list marked `confirm` holds codes that mean different things in different
 * extracts (a bare 0/1/2 or 1/2): its proposals are shown, never written into the profile until the
 * analyst confirms them. Keys are matched after folding (lower case, æøå → ae/oe/aa, trimmed).
 */
import type { MappedValue } from '../contract/profile';

export interface CodeList {
  /** Where the codes come from, shown beside the proposal. */
  source: string;
  /** Proposals from this list need the analyst's confirmation (ambiguous numeric codes). */
  confirm: boolean;
  codes: Readonly<Record<string, MappedValue>>;
}

const EDU = {
  gs: 'grundskole',
  gym: 'gymnasial',
  eud: 'erhvervsfaglig',
  kvu: 'kort_videregaaende',
  mvu: 'mellemlang_videregaaende',
  lvu: 'lang_videregaaende',
} as const;

// Code lists are tables: one source per entry, its codes on one line.
// prettier-ignore
export const CODE_LISTS: Readonly<Record<string, readonly CodeList[]>> = {
  sex: [
    { source: 'Danmarks Statistik, KOEN (1 = mand, 2 = kvinde)', confirm: false, codes: { '1': 'M', '2': 'K' } },
    {
      source: 'Køn i tekst', confirm: false,
      codes: { m: 'M', mand: 'M', maend: 'M', male: 'M', man: 'M', dreng: 'M', han: 'M', k: 'K', kvinde: 'K', kvinder: 'K', f: 'K', female: 'K', woman: 'K', pige: 'K', hun: 'K' },
    },
  ],
  education: [
    {
      source: 'Uddannelsesniveauer i danske opgørelser (GS, GYM, EUD, KVU, MVU, LVU)', confirm: false,
      codes: {
        gs: EDU.gs, grundskole: EDU.gs, folkeskole: EDU.gs, gym: EDU.gym, gymnasial: EDU.gym, gymnasium: EDU.gym, stx: EDU.gym, hf: EDU.gym, hhx: EDU.gym, htx: EDU.gym,
        eud: EDU.eud, erhvervsfaglig: EDU.eud, erhvervsuddannelse: EDU.eud, kvu: EDU.kvu, mvu: EDU.mvu, bach: EDU.mvu, bachelor: EDU.mvu, lvu: EDU.lvu,
        phd: EDU.lvu, 'ph d': EDU.lvu, forsker: EDU.lvu, kandidat: EDU.lvu,
      },
    },
    {
      // The contract: an ISCED 2011 level is mapped automatically (as shared/import/normalise.ts does).
      source: 'UNESCO ISCED 2011, niveau 0-8', confirm: false,
      codes: {
        '0': EDU.gs, '1': EDU.gs, '2': EDU.gs, '3': EDU.eud, '34': EDU.gym, '35': EDU.eud, '4': EDU.kvu, '5': EDU.kvu, '6': EDU.mvu, '7': EDU.lvu, '8': EDU.lvu,
        isced0: EDU.gs, isced1: EDU.gs, isced2: EDU.gs, isced3: EDU.eud, isced4: EDU.kvu, isced5: EDU.kvu, isced6: EDU.mvu, isced7: EDU.lvu, isced8: EDU.lvu,
      },
    },
    {
      // DST's main education groups (H10-H80). H35 "adgangsgivende forløb" qualifies for further study
      // like an upper-secondary exam; H60 bachelor is counted with the medium-cycle programmes as DST does.
      source: 'Danmarks Statistik, uddannelsesniveau H10-H80', confirm: false,
      codes: { h10: EDU.gs, h20: EDU.gym, h30: EDU.eud, h35: EDU.gym, h40: EDU.kvu, h50: EDU.mvu, h60: EDU.mvu, h70: EDU.lvu, h80: EDU.lvu },
    },
    {
      source: 'Danmarks Statistik, uddannelsesniveau 10-80 uden H (bekræft: kan forveksles med andre koder)', confirm: true,
      codes: { '10': EDU.gs, '20': EDU.gym, '30': EDU.eud, '40': EDU.kvu, '50': EDU.mvu, '60': EDU.mvu, '70': EDU.lvu, '80': EDU.lvu },
    },
  ],
  labour_market: [
    {
      // SOCIO13: 220 (sygedagpenge, orlov) and 330 (kontanthjælp) are outside employment here; 410/420 other.
      source: 'Danmarks Statistik, SOCIO13', confirm: false,
      codes: {
        '110': 'beskaeftiget', '111': 'beskaeftiget', '112': 'beskaeftiget', '113': 'beskaeftiget', '114': 'beskaeftiget', '120': 'beskaeftiget',
        '131': 'beskaeftiget', '132': 'beskaeftiget', '133': 'beskaeftiget', '134': 'beskaeftiget', '135': 'beskaeftiget', '139': 'beskaeftiget',
        '210': 'ledig', '220': 'oevrige_uden_for', '310': 'under_uddannelse', '321': 'foertidspension', '322': 'pension', '323': 'pension',
        '330': 'oevrige_uden_for', '410': 'oevrige_uden_for', '420': 'oevrige_uden_for',
      },
    },
    {
      source: 'Tilknytning i tekst', confirm: false,
      codes: {
        beskaeftiget: 'beskaeftiget', lonmodtager: 'beskaeftiget', loenmodtager: 'beskaeftiget', selvstaendig: 'beskaeftiget', i_arbejde: 'beskaeftiget', employed: 'beskaeftiget',
        ledig: 'ledig', arbejdsloes: 'ledig', unemployed: 'ledig', studerende: 'under_uddannelse', under_uddannelse: 'under_uddannelse', student: 'under_uddannelse',
        foertidspension: 'foertidspension', foertidspensionist: 'foertidspension', pension: 'pension', folkepension: 'pension', pensionist: 'pension',
        folkepensionist: 'pension', efterloen: 'pension', 'folkepension efterloen': 'pension', kontanthjaelp: 'oevrige_uden_for', oevrige: 'oevrige_uden_for', andre: 'oevrige_uden_for',
      },
    },
  ],
  origin: [
    {
      source: 'Herkomst i tekst (Danmarks Statistik)', confirm: false,
      codes: {
        dansk: 'dansk', 'dansk oprindelse': 'dansk', 'personer med dansk oprindelse': 'dansk',
        'indvandrer vestlig': 'indvandrer_vestlig', 'indvandrere fra vestlige lande': 'indvandrer_vestlig', 'indvandrer fra vestlige lande': 'indvandrer_vestlig',
        'indvandrer ikke vestlig': 'indvandrer_ikke_vestlig', 'indvandrere fra ikke vestlige lande': 'indvandrer_ikke_vestlig', 'indvandrer fra ikke vestlige lande': 'indvandrer_ikke_vestlig',
        'efterkommer vestlig': 'efterkommer_vestlig', 'efterkommere fra vestlige lande': 'efterkommer_vestlig', 'efterkommer fra vestlige lande': 'efterkommer_vestlig',
        'efterkommer ikke vestlig': 'efterkommer_ikke_vestlig', 'efterkommere fra ikke vestlige lande': 'efterkommer_ikke_vestlig', 'efterkommer fra ikke vestlige lande': 'efterkommer_ikke_vestlig',
      },
    },
    // IE_TYPE 2/3 (indvandrer/efterkommer) do not say western or not: only 1 has a proposal.
    { source: 'Danmarks Statistik, IE_TYPE (1 = dansk oprindelse)', confirm: true, codes: { '1': 'dansk' } },
  ],
  admission_type: [
    {
      source: 'Sundhedsdatastyrelsen, LPR3 prioritet (ATA1 akut, ATA3 planlagt) og tekst', confirm: false,
      codes: { ata1: 'akut', ata3: 'planlagt', akut: 'akut', acut: 'akut', acute: 'akut', a: 'akut', plan: 'planlagt', planlagt: 'planlagt', planned: 'planlagt', elektiv: 'planlagt', elective: 'planlagt', p: 'planlagt' },
    },
    { source: 'Sundhedsdatastyrelsen, LPR2 C_INDM (1 = akut, 2 = planlagt)', confirm: true, codes: { '1': 'akut', '2': 'planlagt' } },
  ],
  patient_type: [
    {
      source: 'Patienttype i tekst', confirm: false,
      codes: {
        indlagt: 'indlagt', indlaeggelse: 'indlagt', heldoegn: 'indlagt', heldoegnspatient: 'indlagt', inpatient: 'indlagt', stationaer: 'indlagt',
        ambulant: 'ambulant', ambulatorie: 'ambulant', outpatient: 'ambulant', deldoegn: 'ambulant', skadestue: 'ambulant', akutmodtagelse: 'ambulant', emergency: 'ambulant',
      },
    },
    {
      // LPR2 C_PATTYPE: 0 heldøgn, 1 deldøgn, 2 ambulant, 3 skadestue. Only 0 is an admission.
      source: 'Sundhedsdatastyrelsen, LPR2 C_PATTYPE (0 = heldøgn, 1 = deldøgn, 2 = ambulant, 3 = skadestue)', confirm: true,
      codes: { '0': 'indlagt', '1': 'ambulant', '2': 'ambulant', '3': 'ambulant' },
    },
  ],
  diagnosis_type: [
    {
      source: 'Sundhedsdatastyrelsen, LPR diagnosetype (A = aktionsdiagnose, B = bidiagnose)', confirm: false,
      codes: { a: 'A', b: 'B', aktionsdiagnose: 'A', aktion: 'A', primaer: 'A', primary: 'A', hoveddiagnose: 'A', bidiagnose: 'B', bi: 'B', sekundaer: 'B', secondary: 'B' },
    },
  ],
  specialty: [
    { source: 'Speciale som bogstav (S = somatik, P = psykiatri)', confirm: false, codes: { s: 'somatik', p: 'psykiatri' } },
    {
      source: 'Speciale i tekst', confirm: false,
      codes: { somatik: 'somatik', somatisk: 'somatik', som: 'somatik', psykiatri: 'psykiatri', psykiatrisk: 'psykiatri', psyk: 'psykiatri', psych: 'psykiatri', psychiatry: 'psykiatri', somatic: 'somatik' },
    },
  ],
  cohabitation: [
    {
      source: 'Samlivsstatus i tekst', confirm: false,
      codes: { samlevende: 'samlevende', 'gift samlevende': 'samlevende', par: 'samlevende', 'i par': 'samlevende', enlig: 'enlig', alene: 'enlig', single: 'enlig', 'bor alene': 'enlig' },
    },
    {
      // Civil status is not cohabitation (unmarried couples live together): confirm before use.
      source: 'Danmarks Statistik, CIVST (G/P gift, U ugift, F fraskilt, E enke) — civilstand, ikke samliv', confirm: true,
      codes: { g: 'samlevende', gift: 'samlevende', p: 'samlevende', u: 'enlig', ugift: 'enlig', f: 'enlig', fraskilt: 'enlig', e: 'enlig', enke: 'enlig', o: 'enlig', l: 'enlig' },
    },
  ],
  referrer: [
    {
      source: 'Henviser i tekst', confirm: false,
      codes: {
        hospital: 'hospital', sygehus: 'hospital', sygehuset: 'hospital', almen_praksis: 'almen_praksis', 'almen praksis': 'almen_praksis', 'egen laege': 'almen_praksis',
        laege: 'almen_praksis', 'praktiserende laege': 'almen_praksis', gp: 'almen_praksis', egen: 'egen_henvendelse', 'egen henvendelse': 'egen_henvendelse', selv: 'egen_henvendelse', kommune: 'kommune',
      },
    },
  ],
  sector: [
    {
      source: 'Sektor i tekst', confirm: false,
      codes: { hospital: 'hospital', sygehus: 'hospital', region: 'hospital', 'almen praksis': 'almen_praksis', almen_praksis: 'almen_praksis', praksis: 'almen_praksis', medicin: 'medicin', laegemidler: 'medicin', kommune: 'kommune' },
    },
  ],
};

/** Yes/no answers for the BOOLEAN columns (survey flags, completed). 1/2 is a common survey code: confirm. */
export const BOOLEAN_LISTS: readonly CodeList[] = [
  {
    source: 'Ja/nej i tekst',
    confirm: false,
    codes: {
      ja: true,
      j: true,
      yes: true,
      y: true,
      true: true,
      sand: true,
      dagligt: true,
      'ja dagligt': true,
      'ryger dagligt': true,
      nej: false,
      n: false,
      no: false,
      false: false,
      falsk: false,
      'ja af og til': false,
      'af og til': false,
      'tidligere ryger': false,
      aldrig: false,
      'har aldrig roget': false,
    },
  },
  { source: '1 = ja, 0 = nej', confirm: false, codes: { '1': true, '0': false } },
  { source: 'Spørgeskemakode 1 = ja, 2 = nej (bekræft)', confirm: true, codes: { '1': true, '2': false } },
];
