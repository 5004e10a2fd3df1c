/** The area picker's words (da/en). Kept beside the picker: the app catalogue is shared by many steps. */
import type { Lang } from '../../../shared/text/format';

const DA = {
  sundhedsraad: 'Sundhedsråd (fra 1. januar 2027)',
  clusters: 'Sundhedsklynger (til 31. december 2026)',
  region: 'Region',
  regionOption: 'Regionen, udtrækket dækker',
  municipalitiesIn: (region: string) => `Kommuner i ${region}`,
  own: 'Egne områder',
  newOwn: 'Nyt eget område …',
  eachMunicipality: 'Byg også for hver kommune',
  editorLegend: 'Eget område',
  name: 'Navn',
  namePlaceholder: 'fx Østjysk samarbejde',
  regionFilter: 'Vis kommuner i',
  municipalities: 'Kommuner',
  save: 'Gem eget område',
  cancel: 'Annullér',
  delete: 'Slet',
  needName: 'Giv området et navn.',
  needMunicipality: 'Vælg mindst én kommune.',
  saved: (name: string) => `${name} er gemt med profilen.`,
  savedNoProfile: (name: string) => `${name} bruges i denne session; gem en profil under Data for at beholde det.`,
};

const EN: typeof DA = {
  sundhedsraad: 'Health councils (from 1 January 2027)',
  clusters: 'Health clusters (until 31 December 2026)',
  region: 'Region',
  regionOption: 'The region the extract covers',
  municipalitiesIn: (region: string) => `Municipalities in ${region}`,
  own: 'Own areas',
  newOwn: 'New own area …',
  eachMunicipality: 'Also build for each municipality',
  editorLegend: 'Own area',
  name: 'Name',
  namePlaceholder: 'e.g. East Jutland partnership',
  regionFilter: 'Show municipalities in',
  municipalities: 'Municipalities',
  save: 'Save own area',
  cancel: 'Cancel',
  delete: 'Delete',
  needName: 'Give the area a name.',
  needMunicipality: 'Choose at least one municipality.',
  saved: (name: string) => `${name} is saved with the profile.`,
  savedNoProfile: (name: string) => `${name} is used in this session; save a profile under Data to keep it.`,
};

export const areaTexts = (lang: Lang): typeof DA => (lang === 'en' ? EN : DA);
