import type { Invitee } from '../../../../shared/api/schemas';
import { foldText, matchesQuery } from '../../../../shared/text/fold';

export interface SearchableInvitee {
  invitee: Invitee;
  /** Name, position and unit folded once, not on every keystroke. */
  haystack: string;
}

export function toSearchable(invitees: readonly Invitee[]): SearchableInvitee[] {
  return invitees.map((invitee) => ({
    invitee,
    haystack: foldText(`${invitee.fullName} ${invitee.position} ${invitee.unit}`),
  }));
}

/** Invitees whose name, position or unit match every typed word ("hung" finds "Hưng"). */
export function filterInvitees(list: readonly SearchableInvitee[], query: string): Invitee[] {
  return list.filter((s) => matchesQuery(s.haystack, query)).map((s) => s.invitee);
}

/** Keeps the highlighted row inside the list after moving by `delta`. */
export function moveHighlight(current: number, delta: number, length: number): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, current + delta));
}
