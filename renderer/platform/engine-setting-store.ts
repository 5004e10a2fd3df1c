/**
 * The desktop's engine setting ("Databasemotor": automatic, built-in duckdb-wasm, native DuckDB;
 * decision 006), kept between sessions in localStorage like the mapping profile (profile-store.ts).
 */
import type { EngineSetting } from '../../shared/platform';

export interface SettingStore<T> {
  load(): T;
  save(value: T): void;
}

const KEY = 'datapakker.engine';
const SETTINGS: readonly EngineSetting[] = ['auto', 'wasm', 'native'];

export function engineSettingStore(storage: Storage = localStorage): SettingStore<EngineSetting> {
  return {
    load() {
      const raw = storage.getItem(KEY);
      return SETTINGS.includes(raw as EngineSetting) ? (raw as EngineSetting) : 'auto';
    },
    save(value) {
      storage.setItem(KEY, value);
    },
  };
}
