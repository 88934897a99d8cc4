/**
 * The speakers' tab by keyboard.
 *
 * Panel keys work anywhere on the tab, even while a field has the caret: they hold Alt, so
 * they never type a letter, and they go by the key's position (`code`), so a Vietnamese input
 * method (Unikey, Telex) or a Mac's Option characters cannot change them. They are the four
 * things done while someone speaks: next speaker, pause or resume, end, and add a request.
 * None is a browser shortcut (Alt+D, Alt+E and Alt+F are, in some browsers).
 *
 * Row keys act on the waiting speech that has the focus, where nothing is typed: one consonant
 * each (a vowel followed by s/f/r/x/j is what Telex rewrites), Alt+↑/↓ to move it, ↑/↓ to go
 * from one to the next, Enter or Shift+F10 for every other action in its menu. Space picks the
 * speech up for @dnd-kit's keyboard drag, which then moves it with the arrows.
 */

import type { KeyLike } from '../../../keyboard/keys';
import { letterOf, withoutModifiers } from '../../../keyboard/keys';

export type PanelAction = 'startNext' | 'pauseResume' | 'end' | 'add';

export const PANEL_KEYS = [
  { code: 'KeyN', label: 'Alt+N', action: 'startNext' },
  { code: 'KeyP', label: 'Alt+P', action: 'pauseResume' },
  { code: 'KeyK', label: 'Alt+K', action: 'end' },
  { code: 'KeyT', label: 'Alt+T', action: 'add' },
] as const satisfies readonly { code: string; label: string; action: PanelAction }[];

export function panelKeyLabel(action: PanelAction): string {
  return PANEL_KEYS.find((k) => k.action === action)!.label;
}

export function panelKeyAction(e: KeyLike): PanelAction | null {
  if (e.isComposing || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  return PANEL_KEYS.find((k) => k.code === e.code)?.action ?? null;
}

export type RowAction = 'start' | 'next' | 'send' | 'call' | 'edit' | 'remove';

export const ROW_KEYS = [
  { letter: 'b', label: 'B', action: 'start' },
  { letter: 'l', label: 'L', action: 'next' },
  { letter: 'g', label: 'G', action: 'send' },
  { letter: 'm', label: 'M', action: 'call' },
  { letter: 's', label: 'S', action: 'edit' },
] as const satisfies readonly { letter: string; label: string; action: RowAction }[];

/** The key shown beside a row action in its menu and the legend ("B", "Delete"). */
export function rowKeyLabel(action: RowAction): string {
  if (action === 'remove') return 'Delete';
  return ROW_KEYS.find((k) => k.action === action)!.label;
}

export type RowKey =
  | { kind: 'action'; action: RowAction }
  | { kind: 'move'; step: -1 | 1 }
  | { kind: 'focus'; to: 'previous' | 'next' | 'first' | 'last' }
  | { kind: 'menu' };

const plain = withoutModifiers;

export function rowKeyAction(e: KeyLike): RowKey | null {
  if (e.isComposing) return null;
  if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey && plain(e))) {
    return { kind: 'menu' };
  }
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
    if (e.key === 'ArrowUp') return { kind: 'move', step: -1 };
    if (e.key === 'ArrowDown') return { kind: 'move', step: 1 };
    return null;
  }
  if (!plain(e) || e.shiftKey) return null;
  switch (e.key) {
    case 'ArrowUp':
      return { kind: 'focus', to: 'previous' };
    case 'ArrowDown':
      return { kind: 'focus', to: 'next' };
    case 'Home':
      return { kind: 'focus', to: 'first' };
    case 'End':
      return { kind: 'focus', to: 'last' };
    case 'Enter':
      return { kind: 'menu' };
    case 'Delete':
      return { kind: 'action', action: 'remove' };
  }
  const letter = letterOf(e);
  const entry = ROW_KEYS.find((k) => k.letter === letter);
  return entry ? { kind: 'action', action: entry.action } : null;
}
