/**
 * The one place the workflow meets the domain core: shared/import loads the extract, shared/package
 * builds the packages, shared/charts and shared/export make the charts and files.
 */
import type { Engine } from '../../shared/engine';
import type { Datapakke, Indicator } from '../../shared/contract/datapakke';
import type { Platform, SaveRequest } from '../../shared/platform';
import type { ProfileStore } from '../platform/profile-store';
import type { MappingProfile } from '../features/mapping/profile';
import type { ExportFormat, ExtractFile, OnProgress, PackageRequest, ValidationReport } from './types';

export interface ImportResult {
  report: ValidationReport;
  /** Files, rows and hashes per canonical table, for the package's source list. */
  sources: SourceFile[];
}
import type { Profile } from '../../shared/contract/profile';
import type { SourceFile } from '../../shared/contract/datapakke';
import { loadExtract } from '../../shared/import/load-extract';
import { buildDatapakke } from '../../shared/package/build';
import { requestAreas } from '../features/package/areas';
import { browserExtractAccess } from '../platform/extract-access';
import { throwIfCancelled, withEngineCancel, yieldToUi } from './cancellable';
import { exportForApp } from '../features/export/app-export';
import { chartsFor } from '../../shared/charts/index';

export interface Services {
  platform: Platform;
  profiles: ProfileStore;
  engine: Promise<Engine>;
  importExtract(files: ExtractFile[], profile: MappingProfile, referenceDate: string, onProgress: OnProgress, signal: AbortSignal): Promise<ImportResult>;
  buildPackages(request: PackageRequest, sources: SourceFile[], onProgress: OnProgress, signal: AbortSignal): Promise<Datapakke[]>;
  exportPackage(pkg: Datapakke, formats: ExportFormat[], onProgress: OnProgress, signal: AbortSignal): Promise<SaveRequest[]>;
  /** The indicator's charts (vega-lite), as shared/charts decides them; none when it is unavailable. */
  chartSpecs(indicator: Indicator, pkg: Datapakke): ChartSpec[];
}

export interface ChartSpec {
  id: string;
  vegaLite: Record<string, unknown>;
}

export interface ServiceDeps {
  platform: Platform;
  engine: Promise<Engine>;
  profiles: ProfileStore;
}

export function createServices(deps: ServiceDeps): Services {
  return {
    platform: deps.platform,
    engine: deps.engine,
    profiles: deps.profiles,
    async importExtract(files, profile, referenceDate, onProgress, signal) {
      const engine = await deps.engine;
      const access = browserExtractAccess(
        files.map((f) => f.picked),
        deps.platform,
      );
      return withEngineCancel(engine, signal, async () => {
        const result = await loadExtract(engine, access, profile as Profile, {
          referenceDate,
          // Salt for hashing real CPR numbers: random per run, never stored.
          salt: crypto.randomUUID(),
          keepRejected: false,
          onProgress: (p) => {
            throwIfCancelled(signal);
            onProgress({ fraction: p.total ? p.done / p.total : 0, label: p.step });
          },
        });
        return { report: result.report, sources: result.sources };
      });
    },
    async buildPackages(request, sources, onProgress, signal) {
      const engine = await deps.engine;
      const info = await deps.platform.info();
      return withEngineCancel(engine, signal, async () => {
        const packages: Datapakke[] = [];
        // Every area first (refused as on the command line), then area by area, track by track.
        const jobs = (await requestAreas(engine, request, request.lang)).flatMap((area) => request.tracks.map((track) => ({ area, track })));
        for (const [i, { area, track }] of jobs.entries()) {
          onProgress({ fraction: i / jobs.length, label: jobs.length > request.tracks.length ? `${area.name} · ${track}` : track });
          await yieldToUi();
          throwIfCancelled(signal);
          packages.push(
            await buildDatapakke(engine, {
              track,
              area,
              referenceDate: request.referenceDate,
              settings: {
                minCount: request.minCount,
                educationGrouping: request.educationGrouping,
                standardPopulation: request.standardPopulation,
                confidence: 0.95,
                lang: request.lang,
              },
              sources,
              generatedAt: new Date().toISOString(),
              app: { name: 'datapakker', version: info.version },
              lang: request.lang,
              onProgress: async () => {
                await yieldToUi();
                throwIfCancelled(signal);
              },
            }),
          );
        }
        onProgress({ fraction: 1, label: '' });
        return packages;
      });
    },
    async exportPackage(pkg, formats, onProgress, signal) {
      return exportForApp(pkg, formats, onProgress, signal);
    },
    chartSpecs: chartsFor,
  };
}
