import { createApi } from '../../shared/api/client';
import type { ApiBridge, RawBridge } from '../../shared/api/methods';
import type { StreamStatus } from './httpBridge';
import { createHttpBridge, readTokenFromPage } from './httpBridge';

declare global {
  interface Window {
    /** Installed by the Electron preload; absent in the browser build. */
    api?: RawBridge;
  }
}

type StreamWatch = (listener: (status: StreamStatus) => void) => () => void;

/** Electron's preload bridge when present, otherwise the loopback host over HTTP. */
function pickRawBridge(): { raw: RawBridge; onStream: StreamWatch } {
  // IPC delivers every event while the window lives: its stream never goes down.
  if (window.api) return { raw: window.api, onStream: () => () => {} };
  const http = createHttpBridge({ token: readTokenFromPage(document) });
  return { raw: http, onStream: (listener) => http.onStream(listener) };
}

const picked = pickRawBridge();

/** The one typed API client of the app. */
export const api: ApiBridge = createApi(picked.raw);

/** The event stream's ups and downs (httpBridge.ts); the browser build's only. */
export const onStream: StreamWatch = picked.onStream;
