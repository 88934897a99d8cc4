import type { NotificationData } from '@mantine/notifications';
import { notifications, notificationsStore } from '@mantine/notifications';
import type { FieldIssue } from '../../shared/api/errors';
import { i18n } from '../i18n/setup';
import type { ShownToast, ToastEvent, ToastKind } from './notificationPolicy';
import { toastsToHide } from './notificationPolicy';
import type { ErrorContext } from './translateError';
import { errorText, issueText } from './translateError';

// The toasts on screen (or waiting for a slot), so notificationPolicy can say which to take
// away. A toast leaves this list when it closes, whether by its timer, the operator or us.
let shown: ShownToast[] = [];
let counter = 0;

function apply(event: ToastEvent): void {
  // Emptying the queue drops toasts without closing them: forget those first.
  const { notifications: onScreen, queue } = notificationsStore.getState();
  const live = new Set([...onScreen, ...queue].map((n) => n.id));
  shown = shown.filter((toast) => live.has(toast.id));
  for (const id of toastsToHide(shown, event)) notifications.hide(id);
}

function show(kind: ToastKind, topic: string | null, data: NotificationData): void {
  const id = `toast-${kind}-${++counter}`;
  shown.push({ id, kind, topic });
  notifications.show({
    ...data,
    id,
    'data-toast': kind,
    onClose: () => {
      shown = shown.filter((toast) => toast.id !== id);
    },
  });
}

/**
 * Confirms an action. It replaces the previous confirmation and, when `topic` names the action
 * (runAction passes the method), that action's earlier error: it is fixed now.
 */
export function notifySuccess(message: string, topic: string | null = null): void {
  apply({ kind: 'success', topic, announced: true });
  show('success', topic, { color: 'green', message, autoClose: 2500 });
}

/** The action named by `topic` succeeded without a confirmation: its earlier error goes. */
export function settleAction(topic: string): void {
  apply({ kind: 'success', topic, announced: false });
}

/**
 * The translated error, plus any field problems the form could not show beside a field. With a
 * `topic` it replaces that action's earlier error and goes when the action later succeeds.
 */
export function notifyError(
  err: unknown,
  unplacedIssues: readonly FieldIssue[] = [],
  context: ErrorContext = {},
  topic: string | null = null,
): void {
  const details = [...new Set(unplacedIssues.map((i) => issueText(i.message)))];
  apply({ kind: 'error', topic });
  // An error must be seen now, not after confirmations still waiting for a free slot.
  notifications.cleanQueue();
  show('error', topic, {
    color: 'red',
    title: i18n.t('errors.title'),
    message: [errorText(err, context), ...details].join(' '),
    autoClose: 8000,
  });
}

/** Something the operator asked for was not done on purpose, and why (not a failure). */
export function notifyNotice(message: string): void {
  show('notice', null, { color: 'orange', message, autoClose: 5000 });
}

/** The operator left the screen: its errors and notices are about something no longer shown. */
export function dismissScreenNotices(): void {
  apply({ kind: 'screenChanged' });
}
