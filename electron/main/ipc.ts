import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE_CHANNEL, refusal } from '../../shared/api/transport';
import type { DispatchAsync } from '../core/dispatch';
import { APP_ORIGIN } from './protocol';

/** True only for the app's own top frame, loaded from app://: no iframe, no other origin. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * The one place IPC handlers are registered (the validatedIpcMain idea): a fixed channel
 * prefix, the sender checked, then the core's dispatch, which parses input with zod.
 */
export function registerIpc(call: DispatchAsync): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return refusal('TRANSPORT', 'Untrusted sender');
    }
    if (typeof method !== 'string') {
      return refusal('UNKNOWN_METHOD', 'Method must be a string');
    }
    return call(method, input);
  });
}
