import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/api/errors';
import type { Person } from '../../../../shared/api/schemas';
import { api } from '../../../api/bridge';
import { useApiEvent } from '../../../api/useApiEvent';
import { toAppError } from '../../../api/useApiQuery';

export interface DirectoryFilter {
  query: string;
  groupId: string | null;
}

export interface DirectoryPages {
  /** The matches read so far, in protocol order. */
  items: Person[];
  /** How many match in all; null until the first page is answered. */
  total: number | null;
  loading: boolean;
  error: AppError | null;
  /** Reads the next page, unless one is on its way or everything is read. */
  loadMore: () => void;
  reload: () => void;
}

/** Rows read per request while scrolling: a few screens ahead, small enough to answer at once. */
const PAGE = 200;

interface Loaded {
  items: Person[];
  total: number | null;
  error: AppError | null;
}

const NOTHING: Loaded = { items: [], total: null, error: null };

/**
 * The directory's matches for a filter, read page by page as the list scrolls, so a directory of
 * thousands costs one small read to open. A new filter (or a directory change made anywhere)
 * starts again from the first page; answers to an older filter are dropped.
 */
export function useDirectoryPages(filter: DirectoryFilter | null): DirectoryPages {
  const key = filter === null ? null : JSON.stringify(filter);
  const [loaded, setLoaded] = useState<Loaded>(NOTHING);
  const [loading, setLoading] = useState(false);
  // Bumped by every new filter or reload: an answer for an older generation is stale.
  const generation = useRef(0);
  const inFlight = useRef(false);
  const current = useRef(loaded);
  current.current = loaded;

  const fetchPage = useCallback(
    (offset: number) => {
      if (key === null) return;
      const gen = generation.current;
      const { query, groupId } = JSON.parse(key) as DirectoryFilter;
      inFlight.current = true;
      setLoading(true);
      api.invoke('people.search', { query, groupId, limit: PAGE, offset }).then(
        (page) => {
          if (gen !== generation.current) return;
          inFlight.current = false;
          setLoading(false);
          setLoaded((prev) => ({
            // An offset past what we hold means a reload raced this page: keep the order exact.
            items: offset === 0 ? page.items : [...prev.items.slice(0, offset), ...page.items],
            total: page.total,
            error: null,
          }));
        },
        (err: unknown) => {
          if (gen !== generation.current) return;
          inFlight.current = false;
          setLoading(false);
          setLoaded((prev) => ({ ...prev, error: toAppError(err) }));
        },
      );
    },
    [key],
  );

  // Answers on their way are for an older filter (or a closed picker) from now on.
  const dropPending = useCallback(() => {
    generation.current++;
    inFlight.current = false;
  }, []);

  const restart = useCallback(() => {
    dropPending();
    setLoaded(NOTHING);
    fetchPage(0);
  }, [dropPending, fetchPage]);

  useEffect(() => {
    restart();
    return dropPending;
  }, [restart, dropPending]);

  useApiEvent('directory.changed', () => {
    if (key !== null) restart();
  });

  const loadMore = useCallback(() => {
    const { items, total, error } = current.current;
    if (inFlight.current || error !== null || total === null || items.length >= total) return;
    fetchPage(items.length);
  }, [fetchPage]);

  return { ...loaded, loading, loadMore, reload: restart };
}
