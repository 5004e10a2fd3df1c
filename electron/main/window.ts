/** The one app window and its menu. */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../policy/app-origin';
import { type MenuCommand, type MenuModel, menuModel } from '../policy/menu';
import { appWebPreferences } from '../policy/web-preferences';

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
    webPreferences: {
      ...appWebPreferences(preloadPath, options),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
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
