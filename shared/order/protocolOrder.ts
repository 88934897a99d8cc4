import { compareKeys } from '../text/collation';

/** What the protocol ordering needs to know about a listed person. */
export interface ProtocolSortable {
  /** Position of the person's protocol group in the point's ordered list; null = ungrouped. */
  groupOrder: number | null;
  /** Rank inside the group (1 = first); null = unranked, after the ranked ones. */
  rank: number | null;
  /** `nameSortKey` of the person's name. */
  sortKey: string;
  /** Stable tie-break so equal names never swap places between renders. */
  id: string;
}

function nullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/**
 * The single ordering every list uses (invitees, check-in, headcount by group, exports):
 * group order, rank inside the group, then Vietnamese name order.
 */
export function compareProtocolOrder(a: ProtocolSortable, b: ProtocolSortable): number {
  return (
    nullsLast(a.groupOrder, b.groupOrder) ||
    nullsLast(a.rank, b.rank) ||
    compareKeys(a.sortKey, b.sortKey) ||
    compareKeys(a.id, b.id)
  );
}

export function sortByProtocolOrder<T extends ProtocolSortable>(items: readonly T[]): T[] {
  return [...items].sort(compareProtocolOrder);
}
