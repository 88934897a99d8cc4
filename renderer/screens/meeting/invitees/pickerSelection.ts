/**
 * The rules of the directory picker's selection, kept pure so they are tested without a screen.
 *
 * People already on the list are never selected: they are shown (the operator needs to see that
 * they are there) but every way of selecting skips them, so the count on the submit button is the
 * number that will really be added.
 *
 * Ranges follow the file-manager model: a plain toggle (click, Space) sets the anchor and
 * remembers the selection as it was then; a range (Shift+click, Shift+Space, Shift+arrow) is that
 * remembered selection with every row between the anchor and the target set to the anchor's state.
 * So a range can shrink again (Shift+Down twice, then Shift+Up) without leaving rows behind, and a
 * range started on an unticked row unticks.
 */

export type Selection = ReadonlySet<string>;

/** `invitees.addPeople` takes at most this many ids in one call (shared/api/methods.ts). */
export const MAX_ADD_AT_ONCE = 5000;

export interface Anchor {
  id: string;
  /** The selection when the anchor was set, which every range from it starts from. */
  base: Selection;
  /** What a range from this anchor sets its rows to: the anchor's own state. */
  value: boolean;
}

export interface SelectionState {
  selection: Selection;
  anchor: Anchor | null;
}

export const EMPTY_SELECTION: SelectionState = { selection: new Set(), anchor: null };

/** Ticks or unticks one person and makes them the anchor of the next range. */
export function toggleOne(
  state: SelectionState,
  id: string,
  selectable: (id: string) => boolean,
): SelectionState {
  if (!selectable(id)) return state;
  const next = new Set(state.selection);
  const value = !next.has(id);
  if (value) next.add(id);
  else next.delete(id);
  return { selection: next, anchor: { id, base: next, value } };
}

/**
 * Sets every selectable row from the anchor to `targetId` (inclusive, in the order shown) to the
 * anchor's state, on top of the selection the anchor remembered. Without an anchor that is still
 * shown (the filter changed since), it is a plain toggle of the target.
 */
export function extendTo(
  state: SelectionState,
  order: readonly string[],
  targetId: string,
  selectable: (id: string) => boolean,
): SelectionState {
  const { anchor } = state;
  const from = anchor ? order.indexOf(anchor.id) : -1;
  const to = order.indexOf(targetId);
  if (anchor === null || from < 0 || to < 0) return toggleOne(state, targetId, selectable);
  const next = new Set(anchor.base);
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (let i = lo; i <= hi; i++) {
    const id = order[i]!;
    if (!selectable(id)) continue;
    if (anchor.value) next.add(id);
    else next.delete(id);
  }
  return { selection: next, anchor };
}

export interface SelectAllResult {
  state: SelectionState;
  /** Newly selected by this call. */
  added: number;
  /** Matches that were selectable but left out because the selection reached `cap`. */
  leftOut: number;
  /** Matches skipped because they are already on the list. */
  alreadyInvited: number;
}

/**
 * Selects every match (in the order given, so the cap keeps the first ones in protocol order),
 * skipping people already on the list and stopping when the selection holds `cap` people.
 * The anchor is dropped: a range after "select all" would otherwise undo it from an old base.
 */
export function selectAll(
  state: SelectionState,
  matches: readonly string[],
  isInvited: (id: string) => boolean,
  cap = MAX_ADD_AT_ONCE,
): SelectAllResult {
  const next = new Set(state.selection);
  let added = 0;
  let leftOut = 0;
  let alreadyInvited = 0;
  for (const id of matches) {
    if (isInvited(id)) alreadyInvited++;
    else if (next.has(id)) continue;
    else if (next.size >= cap) leftOut++;
    else {
      next.add(id);
      added++;
    }
  }
  return { state: { selection: next, anchor: null }, added, leftOut, alreadyInvited };
}

/**
 * What submitting would add: the selection less anyone who joined the list meanwhile (another
 * window, or "Thêm theo nhóm" while the picker was open).
 */
export function toAdd(selection: Selection, isInvited: (id: string) => boolean): string[] {
  return [...selection].filter((id) => !isInvited(id));
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Every match of a search, page by page (the core answers at most 500 at a time), until the total
 * is read or `enough` says to stop (the selection would be full anyway). Stops on an empty page
 * too, so a directory that shrank while paging cannot loop.
 */
export async function collectAll<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  { pageSize = 500, enough = () => false }: { pageSize?: number; enough?: (got: T[]) => boolean },
): Promise<Page<T>> {
  const items: T[] = [];
  let total = Infinity;
  while (items.length < total) {
    const page = await fetchPage(items.length, pageSize);
    total = page.total;
    if (page.items.length === 0) break;
    items.push(...page.items);
    if (enough(items)) break;
  }
  return { items, total: Number.isFinite(total) ? total : items.length };
}
