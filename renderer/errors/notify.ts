import { notifications } from '@mantine/notifications';
import type { FieldIssue } from '../../shared/api/errors';
import { i18n } from '../i18n/setup';
import type { ErrorContext } from './translateError';
import { errorText, issueText } from './translateError';

// During check-in the operator confirms one person after another; a stack of stale
// confirmations would only hide the latest one, so a new success replaces the previous.
let lastSuccessId: string | null = null;

export function notifySuccess(message: string): void {
  if (lastSuccessId !== null) notifications.hide(lastSuccessId);
  lastSuccessId = notifications.show({ color: 'green', message, autoClose: 2500 });
}

/** The translated error, plus any field problems the form could not show beside a field. */
export function notifyError(
  err: unknown,
  unplacedIssues: readonly FieldIssue[] = [],
  context: ErrorContext = {},
): void {
  const details = [...new Set(unplacedIssues.map((i) => issueText(i.message)))];
  // An error must be seen now, not after confirmations still waiting for a free slot.
  notifications.cleanQueue();
  notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    message: [errorText(err, context), ...details].join(' '),
    autoClose: 8000,
  });
}

/** Something the operator asked for was not done on purpose, and why (not a failure). */
export function notifyNotice(message: string): void {
  notifications.show({ color: 'orange', message, autoClose: 5000 });
}
