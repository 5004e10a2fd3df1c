/**
 * The whole proposal for an extract folder, as `datapakke propose` makes it: every data file read
 * once as the import reads it (headers and CSV dialect), tables and columns proposed with scores, and
 * the coded columns' distinct values counted and mapped where a built-in code list is sure. What is
 * not sure is listed, never written: the profile stays usable, and `validate` names what to confirm.
 */
import type { Engine } from '../engine';
import type { MappedValue, Profile } from '../contract/profile';
import { CANONICAL_TABLES, isCanonicalTableName } from '../contract/canonical';
import { matchFiles } from './glob';
import type { MappingGap } from './propose-gaps';
import type { ExtractFileAccess } from './file-access';
import { dropRaw, formatOf, readRaw, type RawRead } from './read-raw';
import { isProfileFile, proposeProfile, type TableProposal } from './propose';
import { countDistinct, distinctValues, DISTINCT_LIMIT } from './propose-distinct';
import { codedColumns, confidentValueMap, proposeValues, UNMAPPED_LIMIT, valueCoverage, type ValueProposal } from './propose-values';
import { CONFIDENT } from './propose';

export interface ColumnValues {
  table: string;
  column: string;
  source: string;
  proposals: ValueProposal[];
  /** Written into the profile. */
  written: Record<string, MappedValue>;
  /** Values that need the analyst: ambiguous proposals and values with no proposal. */
  toConfirm: ValueProposal[];
  rows: number;
  /** Rows whose value is unknown to the import after the written map. */
  unmappedRows: number;
}

export interface ExtractProposal {
  profile: Profile;
  tables: TableProposal[];
  values: ColumnValues[];
  unusedFiles: string[];
  unreadable: { file: string; message: string }[];
  /** Every column sure, every required column found, no ambiguous code waiting, unmapped codes ≤ 5 % of each column. */
  confident: boolean;
}

let nextId = 600_000;

export async function proposeExtract(engine: Engine, access: ExtractFileAccess, name = 'Mit udtræk'): Promise<ExtractProposal> {
  const files = (await access.list()).filter((f) => !isProfileFile(f.name) && formatOf(f.name) !== null);
  const raws = new Map<string, RawRead>();
  const unreadable: ExtractProposal['unreadable'] = [];
  try {
    for (const f of files) {
      try {
        const raw = await readRaw(engine, access, f.name, f.size, { table: 'proposal', id: nextId++ });
        if ('rawTable' in raw) raws.set(f.name, raw);
        else unreadable.push({ file: f.name, message: raw.message });
      } catch (err) {
        unreadable.push({ file: f.name, message: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
      }
    }
    const proposal = proposeProfile(
      [...raws.values()].map((r) => ({
        name: r.file,
        headers: r.columns,
        csv: r.dialect
          ? {
              delimiter: r.dialect.delimiter,
              decimal: r.dialect.decimal,
              encoding: r.dialect.encoding,
              header: r.dialect.header,
              dateFormat: r.dialect.dateFormat,
            }
          : undefined,
      })),
      name,
    );
    const values: ColumnValues[] = [];
    for (const t of proposal.tables) {
      const raw = raws.get(t.file)!;
      const mapping = proposal.profile.tables[t.table]!;
      const coded = codedColumns(t.table).filter((c) => mapping.columns?.[c.name]);
      const counted = await countDistinct(
        engine,
        raw,
        coded.map((c) => mapping.columns![c.name]!),
      );
      for (const c of coded) {
        const source = mapping.columns![c.name]!;
        const distinct = counted.values[source] ?? [];
        // An id or free-text column mapped by mistake is no code list: nothing to propose.
        if ((counted.distinctCount[source] ?? 0) > DISTINCT_LIMIT) continue;
        const proposals = proposeValues(t.table, c.name, distinct);
        const written = confidentValueMap(proposals);
        if (Object.keys(written).length) (mapping.values ??= {})[c.name] = written;
        const coverage = valueCoverage(c, distinct, written);
        const toConfirm = proposals.filter((p) => coverage.unmapped.some((u) => u.value === p.value));
        values.push({ table: t.table, column: c.name, source, proposals, written, toConfirm, rows: coverage.rows, unmappedRows: coverage.unmappedRows });
      }
    }
    const confident =
      proposal.tables.length > 0 &&
      Boolean(proposal.profile.tables.persons) &&
      proposal.tables.every((t) => t.missing.length === 0 && t.matches.every((m) => m.score >= CONFIDENT)) &&
      // A stray code on a few rows (sex 9) does not make a profile unusable; an ambiguous list does.
      values.every((v) => v.toConfirm.every((c) => c.proposed === null || !c.confirm) && v.unmappedRows <= UNMAPPED_LIMIT * v.rows);
    return { profile: proposal.profile, tables: proposal.tables, values, unusedFiles: proposal.unusedFiles, unreadable, confident };
  } finally {
    for (const raw of raws.values()) await dropRaw(engine, raw);
  }
}

/** Danish lines for the terminal: what was mapped, how sure, and what was not. */
export function proposalText(p: ExtractProposal): string {
  const pct = (s: number) => `${Math.round(s * 100)} %`;
  const lines: string[] = [];
  for (const t of p.tables) {
    lines.push(`${t.file} → ${t.table} (${CANONICAL_TABLES[t.table].label})`);
    for (const m of t.matches)
      lines.push(`  ${m.column.padEnd(22)} ← ${m.source.padEnd(20)} ${pct(m.score)}${m.score < CONFIDENT ? '  (usikker: kontrollér)' : ''}`);
    for (const r of t.missing) lines.push(`  ${r.padEnd(22)} ← IKKE FUNDET (påkrævet)`);
    if (t.unused.length) lines.push(`  ikke brugt: ${t.unused.join(', ')}`);
    for (const v of p.values.filter((x) => x.table === t.table)) {
      const written = Object.entries(v.written)
        .map(([k, x]) => `${k}→${String(x)}`)
        .join(', ');
      if (written) lines.push(`  værdier ${v.column}: ${written}`);
      for (const c of v.toConfirm)
        lines.push(
          `  BEKRÆFT ${v.column} '${c.value}' (${c.count} rækker): ` + (c.proposed !== null ? `forslag ${String(c.proposed)} (${c.source})` : 'intet forslag'),
        );
    }
  }
  for (const f of p.unusedFiles) lines.push(`${f}: passer ikke til nogen tabel (ikke brugt)`);
  for (const u of p.unreadable) lines.push(`${u.file}: kan ikke læses (${u.message})`);
  lines.push(
    p.confident
      ? 'Forslaget er sikkert: profilen kan bruges, som den er.'
      : 'Forslaget er ikke sikkert alle steder: kontrollér linjerne ovenfor (usikker, IKKE FUNDET, BEKRÆFT). `datapakke validate` siger, hvad der mangler.',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * For each gap of unmapped codes: the codes themselves, their counts and the proposal, read from the
 * table's first file, with the `values` entry to put in the profile. What `validate` prints.
 */
export async function confirmHints(engine: Engine, access: ExtractFileAccess, profile: Profile, gaps: readonly MappingGap[]): Promise<string[]> {
  const lines: string[] = [];
  const files = await access.list();
  for (const g of gaps) {
    lines.push(`BEKRÆFT: ${g.message}`);
    if (g.kind !== 'unmapped_codes' || !isCanonicalTableName(g.table)) continue;
    const mapping = profile.tables[g.table];
    const c = CANONICAL_TABLES[g.table].columns.find((x) => x.name === g.column);
    const file = mapping
      ? files.find(
          (f) =>
            f.name ===
            matchFiles(
              mapping.file,
              files.map((x) => x.name),
            )[0],
        )
      : undefined;
    if (!mapping || !c || !file || !g.source) continue;
    const read = await distinctValues(engine, access, file, { csv: mapping.csv, sheet: mapping.sheet, sources: [g.source] });
    const distinct = read.values[g.source] ?? [];
    const unmapped = valueCoverage(c, distinct, mapping.values?.[g.column]).unmapped;
    const proposals = proposeValues(g.table, g.column, unmapped);
    const entry: Record<string, MappedValue> = {};
    for (const p of proposals) {
      lines.push(
        `  '${p.value}' (${p.count} rækker): ${p.proposed !== null ? `forslag ${JSON.stringify(p.proposed)} — ${p.source}` : 'intet forslag; vælg selv'}`,
      );
      if (p.proposed !== null) entry[p.value] = p.proposed;
    }
    if (Object.keys(entry).length)
      lines.push(
        `  Når forslaget er kontrolleret, skriv i profilen under tables.${g.table}.values: ${JSON.stringify({ [g.column]: { ...mapping.values?.[g.column], ...entry } })}`,
      );
  }
  return lines;
}
