import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { foldText, matchesQuery } from '../../../../shared/text/fold';

export interface SearchableInvitee {
  invitee: Invitee;
  /** The name folded once, not on every keystroke. */
  name: string;
  /** Name, position and unit folded once. */
  haystack: string;
}

export function toSearchable(invitees: readonly Invitee[]): SearchableInvitee[] {
  return invitees.map((invitee) => ({
    invitee,
    name: foldText(invitee.fullName),
    haystack: foldText(`${invitee.fullName} ${invitee.position} ${invitee.unit}`),
  }));
}

/**
 * Invitees whose name, position or unit match every typed word ("hung" finds "Hưng").
 * The operator types names: people whose NAME matches come first (each part in protocol
 * order), so "hoa" finds "Lê Thị Hoa" before everyone from "Tỉnh ủy Thanh Hóa" and Enter
 * records the person meant.
 */
export function filterInvitees(list: readonly SearchableInvitee[], query: string): Invitee[] {
  const byName: Invitee[] = [];
  const byOther: Invitee[] = [];
  for (const s of list) {
    if (matchesQuery(s.name, query)) byName.push(s.invitee);
    else if (matchesQuery(s.haystack, query)) byOther.push(s.invitee);
  }
  return [...byName, ...byOther];
}

/** Keeps the highlighted row inside the list after moving by `delta`. */
export function moveHighlight(current: number, delta: number, length: number): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, current + delta));
}

/**
 * Where the highlight is in the current matches. It is kept as an id so a list refetched
 * under the operator's hands (another window, a save) does not move it to someone else;
 * when that person is no longer listed, the first match is highlighted.
 */
export function highlightIndex(matches: readonly Invitee[], highlightedId: string | null): number {
  if (highlightedId === null) return 0;
  return Math.max(
    0,
    matches.findIndex((i) => i.id === highlightedId),
  );
}

/** What Enter in the search box does. */
export type EnterDecision =
  | { kind: 'ignore' }
  | { kind: 'mark'; invitee: Invitee }
  | { kind: 'alreadyMarked'; invitee: Invitee; status: AttendanceStatus };

/**
 * Enter records "present" only for someone still pending: a status already recorded (late,
 * excused…) is never overwritten by a key press, only by the row's buttons. An empty box acts
 * only when the operator moved the highlight on purpose, never on whoever happens to be first.
 */
export function enterDecision(
  highlighted: Invitee | null,
  opts: { locked: boolean; query: string; navigated: boolean },
): EnterDecision {
  if (!highlighted || opts.locked) return { kind: 'ignore' };
  if (opts.query.trim() === '' && !opts.navigated) return { kind: 'ignore' };
  if (highlighted.status !== 'pending') {
    return { kind: 'alreadyMarked', invitee: highlighted, status: highlighted.status };
  }
  return { kind: 'mark', invitee: highlighted };
}
