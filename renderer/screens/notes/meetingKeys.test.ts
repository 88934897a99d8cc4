import { describe, expect, it } from 'vitest';
import { meetingKeyAction } from './meetingKeys';

describe('meeting keys', () => {
  it('maps the function keys to a note and to opening and closing an incident', () => {
    expect(meetingKeyAction({ key: 'F2' })).toBe('newNote');
    expect(meetingKeyAction({ key: 'F8' })).toBe('openIncident');
    expect(meetingKeyAction({ key: 'F9' })).toBe('closeIncident');
  });

  it('reads Ctrl+Alt+N by position, so an input method reporting "Process" still opens a note', () => {
    expect(meetingKeyAction({ key: 'n', code: 'KeyN', ctrlKey: true, altKey: true })).toBe(
      'newNote',
    );
    expect(meetingKeyAction({ key: 'Process', code: 'KeyN', ctrlKey: true, altKey: true })).toBe(
      'newNote',
    );
  });

  it('leaves typing, browser keys and modified function keys alone', () => {
    for (const e of [
      { key: 'n', code: 'KeyN' },
      { key: 'N', code: 'KeyN', ctrlKey: true },
      { key: 'N', code: 'KeyN', ctrlKey: true, shiftKey: true },
      { key: 'F5' },
      { key: 'F4', altKey: true },
      { key: 'F8', shiftKey: true },
      { key: 'F2', ctrlKey: true },
    ]) {
      expect(meetingKeyAction(e)).toBeNull();
    }
  });

  it('ignores a key held down and keys pressed during a composition', () => {
    expect(meetingKeyAction({ key: 'F8', repeat: true })).toBeNull();
    expect(meetingKeyAction({ key: 'F2', isComposing: true })).toBeNull();
  });
});
