import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/methods';
import { focusFirstInvalid, focusIsLost } from '../components/focus';
import type { FieldErrors, FieldSpec } from '../errors/fieldErrors';
import type { ErrorContext } from '../errors/translateError';
import type { ActionOptions } from './runAction';
import { runAction } from './runAction';

export interface ApiAction {
  run: <M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    success?: ActionOptions<M>['success'],
    errorContext?: ErrorContext,
  ) => Promise<MethodOutput<M> | undefined>;
  /** True while a call is in flight: forms disable their submit button meanwhile. */
  busy: boolean;
  /** Messages to show beside fields after the last failed call. */
  fieldErrors: FieldErrors;
  /** Forget one field's message once the operator edits it. */
  clearFieldError: (key: string) => void;
  resetFieldErrors: () => void;
}

/**
 * runAction with the state a form needs: busy flag and per-field messages, and where the focus
 * goes once the call is over. A submit button is disabled while its call runs, which drops the
 * focus to <body>; so after a refusal the focus goes to the first field that says what is wrong,
 * and after a success that leaves the form on screen, back to the control the operator used.
 * (A form that closes or leaves the screen hands the focus on itself: a dialog back to what
 * opened it, a new screen to its heading.)
 */
export function useApiAction(fields?: FieldSpec): ApiAction {
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  // The control that started the last call (the submit button, or a field Enter was pressed in).
  const origin = useRef<HTMLElement | null>(null);

  const run = useCallback(
    async <M extends MethodName>(
      method: M,
      input: MethodInput<M>,
      success?: ActionOptions<M>['success'],
      errorContext?: ErrorContext,
    ) => {
      origin.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setBusy(true);
      try {
        return await runAction(method, input, {
          ...(success !== undefined ? { success } : {}),
          ...(errorContext ? { errorContext } : {}),
          ...(fieldsRef.current ? { fields: fieldsRef.current } : {}),
          onFieldErrors: setFieldErrors,
        });
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  useEffect(() => {
    const from = origin.current;
    if (busy || !from) return;
    origin.current = null;
    if (!from.isConnected) return;
    const form = from.closest('form') ?? from.closest('[role="dialog"]');
    if (Object.keys(fieldErrors).length > 0 && focusFirstInvalid(form)) return;
    if (focusIsLost()) from.focus();
  }, [busy, fieldErrors]);

  const clearFieldError = useCallback((key: string) => {
    setFieldErrors((prev) => {
      if (!(key in prev)) return prev;
      const next = { ...prev };
      delete next[key];
      return next;
    });
  }, []);
  const resetFieldErrors = useCallback(() => setFieldErrors({}), []);

  return { run, busy, fieldErrors, clearFieldError, resetFieldErrors };
}
