/**
 * The duckdb-wasm bundles, as URLs of files Vite copies out of node_modules into the build. Never
 * getJsDelivrBundles(): the app must not fetch code from a CDN.
 */
import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import coiWasm from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import coiWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import coiPthreadWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';

/** Relative URLs resolved against the page, so the build works from any base path. */
const abs = (url: string): string => new URL(url, document.baseURI).href;

export function localBundles(): DuckDBBundles {
  return {
    mvp: { mainModule: abs(mvpWasm), mainWorker: abs(mvpWorker) },
    eh: { mainModule: abs(ehWasm), mainWorker: abs(ehWorker) },
    coi: { mainModule: abs(coiWasm), mainWorker: abs(coiWorker), pthreadWorker: abs(coiPthreadWorker) },
  };
}
