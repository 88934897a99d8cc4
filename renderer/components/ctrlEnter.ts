import type { KeyboardEvent } from 'react';

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>;

/** Ctrl+Enter (⌘+Enter on a Mac): "save" in a box where Enter alone starts a new line. */
export function isCtrlEnter(event: KeyPress): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/**
 * For a multi-line box (a reason, a note) inside a form: Ctrl+Enter submits the form, as Enter
 * does in its one-line fields, so the operator need not reach for the mouse or Tab to "Lưu".
 */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (!isCtrlEnter(event)) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
