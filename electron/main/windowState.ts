import fs from 'node:fs';
import path from 'node:path';

/**
 * The operator's window comes back where it was: same size, same place, same screen. Pure
 * arithmetic over Electron's `screen` shapes (tested across made-up displays), plus a small JSON
 * in the data folder. A saved screen that is gone (the projector unplugged, a laptop off its dock)
 * falls back to the primary one, and whatever is restored fits the screen's work area.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What we use of an Electron `Display`. */
export interface DisplayLike {
  id: number;
  workArea: Rect;
}

export interface WindowState {
  bounds: Rect;
  displayId: number;
  maximized: boolean;
}

export interface WindowSize {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export const WINDOW_STATE_FILE = 'window-state.json';

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A saved state, or null for anything else (a hand-edited or half-written file). */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const b = v.bounds as Record<string, unknown> | undefined;
  if (!b || typeof b !== 'object') return null;
  if (![b.x, b.y, b.width, b.height, v.displayId].every(isInt)) return null;
  if ((b.width as number) <= 0 || (b.height as number) <= 0) return null;
  return {
    bounds: {
      x: Math.round(b.x as number),
      y: Math.round(b.y as number),
      width: Math.round(b.width as number),
      height: Math.round(b.height as number),
    },
    displayId: v.displayId as number,
    maximized: v.maximized === true,
  };
}

/** A rectangle moved and shrunk as little as needed to lie inside `area`. */
export function clampToArea(rect: Rect, area: Rect, min: { width: number; height: number }): Rect {
  const width = Math.max(Math.min(rect.width, area.width), Math.min(min.width, area.width));
  const height = Math.max(Math.min(rect.height, area.height), Math.min(min.height, area.height));
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    width: size.width,
    height: size.height,
  };
}

/**
 * Where the window opens. On its saved display, at its saved place (clamped to that display's
 * work area); on the primary display, centred at its saved size, when that display is gone;
 * centred at the default size the first time.
 */
export function restoreWindow(
  saved: WindowState | null,
  displays: readonly DisplayLike[],
  primary: DisplayLike,
  size: WindowSize,
): { bounds: Rect; maximized: boolean; displayId: number } {
  const min = { width: size.minWidth, height: size.minHeight };
  if (!saved) {
    const area = primary.workArea;
    return {
      bounds: clampToArea(centred(size, area), area, min),
      maximized: false,
      displayId: primary.id,
    };
  }
  const display = displays.find((d) => d.id === saved.displayId);
  if (display) {
    return {
      bounds: clampToArea(saved.bounds, display.workArea, min),
      maximized: saved.maximized,
      displayId: display.id,
    };
  }
  const area = primary.workArea;
  return {
    bounds: clampToArea(centred(saved.bounds, area), area, min),
    maximized: saved.maximized,
    displayId: primary.id,
  };
}

export function loadWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null; // first run, or unreadable: the default place is fine
  }
}

/** Written whole under a temporary name, then renamed: a crash never leaves half a file. */
export function saveWindowState(dataDir: string, state: WindowState): void {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(`${file}.partial`, JSON.stringify(state));
  fs.renameSync(`${file}.partial`, file);
}

/** What we use of a `BrowserWindow`. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/**
 * Saves the window's state when it closes, and a moment after it stops moving or resizing (so a
 * crash keeps the last place). `getNormalBounds` keeps the size under a maximized window.
 */
export function trackWindowState(
  win: TrackedWindow,
  displayOf: (bounds: Rect) => DisplayLike,
  save: (state: WindowState) => void,
  schedule: (fn: () => void) => () => void,
): void {
  let cancel: (() => void) | null = null;
  const snapshot = (): WindowState => {
    const bounds = win.getNormalBounds();
    return { bounds, displayId: displayOf(bounds).id, maximized: win.isMaximized() };
  };
  const later = () => {
    cancel?.();
    cancel = schedule(() => {
      cancel = null;
      save(snapshot());
    });
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    cancel?.();
    cancel = null;
    save(snapshot());
  });
}
