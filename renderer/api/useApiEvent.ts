import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../shared/api/methods';
import { api } from './bridge';

/** Subscribes to a pushed event for the component's lifetime, always calling the latest handler. */
export function useApiEvent<E extends EventName>(
  event: E,
  handler: (payload: EventPayload<E>) => void,
): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  useEffect(() => api.on(event, (payload) => handlerRef.current(payload)), [event]);
}
