/**
 * The native dialogs. They are the only source of paths in the app: whatever the user picks here is
 * granted (electron/node/file-grants.ts); nothing the renderer sends is ever used as a path.
 */
import { type BrowserWindow, app, dialog } from 'electron';
import path from 'node:path';
import type { OpenFilesRequest } from '../../shared/ipc';

export async function pickOpenPaths(window: BrowserWindow, request: OpenFilesRequest): Promise<string[]> {
  const extensions = (request.accept ?? []).map((ext) => ext.slice(1));
  const result = await dialog.showOpenDialog(window, {
    title: request.folder ? 'Vælg mappen med udtrækket' : 'Vælg filer',
    properties: request.folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
    filters: !request.folder && extensions.length > 0 ? [{ name: 'Datafiler', extensions }] : [],
  });
  return result.canceled ? [] : result.filePaths;
}

export async function pickSavePath(window: BrowserWindow, suggestedName: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'Gem fil',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    // Windows and macOS always ask before replacing a file; Linux (GTK) only with this.
    properties: ['showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function pickFolder(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, { title: 'Vælg mappe til eksporten', properties: ['openDirectory', 'createDirectory'] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Asks before an export replaces files already in the picked folder; true only for "Erstat". */
export async function confirmOverwrite(window: BrowserWindow, existing: readonly string[]): Promise<boolean> {
  const shown = existing.slice(0, 8).join('\n') + (existing.length > 8 ? `\n… og ${existing.length - 8} flere` : '');
  const result = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Filerne findes allerede',
    message: `${existing.length === 1 ? 'En fil' : `${existing.length} filer`} findes allerede i mappen. Vil du erstatte ${existing.length === 1 ? 'den' : 'dem'}?`,
    detail: shown,
    buttons: ['Erstat', 'Annullér'],
    defaultId: 1,
    cancelId: 1,
  });
  return result.response === 0;
}

export async function showAbout(window: BrowserWindow | undefined): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `Om ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: 'Alle data behandles lokalt på denne computer. Appen sender intet over netværket.',
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
