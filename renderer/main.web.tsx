/**
 * Composition root for the browser build (`npm run web`): the web Platform and the worker engine.
 * The only place the two are chosen; the app below knows neither by name.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/services';
import { createBrowserEngine } from './engine/browser-engine';
import { engineTestHook, type EngineTestHook } from './engine/test-hook';
import { webPlatform } from './platform/web';
import { webProfileStore } from './platform/profile-store';
import { loadFonts } from './styles/fonts';
import './styles/app.css';

declare global {
  interface Window {
    __datapakkerEngine?: EngineTestHook;
  }
}

void loadFonts();
const engine = createBrowserEngine();
// The end-to-end suite drives the engine through this hook (tests/e2e/engine.browser.test.ts).
void engine.then((e) => {
  window.__datapakkerEngine = engineTestHook(e);
});

const services = createServices({ platform: webPlatform, engine, profiles: webProfileStore() });
createRoot(document.getElementById('root')!).render(<App services={services} />);
