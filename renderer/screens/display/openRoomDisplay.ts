import { runAction } from '../../api/runAction';
import { notifyNotice } from '../../errors/notify';
import { i18n } from '../../i18n/setup';

/** The browser build's display window: one, reused, whatever meeting it shows. */
export const DISPLAY_WINDOW_NAME = 'diemcau-display';

/** The display's route, as the browser build opens it (the desktop app builds its own URL). */
export const displayRoute = (meetingId: string) => `#/display/${encodeURIComponent(meetingId)}`;

/**
 * Opens the room display of a meeting: what the speakers' tab calls from its button. The core
 * is asked first (`display.open`), so both builds keep one contract, as contributions do
 * (`speeches.openAttachment`): the desktop app opens its own window on the second screen and
 * answers true; the browser build answers false, and the page opens the display route in a
 * named window, which the browser reuses when it is already open. Called from a click: the call
 * takes milliseconds, well within the seconds a browser still counts the click as the reason for
 * the new window. Errors are shown as every action's are (runAction); resolves to whether a
 * display is showing.
 */
export async function openRoomDisplay(meetingId: string): Promise<boolean> {
  const answer = await runAction('display.open', { meetingId });
  if (!answer) return false;
  if (answer.opened) return true;
  const win = window.open(displayRoute(meetingId), DISPLAY_WINDOW_NAME);
  if (!win) {
    notifyNotice(i18n.t('display.blocked'));
    return false;
  }
  win.focus();
  return true;
}
