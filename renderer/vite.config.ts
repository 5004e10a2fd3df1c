import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The web build of the renderer. The COOP/COEP headers let duckdb-wasm pick its multithreaded "coi"
 * bundle; every asset (wasm, workers, fonts) is bundled from node_modules so nothing is fetched from
 * another origin at run time.
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The engine test hook (renderer/engine/test-hook.ts) is compiled in only when the end-to-end suite
 * builds (tests/e2e/harness/web-build.ts sets DATAPAKKER_TEST_HOOK=1 and its own outDir); otherwise the
 * constant is false and the hook's code is dropped from the bundle.
 */
const testHook = process.env.DATAPAKKER_TEST_HOOK === '1';

export default defineConfig({
  define: { __DATAPAKKER_TEST_HOOK__: JSON.stringify(testHook) },
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // Inlined data: URLs would break the CSP for workers and hide assets from the request log.
    assetsInlineLimit: 0,
    // Two composition roots: index.html (browser, web Platform) and electron.html (preload bridge).
    rollupOptions: {
      input: {
        web: fileURLToPath(new URL('./index.html', import.meta.url)),
        electron: fileURLToPath(new URL('./electron.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  resolve: {
    // vega's browser build and vega-interpreter are inlined into the exported HTML file; their package
    // exports hide the files.
    alias: {
      '@vega-build': fileURLToPath(new URL('../node_modules/vega/build', import.meta.url)),
      '@vega-interpreter-build': fileURLToPath(new URL('../node_modules/vega-interpreter/build', import.meta.url)),
    },
  },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  esbuild: { jsx: 'automatic' },
  server: { headers: isolation, host: '127.0.0.1' },
  preview: { headers: isolation, host: '127.0.0.1' },
});
