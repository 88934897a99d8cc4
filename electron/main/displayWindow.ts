import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import { APP_ORIGIN } from './appOrigin';

/**
 * The room display's window: which screen it goes on, how it is made, and keeping it there
 * when screens come and go. Written against the few members it uses of Electron's `screen` and
 * `BrowserWindow` (type imports only), so the decisions are tested in Node with fakes; index.ts
 * passes the real objects, and the type check proves they fit.
 */

/** What we use of Electron's Display. */
export interface DisplayLike {
  id: number;
  bounds: Rectangle;
}

/**
 * The screen for the room display: the one it is on, while that is still there and is not the
 * operator's (so a third screen plugged in does not make it jump); else the first screen that
 * is not the primary, which is where a projector shows up; else the primary, the only one.
 */
export function pickDisplay<D extends DisplayLike>(
  displays: readonly D[],
  primaryId: number | null,
  currentId: number | null = null,
): D | undefined {
  const current = displays.find((d) => d.id === currentId && d.id !== primaryId);
  return (
    current ??
    displays.find((d) => d.id !== primaryId) ??
    displays.find((d) => d.id === primaryId) ??
    displays[0]
  );
}

/**
 * The one set of web preferences for every window of the app (docs/security.md): sandboxed,
 * isolated, no Node, no <webview>, the preload's window.api the only bridge.
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

/** Frameless and full screen on the chosen screen; dark from the first frame, like the page. */
export function displayWindowOptions(
  bounds: Rectangle,
  preload: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    frame: false,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#0b0f14',
    title: 'Điểm Cầu',
    show: false,
    webPreferences: hardenedWebPreferences(preload),
  };
}

export const displayUrl = (meetingId: string): string =>
  `${APP_ORIGIN}/index.html#/display/${encodeURIComponent(meetingId)}`;

/** What we use of Electron's `screen`. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  /** Electron always answers one; undefined is allowed so that a fake can list no screen. */
  getPrimaryDisplay(): DisplayLike | undefined;
  on(event: 'display-added', listener: () => void): unknown;
  on(event: 'display-removed', listener: () => void): unknown;
}

/** What we use of a BrowserWindow. */
export interface DisplayWindowLike {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  setBounds(bounds: Partial<Rectangle>): void;
  setFullScreen(flag: boolean): void;
  showInactive(): void;
  close(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
}

export interface DisplayWindows {
  /** Shows the meeting's display, in the open window if there is one; false if no screen. */
  open(meetingId: string): Promise<boolean>;
  /** Closes the display window, if open (the operator's window closed). */
  close(): void;
}

export interface DisplayWindowDeps {
  screen: ScreenLike;
  /** Makes the window on these bounds (index.ts: `new BrowserWindow(displayWindowOptions…)`). */
  createWindow: (bounds: Rectangle) => DisplayWindowLike;
  log?: (message: string) => void;
}

/** One display window at most, reused for whatever meeting it is asked to show. */
export function createDisplayWindows({ screen, createWindow, log }: DisplayWindowDeps): DisplayWindows {
  let win: DisplayWindowLike | null = null;
  let onDisplay: number | null = null;
  let shownUrl: string | null = null;

  const alive = () => (win !== null && !win.isDestroyed() ? win : null);
  const target = () =>
    pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay()?.id ?? null, onDisplay);

  const load = (w: DisplayWindowLike, url: string) => {
    shownUrl = url;
    // Not awaited: the window is there either way, and a page that fails to load is the
    // window's business (it shows the app's own error), not a failed call.
    w.loadURL(url).catch((err: unknown) => log?.(`The room display did not load: ${String(err)}`));
  };

  const place = (w: DisplayWindowLike, display: DisplayLike) => {
    // Out of full screen first: a full-screen window keeps its screen whatever bounds it is given.
    w.setFullScreen(false);
    w.setBounds(display.bounds);
    w.setFullScreen(true);
    onDisplay = display.id;
  };

  const follow = () => {
    const w = alive();
    const display = target();
    if (!w || !display || display.id === onDisplay) return;
    log?.(`The room display moves to screen ${display.id}`);
    place(w, display);
  };
  screen.on('display-added', follow);
  screen.on('display-removed', follow);

  return {
    async open(meetingId) {
      const url = displayUrl(meetingId);
      const existing = alive();
      if (existing) {
        follow();
        if (shownUrl !== url) load(existing, url);
        // Shown without focus: the operator keeps typing in their own window.
        existing.showInactive();
        return true;
      }
      const display = target();
      if (!display) return false;
      const w = createWindow(display.bounds);
      win = w;
      onDisplay = display.id;
      w.once('ready-to-show', () => w.showInactive());
      w.on('closed', () => {
        if (win !== w) return;
        win = null;
        onDisplay = null;
        shownUrl = null;
      });
      load(w, url);
      return true;
    },
    close() {
      alive()?.close();
    },
  };
}
