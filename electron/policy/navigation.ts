/**
 * Where the window may go. The app is one page: it may reload itself, and nothing else. New
 * windows, popups and webviews are refused; links to the web are not opened anywhere.
 */
import { isAppUrl } from './app-origin';

/** `will-navigate` / `will-redirect`: only within the app's own origin. */
export function mayNavigate(url: unknown): boolean {
  return isAppUrl(url);
}

/** `setWindowOpenHandler`: always deny, whatever the URL (also our own: the app has one window). */
export function windowOpenAction(_url: unknown): { action: 'deny' } {
  return { action: 'deny' };
}

/** `will-attach-webview`: the app has no webviews. */
export function mayAttachWebview(): boolean {
  return false;
}
