import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/api/errors';
import type { Person } from '../../../shared/api/schemas';
import { api } from '../../api/bridge';
import { useApiEvent } from '../../api/useApiEvent';
import { toAppError } from '../../api/useApiQuery';

export interface PeopleFilter {
  query: string;
  groupId: string | null;
  includeRetired: boolean;
}

export const PAGE_SIZE = 50;
/** The most one call may return (people.search's limit). */
const MAX_LIMIT = 500;

/**
 * Directory search with "load more": pages are appended in the core's protocol order.
 * A refresh after an edit refetches everything shown so far, so the list does not shrink.
 */
export function usePeopleSearch({ query, groupId, includeRetired }: PeopleFilter) {
  const [items, setItems] = useState<Person[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(false);
  const ticket = useRef(0);
  const shown = useRef<Person[]>([]);

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const mine = ++ticket.current; // answers to older requests are dropped
      setLoading(true);
      try {
        const page = await api.invoke('people.search', {
          query,
          groupId,
          includeRetired,
          limit,
          offset,
        });
        if (mine !== ticket.current) return;
        shown.current = offset === 0 ? page.items : [...shown.current, ...page.items];
        setItems(shown.current);
        setTotal(page.total);
        setError(null);
      } catch (err) {
        if (mine === ticket.current) setError(toAppError(err));
      } finally {
        if (mine === ticket.current) setLoading(false);
      }
    },
    [query, groupId, includeRetired],
  );

  useEffect(() => {
    void fetchPage(0, PAGE_SIZE);
  }, [fetchPage]);

  const loadMore = useCallback(() => void fetchPage(shown.current.length, PAGE_SIZE), [fetchPage]);
  const refresh = useCallback(
    () => void fetchPage(0, Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, shown.current.length))),
    [fetchPage],
  );

  useApiEvent('directory.changed', refresh);

  return { items, total, error, loading, loadMore, refresh };
}
