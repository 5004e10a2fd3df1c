/**
 * The web preferences of every window the app creates. Declared here (not in the Electron wiring)
 * so a test can pin each switch; the shape is a subset of Electron's WebPreferences.
 */
export interface SecureWebPreferences {
  preload?: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  disableBlinkFeatures: 'Auxclick';
  javascript: boolean;
  devTools: boolean;
}

const LOCKED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  // Must stay off: Node in workers breaks duckdb-wasm's worker (TECH-NOTES) and would hand it fs.
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // Chromium's spellchecker downloads dictionaries from Google.
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Middle-click would otherwise try to open links in a new window.
  disableBlinkFeatures: 'Auxclick',
} as const;

/** The app window: the preload is its only bridge; DevTools only in an unpackaged run. */
export function appWebPreferences(preloadPath: string, options: { dev: boolean }): SecureWebPreferences {
  return { ...LOCKED, preload: preloadPath, javascript: true, devTools: options.dev };
}
