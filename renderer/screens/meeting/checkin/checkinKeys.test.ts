import { describe, expect, it } from 'vitest';
import { ATTENDANCE_STATUSES } from '../../../../shared/api/schemas';
import { foldText } from '../../../../shared/text/fold';
import vi from '../../../i18n/vi.json';
import { PAGE_ROWS, STATUS_KEYS, keyOfStatus, listKeyAction, searchKeyAction } from './checkinKeys';

describe('status keys', () => {
  it('give every status but "not checked in" its own letter', () => {
    const keyed = STATUS_KEYS.map((k) => k.status);
    expect(new Set(keyed).size).toBe(keyed.length);
    expect([...keyed].sort()).toEqual(ATTENDANCE_STATUSES.filter((s) => s !== 'pending').sort());
    const letters = STATUS_KEYS.map((k) => k.key);
    expect(new Set(letters).size).toBe(letters.length);
    expect(keyOfStatus('pending')).toBeNull();
    expect(keyOfStatus('late')).toBe('M');
  });

  it('are letters of their Vietnamese label, so the legend reads as a mnemonic', () => {
    for (const { key, status } of STATUS_KEYS) {
      const words = foldText(vi.attendanceStatus[status]).split(' ');
      expect(words.some((w) => w.startsWith(key))).toBe(true);
    }
  });

  it('contain no vowel, so Telex input never rewrites two of them pressed in a row', () => {
    for (const { key } of STATUS_KEYS) expect('aeiouy').not.toContain(key);
  });
});

describe('keys in the list', () => {
  it('map each status letter, in either case, to its status', () => {
    expect(listKeyAction({ key: 'c' })).toEqual({ kind: 'status', status: 'present' });
    expect(listKeyAction({ key: 'M', shiftKey: true })).toEqual({ kind: 'status', status: 'late' });
    expect(listKeyAction({ key: 'l' })).toEqual({ kind: 'status', status: 'absent_excused' });
    expect(listKeyAction({ key: 'v' })).toEqual({ kind: 'status', status: 'absent' });
    expect(listKeyAction({ key: 't' })).toEqual({ kind: 'status', status: 'substituted' });
    expect(listKeyAction({ key: 's' })).toEqual({ kind: 'status', status: 'left_early' });
  });

  it('read the key by position when an input method reports none', () => {
    expect(listKeyAction({ key: 'Process', code: 'KeyM' })).toEqual({
      kind: 'status',
      status: 'late',
    });
    expect(listKeyAction({ key: 'c', isComposing: true })).toBeNull();
  });

  it('leave browser and system shortcuts alone (Ctrl+C copies, it does not mark)', () => {
    expect(listKeyAction({ key: 'c', ctrlKey: true })).toBeNull();
    expect(listKeyAction({ key: 'v', metaKey: true })).toBeNull();
    expect(listKeyAction({ key: 's', altKey: true })).toBeNull();
    expect(listKeyAction({ key: 'x' })).toBeNull();
    expect(listKeyAction({ key: 'Tab' })).toBeNull();
  });

  it('move, mark present, open the menu and go back to the search box', () => {
    expect(listKeyAction({ key: 'ArrowDown' })).toEqual({ kind: 'move', delta: 1 });
    expect(listKeyAction({ key: 'ArrowUp' })).toEqual({ kind: 'move', delta: -1 });
    expect(listKeyAction({ key: 'PageDown' })).toEqual({ kind: 'move', delta: PAGE_ROWS });
    expect(listKeyAction({ key: 'Home' })).toEqual({ kind: 'edge', to: 'first' });
    expect(listKeyAction({ key: 'End' })).toEqual({ kind: 'edge', to: 'last' });
    expect(listKeyAction({ key: 'Enter' })).toEqual({ kind: 'enter' });
    expect(listKeyAction({ key: 'ContextMenu' })).toEqual({ kind: 'menu' });
    expect(listKeyAction({ key: 'F10', shiftKey: true })).toEqual({ kind: 'menu' });
    expect(listKeyAction({ key: 'F10' })).toBeNull();
    expect(listKeyAction({ key: 'Escape' })).toEqual({ kind: 'search' });
    expect(listKeyAction({ key: '/' })).toEqual({ kind: 'search' });
  });
});

describe('keys in the search box', () => {
  it('leave every letter to the name being typed', () => {
    for (const { key } of STATUS_KEYS) expect(searchKeyAction({ key })).toBeNull();
    expect(searchKeyAction({ key: 'Home' })).toBeNull();
    expect(searchKeyAction({ key: ' ' })).toBeNull();
  });

  it('go to the list with Tab (not to the buttons beside the box), back with Shift+Tab', () => {
    expect(searchKeyAction({ key: 'Tab' })).toEqual({ kind: 'list' });
    expect(searchKeyAction({ key: 'Tab', shiftKey: true })).toBeNull();
  });

  it('move the highlight, mark with Enter, clear with Escape', () => {
    expect(searchKeyAction({ key: 'ArrowDown' })).toEqual({ kind: 'move', delta: 1 });
    expect(searchKeyAction({ key: 'PageUp' })).toEqual({ kind: 'move', delta: -PAGE_ROWS });
    expect(searchKeyAction({ key: 'Enter' })).toEqual({ kind: 'enter' });
    expect(searchKeyAction({ key: 'Escape' })).toEqual({ kind: 'clear' });
  });

  it('leave Enter alone while an input method is composing, and with modifiers', () => {
    expect(searchKeyAction({ key: 'Enter', isComposing: true })).toBeNull();
    expect(searchKeyAction({ key: 'Enter', ctrlKey: true })).toBeNull();
    expect(searchKeyAction({ key: 'ArrowDown', shiftKey: true })).toBeNull();
  });
});
