import { api } from '../../api/bridge';

/** The browser build's display window: one, reused, whatever meeting it shows. */
export const DISPLAY_WINDOW_NAME = 'diemcau-display';

/**
 * Opens the room display for a meeting. The core is asked first (`display.open`), so both
 * transports keep one contract: the desktop app opens its own window on the second screen and
 * answers true; the browser build answers false, and the page opens the display route in a
 * named window, which the browser reuses if it is already open. Called from a click: the call
 * takes milliseconds, well within the time a browser still counts the click as the reason for
 * the new window.
 */
export async function openRoomDisplay(meetingId: string): Promise<void> {
  const { opened } = await api.invoke('display.open', { meetingId });
  if (opened) return;
  const win = window.open(`#/display/${encodeURIComponent(meetingId)}`, DISPLAY_WINDOW_NAME);
  win?.focus();
}
