import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/methods';
import type { FieldErrors, FieldSpec } from '../errors/fieldErrors';
import { issuesOf, splitIssues } from '../errors/fieldErrors';
import { notifyError, notifySuccess, settleAction } from '../errors/notify';
import type { ErrorContext } from '../errors/translateError';
import { issueText } from '../errors/translateError';
import { api } from './bridge';

export interface ActionOptions<M extends MethodName> {
  /** Success notification; omitted means the result speaks for itself. */
  success?: string | ((output: MethodOutput<M>) => string);
  /** When the call belongs to a form: which issues it shows beside its fields. */
  fields?: FieldSpec;
  /** Receives the field messages (empty on success) so the form can show them. */
  onFieldErrors?: (errors: FieldErrors) => void;
  /** Names the screen can put into the error sentence. */
  errorContext?: ErrorContext;
  /**
   * What the notifications are about; the method name unless given. A later success with the
   * same topic takes this call's error away, a later failure replaces it. Give a narrower one
   * (e.g. per person) when a failure must stay while the same call succeeds for others.
   */
  topic?: string;
}

/**
 * Runs a changing call the way every screen wants it: success and failure notifications in the
 * operator's language, field issues routed to the form, and an error that goes once the same
 * action succeeds (errors/notificationPolicy.ts). Resolves to undefined on failure, so callers
 * need no try/catch of their own.
 */
export async function runAction<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: ActionOptions<M> = {},
): Promise<MethodOutput<M> | undefined> {
  const topic = options.topic ?? method;
  try {
    const output = await api.invoke(method, input);
    options.onFieldErrors?.({});
    const { success } = options;
    if (success !== undefined) {
      notifySuccess(typeof success === 'function' ? success(output) : success, topic);
    } else {
      settleAction(topic);
    }
    return output;
  } catch (err) {
    const { fields, rest } = splitIssues(issuesOf(err), options.fields, issueText);
    options.onFieldErrors?.(fields);
    notifyError(err, rest, options.errorContext, topic);
    return undefined;
  }
}
