import type { WebPreferences } from 'electron';

/**
 * The one set of web preferences for every window of the app, the operator's and the room
 * display's (docs/security.md): sandboxed, isolated, no Node, no <webview>, the preload's
 * window.api the only bridge.
 */
export function hardenedWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
    // A middle click on a link can ask for a new window (Electronegativity's AUXCLICK check);
    // the open handler denies it anyway, and the app listens to no auxclick event.
    disableBlinkFeatures: 'Auxclick',
  };
}
