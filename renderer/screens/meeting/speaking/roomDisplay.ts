/**
 * Opens the room display (who speaks, their timer) for the meeting, for the screen the room
 * sees. In the browser build it is a window of its own, named so that a second click brings
 * back the same one instead of opening another. The desktop shell opens no window a page asks
 * for (docs/security.md), so there a core-side method will take this function's place; this is
 * the one spot to change.
 */
export function openRoomDisplay(meetingId: string): void {
  window.open(`#/display/${meetingId}`, 'diemcau-display');
}
