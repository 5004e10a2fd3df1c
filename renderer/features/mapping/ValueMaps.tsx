import { useEffect, useState } from 'react';
import { useT } from '../../app/messages';
import type { ExtractFile } from '../../app/types';
import type { Services } from '../../app/services';
import type { TableMapping } from './profile';
import { FIELD_LABELS, type CanonicalTableName } from './canonical-columns';
import type { MappedValue } from '../../../shared/contract/profile';
import { canonicalChoices, codedColumns, proposeValues, UNMAPPED_LIMIT, valueCoverage, type DistinctValue } from '../../../shared/import/propose-values';
import { valueLabel } from './value-labels';
import { loadDistinct } from './distinct';
import { formatNumber } from '../../../shared/text/format';
import { maskCpr } from '../../../shared/privacy/mask';

type Values = NonNullable<TableMapping['values']>;

const encode = (v: MappedValue) => (typeof v === 'boolean' ? `bool:${v}` : `str:${String(v)}`);
const decode = (s: string): MappedValue => (s.startsWith('bool:') ? s === 'bool:true' : s.slice(4));

/**
 * The value maps of one file's coded columns: each distinct source value with its count, what the
 * import makes of it, the proposal (with its source and score) and a dropdown to choose. Confident
 * proposals are filled in when a column is first mapped; ambiguous ones wait for "Brug forslagene".
 */
export function ValueMaps({
  file,
  table,
  mapping,
  services,
  onValues,
  onCounts,
}: {
  file: ExtractFile;
  table: CanonicalTableName;
  mapping: TableMapping;
  services: Services;
  /** Called with the whole new `values` of the table. `fill` = only confident proposals for columns without a map. */
  onValues: (update: (values: Values) => Values) => void;
  /** Distinct values per canonical column once read, so the data step can tell what is unmapped. */
  onCounts?: (counts: Record<string, DistinctValue[]>) => void;
}) {
  const t = useT();
  const coded = codedColumns(table).filter((c) => mapping.columns[c.name]);
  const key = coded.map((c) => `${c.name}=${mapping.columns[c.name]}`).join('|');
  const [distinct, setDistinct] = useState<Record<string, DistinctValue[]> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    if (coded.length === 0) return;
    setDistinct(null);
    loadDistinct(
      services,
      file,
      mapping,
      coded.map((c) => mapping.columns[c.name]!),
    )
      .then((bySource) => {
        if (!live) return;
        const byColumn = Object.fromEntries(coded.map((c) => [c.name, bySource[mapping.columns[c.name]!] ?? []]));
        setDistinct(byColumn);
        onCounts?.(byColumn);
        // Confident proposals for columns without a value map yet (a saved map is never overwritten).
        onValues((values) => {
          const next = { ...values };
          for (const c of coded) {
            if (next[c.name]) continue;
            const map: Record<string, MappedValue> = {};
            for (const p of proposeValues(table, c.name, byColumn[c.name]!))
              if (p.proposed !== null && !p.confirm && p.proposed !== p.automatic) map[p.value] = p.proposed;
            if (Object.keys(map).length) next[c.name] = map as Record<string, string | boolean>;
          }
          return next;
        });
      })
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
    // The values are read again only when the file or a coded column's source changes.
  }, [file.picked.name, key]);

  if (coded.length === 0) return null;
  if (error) return <p className="alert alert-warning">{t('values.error', { detail: error })}</p>;
  if (!distinct)
    return (
      <p className="muted" data-testid="values-loading">
        {t('values.loading')}
      </p>
    );

  const setValue = (column: string, value: string, to: string) =>
    onValues((values) => {
      const map = { ...(values[column] ?? {}) };
      if (to === '') delete map[value];
      else map[value] = decode(to) as string | boolean;
      return { ...values, [column]: map };
    });

  return (
    <div className="value-maps">
      <h4>{t('values.heading')}</h4>
      <p className="muted">{t('values.intro')}</p>
      {coded.map((c) => {
        const source = mapping.columns[c.name]!;
        const values = distinct[c.name] ?? [];
        const map = mapping.values?.[c.name];
        const proposals = proposeValues(table, c.name, values);
        const coverage = valueCoverage(c, values, map);
        const share = coverage.rows ? coverage.unmappedRows / coverage.rows : 0;
        const waiting = proposals.filter((p) => p.confirm && p.proposed !== null && map?.[p.value] === undefined);
        // Codes a saved map does not know (next year's new codes).
        const fresh = map ? coverage.unmapped.length : 0;
        const choices = canonicalChoices(table, c.name);
        if (values.length === 0) return null;
        return (
          <section key={c.name} className="value-map" aria-label={t('values.column', { field: FIELD_LABELS[c.name] ?? c.name, source })}>
            <h5>
              {FIELD_LABELS[c.name] ?? c.name} <span className="muted">← {source}</span>{' '}
              {fresh > 0 && <span className="tag warning">{t('values.newCodes', { n: fresh })}</span>}
            </h5>
            {share > UNMAPPED_LIMIT && (
              <p className="alert alert-warning" role="status">
                {t('values.unmappedShare', { pct: formatNumber(share * 100, 0), n: formatNumber(coverage.unmappedRows, 0) })}
              </p>
            )}
            {waiting.length > 0 && (
              <div className="alert alert-info">
                {t('values.confirmIntro', { source: waiting[0]!.source ?? '' })}{' '}
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() =>
                    onValues((v) => ({
                      ...v,
                      [c.name]: { ...(v[c.name] ?? {}), ...Object.fromEntries(waiting.map((p) => [p.value, p.proposed as string | boolean])) },
                    }))
                  }
                >
                  {t('values.confirm')}
                </button>
              </div>
            )}
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">{t('values.source')}</th>
                  <th scope="col" className="num">
                    {t('values.count')}
                  </th>
                  <th scope="col">{t('values.target')}</th>
                  <th scope="col">{t('values.proposal')}</th>
                </tr>
              </thead>
              <tbody>
                {proposals.map((p) => {
                  const chosen = map?.[p.value];
                  const unmapped = coverage.unmapped.some((u) => u.value === p.value);
                  return (
                    <tr key={p.value} className={unmapped ? 'row-warning' : undefined}>
                      <th scope="row">
                        <code>{maskCpr(p.value)}</code>
                      </th>
                      <td className="num">{formatNumber(p.count, 0)}</td>
                      <td>
                        <select
                          aria-label={`${table}.${c.name}: ${maskCpr(p.value)}`}
                          value={chosen === undefined ? '' : encode(chosen)}
                          onChange={(e) => setValue(c.name, p.value, e.target.value)}
                        >
                          <option value="">
                            {p.automatic !== null ? t('values.automatic', { value: valueLabel(c.name, p.automatic) }) : t('values.none')}
                          </option>
                          {choices.map((v) => (
                            <option key={encode(v)} value={encode(v)}>
                              {valueLabel(c.name, v)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="small">
                        {p.proposed !== null && p.source !== 'Kendt af importen' ? (
                          <>
                            {valueLabel(c.name, p.proposed)} · {formatNumber(p.score * 100, 0)} % · <span className="muted">{p.source}</span>
                            {p.confirm && chosen === undefined && (
                              <>
                                {' '}
                                <span className="tag warning">{t('values.needsConfirm')}</span>
                              </>
                            )}
                          </>
                        ) : p.proposed === null ? (
                          <span className="muted">{t('values.noProposal')}</span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
