import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_FUSES } from '../../electron/policy/fuses';
import { detectHeadless } from '../../electron/policy/headless';
import { type MenuItemModel, menuModel } from '../../electron/policy/menu';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const builderYml = fs.readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8');

/** The `key: value` lines of one top-level block of the YAML (enough for these flat blocks). */
function yamlBlock(name: string): Record<string, string> {
  const match = new RegExp(`^${name}:\\n((?:[ ]{2}.*\\n?)+)`, 'm').exec(builderYml);
  if (!match) throw new Error(`electron-builder.yml has no ${name} block`);
  return Object.fromEntries(
    match[1]!
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/:\s*/, 2) as [string, string]),
  );
}

describe('electron-builder.yml', () => {
  it('flips exactly the fuses of electron/policy/fuses.ts', () => {
    expect(yamlBlock('electronFuses')).toEqual(Object.fromEntries(Object.entries(ELECTRON_FUSES).map(([k, v]) => [k, String(v)])));
    expect(ELECTRON_FUSES.runAsNode).toBe(false);
    expect(ELECTRON_FUSES.onlyLoadAppFromAsar).toBe(true);
    expect(ELECTRON_FUSES.enableCookieEncryption).toBe(true);
  });

  it('names the app, packs into asar and has no publish provider', () => {
    expect(builderYml).toMatch(/^productName: Datapakker$/m);
    expect(builderYml).toMatch(/^asar: true$/m);
    expect(builderYml).toMatch(/^publish: null$/m);
    const settings = builderYml.replace(/^\s*#.*$/gm, '');
    expect(settings).not.toMatch(/provider:|github|s3|generic|update/i);
    expect(builderYml).toMatch(/^icon: electron\/resources\/icon\.png$/m);
  });

  it('targets NSIS + portable, dmg and AppImage', () => {
    expect(builderYml).toMatch(/^win:\n {2}target:\n {4}- nsis\n {4}- portable$/m);
    expect(builderYml).toMatch(/^mac:\n {2}target:\n {4}- dmg$/m);
    expect(builderYml).toMatch(/^linux:\n {2}target:\n {4}- AppImage$/m);
  });

  it('has a 512×512 PNG icon', () => {
    const png = fs.readFileSync(path.join(repo, 'electron/resources/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('detectHeadless', () => {
  it.each([
    [['/opt/Datapakker/datapakker', '--build', '--input', 'D', '--out', 'O'], true, { command: 'build', args: ['--input', 'D', '--out', 'O'] }],
    [['C:\\Programmer\\Datapakker.exe', '--validate', '--input', 'C:\\data'], true, { command: 'validate', args: ['--input', 'C:\\data'] }],
    [['/usr/bin/electron', '.', '--build', '--input', 'D'], false, { command: 'build', args: ['--input', 'D'] }],
  ] as const)('runs %j headless', (argv, packaged, expected) => {
    expect(detectHeadless(argv, { packaged })).toEqual(expected);
  });

  it.each([
    [['/opt/Datapakker/datapakker'], true],
    [['/usr/bin/electron', '.'], false],
    // In an unpackaged run argv[1] is the app path, never a command.
    [['/usr/bin/electron', '--build'], false],
    // A value that happens to be "--build" does not switch modes.
    [['/opt/Datapakker/datapakker', '--out', '--build'], true],
    [['/opt/Datapakker/datapakker', '--demo'], true],
    [['/opt/Datapakker/datapakker', '--bench'], true],
    [['/opt/Datapakker/datapakker', 'build'], true],
    [['/opt/Datapakker/datapakker', '--BUILD'], true],
    [['/Applications/Datapakker.app/Contents/MacOS/Datapakker', '-psn_0_12345'], true],
  ] as const)('opens the window for %j', (argv, packaged) => {
    expect(detectHeadless(argv, { packaged })).toBeNull();
  });
});

describe('menu model', () => {
  const labels = (items: MenuItemModel[]) => items.map((i) => (i.kind === 'separator' ? '—' : i.label));

  it('is Danish: Filer / Rediger / Vis / Hjælp on Windows and Linux', () => {
    const menus = menuModel({ dev: false, platform: 'win32', appName: 'Datapakker' });
    expect(menus.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(labels(menus[1]!.items)).toEqual(['Fortryd', 'Gentag', '—', 'Klip', 'Kopiér', 'Sæt ind', 'Markér alt']);
    expect(labels(menus[3]!.items)).toEqual(['Om Datapakker']);
  });

  it('has the app menu on macOS and Hjælp nowhere else', () => {
    const menus = menuModel({ dev: false, platform: 'darwin', appName: 'Datapakker' });
    expect(menus.map((m) => m.label)).toEqual(['Datapakker', 'Filer', 'Rediger', 'Vis']);
  });

  it('offers reload and DevTools only in dev', () => {
    const roles = (dev: boolean) =>
      menuModel({ dev, platform: 'linux', appName: 'Datapakker' })
        .flatMap((m) => m.items)
        .flatMap((i) => (i.kind === 'role' ? [i.role] : []));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('never opens a web page: every item is a role, a known command or a separator', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      for (const item of menuModel({ dev: true, platform, appName: 'Datapakker' }).flatMap((m) => m.items)) {
        if (item.kind === 'command') expect(item.command).toBe('about');
        if (item.kind === 'role') expect(item.role).not.toMatch(/help|about/i);
      }
    }
  });
});
