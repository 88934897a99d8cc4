import type { KeyLike } from '../../keyboard/keys';
import { withoutModifiers } from '../../keyboard/keys';
/**
 * The meeting screen's own keys, active on every tab of it, even while typing in a field.
 *
 * Function keys, because nothing else here wants them: Chromium and Electron leave F2, F8 and
 * F9 alone (F1 help, F3 find, F5 reload, F6 address bar, F7 caret browsing, F10 menu, F11 full
 * screen, F12 developer tools are taken), and Vietnamese input methods (Unikey, EVKey) neither
 * use nor rewrite them, so they work the same with Telex or VNI switched on, in a text field
 * or not. Laptops that hide function keys behind Fn get Ctrl+Alt+N for a note as well: N is read
 * by its position (`code`), since with an input method on `key` may say "Process".
 *
 * Letters alone would be typed into the note; Ctrl+letter is taken by the browser or the
 * editor (Ctrl+N new window, Ctrl+B bold); Ctrl+Shift is Unikey's default switch key.
 */
export type MeetingKeyAction = 'newNote' | 'openIncident' | 'closeIncident';

/** What the hint on screen shows for each action. */
export const MEETING_KEYS: Record<MeetingKeyAction, string> = {
  newNote: 'F2',
  openIncident: 'F8',
  closeIncident: 'F9',
};

const bare = (e: KeyLike) => withoutModifiers(e) && !e.shiftKey;

export function meetingKeyAction(e: KeyLike): MeetingKeyAction | null {
  // A held key repeats: one press, one note, one incident.
  if (e.isComposing || e.repeat) return null;
  if (bare(e)) {
    if (e.key === 'F2') return 'newNote';
    if (e.key === 'F8') return 'openIncident';
    if (e.key === 'F9') return 'closeIncident';
    return null;
  }
  if (e.ctrlKey && e.altKey && !e.metaKey && !e.shiftKey && e.code === 'KeyN') return 'newNote';
  return null;
}
