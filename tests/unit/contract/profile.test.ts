import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { parseProfile, validateProfile } from '../../../shared/contract/profile';
import { CANONICAL_TABLES, CANONICAL_TABLE_NAMES, COLUMN_SYNONYMS } from '../../../shared/contract/canonical';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(fs.readFileSync(path.join(root, 'golden/schemas/profile.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true }).compile(schema);
const fixtureProfiles = fs
  .readdirSync(path.join(root, 'fixtures/import'))
  .map((d) => path.join(root, 'fixtures/import', d, 'profile.json'))
  .filter((p) => fs.existsSync(p));

describe('mapping profile', () => {
  it('every fixture profile passes both the JSON schema and validateProfile', () => {
    expect(fixtureProfiles.length).toBeGreaterThan(10);
    for (const file of fixtureProfiles) {
      const value = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(ajv(value), `${file}: ${JSON.stringify(ajv.errors)}`).toBe(true);
      expect(validateProfile(value), file).toEqual([]);
    }
  });

  it('the example of DATA-CONTRACT.md §2 is valid', () => {
    const example = {
      format: 'datapakke-profile/1',
      name: 'Region Midt udtræk 2024',
      tables: {
        persons: {
          file: 'befolkning*.csv',
          csv: { delimiter: ';', decimal: ',', encoding: 'latin-1', header: true, dateFormat: '%d-%m-%Y' },
          columns: { person_id: 'PNR_PSEUDO', birth_date: 'FOED_DAG', sex: 'KOEN', municipality_code: 'KOM' },
          values: { sex: { '1': 'M', '2': 'K' } },
        },
        hospital_contacts: { file: 'lpr_*.parquet', columns: { person_id: 'pnr', start_date: 'dato_start', diagnosis_code: 'kode' } },
      },
    };
    expect(ajv(example)).toBe(true);
    expect(validateProfile(example)).toEqual([]);
  });

  it('rejects what the schema rejects, with Danish messages naming the fix', () => {
    const cases: [unknown, string][] = [
      [[], 'not_object'],
      [{ format: 'x', tables: { persons: { file: 'a.csv' } } }, 'bad_format'],
      [{ format: 'datapakke-profile/1', tables: { people: { file: 'a.csv' } } }, 'unknown_table'],
      [{ format: 'datapakke-profile/1', tables: { persons: {} } }, 'no_file'],
      [{ format: 'datapakke-profile/1', tables: { persons: { file: 'a.csv', csv: { delimiter: ';;' } } } }, 'bad_csv'],
      [{ format: 'datapakke-profile/1', tables: { persons: { file: 'a.csv', columns: { person_id: 7 } } } }, 'bad_columns'],
      [{ format: 'datapakke-profile/1', tables: { persons: { file: 'a.csv', values: { sex: { '1': null } } } } }, 'bad_values'],
      [{ format: 'datapakke-profile/1', tables: { persons: { file: 'a.csv', lookups: { sex: { file: 'x.csv' } } } } }, 'bad_lookup'],
    ];
    for (const [value, id] of cases) {
      expect(ajv(value), id).toBe(false);
      expect(
        validateProfile(value).map((i) => i.id),
        id,
      ).toContain(id);
    }
    // Stricter than the schema: no tables at all, and a column the contract does not have is a typo worth reporting.
    expect(validateProfile({ format: 'datapakke-profile/1', tables: {} }).map((i) => i.id)).toEqual(['no_tables']);
    expect(validateProfile({ format: 'datapakke-profile/1', tables: { persons: { file: 'a.csv', columns: { foedsel: 'X' } } } })[0]!.message).toBe(
      "Kolonnen 'foedsel' findes ikke i tabellen 'persons' i datakontrakten.",
    );
    expect(parseProfile('{ nope').issues[0]!.message).toBe('Profilen er ikke gyldig JSON.');
  });
});

describe('canonical tables', () => {
  it('hold exactly the contract’s tables, persons first and required', () => {
    expect(CANONICAL_TABLE_NAMES).toEqual(['persons', 'socioeconomic', 'hospital_contacts', 'prescriptions', 'municipal_services', 'survey', 'costs']);
    expect(CANONICAL_TABLE_NAMES.filter((t) => CANONICAL_TABLES[t].required)).toEqual(['persons']);
    // Every profile table name the schema allows is a canonical table, and the other way round.
    expect([...schema.properties.tables.propertyNames.enum].sort()).toEqual([...CANONICAL_TABLE_NAMES].sort());
    expect(CANONICAL_TABLES.hospital_contacts.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'person_id VARCHAR',
      'start_date TIMESTAMP',
      'end_date TIMESTAMP',
      'diagnosis_code VARCHAR',
      'diagnosis_type VARCHAR',
      'admission_type VARCHAR',
      'patient_type VARCHAR',
      'specialty VARCHAR',
    ]);
  });
});

describe('column synonyms', () => {
  it('name only canonical columns, in upper case, and cover every column', () => {
    const all = new Set(CANONICAL_TABLE_NAMES.flatMap((t) => CANONICAL_TABLES[t].columns.map((c) => c.name)));
    expect(new Set(Object.keys(COLUMN_SYNONYMS))).toEqual(all);
    for (const list of Object.values(COLUMN_SYNONYMS)) for (const s of list) expect(s).toBe(s.toUpperCase());
    expect(CANONICAL_TABLES.hospital_contacts.fileHints.test('lpr_kontakter_2019_2024.csv')).toBe(true);
  });
});
