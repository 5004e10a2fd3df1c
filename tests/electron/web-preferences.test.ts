import { describe, expect, it } from 'vitest';
import { appWebPreferences } from '../../electron/policy/web-preferences';

const LOCKED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
};

describe('web preferences', () => {
  it('lock the app window down; DevTools only in dev', () => {
    expect(appWebPreferences('/app/preload.cjs', { dev: false })).toEqual({ ...LOCKED, preload: '/app/preload.cjs', javascript: true, devTools: false });
    expect(appWebPreferences('/app/preload.cjs', { dev: true }).devTools).toBe(true);
  });
});
