import { describe, expect, it } from 'vitest';
import type { KeyPress } from './pickerKeys';
import { commandForKey } from './pickerKeys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it('moves the active row with the arrows, Home/End and the page keys, within the list', () => {
    expect(commandForKey(press('ArrowDown'), -1, 10, 5)).toEqual({ kind: 'move', index: 0 });
    expect(commandForKey(press('ArrowDown'), 3, 10, 5)).toEqual({ kind: 'move', index: 4 });
    expect(commandForKey(press('ArrowDown'), 9, 10, 5)).toEqual({ kind: 'move', index: 9 });
    expect(commandForKey(press('ArrowUp'), 0, 10, 5)).toEqual({ kind: 'move', index: 0 });
    expect(commandForKey(press('End'), 2, 10, 5)).toEqual({ kind: 'move', index: 9 });
    expect(commandForKey(press('Home'), 7, 10, 5)).toEqual({ kind: 'move', index: 0 });
    expect(commandForKey(press('PageDown'), 2, 10, 5)).toEqual({ kind: 'move', index: 6 });
    expect(commandForKey(press('PageUp'), 2, 10, 5)).toEqual({ kind: 'move', index: 0 });
  });

  it('extends the range instead of moving when Shift is held', () => {
    const shift = { shiftKey: true };
    expect(commandForKey(press('ArrowDown', shift), 3, 10, 5)).toEqual({
      kind: 'extend',
      index: 4,
    });
    expect(commandForKey(press('ArrowUp', shift), 3, 10, 5)).toEqual({ kind: 'extend', index: 2 });
    expect(commandForKey(press('End', shift), 3, 10, 5)).toEqual({ kind: 'extend', index: 9 });
    expect(commandForKey(press(' ', shift), 3, 10, 5)).toEqual({ kind: 'extend', index: 3 });
  });

  it('toggles the active row with Space, and selects every match with Ctrl+A', () => {
    expect(commandForKey(press(' '), 4, 10, 5)).toEqual({ kind: 'toggle', index: 4 });
    expect(commandForKey(press(' '), -1, 10, 5)).toEqual({ kind: 'toggle', index: 0 });
    expect(commandForKey(press('a', { ctrlKey: true }), 4, 10, 5)).toEqual({ kind: 'selectAll' });
    expect(commandForKey(press('a'), 4, 10, 5)).toBeNull();
  });

  it('does nothing in an empty list, and leaves other keys alone', () => {
    expect(commandForKey(press('ArrowDown'), -1, 0, 5)).toBeNull();
    expect(commandForKey(press('Enter'), 2, 10, 5)).toBeNull();
    expect(commandForKey(press('Tab'), 2, 10, 5)).toBeNull();
  });
});
