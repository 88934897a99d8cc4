import { describe, expect, it, vi } from 'vitest';
import type { DisplayLike, DisplayWindowLike, ScreenLike } from './displayWindow';
import {
  createDisplayWindows,
  displayUrl,
  displayWindowOptions,
  hardenedWebPreferences,
  pickDisplay,
} from './displayWindow';

const screenAt = (id: number, x: number, width = 1920, height = 1080): DisplayLike => ({
  id,
  bounds: { x, y: 0, width, height },
});
const LAPTOP = screenAt(1, 0, 1366, 768);
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

describe('the display window’s options', () => {
  it('are frameless and full screen on the screen’s bounds, with the main window’s hardening', () => {
    const options = displayWindowOptions(PROJECTOR.bounds, '/app/out/preload/index.js');
    expect(options).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
      frame: false,
      fullscreen: true,
      show: false,
    });
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
  fullScreen = true;
  destroyed = false;
  shown = 0;
  urls: string[] = [];
  private readonly handlers = new Map<string, () => void>();
  constructor(bounds: DisplayLike['bounds']) {
    this.bounds = bounds;
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
  const createWindow = vi.fn((bounds: DisplayLike['bounds']) => {
    const w = new FakeWindow(bounds);
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

  it('goes on the primary screen when it is the only one, and to a projector plugged in later', async () => {
    const { screen, windows, displays } = manager([LAPTOP]);
    await displays.open('m-1');
    const w = windows[0]!;
    expect(w.bounds).toEqual(LAPTOP.bounds);
    screen.plug(PROJECTOR);
    expect(w.bounds).toEqual(PROJECTOR.bounds);
    expect(w.fullScreen).toBe(true);
  });

  it('comes back to the primary when the projector is unplugged, and stays put for a third screen', async () => {
    const { screen, windows, displays } = manager([LAPTOP, PROJECTOR]);
    await displays.open('m-1');
    const w = windows[0]!;
    screen.plug(TV);
    expect(w.bounds).toEqual(PROJECTOR.bounds);
    screen.unplug(2);
    expect(w.bounds).toEqual(TV.bounds);
    screen.unplug(3);
    expect(w.bounds).toEqual(LAPTOP.bounds);
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
    const w = new FakeWindow(PROJECTOR.bounds);
    w.loadURL = () => Promise.reject(new Error('ERR_FAILED'));
    const displays = createDisplayWindows({ screen, createWindow: () => w, log });
    expect(await displays.open('m-1')).toBe(true);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('ERR_FAILED')));
  });
});
