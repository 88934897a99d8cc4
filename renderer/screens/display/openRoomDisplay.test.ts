import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const runAction = vi.fn();
const notifyNotice = vi.fn();
vi.mock('../../api/runAction', () => ({ runAction }));
vi.mock('../../errors/notify', () => ({ notifyNotice }));
vi.mock('../../i18n/setup', () => ({ i18n: { t: (key: string) => key } }));

const { openRoomDisplay, DISPLAY_WINDOW_NAME } = await import('./openRoomDisplay');

describe('openRoomDisplay', () => {
  const open = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('window', { open });
    open.mockReset();
    runAction.mockReset();
    notifyNotice.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('leaves it to the desktop app when the core opened its own window', async () => {
    runAction.mockResolvedValue({ opened: true });
    expect(await openRoomDisplay('m-1')).toBe(true);
    expect(runAction).toHaveBeenCalledExactlyOnceWith('display.open', { meetingId: 'm-1' });
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the route in one named window in the browser build, reused for the next call', async () => {
    runAction.mockResolvedValue({ opened: false });
    const focus = vi.fn();
    open.mockReturnValue({ focus });
    expect(await openRoomDisplay('m 1')).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('#/display/m%201', DISPLAY_WINDOW_NAME);
    expect(focus).toHaveBeenCalled();
  });

  it('says so when the browser blocked the window, and opens nothing after a failed call', async () => {
    runAction.mockResolvedValue({ opened: false });
    open.mockReturnValue(null);
    expect(await openRoomDisplay('m-1')).toBe(false);
    expect(notifyNotice).toHaveBeenCalledWith('display.blocked');

    // runAction has shown the error (a meeting not found): nothing more to do.
    runAction.mockResolvedValue(undefined);
    open.mockClear();
    expect(await openRoomDisplay('m-1')).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
