/**
 * validation.json (schema validation.schema.json): per table rows read / accepted / rejected, and
 * every problem in plain Danish. Invariant: rows = accepted + rejected for every table.
 */

export type Severity = 'fatal' | 'error' | 'warning' | 'info';

export interface ValidationProblem {
  severity: Severity;
  /** Stable id of the kind of problem (e.g. 'bad_date'); the message is for people. */
  code: string;
  message: string;
  table?: string;
  file?: string;
  /** 1-based line in the source file (the header is line 1). */
  row?: number;
  column?: string;
  /** How many rows share this problem (on the summary entry of a kind). */
  count?: number;
}

export interface TableTally {
  rows: number;
  accepted: number;
  rejected: number;
  /**
   * Accepted rows held in the engine for the tracks (shared/tracks/kept-rows.ts); absent when all
   * accepted rows are kept. Not part of the rows = accepted + rejected invariant.
   */
  kept?: number;
  files: string[];
}

export interface ValidationReport {
  tables: Record<string, TableTally>;
  problems: ValidationProblem[];
}

export const SEVERITY_ORDER: readonly Severity[] = ['fatal', 'error', 'warning', 'info'];

export function hasFatal(report: ValidationReport): boolean {
  return report.problems.some((p) => p.severity === 'fatal');
}
