import type { Speech } from '../../../../shared/api/speakingSchemas';
import { FINISHED, IN_PROGRESS, PENDING } from '../../../../shared/speaking/model';

/**
 * How the speakers' tab arranges the log it gets from the store. The order itself is the
 * core's (order keys, shared/speaking/queue.ts); this only splits it into what is said now,
 * who waits and who is done, applies the agenda filter, and turns a move on screen into the
 * one `speeches.move` the core understands.
 */

/** Filter values that can never be an id (ids are [A-Za-z0-9._:-]). */
export const ALL_ITEMS = '*';
export const NO_ITEM = '~';
/** ALL_ITEMS, NO_ITEM or an agenda item's id. */
export type AgendaFilter = string;

export function matchesFilter(speech: Pick<Speech, 'agendaItemId'>, filter: AgendaFilter): boolean {
  if (filter === ALL_ITEMS) return true;
  if (filter === NO_ITEM) return speech.agendaItemId === null;
  return speech.agendaItemId === filter;
}

/** A move the operator made whose answer has not come back yet: shown at once. */
export interface PendingMove {
  speechId: string;
  afterId: string | null;
}

export interface SpeakingView {
  /** The one speech in progress, whatever the filter: the room hears it regardless. */
  current: Speech | null;
  /** Waiting (registered, sent, called), in queue order, filtered. */
  waiting: Speech[];
  /** Every waiting speech, unfiltered: what `speeches.move` positions are relative to. */
  allWaiting: Speech[];
  /** Who "start next" starts: the first waiting speech, whatever the filter. */
  next: Speech | null;
  /** Spoke, not called or withdrawn, in the order it happened, filtered. */
  log: Speech[];
  /** How many are in the log, whatever the filter. */
  logTotal: number;
}

const isIn = (s: Speech, states: readonly Speech['state'][]) => states.includes(s.state);

/**
 * When a finished speech entered the log: when it began for one who spoke, when it was closed
 * for a request that was not called or withdrawn. The log reads in that order.
 */
export function loggedAt(s: Pick<Speech, 'segments' | 'trail' | 'createdAt'>): number {
  return s.segments[0]?.start ?? s.trail[s.trail.length - 1]?.at ?? s.createdAt;
}

/** The waiting list with `speechId` put right after `afterId` (null: first). */
export function applyMove<T extends { id: string }>(waiting: readonly T[], move: PendingMove): T[] {
  const moving = waiting.find((s) => s.id === move.speechId);
  if (!moving) return [...waiting];
  const rest = waiting.filter((s) => s.id !== move.speechId);
  const at = move.afterId === null ? 0 : rest.findIndex((s) => s.id === move.afterId) + 1;
  // An unknown neighbour (gone meanwhile) leaves the order as the core last said.
  if (move.afterId !== null && at === 0) return [...waiting];
  return [...rest.slice(0, at), moving, ...rest.slice(at)];
}

/** `speeches` in log order (as the store keeps them). */
export function speakingView(
  speeches: readonly Speech[],
  filter: AgendaFilter,
  pendingMove: PendingMove | null = null,
): SpeakingView {
  const current = speeches.find((s) => isIn(s, IN_PROGRESS)) ?? null;
  let allWaiting = speeches.filter((s) => isIn(s, PENDING));
  if (pendingMove) allWaiting = applyMove(allWaiting, pendingMove);
  const log = speeches.filter((s) => isIn(s, FINISHED)).sort((a, b) => loggedAt(a) - loggedAt(b));
  return {
    current,
    waiting: allWaiting.filter((s) => matchesFilter(s, filter)),
    allWaiting,
    next: allWaiting[0] ?? null,
    log: log.filter((s) => matchesFilter(s, filter)),
    logTotal: log.length,
  };
}

/**
 * Where a waiting speech goes when the operator moves it to `toIndex` of the list on screen
 * (a drop, or Alt+↑/↓ as a step of one): the `afterId` for `speeches.move`, or null when it
 * stays where it is.
 *
 * The list on screen may be filtered to one agenda item, while the core orders every waiting
 * speech. Put right after the one now above it on screen, it lands in the same place in the
 * whole list; moved to the top of the filtered list, it goes just before the one that was on
 * top, not before every other item's speakers.
 */
export function moveTarget(
  allWaiting: readonly string[],
  shown: readonly string[],
  speechId: string,
  toIndex: number,
): { afterId: string | null } | null {
  const from = shown.indexOf(speechId);
  if (from < 0 || toIndex < 0 || toIndex >= shown.length || toIndex === from) return null;
  const order = shown.filter((id) => id !== speechId);
  order.splice(toIndex, 0, speechId);
  if (toIndex > 0) return { afterId: order[toIndex - 1]! };
  const successor = order[1]!;
  const rest = allWaiting.filter((id) => id !== speechId);
  const i = rest.indexOf(successor);
  return { afterId: i > 0 ? rest[i - 1]! : null };
}

/** Alt+↑ (-1) or Alt+↓ (+1) on a waiting speech: moveTarget one place up or down. */
export function stepTarget(
  allWaiting: readonly string[],
  shown: readonly string[],
  speechId: string,
  step: -1 | 1,
): { afterId: string | null } | null {
  const from = shown.indexOf(speechId);
  if (from < 0) return null;
  return moveTarget(allWaiting, shown, speechId, from + step);
}

/** "Insert as next": first of every waiting speech, unless it already is. */
export function nextTarget(
  allWaiting: readonly string[],
  speechId: string,
): { afterId: null } | null {
  return allWaiting[0] === speechId || !allWaiting.includes(speechId) ? null : { afterId: null };
}
