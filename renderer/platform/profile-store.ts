/**
 * Where the last saved mapping profile is kept between sessions. In the browser: localStorage (it
 * stays on this machine). The Electron build may pass a store backed by a file instead.
 */
import type { MappingProfile } from '../features/mapping/profile';

export interface ProfileStore {
  load(): MappingProfile | null;
  save(profile: MappingProfile): void;
}

const KEY = 'datapakker.profile';

export function webProfileStore(storage: Storage = localStorage): ProfileStore {
  return {
    load() {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      try {
        const parsed = JSON.parse(raw) as MappingProfile;
        return parsed.format === 'datapakke-profile/1' ? parsed : null;
      } catch {
        return null;
      }
    },
    save(profile) {
      storage.setItem(KEY, JSON.stringify(profile));
    },
  };
}
