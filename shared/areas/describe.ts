/** The area definition a package used, in a sentence for the method appendix (da/en). */
import type { AreaRef } from '../contract/datapakke';
import { formatDate, type Lang } from '../text/format';
import { areaKind, areaSpec } from './areas';
import { AREA_SOURCES, SUNDHEDSRAAD_FROM, danishMunicipality, groupingFor } from './data';

function list(names: string[], lang: Lang): string {
  const and = lang === 'da' ? ' og ' : ' and ';
  return names.length > 1 ? `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}` : (names[0] ?? '');
}

export function describeArea(area: AreaRef, referenceDate: string, lang: Lang): string {
  const kind = areaKind(area);
  const names = area.municipalities.map((m) => danishMunicipality(m)?.name ?? String(m));
  const members = lang === 'da' ? `kommunerne ${list(names, lang)}` : `the municipalities ${list(names, lang)}`;
  const head = `${area.name} (${areaSpec(area)})`;
  const from = formatDate(SUNDHEDSRAAD_FROM, lang);
  const residence = lang === 'da' ? 'Bopæl efter kommunekoden på skæringsdatoen.' : 'Residence by municipality code at the reference date.';
  const source = AREA_SOURCES.map((s) => s.source.split(' (')[0])
    .filter((s, i, a) => a.indexOf(s) === i)
    .join('; ');
  switch (kind) {
    case 'municipality':
      return `${head}. ${residence}`;
    case 'region':
      return lang === 'da'
        ? `${head}: alle ${names.length} kommuner i regionen. ${residence}`
        : `${head}: all ${names.length} municipalities of the region. ${residence}`;
    case 'cluster': {
      const off = groupingFor(referenceDate) === 'sundhedsraad';
      return lang === 'da'
        ? `${head}: sundhedsklynge med ${members}. Klyngerne gælder skæringsdatoer før ${from}${off ? '; her valgt for en senere dato' : ''}. Kilde: ${source}. ${residence}`
        : `${head}: health cluster of ${members}. Clusters apply to reference dates before ${from}${off ? '; chosen here for a later date' : ''}. Source: ${source}. ${residence}`;
    }
    case 'sundhedsraad':
      return lang === 'da'
        ? `${head}: sundhedsråd efter sundhedsreformen med ${members}, fra ${from} (samme kommuner som den klynge, det afløser). Kilde: ${source}. ${residence}`
        : `${head}: health council under the health reform, of ${members}, from ${from} (the same municipalities as the cluster it replaces). Source: ${source}. ${residence}`;
    case 'custom': {
      const origin = area.source
        ? lang === 'da'
          ? `fra områdefilen ${area.source.file} (sha256 ${area.source.sha256})`
          : `from the areas file ${area.source.file} (sha256 ${area.source.sha256})`
        : lang === 'da'
          ? 'defineret i appen og gemt med profilen'
          : 'defined in the app and saved with the profile';
      return lang === 'da' ? `${head}: eget område ${origin}, med ${members}. ${residence}` : `${head}: own area ${origin}, of ${members}. ${residence}`;
    }
  }
}
