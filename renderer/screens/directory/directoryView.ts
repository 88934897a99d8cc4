/** What the directory screen shows under its filters. */
export type DirectoryView =
  /** The first answer has not come yet: say nothing rather than something untrue. */
  | 'loading'
  /** Nobody at all, retired or not: say so and offer import and add. */
  | 'empty'
  /** Only people no longer in office, and they are hidden: say how to show them. */
  | 'onlyRetired'
  /** The search or group filter matches nobody. */
  | 'noMatch'
  | 'list';

export interface DirectoryCounts {
  /** Matches of the current search and filters; null until answered. */
  total: number | null;
  query: string;
  groupId: string | null;
  includeRetired: boolean;
  /** Everyone, retired included; asked only when `total` is 0 without any filter. */
  everyone: number | null;
}

/**
 * "Không có ai khớp với điều kiện tìm" on a directory nobody has searched told a new operator
 * their search failed; an empty directory must say it is empty instead.
 */
export function directoryView(c: DirectoryCounts): DirectoryView {
  if (c.total === null) return 'loading';
  if (c.total > 0) return 'list';
  if (c.query.trim() !== '' || c.groupId !== null) return 'noMatch';
  if (c.includeRetired) return 'empty';
  if (c.everyone === null) return 'loading';
  return c.everyone === 0 ? 'empty' : 'onlyRetired';
}

/** Whether the screen must count everyone to tell "empty" from "only retired people". */
export function needsEveryoneCount(c: Omit<DirectoryCounts, 'everyone'>): boolean {
  return c.total === 0 && c.query.trim() === '' && c.groupId === null && !c.includeRetired;
}
