import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { foldText, matchesWords, searchWords } from '../../../../shared/text/fold';
import { normaliseVietnamese } from '../../../../shared/text/tone';

export interface SearchableInvitee {
  invitee: Invitee;
  /** The name folded once, not on every keystroke, as search's words. */
  name: string[];
  /** Name, position and unit folded once, as search's words. */
  haystack: string[];
  /** The name's words with their accents (one tone placement, lower case), for exact-accent order. */
  nameWords: string[];
  /** Name, position and unit words with their accents. */
  words: string[];
}

/** Words as written, lower case, with the stored tone placement ("Hoà" typed finds "Hòa"). */
function accentedWords(text: string): string[] {
  return normaliseVietnamese(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// A check-in replaces one invitee object and keeps the others: only that one is prepared again.
const prepared = new WeakMap<Invitee, SearchableInvitee>();

function prepare(invitee: Invitee): SearchableInvitee {
  const nameWords = accentedWords(invitee.fullName);
  return {
    invitee,
    name: searchWords(foldText(invitee.fullName)),
    haystack: searchWords(foldText(`${invitee.fullName} ${invitee.position} ${invitee.unit}`)),
    nameWords,
    words: [...nameWords, ...accentedWords(`${invitee.position} ${invitee.unit}`)],
  };
}

export function toSearchable(invitees: readonly Invitee[]): SearchableInvitee[] {
  return invitees.map((invitee) => {
    let s = prepared.get(invitee);
    if (!s) prepared.set(invitee, (s = prepare(invitee)));
    return s;
  });
}

/** The matches of one query, in the order shown, and how sure a single one is the person meant. */
export interface CheckInMatches {
  invitees: Invitee[];
  /** How many of them matched by name (they come first). */
  byName: number;
}

/** One typed word: how it was typed, and with the stored tone placement. */
interface TypedWord {
  typed: string;
  normalised: string;
  /** Typed without any accent: then it matches whatever the accents. */
  plain: boolean;
}

/**
 * The query's words when any was typed with accents (else null: every match is in one band).
 * Both spellings are kept: the normalised one finds "Hòa" from "Hoà", the typed one keeps a
 * half-typed word a prefix ("Đoà" on its way to "Đoàn" would be re-toned to "Đòa").
 */
function accentedQuery(query: string): TypedWord[] | null {
  const typed = query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const words = typed.map((w) => ({
    typed: w,
    normalised: normaliseVietnamese(w).toLowerCase(),
    plain: foldText(w) === w,
  }));
  return words.some((w) => !w.plain) ? words : null;
}

/**
 * True when every typed word begins some word of the text with the accents it was typed with.
 * A word typed without accents ("van") still matches any accents, so "Nguyên van" asks only
 * that "Nguyên" be exact.
 */
function matchesAccents(textWords: readonly string[], queryWords: readonly TypedWord[]): boolean {
  return queryWords.every((q) =>
    textWords.some((w) =>
      q.plain
        ? foldText(w).startsWith(q.typed)
        : w.startsWith(q.typed) || w.startsWith(q.normalised),
    ),
  );
}

/**
 * Invitees whose name, position or unit match every typed word ("hung" finds "Hưng").
 *
 * Order, each band in protocol order:
 * 1. The operator types names: people whose NAME matches come before those matched only by
 *    position or unit, so "hoa" finds "Lê Thị Hoa" before everyone from "Tỉnh ủy Thanh Hóa".
 * 2. Within each of those, when the query was typed with accents, the matches with the same
 *    accents come first: "Nguyên" lists "Nguyên" before "Nguyễn". Search stays
 *    accent-insensitive (the others are still listed); the accents typed only decide who is
 *    shown first.
 */
export function matchInvitees(list: readonly SearchableInvitee[], query: string): CheckInMatches {
  // The query folded once rather than once per invitee: the list is filtered again on every
  // check-in while a name is typed.
  const queryWords = searchWords(foldText(query));
  if (queryWords.length === 0) return { invitees: list.map((s) => s.invitee), byName: list.length };
  const matches = (words: readonly string[]) => matchesWords(queryWords, words);
  const accented = accentedQuery(query);
  const bands: Invitee[][] = [[], [], [], []];
  for (const s of list) {
    if (matches(s.name)) {
      bands[accented && !matchesAccents(s.nameWords, accented) ? 1 : 0]!.push(s.invitee);
    } else if (matches(s.haystack)) {
      bands[accented && !matchesAccents(s.words, accented) ? 3 : 2]!.push(s.invitee);
    }
  }
  return { invitees: bands.flat(), byName: bands[0]!.length + bands[1]!.length };
}

/** The matching invitees in the order shown (see matchInvitees). */
export function filterInvitees(list: readonly SearchableInvitee[], query: string): Invitee[] {
  return matchInvitees(list, query).invitees;
}

/**
 * The one person a typed query points at, if it points at exactly one: the only name match
 * (people matched by unit only are listed after, never chosen for the operator), or the only
 * match at all. Several names → null: the operator chooses.
 */
export function soleCandidate(matches: CheckInMatches): Invitee | null {
  if (matches.byName === 1) return matches.invitees[0]!;
  if (matches.byName === 0 && matches.invitees.length === 1) return matches.invitees[0]!;
  return null;
}

/** Moves the highlight by `delta` inside the list; from no highlight, down starts at the first. */
export function moveHighlight(current: number | null, delta: number, length: number): number {
  if (length === 0) return 0;
  if (current === null) return delta > 0 ? Math.min(length - 1, delta - 1) : 0;
  return Math.min(length - 1, Math.max(0, current + delta));
}

export interface HighlightState {
  query: string;
  /** The person the operator moved to on purpose (arrows, a click), by id. */
  highlightedId: string | null;
  /** True once the operator moved the highlight since the last typed change. */
  navigated: boolean;
}

/**
 * Who is highlighted, which is who Enter (and the list's status keys) act on.
 *
 * - Moved on purpose: that person, followed by id so a list refetched under the operator's
 *   hands (another window, a save) does not move the highlight to someone else; when they are
 *   no longer listed, nobody (never "the first one instead").
 * - Typed, not moved: the sole candidate, or nobody when several people match.
 * - Nothing typed, not moved: nobody. A stray Enter must not mark whoever happens to be first.
 */
export function highlightedInvitee(matches: CheckInMatches, state: HighlightState): Invitee | null {
  if (state.navigated) {
    return matches.invitees.find((i) => i.id === state.highlightedId) ?? null;
  }
  if (state.query.trim() === '') return null;
  return soleCandidate(matches);
}

/** What Enter in the search box (or the list) does. */
export type EnterDecision =
  | { kind: 'ignore' }
  | { kind: 'mark'; invitee: Invitee }
  | { kind: 'alreadyMarked'; invitee: Invitee; status: AttendanceStatus }
  /** Several people match what was typed and none was chosen: show them, mark nobody. */
  | { kind: 'choose'; candidates: Invitee[] };

/**
 * Enter records "present" only for the highlighted person, and only while they are still
 * pending: a status already recorded (late, excused…) is never overwritten by Enter, only by a
 * status key or the row's menu. With several matches and no highlight moved, it marks nobody
 * and shows the candidates; an empty box without a moved highlight does nothing.
 */
export function enterDecision(
  highlighted: Invitee | null,
  matches: CheckInMatches,
  opts: { locked: boolean; query: string },
): EnterDecision {
  if (opts.locked) return { kind: 'ignore' };
  if (!highlighted) {
    if (opts.query.trim() !== '' && matches.invitees.length > 1) {
      // Those matched by name are the ones meant; unit-only matches are candidates only when
      // no name matched.
      const { invitees, byName } = matches;
      return { kind: 'choose', candidates: byName > 0 ? invitees.slice(0, byName) : invitees };
    }
    return { kind: 'ignore' };
  }
  if (highlighted.status !== 'pending') {
    return { kind: 'alreadyMarked', invitee: highlighted, status: highlighted.status };
  }
  return { kind: 'mark', invitee: highlighted };
}
