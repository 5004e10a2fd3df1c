import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The world is pinned for every test: Copenhagen time, no network (tests/setup/network-guard.ts).
process.env.TZ = 'Europe/Copenhagen';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/arch/fixtures/**', 'node_modules/**'],
    setupFiles: ['tests/setup/network-guard.ts'],
    env: { TZ: 'Europe/Copenhagen', LANG: 'da_DK.UTF-8' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
