import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../shared/text/fold';
import vi from '../../../i18n/vi.json';
import {
  PANEL_KEYS,
  ROW_KEYS,
  panelKeyAction,
  panelKeyLabel,
  rowKeyAction,
  rowKeyLabel,
} from './speakingKeys';

describe('panel keys', () => {
  it('hold Alt and go by the key’s position, whatever the layout or input method types', () => {
    expect(panelKeyAction({ key: 'n', code: 'KeyN', altKey: true })).toBe('startNext');
    // Option+N on a Mac types "˜"; Unikey may report anything: the position decides.
    expect(panelKeyAction({ key: '˜', code: 'KeyN', altKey: true })).toBe('startNext');
    expect(panelKeyAction({ key: 'p', code: 'KeyP', altKey: true })).toBe('pauseResume');
    expect(panelKeyAction({ key: 'k', code: 'KeyK', altKey: true })).toBe('end');
    expect(panelKeyAction({ key: 't', code: 'KeyT', altKey: true })).toBe('add');
  });

  it('need Alt alone, and nothing while a word is being composed', () => {
    expect(panelKeyAction({ key: 'n', code: 'KeyN' })).toBeNull();
    expect(panelKeyAction({ key: 'n', code: 'KeyN', altKey: true, ctrlKey: true })).toBeNull();
    expect(panelKeyAction({ key: 'n', code: 'KeyN', altKey: true, shiftKey: true })).toBeNull();
    expect(panelKeyAction({ key: 'n', code: 'KeyN', altKey: true, isComposing: true })).toBeNull();
    expect(panelKeyAction({ key: 'x', code: 'KeyX', altKey: true })).toBeNull();
  });

  it('are not the browser’s own Alt shortcuts', () => {
    for (const { code } of PANEL_KEYS) expect(['KeyD', 'KeyE', 'KeyF']).not.toContain(code);
    expect(panelKeyLabel('startNext')).toBe('Alt+N');
  });
});

describe('row keys', () => {
  it('are distinct consonants, so Telex never rewrites two in a row', () => {
    const letters = ROW_KEYS.map((k) => k.letter);
    expect(new Set(letters).size).toBe(letters.length);
    for (const letter of letters) expect('aeiouy').not.toContain(letter);
  });

  it('are a letter of their Vietnamese action, so the menu reads as a mnemonic', () => {
    for (const { letter, action } of ROW_KEYS) {
      const words = foldText(vi.speaking.actions[action]).split(' ');
      expect(words.some((w) => w.startsWith(letter))).toBe(true);
    }
  });

  it('map a letter, by its label or by position under an input method, to its action', () => {
    expect(rowKeyAction({ key: 'b' })).toEqual({ kind: 'action', action: 'start' });
    expect(rowKeyAction({ key: 'G' })).toEqual({ kind: 'action', action: 'send' });
    expect(rowKeyAction({ key: 'Process', code: 'KeyM' })).toEqual({
      kind: 'action',
      action: 'call',
    });
    expect(rowKeyAction({ key: 'Delete' })).toEqual({ kind: 'action', action: 'remove' });
    expect(rowKeyLabel('remove')).toBe('Delete');
    expect(rowKeyLabel('edit')).toBe('S');
  });

  it('move the row with Alt+↑/↓ and the focus with ↑/↓, Home and End', () => {
    expect(rowKeyAction({ key: 'ArrowUp', altKey: true })).toEqual({ kind: 'move', step: -1 });
    expect(rowKeyAction({ key: 'ArrowDown', altKey: true })).toEqual({ kind: 'move', step: 1 });
    expect(rowKeyAction({ key: 'ArrowUp' })).toEqual({ kind: 'focus', to: 'previous' });
    expect(rowKeyAction({ key: 'ArrowDown' })).toEqual({ kind: 'focus', to: 'next' });
    expect(rowKeyAction({ key: 'Home' })).toEqual({ kind: 'focus', to: 'first' });
    expect(rowKeyAction({ key: 'End' })).toEqual({ kind: 'focus', to: 'last' });
  });

  it('open the menu with Enter, Shift+F10 or the menu key', () => {
    expect(rowKeyAction({ key: 'Enter' })).toEqual({ kind: 'menu' });
    expect(rowKeyAction({ key: 'F10', shiftKey: true })).toEqual({ kind: 'menu' });
    expect(rowKeyAction({ key: 'ContextMenu' })).toEqual({ kind: 'menu' });
  });

  it('leave every other combination to the browser', () => {
    expect(rowKeyAction({ key: 'b', ctrlKey: true })).toBeNull();
    expect(rowKeyAction({ key: 'b', shiftKey: true })).toBeNull();
    expect(rowKeyAction({ key: 'ArrowUp', altKey: true, shiftKey: true })).toBeNull();
    expect(rowKeyAction({ key: 'b', isComposing: true })).toBeNull();
    expect(rowKeyAction({ key: 'x' })).toBeNull();
    expect(rowKeyAction({ key: 'F10' })).toBeNull();
  });
});
