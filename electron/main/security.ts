/**
 * The session-wide guards, applied by an explicit call from main.ts (never as a side effect of an
 * import): the network kill-switch, permission denial, and navigation/window/webview/download
 * blocking for every web contents the app ever creates.
 */
import { type Session, app } from 'electron';
import { decideRequest } from '../policy/request-filter';
import { mayGrantPermission, mayUseDevice } from '../policy/permissions';
import { mayAttachWebview, mayNavigate, windowOpenAction } from '../policy/navigation';

export function hardenSession(session: Session, options: { dev: boolean }): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const decision = decideRequest(details.url, options);
    if (decision.cancel) console.warn(`[network] ${decision.log}`);
    callback({ cancel: decision.cancel });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(mayGrantPermission(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => mayGrantPermission(permission, requestingOrigin));
  session.setDevicePermissionHandler((details) => mayUseDevice(details.deviceType));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('will-download', (event) => event.preventDefault());
}

export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => windowOpenAction(url));
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      if (!mayAttachWebview()) event.preventDefault();
    });
  });
}
