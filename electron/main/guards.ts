import { mayNavigate, mayRedirect } from './navigation';

/**
 * Wires the navigation decisions (navigation.ts) and the permission refusals to a web contents
 * and a session. Written against the few members it uses rather than Electron's classes, so
 * the tests drive it with fake events; index.ts passes the real objects, and the type check
 * proves they fit.
 */

/** What Electron's will-navigate, will-redirect and will-frame-navigate events carry. */
interface NavigationEvent {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

export interface GuardableContents {
  on(event: 'will-navigate', listener: (details: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (details: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export type RefusalLog = (message: string) => void;

/**
 * Keeps a web contents on app://diemcau: no new windows, no navigation or redirect elsewhere
 * (main frame or iframe), no <webview>. Applied to every web contents the app creates.
 */
export function guardWebContents(contents: GuardableContents, log?: RefusalLog): void {
  // Every window.open, target=_blank and middle click: no second window, no system browser
  // (navigation.ts says why and what to do if a link ever has to leave the app).
  contents.setWindowOpenHandler(({ url }) => {
    log?.(`Refused a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (details) => {
    if (mayNavigate(details.url)) return;
    details.preventDefault();
    log?.(`Refused navigation to ${details.url}`);
  });
  // will-navigate covers the main frame only; an iframe's navigations come here.
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame || mayNavigate(details.url)) return;
    details.preventDefault();
    log?.(`Refused an iframe navigation to ${details.url}`);
  });
  contents.on('will-redirect', (details) => {
    if (mayRedirect(details.url)) return;
    details.preventDefault();
    log?.(`Refused a redirect to ${details.url}`);
  });
  // The app has no <webview> (webviewTag is off too); refuse one if anything tries to attach.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app needs no browser permission (camera, notifications, clipboard reads, devices…):
 * deny every request and every check, so nothing is granted by a default.
 */
export function denyPermissions(session: GuardableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
