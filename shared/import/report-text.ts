/**
 * The readable Danish version of validation.json (validation.txt and the command line's summary).
 * Everything written passes maskCpr: a message added elsewhere cannot print a CPR number here.
 */
import { SEVERITY_ORDER, type Severity, type ValidationReport } from '../contract/validation';
import { CANONICAL_TABLES, isCanonicalTableName } from '../contract/canonical';
import { formatNumber } from '../text/format';
import { maskCpr } from '../privacy/mask';

const SEVERITY_LABEL: Record<Severity, string> = { fatal: 'STOP', error: 'Fejl', warning: 'Advarsel', info: 'Info' };
const SEVERITY_HEADING: Record<Severity, string> = {
  fatal: 'Stopper kørslen',
  error: 'Fejl (rækkerne er afvist)',
  warning: 'Advarsler',
  info: 'Oplysninger',
};

const tableLabel = (t: string) => (isCanonicalTableName(t) ? `${t} (${CANONICAL_TABLES[t].label})` : t);

export function reportSummary(report: ValidationReport): string {
  const lines = Object.entries(report.tables).map(
    ([t, v]) =>
      `  ${tableLabel(t).padEnd(40)} læst ${formatNumber(v.rows).padStart(11)}   godkendt ${formatNumber(v.accepted).padStart(11)}   afvist ${formatNumber(v.rejected).padStart(9)}${v.kept !== undefined ? `   heraf brugt af sporene ${formatNumber(v.kept)}` : ''}`,
  );
  const counts = SEVERITY_ORDER.map((s) => [s, report.problems.filter((p) => p.severity === s && p.row === undefined).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SEVERITY_LABEL[s].toLowerCase()}: ${formatNumber(n)}`);
  return `${lines.join('\n')}\nProblemer (${counts.join(', ') || 'ingen'})`;
}

export function reportText(report: ValidationReport, meta: { input?: string; profile?: string; referenceDate?: string } = {}): string {
  const out: string[] = ['Valideringsrapport for udtræk', '============================='];
  if (meta.input) out.push(`Inputmappe: ${meta.input}`);
  if (meta.profile) out.push(`Profil: ${meta.profile}`);
  if (meta.referenceDate) out.push(`Referencedato: ${meta.referenceDate}`);
  out.push('', 'Tabeller', '--------', reportSummary(report), '');
  out.push('Alle rækker er gjort op: læst = godkendt + afvist. Afviste rækker bruges ikke og kommer aldrig med i en eksport.');
  for (const severity of SEVERITY_ORDER) {
    const list = report.problems.filter((p) => p.severity === severity);
    if (list.length === 0) continue;
    out.push('', SEVERITY_HEADING[severity], '-'.repeat(SEVERITY_HEADING[severity].length));
    for (const p of list) {
      const where = [p.table, p.file, p.row !== undefined ? `række ${p.row}` : undefined].filter(Boolean).join(', ');
      out.push(`${p.row !== undefined ? '    ' : ''}[${SEVERITY_LABEL[severity]}] ${where ? `${where}: ` : ''}${p.message}`);
    }
  }
  return maskCpr(`${out.join('\n')}\n`);
}
