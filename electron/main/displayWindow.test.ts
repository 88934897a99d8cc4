import { describe, expect, it, vi } from 'vitest';
import type { DisplayLike, DisplayWindowLike, Placement, ScreenLike } from './displayWindow';
import {
  createDisplayWindows,
  displayUrl,
  displayWindowOptions,
  pickDisplay,
  placementOn,
} from './displayWindow';
import { hardenedWebPreferences } from './webPreferences';

const screenAt = (id: number, x: number, width = 1920, height = 1080): DisplayLike => ({
  id,
  bounds: { x, y: 0, width, height },
});
/** The operator's laptop, primary, with a 48-pixel task bar at the bottom. */
const LAPTOP: DisplayLike = {
  ...screenAt(1, 0, 1366, 768),
  workArea: { x: 0, y: 0, width: 1366, height: 720 },
};
/** Where the display goes on the laptop when it is the only screen: a window, not full screen. */
const ON_LAPTOP = { x: 273, y: 130, width: 820, height: 461 };
const PROJECTOR = screenAt(2, 1366);
const TV = screenAt(3, 3286);

describe('pickDisplay', () => {
  it('takes the first screen that is not the primary: where a projector shows up', () => {
    expect(pickDisplay([LAPTOP, PROJECTOR], 1)).toBe(PROJECTOR);
    expect(pickDisplay([PROJECTOR, LAPTOP], 1)).toBe(PROJECTOR);
    expect(pickDisplay([LAPTOP, PROJECTOR, TV], 1)).toBe(PROJECTOR);
  });

  it('takes the primary when it is the only screen', () => {
    expect(pickDisplay([LAPTOP], 1)).toBe(LAPTOP);
  });

  it('stays on the screen it is on while that one is there and is not the primary', () => {
    expect(pickDisplay([LAPTOP, PROJECTOR, TV], 1, 3)).toBe(TV);
    expect(pickDisplay([LAPTOP, PROJECTOR], 1, 3)).toBe(PROJECTOR);
    // On the primary because it was alone: a projector plugged in since takes it.
    expect(pickDisplay([LAPTOP, PROJECTOR], 1, 1)).toBe(PROJECTOR);
  });

  it('answers something sensible for odd lists: no screen, or a primary not in the list', () => {
    expect(pickDisplay([], 1)).toBeUndefined();
    expect(pickDisplay([PROJECTOR], 2)).toBe(PROJECTOR);
    expect(pickDisplay([LAPTOP, PROJECTOR], 9)).toBe(LAPTOP);
  });
});

describe('placementOn', () => {
  it('covers a screen of its own (the projector)', () => {
    expect(placementOn(PROJECTOR, 1)).toEqual({
      displayId: 2,
      bounds: PROJECTOR.bounds,
      fullScreen: true,
    });
  });

  it('is an ordinary 16:9 window in the middle of the operator’s screen, never covering it', () => {
    expect(placementOn(LAPTOP, 1)).toEqual({ displayId: 1, bounds: ON_LAPTOP, fullScreen: false });
    // A tall, narrow work area: the height limits the window.
    const tall = { id: 1, bounds: { x: 0, y: 0, width: 1000, height: 400 } };
    const { bounds } = placementOn(tall, 1);
    expect(bounds.height).toBeLessThanOrEqual(320);
    expect(bounds.y).toBeGreaterThanOrEqual(0);
    expect(bounds.width / bounds.height).toBeCloseTo(16 / 9, 1);
  });
});

describe('the display window’s options', () => {
  it('place it as told, with the main window’s hardening', () => {
    const options = displayWindowOptions(placementOn(PROJECTOR, 1), '/app/out/preload/index.js');
    expect(options).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
      show: false,
    });
    expect(displayWindowOptions(placementOn(LAPTOP, 1), '/p').fullscreen).toBe(false);
    expect(options.webPreferences).toEqual(hardenedWebPreferences('/app/out/preload/index.js'));
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('load the display route of the app’s own origin', () => {
    expect(displayUrl('m-1')).toBe('app://diemcau/index.html#/display/m-1');
  });
});

/** A screen whose displays the test changes, firing Electron's events. */
class FakeScreen implements ScreenLike {
  private readonly listeners = new Map<string, (() => void)[]>();
  constructor(
    public displays: DisplayLike[],
    public primaryId = 1,
  ) {}
  getAllDisplays() {
    return this.displays;
  }
  getPrimaryDisplay() {
    return this.displays.find((d) => d.id === this.primaryId);
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  plug(display: DisplayLike) {
    this.displays = [...this.displays, display];
    this.listeners.get('display-added')?.forEach((l) => l());
  }
  unplug(id: number) {
    this.displays = this.displays.filter((d) => d.id !== id);
    this.listeners.get('display-removed')?.forEach((l) => l());
  }
}

/** A window that records where it was put and what it loaded. */
class FakeWindow implements DisplayWindowLike {
  bounds: Partial<DisplayLike['bounds']>;
  fullScreen: boolean;
  destroyed = false;
  shown = 0;
  urls: string[] = [];
  private readonly handlers = new Map<string, () => void>();
  constructor(placement: Placement) {
    this.bounds = placement.bounds;
    this.fullScreen = placement.fullScreen;
  }
  isDestroyed() {
    return this.destroyed;
  }
  loadURL(url: string) {
    this.urls.push(url);
    return Promise.resolve();
  }
  setBounds(bounds: Partial<DisplayLike['bounds']>) {
    // A full-screen window ignores new bounds, as on some systems: the manager must leave it.
    if (!this.fullScreen) this.bounds = bounds;
  }
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
  }
  showInactive() {
    this.shown++;
  }
  close() {
    this.destroyed = true;
    this.handlers.get('closed')?.();
  }
  once(event: string, listener: () => void) {
    this.handlers.set(event, listener);
    return this;
  }
  on(event: string, listener: () => void) {
    this.handlers.set(event, listener);
    return this;
  }
  fire(event: string) {
    this.handlers.get(event)?.();
  }
}

function manager(displays: DisplayLike[]) {
  const screen = new FakeScreen(displays);
  const windows: FakeWindow[] = [];
  const createWindow = vi.fn((placement: Placement) => {
    const w = new FakeWindow(placement);
    windows.push(w);
    return w;
  });
  const displaysManager = createDisplayWindows({ screen, createWindow });
  return { screen, windows, createWindow, displays: displaysManager };
}

describe('createDisplayWindows', () => {
  it('opens one window on the projector, shown without taking the operator’s focus', async () => {
    const { windows, displays } = manager([LAPTOP, PROJECTOR]);
    expect(await displays.open('m-1')).toBe(true);
    expect(windows).toHaveLength(1);
    const w = windows[0]!;
    expect(w.bounds).toEqual(PROJECTOR.bounds);
    expect(w.urls).toEqual(['app://diemcau/index.html#/display/m-1']);
    expect(w.shown).toBe(0);
    w.fire('ready-to-show');
    expect(w.shown).toBe(1);
  });

  it('reuses the open window: the same meeting is not reloaded, another one is', async () => {
    const { windows, displays } = manager([LAPTOP, PROJECTOR]);
    await displays.open('m-1');
    await displays.open('m-1');
    await displays.open('m-2');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.urls).toEqual([
      'app://diemcau/index.html#/display/m-1',
      'app://diemcau/index.html#/display/m-2',
    ]);
  });

  it('opens a new window once the last one was closed (Escape on the display)', async () => {
    const { windows, displays } = manager([LAPTOP, PROJECTOR]);
    await displays.open('m-1');
    windows[0]!.close();
    await displays.open('m-1');
    expect(windows).toHaveLength(2);
    expect(windows[1]!.bounds).toEqual(PROJECTOR.bounds);
  });

  it('is a window on the only screen, and goes full screen on a projector plugged in later', async () => {
    const { screen, windows, displays } = manager([LAPTOP]);
    await displays.open('m-1');
    const w = windows[0]!;
    expect(w.bounds).toEqual(ON_LAPTOP);
    expect(w.fullScreen).toBe(false);
    screen.plug(PROJECTOR);
    expect(w.bounds).toEqual(PROJECTOR.bounds);
    expect(w.fullScreen).toBe(true);
  });

  it('stays put for a third screen, moves to it when the projector goes, and falls back to a window on the primary', async () => {
    const { screen, windows, displays } = manager([LAPTOP, PROJECTOR]);
    await displays.open('m-1');
    const w = windows[0]!;
    screen.plug(TV);
    expect(w.bounds).toEqual(PROJECTOR.bounds);
    screen.unplug(2);
    expect(w.bounds).toEqual(TV.bounds);
    expect(w.fullScreen).toBe(true);
    screen.unplug(3);
    expect(w.bounds).toEqual(ON_LAPTOP);
    expect(w.fullScreen).toBe(false);
    screen.plug(PROJECTOR);
    expect(w.bounds).toEqual(PROJECTOR.bounds);
    expect(w.fullScreen).toBe(true);
  });

  it('does nothing on screen changes while no display window is open', async () => {
    const { screen, windows, displays } = manager([LAPTOP]);
    screen.plug(PROJECTOR);
    expect(windows).toHaveLength(0);
    await displays.open('m-1');
    windows[0]!.close();
    expect(() => screen.unplug(2)).not.toThrow();
  });

  it('answers false when the system lists no screen at all', async () => {
    const { createWindow, displays } = manager([]);
    expect(await displays.open('m-1')).toBe(false);
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('closes the display window with the operator’s window', async () => {
    const { windows, displays } = manager([LAPTOP, PROJECTOR]);
    displays.close(); // nothing open: nothing to do
    await displays.open('m-1');
    displays.close();
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('reports a page that fails to load instead of failing the call', async () => {
    const screen = new FakeScreen([LAPTOP, PROJECTOR]);
    const log = vi.fn();
    const w = new FakeWindow(placementOn(PROJECTOR, 1));
    w.loadURL = () => Promise.reject(new Error('ERR_FAILED'));
    const displays = createDisplayWindows({ screen, createWindow: () => w, log });
    expect(await displays.open('m-1')).toBe(true);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('ERR_FAILED')));
  });
});
