/**
 * Rows this window replaced from a write's answer, so a fetch sent before that answer (and
 * answered after it) cannot put the old row back. Ordered by a counter, not by timestamps, so
 * neither clock matters.
 */
export interface LocalPatches {
  /** `id` was just replaced with a write's answer. */
  mark(id: string): void;
  /** Taken when a fetch is sent; compared with the marks when it is answered. */
  stamp(): number;
  /** True when `id` was replaced after the fetch stamped `sentAt` was sent. */
  patchedSince(id: string, sentAt: number): boolean;
  /**
   * The fetched rows, except rows replaced after the fetch was sent, which stay as they are in
   * `current`. Forgets the marks the fetch covers (it was sent after them).
   */
  merge<T extends { id: string }>(fetched: T[], current: readonly T[] | null, sentAt: number): T[];
  clear(): void;
}

export function createLocalPatches(): LocalPatches {
  let counter = 0;
  const markedAt = new Map<string, number>();

  const patchedSince = (id: string, sentAt: number) => (markedAt.get(id) ?? 0) > sentAt;

  return {
    mark(id) {
      markedAt.set(id, ++counter);
    },
    stamp() {
      return counter;
    },
    patchedSince,
    merge(fetched, current, sentAt) {
      const kept = new Map(
        (current ?? []).filter((r) => patchedSince(r.id, sentAt)).map((r) => [r.id, r]),
      );
      for (const [id, at] of markedAt) if (at <= sentAt) markedAt.delete(id);
      return kept.size === 0 ? fetched : fetched.map((r) => kept.get(r.id) ?? r);
    },
    clear() {
      markedAt.clear();
    },
  };
}
