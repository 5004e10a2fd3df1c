/** The one app window, and the hidden window that prints HTML to PDF. */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { randomUUID } from 'node:crypto';
import { APP_ENTRY_URL } from '../policy/app-origin';
import { type MenuCommand, type MenuModel, menuModel } from '../policy/menu';
import { printPageUrl } from '../policy/print-page';
import { appWebPreferences, printWebPreferences } from '../policy/web-preferences';

export function createAppWindow(preloadPath: string, options: { dev: boolean; title: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    title: options.title,
    show: false,
    // The policy object decides; the key switches are restated as literals only so the security
    // linter (which reads this call, not the policy) can see them. tests pin both.
    webPreferences: { ...appWebPreferences(preloadPath, options), contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Loads the HTML as an in-memory app:// page in a script-less window and prints it (A4). */
export async function printHtmlToPdf(html: string, printPages: Map<string, string>): Promise<Uint8Array> {
  const id = randomUUID();
  printPages.set(id, html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { ...printWebPreferences(), contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await window.loadURL(printPageUrl(id));
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    printPages.delete(id);
    window.destroy();
  }
}

function toTemplate(menus: MenuModel[], run: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  return menus.map((menu) => ({
    label: menu.label,
    submenu: menu.items.map((item): MenuItemConstructorOptions => {
      if (item.kind === 'separator') return { type: 'separator' };
      if (item.kind === 'command') return { label: item.label, accelerator: item.accelerator, click: () => run(item.command) };
      return { label: item.label, accelerator: item.accelerator, role: item.role as MenuItemConstructorOptions['role'] };
    }),
  }));
}

export function installMenu(options: { dev: boolean; appName: string }, run: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toTemplate(menuModel({ ...options, platform: process.platform }), run)));
}
