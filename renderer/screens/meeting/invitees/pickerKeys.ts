/**
 * What a key does in the picker's list (a listbox that keeps focus and points at its active row,
 * so the rows can be virtualized). Pure, so the keyboard rules are tested without a screen.
 * Space toggles the active row; Shift+Space, Shift+arrows, Shift+Home/End and Shift+Page keys
 * extend the range from the anchor to the row they reach; Ctrl+A selects every match.
 */
export type ListCommand =
  | { kind: 'move'; index: number }
  | { kind: 'extend'; index: number }
  | { kind: 'toggle'; index: number }
  | { kind: 'selectAll' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** `active` is -1 before any row was reached; `pageRows` is how many rows the list shows. */
export function commandForKey(
  press: KeyPress,
  active: number,
  count: number,
  pageRows: number,
): ListCommand | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(Math.max(i, 0), last);
  const go = (index: number): ListCommand => ({
    kind: press.shiftKey ? 'extend' : 'move',
    index: clamp(index),
  });
  const page = Math.max(1, pageRows - 1);
  switch (press.key) {
    case 'ArrowDown':
      return go(active < 0 ? 0 : active + 1);
    case 'ArrowUp':
      return go(active < 0 ? 0 : active - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(last);
    case 'PageDown':
      return go(active + page);
    case 'PageUp':
      return go(active - page);
    case ' ':
      return { kind: press.shiftKey ? 'extend' : 'toggle', index: clamp(active) };
    case 'a':
    case 'A':
      return press.ctrlKey || press.metaKey ? { kind: 'selectAll' } : null;
    default:
      return null;
  }
}
