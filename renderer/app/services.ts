/**
 * The one place the workflow meets the domain core: shared/import loads the extract, shared/package
 * builds the packages, shared/charts and shared/export make the charts and files.
 */
import type { Engine } from '../../shared/engine';
import type { Datapakke, Indicator } from '../../shared/contract/datapakke';
import type { EngineChoice, EngineSetting, PickedFile, Platform, SaveRequest } from '../../shared/platform';
import type { ProfileStore } from '../platform/profile-store';
import type { MappingProfile } from '../features/mapping/profile';
import type { ExportFormat, ExtractFile, OnProgress, PackageRequest, ValidationReport } from './types';

export interface ImportResult {
  report: ValidationReport;
  /** Files, rows and hashes per canonical table, for the package's source list. */
  sources: SourceFile[];
  /** Which engine read the extract and why (desktop only). */
  engine?: EngineChoice;
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
import { createHostEngine } from '../engine/host-engine';
import { isGrant } from '../platform/picked-files';
import type { SettingStore } from '../platform/engine-setting-store';
import { translator } from './messages';

export interface Services {
  platform: Platform;
  profiles: ProfileStore;
  /** The engine chosen for the picked files (chooseEngine); duckdb-wasm until a choice says otherwise. */
  readonly engine: Promise<Engine>;
  /** The desktop's engine setting (auto / wasm / native); absent in the web build, which has only duckdb-wasm. */
  engineSetting?: SettingStore<EngineSetting>;
  /**
   * Chooses the engine for these picked files — on the desktop by their total size and the setting
   * (decision 006) — and makes it `engine` from now on. Null in the web build (always duckdb-wasm).
   */
  chooseEngine(files: PickedFile[]): Promise<EngineChoice | null>;
  /** The last choice (null before the first, and always in the web build). */
  readonly engineChoice: EngineChoice | null;
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
  /** duckdb-wasm in its worker: the web build's only engine, the desktop's for ordinary extracts. */
  engine: Promise<Engine>;
  profiles: ProfileStore;
  /** The desktop's engine setting, where the platform has a native engine. */
  engineSetting?: SettingStore<EngineSetting>;
}

/**
 * The engine under another name, for the package's method text: which engine and why ("duckdb
 * (native) — Udtrækket fylder 2,5 GB …"). shared/package puts `engine.name` there.
 */
function namedEngine(engine: Engine, name: string): Engine {
  return {
    name,
    ...(engine.readsParquet ? { readsParquet: true } : {}),
    registerFile: (n, source) => engine.registerFile(n, source),
    dropFile: (n) => engine.dropFile(n),
    exec: (sql) => engine.exec(sql),
    query: (sql) => engine.query(sql),
    insertArrowIpc: (table, ipc, options) => engine.insertArrowIpc(table, ipc, options),
    cancel: () => engine.cancel(),
    close: () => engine.close(),
  };
}

export function createServices(deps: ServiceDeps): Services {
  const port = deps.platform.nativeEngine;
  const host = port ? createHostEngine(port) : undefined;
  let active: Promise<Engine> = deps.engine;
  let choice: EngineChoice | null = null;

  const chooseEngine = async (files: PickedFile[]): Promise<EngineChoice | null> => {
    if (!port || !host) return null;
    const setting = deps.engineSetting?.load() ?? 'auto';
    const grants = files.map((f) => f.handle);
    if (grants.every(isGrant)) {
      choice = await port.choose(grants, setting);
    } else {
      // Files dragged into the window are browser Files: only duckdb-wasm can read them without copying.
      choice = { engine: 'wasm', reason: translator('da')('engine.reasonDropped'), reasonEn: translator('en')('engine.reasonDropped') };
    }
    active = choice.engine === 'native' ? Promise.resolve(host) : deps.engine;
    return choice;
  };

  return {
    platform: deps.platform,
    get engine() {
      return active;
    },
    get engineChoice() {
      return choice;
    },
    profiles: deps.profiles,
    ...(deps.engineSetting && port ? { engineSetting: deps.engineSetting } : {}),
    chooseEngine,
    async importExtract(files, profile, referenceDate, onProgress, signal) {
      // Chosen again here: the setting may have changed since the files were picked.
      const chosen = await chooseEngine(files.map((f) => f.picked));
      const engine = await active;
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
        return { report: result.report, sources: result.sources, ...(chosen ? { engine: chosen } : {}) };
      });
    },
    async buildPackages(request, sources, onProgress, signal) {
      const chosen = await active;
      // The method text names the engine and, on the desktop, why it was chosen.
      const engine = choice ? namedEngine(chosen, `${chosen.name} — ${request.lang === 'da' ? choice.reason : choice.reasonEn}`) : chosen;
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
