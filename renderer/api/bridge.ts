import { createApi } from '../../shared/api/client';
import type { ApiBridge, RawBridge } from '../../shared/api/methods';
import { createHttpBridge, readTokenFromPage } from './httpBridge';

declare global {
  interface Window {
    /** Installed by the Electron preload; absent in the browser build. */
    api?: RawBridge;
  }
}

/** Electron's preload bridge when present, otherwise the loopback host over HTTP. */
function pickRawBridge(): RawBridge {
  if (window.api) return window.api;
  return createHttpBridge({ token: readTokenFromPage(document) });
}

/** The one typed API client of the app. */
export const api: ApiBridge = createApi(pickRawBridge());
