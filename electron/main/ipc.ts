import { IPC_INVOKE_CHANNEL, refusal } from '../../shared/api/transport';
import type { DispatchAsync } from '../core/dispatch';
import { isAppUrl } from './appOrigin';

/**
 * What the sender check reads from an IPC event: Electron's IpcMainInvokeEvent fits, and so
 * does a plain object in the tests.
 */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * True only for a top frame (no parent: not an iframe) whose document is on app://diemcau.
 * `senderFrame` is null once the frame has navigated away or gone, and Electron may throw
 * when it is read for a destroyed frame: both are refusals.
 */
export function isTrustedSender(event: SenderEvent): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}

/** The part of Electron's ipcMain used here; index.ts passes ipcMain, tests a fake. */
export interface InvokeRegistry {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
}

/**
 * The one place IPC handlers are registered (the validatedIpcMain idea): a fixed channel
 * prefix, the sender checked, then the core's dispatch, which parses input with zod. ipcMain
 * is passed in so this module loads, and is tested, without Electron.
 */
export function registerIpc(ipcMain: InvokeRegistry, call: DispatchAsync): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method, input) => {
    if (!isTrustedSender(event)) {
      return refusal('TRANSPORT', 'Untrusted sender');
    }
    if (typeof method !== 'string') {
      return refusal('UNKNOWN_METHOD', 'Method must be a string');
    }
    return call(method, input);
  });
}
