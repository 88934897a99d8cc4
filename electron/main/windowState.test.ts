import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DisplayLike, Rect, TrackedWindow, WindowState } from './windowState';
import {
  WINDOW_STATE_FILE,
  clampToArea,
  loadWindowState,
  parseWindowState,
  restoreWindow,
  saveWindowState,
  trackWindowState,
} from './windowState';

const SIZE = { width: 1366, height: 768, minWidth: 1024, minHeight: 640 };
// A laptop (primary, taskbar at the bottom) and a projector to its right.
const laptop: DisplayLike = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const projector: DisplayLike = { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 720 } };
// A monitor to the left, at negative coordinates as Windows places it.
const left: DisplayLike = { id: 3, workArea: { x: -1600, y: 100, width: 1600, height: 900 } };

const inside = (r: Rect, a: Rect) =>
  r.x >= a.x && r.y >= a.y && r.x + r.width <= a.x + a.width && r.y + r.height <= a.y + a.height;

describe('where the window opens', () => {
  it('opens centred on the primary display the first time', () => {
    const r = restoreWindow(null, [laptop, projector], laptop, SIZE);
    expect(r).toEqual({
      bounds: { x: 277, y: 136, width: 1366, height: 768 },
      maximized: false,
      displayId: 1,
    });
  });

  it('comes back exactly where it was on a display that is still there', () => {
    const saved: WindowState = {
      bounds: { x: -1500, y: 150, width: 1200, height: 700 },
      displayId: 3,
      maximized: true,
    };
    const r = restoreWindow(saved, [laptop, projector, left], laptop, SIZE);
    expect(r).toEqual({ bounds: saved.bounds, maximized: true, displayId: 3 });
  });

  it('moves back into the work area of a display whose resolution shrank', () => {
    const saved: WindowState = {
      bounds: { x: 1800, y: 500, width: 1500, height: 900 },
      displayId: 2,
      maximized: false,
    };
    const r = restoreWindow(saved, [laptop, projector], laptop, SIZE);
    expect(r.displayId).toBe(2);
    expect(r.bounds).toEqual({ x: 1920, y: 0, width: 1280, height: 720 });
    expect(inside(r.bounds, projector.workArea)).toBe(true);
  });

  it('falls back to the primary display, at its saved size, when its display is gone', () => {
    const saved: WindowState = {
      bounds: { x: 2000, y: 40, width: 1200, height: 700 },
      displayId: 2,
      maximized: false,
    };
    const r = restoreWindow(saved, [laptop], laptop, SIZE);
    expect(r.displayId).toBe(1);
    expect(r.bounds).toEqual({ x: 360, y: 170, width: 1200, height: 700 });
  });

  it('never exceeds a display smaller than the minimum size', () => {
    const tiny: DisplayLike = { id: 9, workArea: { x: 0, y: 0, width: 800, height: 600 } };
    const r = restoreWindow(null, [tiny], tiny, SIZE);
    expect(r.bounds).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('keeps any saved window inside some display, whatever the displays are', () => {
    const all = [laptop, projector, left];
    for (const displayId of [1, 2, 3, 42]) {
      for (const [x, y, w, h] of [
        [-5000, -5000, 300, 200],
        [99999, 99999, 5000, 5000],
        [100, 100, 1366, 768],
      ] as const) {
        const saved = { bounds: { x, y, width: w, height: h }, displayId, maximized: false };
        const r = restoreWindow(saved, all, laptop, SIZE);
        const display = all.find((d) => d.id === r.displayId);
        expect(display).toBeDefined();
        expect(inside(r.bounds, display!.workArea)).toBe(true);
        expect(r.bounds.width).toBeGreaterThanOrEqual(
          Math.min(SIZE.minWidth, display!.workArea.width),
        );
      }
    }
  });

  it('clamps without moving a window that already fits', () => {
    const r = { x: 10, y: 10, width: 1100, height: 700 };
    expect(clampToArea(r, laptop.workArea, { width: 1024, height: 640 })).toEqual(r);
  });
});

describe('the saved state', () => {
  it('refuses anything but a complete state', () => {
    expect(parseWindowState('not json')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":3},"displayId":1}')).toBeNull();
    expect(
      parseWindowState('{"bounds":{"x":1,"y":2,"width":0,"height":5},"displayId":1}'),
    ).toBeNull();
    expect(
      parseWindowState('{"bounds":{"x":1,"y":2,"width":300,"height":200},"displayId":7}'),
    ).toEqual({ bounds: { x: 1, y: 2, width: 300, height: 200 }, displayId: 7, maximized: false });
  });

  it('is kept as JSON in the data folder and read back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-window-'));
    try {
      expect(loadWindowState(dir)).toBeNull();
      const state = {
        bounds: { x: 5, y: 6, width: 1200, height: 700 },
        displayId: 2,
        maximized: true,
      };
      saveWindowState(dir, state);
      expect(loadWindowState(dir)).toEqual(state);
      expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tracking the window', () => {
  function fakeWindow(bounds: Rect) {
    const listeners = new Map<string, (() => void)[]>();
    const win: TrackedWindow & { emit(e: string): void; bounds: Rect; maximized: boolean } = {
      bounds,
      maximized: false,
      on(event, fn) {
        listeners.set(event, [...(listeners.get(event) ?? []), fn]);
        return win;
      },
      getNormalBounds: () => win.bounds,
      isMaximized: () => win.maximized,
      emit: (e) => listeners.get(e)?.forEach((fn) => fn()),
    };
    return win;
  }

  it('saves once after moves settle, and on close, with the display under the window', () => {
    const win = fakeWindow({ x: 0, y: 0, width: 1200, height: 700 });
    const saved: WindowState[] = [];
    const pending: (() => void)[] = [];
    trackWindowState(
      win,
      (b) => (b.x >= 1920 ? projector : laptop),
      (s) => saved.push(s),
      (fn) => {
        pending.push(fn);
        return () => pending.splice(pending.indexOf(fn), 1);
      },
    );
    win.bounds = { x: 2000, y: 10, width: 1200, height: 700 };
    win.emit('move');
    win.emit('move');
    win.emit('resize');
    expect(pending).toHaveLength(1);
    pending.shift()!();
    expect(saved).toEqual([{ bounds: win.bounds, displayId: 2, maximized: false }]);
    win.maximized = true;
    win.emit('resize');
    win.emit('close');
    expect(pending).toHaveLength(0);
    expect(saved[1]).toEqual({ bounds: win.bounds, displayId: 2, maximized: true });
  });
});
