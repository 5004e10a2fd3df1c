/**
 * Composition root of the Electron main process. Order matters and is kept visible here: the
 * privileged scheme is declared before `ready`; the session is hardened before the first window
 * exists. No auto-updater, no crash reporter, no telemetry: none is ever started.
 */
import { type BrowserWindow, app, session } from 'electron';
import path from 'node:path';
import { detectHeadless } from '../policy/headless';
import { checkExportName } from '../policy/file-name';
import { createFileGrants, writeFileAtomic } from '../node/file-grants';
import { createEngineBridge, hostStarter, sweepEngineTemp } from '../node/engine-bridge';
import { confirmOverwrite, pickFolder, pickOpenPaths, pickSavePath, showAbout } from './dialogs';
import { engineTempRoot, nativeEngineAvailable, startEngineHost } from './engine-process';
import { registerIpcHandlers } from './ipc';
import { declareAppScheme, serveAppScheme } from './protocol';
import { guardAllWebContents, hardenSession } from './security';
import { createAppWindow, installMenu } from './window';
import { runHeadless } from './headless';

const APP_NAME = 'Datapakker';

function startWindowed(): void {
  const dev = !app.isPackaged;
  const appPath = app.getAppPath();
  const grants = createFileGrants();
  let window: BrowserWindow | undefined;
  const current = (): BrowserWindow => {
    if (!window || window.isDestroyed()) throw new Error('no app window');
    return window;
  };

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.enableSandbox();
  declareAppScheme();
  guardAllWebContents();

  // Native DuckDB for large extracts, started on the first engine call (decision 006). Folders of
  // hosts that were killed outright hold person data: gone before anything else runs.
  const engine = createEngineBridge({
    grants,
    startHost: hostStarter(
      () => startEngineHost(appPath),
      (line) => console.warn(`[engine-host] ${line}`),
    ),
    nativeAvailable: () => nativeEngineAvailable(appPath),
    log: (line) => console.warn(`[engine] ${line}`),
  });
  try {
    sweepEngineTemp(engineTempRoot());
  } catch (err) {
    console.warn(`[engine] sweep failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  // A utility process gets no disconnect when main goes: close the host first, so it removes its folder.
  let engineClosed = false;
  app.on('before-quit', (event) => {
    if (engineClosed) return;
    event.preventDefault();
    engineClosed = true;
    void engine.close().finally(() => app.quit());
  });

  registerIpcHandlers(
    {
      'platform:info': async () => ({ name: APP_NAME, version: app.getVersion(), platform: 'electron' }),
      'platform:open-files': async (request) => {
        const paths = await pickOpenPaths(current(), request);
        if (paths.length === 0) return [];
        return request.folder ? grants.grantFolder(paths[0]!, request.accept) : grants.grantFiles(paths);
      },
      'platform:save-file': async (request) => {
        const target = await pickSavePath(current(), request.suggestedName);
        if (!target) return null;
        // The name typed in the dialog is held to the export formats too; the dialog itself asked before replacing a file.
        if (!checkExportName(path.basename(target)).ok) throw new Error('Filtypen kan ikke gemmes: vælg et navn med en af eksportens filtyper.');
        await writeFileAtomic(target, request.bytes);
        return path.basename(target);
      },
      'platform:save-files': async (files) => {
        const folder = await pickFolder(current());
        if (!folder) return null;
        // Files already in the folder are replaced only when the user says so in a native dialog.
        const existing = await grants.existingInFolder(
          folder,
          files.map((f) => f.suggestedName),
        );
        if (existing.length > 0 && !(await confirmOverwrite(current(), existing))) return null;
        const written: string[] = [];
        for (const file of files) written.push(await grants.writeIntoFolder(folder, file.suggestedName, file.bytes, { overwrite: existing.length > 0 }));
        return written;
      },
      'files:read-slice': async (request) => grants.readSlice(request),
      'files:sha256': async (request) => grants.sha256(request.token),
      ...engine.handlers,
    },
    () => (window && !window.isDestroyed() ? window.webContents.id : undefined),
  );

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, { dev });
    serveAppScheme(path.join(appPath, 'dist-web'));
    installMenu({ dev, appName: APP_NAME }, (command) => {
      if (command === 'about') void showAbout(window);
    });
    window = createAppWindow(path.join(appPath, 'dist-electron', 'preload', 'preload.cjs'), { dev, title: APP_NAME });
    // A reload or a closed window ends every grant, and the engine host with the data it read:
    // tokens and tables never outlive the page that got them.
    const forget = () => {
      grants.revokeAll();
      void engine.close();
    };
    window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) forget();
    });
    window.on('closed', forget);
  });
  app.on('window-all-closed', () => app.quit());
}

app.setName(APP_NAME);
const headless = detectHeadless(process.argv, { packaged: app.isPackaged });
if (headless) {
  app.dock?.hide();
  void runHeadless(app.getAppPath(), headless).then((code) => app.exit(code));
} else {
  startWindowed();
}
