import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { RawBridge } from '../../shared/api/methods';
import { isMethodName } from '../../shared/api/methods';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, refusal } from '../../shared/api/transport';

/**
 * window.api: the only thing the renderer gets. Methods outside the map never reach IPC;
 * main validates input again, because a preload is not a trust boundary.
 */
const api: RawBridge = {
  invoke(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve(refusal('UNKNOWN_METHOD', `No method ${method}`));
    }
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input) as Promise<unknown>;
  },
  on(event, listener) {
    const wrapped = (_e: IpcRendererEvent, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
