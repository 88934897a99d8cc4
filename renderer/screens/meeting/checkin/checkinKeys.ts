import type { AttendanceStatus } from '../../../../shared/api/schemas';

/**
 * One key per status, for the highlighted person when the list has the focus.
 *
 * Letters from the Vietnamese labels, one each, none a vowel: C Có mặt, M đến Muộn, L vắng có
 * Lý do, V Vắng không lý do, T dự Thay, S về Sớm. No vowels because Vietnamese input methods
 * (Telex) turn a vowel followed by s/f/r/x/j into a toned vowel; with no vowel among them, these
 * keys pressed one after another are never rewritten. The same keys in the English interface:
 * the keys are learnt by the hands, a bilingual team shares one machine, and the legend on
 * screen says what each does in the language shown.
 *
 * Resetting to "not checked in" has no key: it is an action (the row's menu), not a status to
 * record in the room, and a stray key must never undo a check-in.
 */
export const STATUS_KEYS = [
  { key: 'c', status: 'present' },
  { key: 'm', status: 'late' },
  { key: 'l', status: 'absent_excused' },
  { key: 'v', status: 'absent' },
  { key: 't', status: 'substituted' },
  { key: 's', status: 'left_early' },
] as const satisfies readonly { key: string; status: Exclude<AttendanceStatus, 'pending'> }[];

export type RecordableStatus = (typeof STATUS_KEYS)[number]['status'];

/** The shortcut shown for a status ("C"), or null for "not checked in". */
export function keyOfStatus(status: AttendanceStatus): string | null {
  return STATUS_KEYS.find((k) => k.status === status)?.key.toUpperCase() ?? null;
}

/** The part of a KeyboardEvent these rules read (plain objects in tests). */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
}

export type KeyAction =
  | { kind: 'move'; delta: number }
  | { kind: 'edge'; to: 'first' | 'last' }
  | { kind: 'status'; status: RecordableStatus }
  | { kind: 'enter' }
  | { kind: 'menu' }
  /** Back to the search box (the list has the focus). */
  | { kind: 'search' }
  /** Into the list (the search box has the focus). */
  | { kind: 'list' }
  /** Empty the search box (the box has the focus). */
  | { kind: 'clear' };

/** Rows moved by Page Up / Page Down: about a screenful of compact rows. */
export const PAGE_ROWS = 10;

const plain = (e: KeyLike) => !e.ctrlKey && !e.altKey && !e.metaKey;

function moveOf(e: KeyLike): KeyAction | null {
  switch (e.key) {
    case 'ArrowDown':
      return { kind: 'move', delta: 1 };
    case 'ArrowUp':
      return { kind: 'move', delta: -1 };
    case 'PageDown':
      return { kind: 'move', delta: PAGE_ROWS };
    case 'PageUp':
      return { kind: 'move', delta: -PAGE_ROWS };
    default:
      return null;
  }
}

/**
 * The letter pressed, by its label (what the operator sees on the key); by its position when an
 * input method reports no letter ("Process"), so the keys still work with Unikey switched on.
 */
function letterOf(e: KeyLike): string | null {
  if (/^[a-z]$/i.test(e.key)) return e.key.toLowerCase();
  const m = /^Key([A-Z])$/.exec(e.code ?? '');
  return m && e.key === 'Process' ? m[1]!.toLowerCase() : null;
}

/**
 * Keys in the search box. Letters are the name being typed, so only the arrows, Enter, Escape
 * and Tab act; Home/End stay with the caret. Tab goes straight to the list, where the status
 * keys work, past the buttons beside the box (Shift+Tab still reaches them).
 */
export function searchKeyAction(e: KeyLike): KeyAction | null {
  if (e.isComposing || !plain(e) || e.shiftKey) return null;
  if (e.key === 'Enter') return { kind: 'enter' };
  if (e.key === 'Tab') return { kind: 'list' };
  if (e.key === 'Escape') return { kind: 'clear' };
  return moveOf(e);
}

/** Keys in the list, where nothing is typed: every status is one key. */
export function listKeyAction(e: KeyLike): KeyAction | null {
  if (e.isComposing) return null;
  // The context-menu key and Shift+F10 open the highlighted row's menu, as anywhere else.
  if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey && plain(e))) {
    return { kind: 'menu' };
  }
  if (!plain(e)) return null;
  if (e.key === 'Home') return { kind: 'edge', to: 'first' };
  if (e.key === 'End') return { kind: 'edge', to: 'last' };
  if (e.key === 'Enter') return { kind: 'enter' };
  if (e.key === 'Escape' || e.key === '/') return { kind: 'search' };
  const move = moveOf(e);
  if (move) return move;
  const letter = letterOf(e);
  const entry = STATUS_KEYS.find((k) => k.key === letter);
  return entry ? { kind: 'status', status: entry.status } : null;
}
