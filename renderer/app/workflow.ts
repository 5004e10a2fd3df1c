/**
 * The workflow's state and which steps are open. One reducer, so "what may the analyst do now" is
 * decided in one pure place (and says why when a step is blocked).
 */
import type { Datapakke, SourceFile } from '../../shared/contract/datapakke';
import type { MappingProfile } from '../features/mapping/profile';
import type { PackageEdits } from '../features/review/edits';
import type { MessageId } from './messages';
import type { ExtractFile, PackageRequest, ValidationReport } from './types';

export const STEPS = ['data', 'kontrol', 'pakke', 'gennemsyn', 'eksport'] as const;
export type StepId = (typeof STEPS)[number];

export interface WorkflowState {
  step: StepId;
  files: ExtractFile[];
  profile: MappingProfile | null;
  report: ValidationReport | null;
  sources: SourceFile[];
  request: PackageRequest;
  packages: Datapakke[];
  edits: Record<string, PackageEdits>;
}

export type WorkflowAction =
  | { type: 'go'; step: StepId }
  | { type: 'files'; files: ExtractFile[]; profile: MappingProfile | null }
  | { type: 'profile'; profile: MappingProfile }
  | { type: 'report'; report: ValidationReport; sources: SourceFile[] }
  | { type: 'request'; request: PackageRequest }
  | { type: 'packages'; packages: Datapakke[] }
  | { type: 'edits'; track: string; edits: PackageEdits };

export function initialState(): WorkflowState {
  return {
    step: 'data',
    files: [],
    profile: null,
    report: null,
    sources: [],
    request: {
      tracks: ['kol'],
      area: 'cluster:aarhus',
      referenceDate: '2024-01-01',
      educationGrouping: '3',
      minCount: 5,
      standardPopulation: 'ESP2013',
      lang: 'da',
    },
    packages: [],
    edits: {},
  };
}

/** Why a step cannot be opened now, or null when it can. */
export function blockedReason(step: StepId, s: WorkflowState): MessageId | null {
  switch (step) {
    case 'data':
      return null;
    case 'kontrol':
      return s.report ? null : 'blocked.kontrol';
    case 'pakke':
      if (!s.report) return 'blocked.pakkeNoImport';
      return s.report.problems.some((p) => p.severity === 'fatal') ? 'blocked.pakke' : null;
    case 'gennemsyn':
      return s.packages.length > 0 ? null : 'blocked.gennemsyn';
    case 'eksport':
      return s.packages.length > 0 ? null : 'blocked.eksport';
  }
}

export function workflowReducer(s: WorkflowState, a: WorkflowAction): WorkflowState {
  switch (a.type) {
    case 'go':
      return blockedReason(a.step, s) ? s : { ...s, step: a.step };
    case 'files':
      // New files invalidate everything downstream of them.
      return { ...s, files: a.files, profile: a.profile, report: null, packages: [], edits: {} };
    case 'profile':
      return { ...s, profile: a.profile, report: null, packages: [], edits: {} };
    case 'report':
      return { ...s, report: a.report, sources: a.sources, packages: [], edits: {}, step: 'kontrol' };
    case 'request':
      return { ...s, request: a.request };
    case 'packages':
      return { ...s, packages: a.packages, edits: {}, step: 'gennemsyn' };
    case 'edits':
      return { ...s, edits: { ...s.edits, [a.track]: a.edits } };
  }
}
