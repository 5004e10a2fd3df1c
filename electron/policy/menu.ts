/**
 * The application menu as pure data, in Danish. Items are either an Electron role (edit and zoom
 * behave natively) or a named command the main process implements. No item opens a web page.
 */
export type MenuCommand = 'about';

export type MenuItemModel =
  | { kind: 'role'; role: string; label: string; accelerator?: string }
  | { kind: 'command'; command: MenuCommand; label: string; accelerator?: string }
  | { kind: 'separator' };

export interface MenuModel {
  label: string;
  role?: 'appMenu' | 'fileMenu' | 'editMenu' | 'viewMenu' | 'help';
  items: MenuItemModel[];
}

const role = (r: string, label: string, accelerator?: string): MenuItemModel =>
  accelerator ? { kind: 'role', role: r, label, accelerator } : { kind: 'role', role: r, label };
const separator: MenuItemModel = { kind: 'separator' };

export function menuModel(options: { dev: boolean; platform: string; appName: string }): MenuModel[] {
  const mac = options.platform === 'darwin';
  const menus: MenuModel[] = [];
  if (mac) {
    menus.push({
      label: options.appName,
      role: 'appMenu',
      items: [
        { kind: 'command', command: 'about', label: `Om ${options.appName}` },
        separator,
        role('hide', `Skjul ${options.appName}`),
        role('hideOthers', 'Skjul andre'),
        separator,
        role('quit', `Afslut ${options.appName}`),
      ],
    });
  }
  menus.push({
    label: 'Filer',
    role: 'fileMenu',
    items: mac ? [role('close', 'Luk vindue')] : [role('close', 'Luk vindue'), separator, role('quit', 'Afslut')],
  });
  menus.push({
    label: 'Rediger',
    role: 'editMenu',
    items: [
      role('undo', 'Fortryd'),
      role('redo', 'Gentag'),
      separator,
      role('cut', 'Klip'),
      role('copy', 'Kopiér'),
      role('paste', 'Sæt ind'),
      role('selectAll', 'Markér alt'),
    ],
  });
  const view: MenuItemModel[] = [
    role('resetZoom', 'Faktisk størrelse'),
    role('zoomIn', 'Zoom ind'),
    role('zoomOut', 'Zoom ud'),
    separator,
    role('togglefullscreen', 'Fuld skærm'),
  ];
  // Reload throws away the analyst's work in progress and DevTools is for developers: dev only.
  if (options.dev) view.push(separator, role('reload', 'Genindlæs'), role('toggleDevTools', 'Udviklerværktøjer'));
  menus.push({ label: 'Vis', role: 'viewMenu', items: view });
  if (!mac) menus.push({ label: 'Hjælp', role: 'help', items: [{ kind: 'command', command: 'about', label: `Om ${options.appName}` }] });
  return menus;
}
