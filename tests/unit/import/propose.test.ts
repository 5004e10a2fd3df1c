/**
 * The mapping proposal: Danish and English headers and register names found by folded tokens, each
 * with a score; value maps from the built-in code lists, ambiguous numeric codes only with the
 * analyst's confirmation; the gaps that keep an import from being called usable.
 */
import { describe, expect, it } from 'vitest';
import { foldText, headerTokens, matchColumns, proposeProfile, proposeTable, scoreHeader, CONFIDENT } from '../../../shared/import/propose';
import { confidentValueMap, proposeValues, valueCoverage } from '../../../shared/import/propose-values';
import { mappingGaps } from '../../../shared/import/propose-gaps';
import { CANONICAL_TABLES } from '../../../shared/contract/canonical';
import { CODE_LISTS } from '../../../shared/import/propose-codes';

const source = (table: Parameters<typeof matchColumns>[0], headers: string[]) =>
  Object.fromEntries(matchColumns(table, headers).map((m) => [m.column, m.source]));

describe('headers', () => {
  it('folds case, æøå and separators into tokens', () => {
    expect(foldText('BOPÆL_Kommune')).toBe('bopael_kommune');
    expect(headerTokens('Fødsels-dato')).toEqual(['foedsels', 'dato']);
    expect(headerTokens('kontaktStart')).toEqual(['kontakt', 'start']);
    expect(headerTokens('UDD NIVEAU')).toEqual(['udd', 'niveau']);
  });

  it.each([
    ['persons', 'birth_date', ['FOED_DATO', 'foeddato', 'Fødselsdato', 'FOED_DAG', 'foed-dato']],
    ['persons', 'sex', ['KOEN', 'Køn', 'gender']],
    ['persons', 'municipality_code', ['KOM', 'bopæl_kommune', 'KOMMUNEKODE', 'BOPAEL_KOM']],
    ['persons', 'mother_id', ['MOR_ID', 'MOR_PNR']],
    ['socioeconomic', 'education', ['udd_niveau', 'UDDNIVEAU', 'HOEJESTE_UDD', 'Uddannelsesniveau']],
    ['socioeconomic', 'labour_market', ['SOCIO13']],
    ['hospital_contacts', 'start_date', ['kontakt_start', 'D_INDDTO', 'dato_start', 'KONTAKTSTART']],
    ['hospital_contacts', 'end_date', ['D_UDDTO', 'dato_slut', 'kontakt_slut']],
    ['hospital_contacts', 'diagnosis_code', ['C_ADIAG', 'aktionsdiagnose', 'diagnose']],
    ['hospital_contacts', 'diagnosis_type', ['diagnosetype', 'C_DIAGTYPE', 'DIAGNOSE_TYPE']],
    ['hospital_contacts', 'admission_type', ['C_INDM', 'prioritet']],
    ['hospital_contacts', 'patient_type', ['C_PATTYPE', 'patienttype']],
    ['prescriptions', 'dispensing_date', ['EKSD']],
    ['prescriptions', 'packages', ['APK']],
    ['survey', 'respondent_id', ['RESP_ID']],
    ['survey', 'daily_smoker', ['DAGLIG_RYGER', 'ryger_dagligt', 'RYGER']],
  ] as const)('%s.%s from %j', (table, column, headers) => {
    for (const h of headers) expect(source(table, [h, 'ANDET'])[column], h).toBe(h);
  });

  it('scores register names and whole words above parts of a header', () => {
    const exact = scoreHeader('birth_date', 'FOED_DAG')!.score;
    const words = scoreHeader('birth_date', 'foedselsdato')!.score;
    const inside = scoreHeader('municipality_code', 'BOP_KOM')!.score;
    expect(exact).toBeGreaterThan(words);
    expect(words).toBeGreaterThanOrEqual(CONFIDENT);
    expect(inside).toBeLessThan(words);
    expect(scoreHeader('birth_date', 'DIAGNOSE')).toBeNull();
  });

  it('gives each header to one column: diagnosetype is the type, diagnose the code', () => {
    expect(source('hospital_contacts', ['PNR', 'diagnose', 'diagnosetype'])).toMatchObject({
      diagnosis_code: 'diagnose',
      diagnosis_type: 'diagnosetype',
      person_id: 'PNR',
    });
    expect(source('persons', ['PNR', 'MOR_PNR', 'FAR_PNR'])).toMatchObject({ person_id: 'PNR', mother_id: 'MOR_PNR', father_id: 'FAR_PNR' });
  });

  it('proposes each table from the file that fits it, by name and by headers', () => {
    expect(proposeTable('udtraek_a.csv', ['PNR', 'FOED_DATO', 'KOEN', 'KOM'])).toBe('persons');
    expect(proposeTable('fil3.txt', ['PNR', 'D_INDDTO', 'C_ADIAG', 'C_PATTYPE'])).toBe('hospital_contacts');
    expect(proposeTable('lmdb.csv', ['PNR', 'EKSD', 'ATC', 'APK'])).toBe('prescriptions');
    expect(proposeTable('noter.csv', ['TEKST'])).toBeNull();
    const p = proposeProfile([
      { name: 'befolkning_2024.csv', headers: ['PNR', 'FOED_DATO', 'KOEN', 'bopæl_kommune'] },
      { name: 'uddannelse_2024.csv', headers: ['PNR', 'AAR', 'udd_niveau'] },
      { name: 'gammel.profile.json', headers: ['format'] },
    ]);
    expect(Object.keys(p.profile.tables)).toEqual(['persons', 'socioeconomic']);
    expect(p.unusedFiles).toEqual(['gammel.profile.json']);
    const split = proposeProfile([
      { name: 'lpr_2014_2018.csv', headers: ['PNR', 'D_INDDTO', 'C_ADIAG'] },
      { name: 'lpr_2019_2024.csv', headers: ['PNR', 'D_INDDTO', 'C_ADIAG'] },
    ]);
    expect(split.profile.tables.hospital_contacts!.file).toBe('lpr_*_*.csv');
    expect(split.unusedFiles).toEqual([]);
    expect(p.profile.tables.persons!.file).toBe('befolkning_*.csv');
    expect(p.tables.every((t) => t.missing.length === 0)).toBe(true);
  });
});

describe('value maps', () => {
  const edu = [
    { value: 'GS', count: 9 },
    { value: 'GYM', count: 3 },
    { value: 'EUD', count: 5 },
    { value: 'KVU', count: 2 },
    { value: 'MVU', count: 6 },
    { value: 'LVU', count: 5 },
    { value: 'Kort videregående uddannelse', count: 1 },
    { value: 'XYZ', count: 1 },
  ];
  it('maps Danish education codes from the code list and by name similarity, and leaves the unknown', () => {
    const p = proposeValues('socioeconomic', 'education', edu);
    const by = Object.fromEntries(p.map((x) => [x.value, x.proposed]));
    expect(by).toEqual({
      GS: 'grundskole',
      GYM: 'gymnasial',
      EUD: 'erhvervsfaglig',
      KVU: 'kort_videregaaende',
      MVU: 'mellemlang_videregaaende',
      LVU: 'lang_videregaaende',
      'Kort videregående uddannelse': 'kort_videregaaende',
      XYZ: null,
    });
    expect(p.find((x) => x.value === 'GS')!.source).toMatch(/GS, GYM, EUD/);
    const map = confidentValueMap(p);
    expect(map.GS).toBe('grundskole');
    const c = CANONICAL_TABLES.socioeconomic.columns.find((x) => x.name === 'education')!;
    // The level's own words in the text are enough; a name that only resembles one waits for the analyst.
    expect(p.find((x) => x.value === 'Kort videregående uddannelse')!.confirm).toBe(false);
    expect(proposeValues('socioeconomic', 'education', [{ value: 'Kort videreg. udd.', count: 1 }])[0]).toMatchObject({
      proposed: 'kort_videregaaende',
      confirm: true,
    });
    expect(valueCoverage(c, edu, map).unmappedRows).toBe(1);
    expect(valueCoverage(c, edu, {}).unmappedRows).toBe(32);
  });

  it('never writes an ambiguous numeric code list without confirmation (patient type 0/2)', () => {
    const p = proposeValues('hospital_contacts', 'patient_type', [
      { value: '0', count: 10 },
      { value: '2', count: 90 },
    ]);
    expect(p.map((x) => [x.proposed, x.confirm])).toEqual([
      ['indlagt', true],
      ['ambulant', true],
    ]);
    expect(p[0]!.source).toMatch(/LPR2 C_PATTYPE/);
    expect(confidentValueMap(p)).toEqual({});
  });

  it('knows sex 1/2 and Mand/Kvinde, LPR priorities, SOCIO13 and yes/no answers', () => {
    const of = (table: Parameters<typeof proposeValues>[0], column: string, values: string[]) =>
      proposeValues(
        table,
        column,
        values.map((value) => ({ value, count: 1 })),
      ).map((x) => x.proposed);
    expect(of('persons', 'sex', ['1', '2', 'Mand', 'Kvinde'])).toEqual(['M', 'K', 'M', 'K']);
    expect(of('hospital_contacts', 'admission_type', ['ACUT', 'PLAN', 'ATA1', 'ATA3', 'akut'])).toEqual(['akut', 'planlagt', 'akut', 'planlagt', 'akut']);
    expect(of('socioeconomic', 'labour_market', ['131', '210', '310', '321', '322'])).toEqual([
      'beskaeftiget',
      'ledig',
      'under_uddannelse',
      'foertidspension',
      'pension',
    ]);
    expect(of('socioeconomic', 'labour_market', ['Folkepension/efterløn', 'Øvrige uden for arbejdsstyrken'])).toEqual(['pension', 'oevrige_uden_for']);
    expect(of('hospital_contacts', 'specialty', ['S', 'P'])).toEqual(['somatik', 'psykiatri']);
    expect(of('survey', 'daily_smoker', ['Ja, dagligt', 'Ja, af og til', 'Nej'])).toEqual([true, false, false]);
    // 1/2 as yes/no is a survey habit, not a rule: proposed, to be confirmed.
    const yesNo = proposeValues('survey', 'daily_smoker', [
      { value: '1', count: 5 },
      { value: '2', count: 5 },
    ]);
    expect(yesNo.map((x) => [x.proposed, x.confirm])).toEqual([
      [true, true],
      [false, true],
    ]);
  });

  it('names the source of every code list', () => {
    for (const lists of Object.values(CODE_LISTS)) for (const l of lists) expect(l.source.length).toBeGreaterThan(5);
  });
});

describe('gaps', () => {
  const profile = {
    format: 'datapakke-profile/1' as const,
    tables: { persons: { file: 'b.csv' }, socioeconomic: { file: 'u.csv', columns: { education: 'udd' } } },
  };
  it('asks for unmapped codes over 5 % of a coded column, and for education when there is none', () => {
    const report = {
      tables: { socioeconomic: { rows: 100, accepted: 100, rejected: 0, files: ['u.csv'] } },
      problems: [{ severity: 'warning' as const, code: 'unknown_code', table: 'socioeconomic', column: 'education', count: 6, message: '' }],
    };
    expect(mappingGaps(report, profile).map((g) => g.kind)).toEqual(['unmapped_codes']);
    expect(mappingGaps(report, profile)[0]!.message).toContain("'udd'");
    expect(mappingGaps({ ...report, problems: [{ ...report.problems[0]!, count: 5 }] }, profile)).toEqual([]);
    expect(mappingGaps({ tables: {}, problems: [] }, { format: 'datapakke-profile/1', tables: { persons: { file: 'b.csv' } } }).map((g) => g.kind)).toEqual([
      'no_education',
    ]);
  });
});
