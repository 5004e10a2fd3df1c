/**
 * Composition root for the browser build (`npm run web`): the web Platform and the worker engine.
 * The only place the two are chosen; the app below knows neither by name.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/services';
import { createBrowserEngine } from './engine/browser-engine';
import type { EngineTestHook } from './engine/test-hook';
import { webPlatform } from './platform/web';
import { webProfileStore } from './platform/profile-store';
import { loadFonts } from './styles/fonts';
import './styles/app.css';

declare global {
  interface Window {
    __datapakkerEngine?: EngineTestHook;
  }
  /** True only in the end-to-end suite's build (renderer/vite.config.ts, DATAPAKKER_TEST_HOOK=1). */
  const __DATAPAKKER_TEST_HOOK__: boolean;
}

void loadFonts();
const engine = createBrowserEngine();
// The end-to-end suite drives the engine through this hook (tests/e2e/engine.browser.test.ts). The
// constant is false in every other build, so the hook's code is not in the production bundle at all.
if (__DATAPAKKER_TEST_HOOK__) {
  void Promise.all([engine, import('./engine/test-hook')]).then(([e, hook]) => {
    window.__datapakkerEngine = hook.engineTestHook(e);
  });
}

const services = createServices({ platform: webPlatform, engine, profiles: webProfileStore() });
createRoot(document.getElementById('root')!).render(<App services={services} />);
