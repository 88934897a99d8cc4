/**
 * What the app's key rules read of a keyboard event, shared by the lists that take single keys
 * (check-in, the speakers' queue). Pure, so the rules are tested with plain objects.
 */

/** The part of a KeyboardEvent these rules read (plain objects in tests). */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
  repeat?: boolean;
}

/** No Ctrl, Alt or Meta held (Shift is the caller's to judge). */
export const withoutModifiers = (e: KeyLike) => !e.ctrlKey && !e.altKey && !e.metaKey;

/**
 * The letter pressed, by its label (what the operator sees on the key); by its position when an
 * input method reports no letter ("Process"), so the keys still work with Unikey switched on.
 */
export function letterOf(e: KeyLike): string | null {
  if (/^[a-z]$/i.test(e.key)) return e.key.toLowerCase();
  const m = /^Key([A-Z])$/.exec(e.code ?? '');
  return m && e.key === 'Process' ? m[1]!.toLowerCase() : null;
}
