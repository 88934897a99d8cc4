import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from '../../shared/api/errors';
import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/api/methods';
import { api } from './bridge';

/** Which pushed events make a query fetch again: always, or when the predicate says so. */
export type RefreshOn = {
  [E in EventName]?: true | ((payload: EventPayload<E>) => boolean);
};

export interface QueryState<T> {
  data: T | undefined;
  error: AppError | null;
  /** True while a request is in flight; `data` keeps the previous answer meanwhile. */
  loading: boolean;
  reload: () => void;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError('INTERNAL', err instanceof Error ? err.message : String(err));
}

/**
 * Calls a read method and keeps its answer in state. Pass `null` as input to skip the call
 * (e.g. until a route parameter is known). The input is compared by value, so an inline object
 * literal does not refetch on every render.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  refreshOn?: RefreshOn,
): QueryState<MethodOutput<M>> {
  const key = input === null ? null : JSON.stringify(input);
  const [data, setData] = useState<MethodOutput<M> | undefined>(undefined);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (key === null) return;
    let stale = false; // a newer request (or unmount) makes this answer irrelevant
    setLoading(true);
    api.invoke(method, JSON.parse(key) as MethodInput<M>).then(
      (value) => {
        if (stale) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (stale) return;
        setError(toAppError(err));
        setLoading(false);
      },
    );
    return () => {
      stale = true;
    };
  }, [method, key, version]);

  const refreshRef = useRef(refreshOn);
  useEffect(() => {
    refreshRef.current = refreshOn;
  });
  const eventNames = Object.keys(refreshOn ?? {})
    .sort()
    .join(',');
  useEffect(() => {
    if (eventNames === '') return;
    const unsubscribes = (eventNames.split(',') as EventName[]).map((name) =>
      api.on(name, (payload) => {
        const rule = refreshRef.current?.[name] as
          true | ((p: typeof payload) => boolean) | undefined;
        if (rule === true || (typeof rule === 'function' && rule(payload))) reload();
      }),
    );
    return () => unsubscribes.forEach((off) => off());
  }, [eventNames, reload]);

  return { data, error, loading, reload };
}
