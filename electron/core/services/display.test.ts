import { describe, expect, it, vi } from 'vitest';
import { meeting } from '../testing/fixtures';
import { callAsync, failAsync, fixedClock, start, tmpDir } from '../testing/harness';

describe('display.open', () => {
  it('answers opened: false where the app has no window of its own to open (the browser build)', async () => {
    const h = start();
    const m = meeting(h);
    expect(await callAsync(h, 'display.open', { meetingId: m.id })).toEqual({ opened: false });
  });

  it('asks the desktop shell to open the meeting’s display, and says whether it did', async () => {
    const openDisplay = vi.fn(async () => true);
    const h = start(tmpDir(), fixedClock(), { platform: { openDisplay } });
    const m = meeting(h);
    expect(await callAsync(h, 'display.open', { meetingId: m.id })).toEqual({ opened: true });
    expect(openDisplay).toHaveBeenCalledExactlyOnceWith(m.id);

    openDisplay.mockResolvedValueOnce(false);
    expect(await callAsync(h, 'display.open', { meetingId: m.id })).toEqual({ opened: false });
  });

  it('opens nothing for a meeting that does not exist or an id that is not one', async () => {
    const openDisplay = vi.fn(async () => true);
    const h = start(tmpDir(), fixedClock(), { platform: { openDisplay } });
    expect((await failAsync(h, 'display.open', { meetingId: 'no-such-meeting' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await failAsync(h, 'display.open', { meetingId: '../x y' })).code).toBe('VALIDATION');
    expect(openDisplay).not.toHaveBeenCalled();
  });

  it('writes nothing and sends no event', async () => {
    const h = start();
    const m = meeting(h);
    h.events.length = 0;
    await callAsync(h, 'display.open', { meetingId: m.id });
    expect(h.events).toEqual([]);
  });
});
