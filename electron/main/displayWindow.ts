import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ORIGIN } from './appOrigin';
import { hardenedWebPreferences } from './webPreferences';

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
  /** The screen less the task bar and docks; Electron always gives it. */
  workArea?: Rectangle;
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

/** Where the window goes on a screen, and whether it covers it. */
export interface Placement {
  displayId: number;
  bounds: Rectangle;
  fullScreen: boolean;
}

/**
 * Full screen on a screen of its own (the projector). On the operator's screen, when it is the
 * only one, an ordinary window instead, a 16:9 one of 60% of the free width, centred: covering
 * the only screen would hide the app the operator drives the display from. They can drag it
 * onto a projector the system does not list as a screen, or wait for one to be plugged in.
 */
export function placementOn(display: DisplayLike, primaryId: number | null): Placement {
  if (display.id !== primaryId) {
    return { displayId: display.id, bounds: display.bounds, fullScreen: true };
  }
  const area = display.workArea ?? display.bounds;
  const width = Math.round(Math.min(area.width * 0.6, ((area.height * 0.8) / 9) * 16));
  const height = Math.round((width / 16) * 9);
  return {
    displayId: display.id,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
  };
}

/**
 * The window for a placement: dark from the first frame, like the page; no menu. It keeps its
 * frame, which full screen hides anyway, so that on the operator's screen it can be moved and
 * closed like any window.
 */
export function displayWindowOptions(
  placement: Placement,
  preload: string,
): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    fullscreen: placement.fullScreen,
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
  /** Makes the window (index.ts: `new BrowserWindow(displayWindowOptions(placement…))`). */
  createWindow: (placement: Placement) => DisplayWindowLike;
  log?: (message: string) => void;
}

/**
 * One display window at most, reused for whatever meeting it is asked to show: a room has one
 * projector, and a second window would only stack on the first.
 */
export function createDisplayWindows({
  screen,
  createWindow,
  log,
}: DisplayWindowDeps): DisplayWindows {
  let win: DisplayWindowLike | null = null;
  let onDisplay: number | null = null;
  let shownUrl: string | null = null;

  const alive = () => (win !== null && !win.isDestroyed() ? win : null);
  const primaryId = () => screen.getPrimaryDisplay()?.id ?? null;
  const target = (): Placement | null => {
    const primary = primaryId();
    const display = pickDisplay(screen.getAllDisplays(), primary, onDisplay);
    return display ? placementOn(display, primary) : null;
  };

  const load = (w: DisplayWindowLike, url: string) => {
    shownUrl = url;
    // Not awaited: the window is there either way, and a page that fails to load is the
    // window's business (it shows the app's own error), not a failed call.
    w.loadURL(url).catch((err: unknown) => log?.(`The room display did not load: ${String(err)}`));
  };

  const place = (w: DisplayWindowLike, placement: Placement) => {
    // Out of full screen first: a full-screen window keeps its screen whatever bounds it is given.
    w.setFullScreen(false);
    w.setBounds(placement.bounds);
    if (placement.fullScreen) w.setFullScreen(true);
    onDisplay = placement.displayId;
  };

  const follow = () => {
    const w = alive();
    const placement = target();
    if (!w || !placement || placement.displayId === onDisplay) return;
    log?.(`The room display moves to screen ${placement.displayId}`);
    place(w, placement);
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
      const placement = target();
      if (!placement) return false;
      const w = createWindow(placement);
      win = w;
      onDisplay = placement.displayId;
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
