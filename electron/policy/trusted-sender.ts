/**
 * Who may call IPC: only the main frame of the app window, showing a page of our own origin. A
 * subframe, any other web contents (the app has one window and denies window.open) or a page that
 * somehow navigated elsewhere is refused before any validator or handler runs.
 */
import { isAppUrl } from './app-origin';

export interface IpcSender {
  /** webContents id of the sender. */
  webContentsId: number;
  /** URL of the frame that sent the message (event.senderFrame.url). */
  frameUrl: string | undefined;
  /** Whether that frame is the top frame (senderFrame === webContents.mainFrame). */
  isMainFrame: boolean;
}

export function isTrustedSender(sender: IpcSender, appWebContentsId: number | undefined): boolean {
  return appWebContentsId !== undefined && sender.webContentsId === appWebContentsId && sender.isMainFrame && isAppUrl(sender.frameUrl);
}
