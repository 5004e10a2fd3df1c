import { describe, expect, it } from 'vitest';
import { mayAttachWebview, mayNavigate, windowOpenAction } from '../../electron/policy/navigation';
import { mayGrantPermission, mayUseDevice } from '../../electron/policy/permissions';
import { isTrustedSender } from '../../electron/policy/trusted-sender';

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(mayNavigate('app://datapakker/index.html')).toBe(true);
    expect(mayNavigate('app://datapakker/index.html#/eksport')).toBe(true);
  });
  it.each([
    'https://example.com',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/',
    'javascript:alert(1)',
    'data:text/html,x',
    'about:blank',
    undefined,
  ])('refuses %s', (url) => {
    expect(mayNavigate(url)).toBe(false);
  });
  it('denies every new window, ours included, and every webview', () => {
    for (const url of ['https://example.com', 'app://datapakker/index.html', 'about:blank']) expect(windowOpenAction(url)).toEqual({ action: 'deny' });
    expect(mayAttachWebview()).toBe(false);
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'midi',
    'unknown',
  ])('denies %s', (permission) => {
    expect(mayGrantPermission(permission, 'app://datapakker/index.html')).toBe(false);
  });
  it('denies device access', () => {
    for (const kind of ['hid', 'serial', 'usb', 'bluetooth']) expect(mayUseDevice(kind)).toBe(false);
  });
});

describe('trusted IPC sender', () => {
  const ok = { webContentsId: 7, frameUrl: 'app://datapakker/index.html', isMainFrame: true };
  it('is the main frame of the app window on app://', () => {
    expect(isTrustedSender(ok, 7)).toBe(true);
  });
  it.each([
    ['another web contents', { ...ok, webContentsId: 8 }, 7],
    ['a subframe', { ...ok, isMainFrame: false }, 7],
    ['a page that navigated away', { ...ok, frameUrl: 'https://example.com/' }, 7],
    ['a file: page', { ...ok, frameUrl: 'file:///tmp/x.html' }, 7],
    ['a frame with no URL', { ...ok, frameUrl: undefined }, 7],
    ['no app window yet', ok, undefined],
  ] as const)('refuses %s', (_label, sender, appId) => {
    expect(isTrustedSender(sender, appId)).toBe(false);
  });
});
