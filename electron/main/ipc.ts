/**
 * IPC registration through one validating wrapper: every request is checked for a trusted sender
 * (the app window's main frame on app://) and a valid payload before its handler runs. Errors
 * reach the renderer as short Danish messages; details stay in the main-process log.
 */
import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { IPC_CHANNELS, type IpcChannel, type IpcRequest, type IpcResponse } from '../../shared/ipc';
import { isTrustedSender } from '../policy/trusted-sender';
import { validateIpcRequest } from '../policy/ipc-validators';
import { GRANT_REFUSED_MESSAGE, GrantError } from '../node/file-grants';

export type IpcHandlers = { [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

function register<C extends IpcChannel>(channel: C, handler: IpcHandlers[C], appWebContentsId: () => number | undefined): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
    const frame = event.senderFrame;
    const sender = { webContentsId: event.sender.id, frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null };
    if (!isTrustedSender(sender, appWebContentsId())) {
      console.warn(`[ipc] refused ${channel} from untrusted sender ${sender.frameUrl ?? '(no frame)'}`);
      throw new Error('Forespørgslen blev afvist.');
    }
    const checked = validateIpcRequest(channel, payload);
    if (!checked.ok) {
      console.warn(`[ipc] refused ${channel}: ${checked.reason}`);
      throw new Error('Forespørgslen blev afvist, fordi den var ugyldig.');
    }
    try {
      return await handler(checked.value);
    } catch (err) {
      console.warn(`[ipc] ${channel} failed: ${err instanceof Error ? err.message : String(err)}`);
      throw new Error(err instanceof GrantError ? GRANT_REFUSED_MESSAGE : 'Handlingen mislykkedes.');
    }
  });
}

/** Registers every channel of the map; the handler object's type makes a missing one a compile error. */
export function registerIpcHandlers(handlers: IpcHandlers, appWebContentsId: () => number | undefined): void {
  for (const channel of IPC_CHANNELS) register(channel, handlers[channel] as IpcHandlers[typeof channel], appWebContentsId);
}
