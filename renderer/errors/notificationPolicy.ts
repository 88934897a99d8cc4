/**
 * When a notification stops being true. An operator read a red toast that stayed after the
 * mistake was fixed, and followed them to the next screen, as if the new screen had failed too.
 * The rules, kept pure so they are tested without Mantine:
 *
 * - an error belongs to the action that failed: the same action succeeding makes it untrue
 *   (the success confirmation takes its place), and the same action failing again replaces it;
 * - errors and notices belong to the screen they were raised on: leaving it takes them away;
 * - one confirmation at a time: a new success replaces the previous one (during check-in a
 *   stack of stale confirmations would hide the latest). A confirmation survives a screen
 *   change, because saving often opens the next screen ("saved" must still be read there).
 *
 * An action is named by a topic: the method name unless the caller narrows it. A toast without
 * a topic (a failed background load) goes only with the screen or its own timer.
 */

export type ToastKind = 'error' | 'success' | 'notice';

export interface ShownToast {
  id: string;
  kind: ToastKind;
  topic: string | null;
}

export type ToastEvent =
  /** A new error is about to be shown. */
  | { kind: 'error'; topic: string | null }
  /** An action succeeded; `announced` when a confirmation is about to be shown for it. */
  | { kind: 'success'; topic: string | null; announced: boolean }
  /** The operator moved to another screen. */
  | { kind: 'screenChanged' };

function sameTopic(toast: ShownToast, topic: string | null): boolean {
  return topic !== null && toast.topic === topic;
}

function outdatedBy(toast: ShownToast, event: ToastEvent): boolean {
  switch (event.kind) {
    case 'error':
      return toast.kind === 'error' && sameTopic(toast, event.topic);
    case 'success':
      return (
        (toast.kind === 'error' && sameTopic(toast, event.topic)) ||
        (toast.kind === 'success' && event.announced)
      );
    case 'screenChanged':
      return toast.kind !== 'success';
  }
}

/** The ids of the shown toasts that `event` makes untrue, to hide before anything new shows. */
export function toastsToHide(shown: readonly ShownToast[], event: ToastEvent): string[] {
  return shown.filter((toast) => outdatedBy(toast, event)).map((toast) => toast.id);
}
