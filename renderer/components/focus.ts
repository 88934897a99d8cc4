import type { RefObject } from 'react';
import { useEffect } from 'react';

/**
 * The focus has nowhere meaningful to be: it fell to <body> because what held it went away or
 * was disabled (a button while its action runs), or it sits in the navigation, which folds away
 * on a small screen.
 */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return (
    active === null ||
    active === document.body ||
    !active.isConnected ||
    active.closest('nav') !== null
  );
}

/**
 * Puts the focus on `target` (a screen's heading, a step's first line) when it appears and the
 * focus is lost: after a meeting opened from the list, a form saved, a file read. A screen that
 * focuses a field of its own (a search box) keeps it: this runs before the screen's own effects
 * and never takes the focus from anywhere meaningful. With `key`, again each time it changes
 * (the tab of a screen that stays).
 */
export function useFocusOnArrival(target: RefObject<HTMLElement | null>, key?: string): void {
  useEffect(() => {
    if (focusIsLost()) target.current?.focus({ preventScroll: true });
  }, [target, key]);
}

/** Focuses the first field marked invalid inside `scope`; false when there is none. */
export function focusFirstInvalid(scope: ParentNode | null | undefined): boolean {
  const field = scope?.querySelector<HTMLElement>('[aria-invalid="true"]');
  field?.focus();
  return field !== null && field !== undefined;
}
