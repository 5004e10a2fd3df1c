import { useRef } from 'react';
import type { ExtractFile } from '../../app/types';
import type { Services } from '../../app/services';
import { useT } from '../../app/messages';
import { CANONICAL_TABLES, FIELD_LABELS, TABLE_LABELS, type CanonicalTableName } from './canonical-columns';
import { globMatches, type MappingProfile, type TableMapping } from './profile';
import { columnScore, proposeColumns } from './propose';
import { filePattern } from '../data/picked';
import { ValueMaps } from './ValueMaps';
import { CONFIDENT } from '../../../shared/import/propose';
import { formatNumber } from '../../../shared/text/format';

const TABLES = Object.keys(CANONICAL_TABLES) as CanonicalTableName[];

/** Which table a file feeds (if any) under the profile. */
function tableOf(profile: MappingProfile, fileName: string): CanonicalTableName | null {
  return TABLES.find((t) => profile.tables[t] && globMatches(profile.tables[t].file, fileName)) ?? null;
}

/**
 * The editable mapping: per file, the table it feeds, and per canonical field the source column with
 * example values, so a wrong guess is visible before anything is imported.
 */
export function MappingTable({
  files,
  profile,
  onChange,
  services,
}: {
  files: ExtractFile[];
  profile: MappingProfile;
  onChange: (p: MappingProfile) => void;
  services?: Services;
}) {
  const t = useT();
  // Value maps arrive after an engine query: they update the profile as it is then, not as it was.
  const latest = useRef(profile);
  latest.current = profile;
  const setValues = (table: CanonicalTableName, update: (v: NonNullable<TableMapping['values']>) => NonNullable<TableMapping['values']>) => {
    const current = latest.current;
    const mapping = current.tables[table];
    if (!mapping) return;
    const values = update(mapping.values ?? {});
    if (JSON.stringify(values) === JSON.stringify(mapping.values ?? {})) return;
    const next = { ...current, tables: { ...current.tables, [table]: { ...mapping, values } } };
    latest.current = next;
    onChange(next);
  };

  const setTable = (file: ExtractFile, table: CanonicalTableName | '') => {
    const tables = { ...profile.tables };
    const current = tableOf(profile, file.picked.name);
    if (current) delete tables[current];
    if (table)
      tables[table] = {
        file: filePattern(file.picked.name),
        ...(file.peek?.dialect ? { csv: file.peek.dialect } : {}),
        columns: file.peek ? proposeColumns(table, file.peek.headers) : {},
      };
    onChange({ ...profile, tables });
  };

  const setColumn = (table: CanonicalTableName, column: string, source: string) => {
    const mapping = profile.tables[table]!;
    const columns = { ...mapping.columns };
    if (source) columns[column] = source;
    else delete columns[column];
    onChange({ ...profile, tables: { ...profile.tables, [table]: { ...mapping, columns } } });
  };

  return (
    <div className="mapping">
      <h2>{t('mapping.heading')}</h2>
      <p>{t('mapping.intro')}</p>
      {files.map((file) => {
        const table = tableOf(profile, file.picked.name);
        const mapping = table ? profile.tables[table] : undefined;
        return (
          <section key={file.picked.name} className="mapping-file" aria-label={file.picked.name}>
            <h3>{file.picked.name}</h3>
            <label className="field-inline">
              {t('mapping.fileTable')}{' '}
              <select value={table ?? ''} onChange={(e) => setTable(file, e.target.value as CanonicalTableName | '')}>
                <option value="">{t('mapping.unused')}</option>
                {TABLES.map((name) => (
                  <option key={name} value={name} disabled={name !== table && Boolean(profile.tables[name])}>
                    {TABLE_LABELS[name]} ({name})
                  </option>
                ))}
              </select>
            </label>
            {!file.peek && <p className="muted">{t('mapping.notCsv')}</p>}
            {table && mapping && file.peek && (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('mapping.field')}</th>
                    <th scope="col">{t('mapping.source')}</th>
                    <th scope="col" className="num">
                      {t('mapping.score')}
                    </th>
                    <th scope="col">{t('mapping.preview')}</th>
                  </tr>
                </thead>
                <tbody>
                  {CANONICAL_TABLES[table].columns.map((column) => {
                    const source = mapping.columns[column.name] ?? '';
                    const examples = source ? file.peek!.preview.slice(0, 3).map((r) => (r[source] ?? '') || t('mapping.empty')) : [];
                    const unset = column.required && !source;
                    const score = columnScore(column.name, source);
                    return (
                      <tr key={column.name} className={unset ? 'row-error' : undefined}>
                        <th scope="row">
                          {FIELD_LABELS[column.name] ?? column.name} {column.required && <span className="tag">{t('mapping.required')}</span>}
                          <br />
                          <code className="small">{column.name}</code>
                        </th>
                        <td>
                          <select aria-label={`${table}: ${column.name}`} value={source} onChange={(e) => setColumn(table, column.name, e.target.value)}>
                            <option value="">{t('mapping.none')}</option>
                            {file.peek!.headers.map((h) => (
                              <option key={h} value={h}>
                                {h}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td className="num" data-testid={`score-${table}-${column.name}`}>
                          {source &&
                            (score === null ? (
                              <span className="muted">{t('mapping.manual')}</span>
                            ) : (
                              <span
                                className={score >= CONFIDENT ? 'score sure' : 'score unsure'}
                                title={t(score >= CONFIDENT ? 'mapping.sure' : 'mapping.unsure')}
                              >
                                {formatNumber(score * 100, 0)} %{score < CONFIDENT && ` · ${t('mapping.unsure')}`}
                              </span>
                            ))}
                        </td>
                        <td className="preview">{examples.join(' · ')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {table && mapping && services && (
              <ValueMaps file={file} table={table} mapping={mapping} services={services} onValues={(update) => setValues(table, update)} />
            )}
          </section>
        );
      })}
    </div>
  );
}
