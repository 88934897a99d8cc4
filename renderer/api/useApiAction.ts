import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/methods';
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

/** runAction with the state a form needs: busy flag and per-field messages. */
export function useApiAction(fields?: FieldSpec): ApiAction {
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;

  const run = useCallback(
    async <M extends MethodName>(
      method: M,
      input: MethodInput<M>,
      success?: ActionOptions<M>['success'],
      errorContext?: ErrorContext,
    ) => {
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
