/**
 * Composition root for the desktop app: the preload bridge as Platform, the same worker engine as
 * the browser build for ordinary extracts and, chosen per extract by size and the user's setting,
 * native DuckDB in main's engine host (the bridge's nativeEngine; decision 006). No test hook here.
 * Served from the app:// protocol (electron/main), which sends the CSP and the cross-origin
 * isolation headers.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/services';
import { createBrowserEngine } from './engine/browser-engine';
import { bridgePlatform } from './platform/bridge';
import { webProfileStore } from './platform/profile-store';
import { engineSettingStore } from './platform/engine-setting-store';
import { loadFonts } from './styles/fonts';
import './styles/app.css';

void loadFonts();
const services = createServices({ platform: bridgePlatform, engine: createBrowserEngine(), profiles: webProfileStore(), engineSetting: engineSettingStore() });
createRoot(document.getElementById('root')!).render(<App services={services} />);
