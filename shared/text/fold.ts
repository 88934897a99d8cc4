/**
 * Accent folding for search: "Đỗ Trọng Hưng" → "do trong hung".
 * Folding drops every diacritic (tones and letter marks alike) and maps đ→d, so the
 * operator can type without a Vietnamese keyboard and still find the person. The Icelandic
 * eth (Ð, ð), which legacy converters put in place of Đ, folds to d as well.
 */
import { toNfd } from './marks';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldText(input: string): string {
  return toNfd(input)
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of folded text as search sees them: runs of a–z and 0–9, anything else (spaces,
 * punctuation, letters of other scripts) between them. The directory stores a person's search
 * text as these words joined by single spaces, so its full-text index and a plain
 * "some word begins with…" test on the text agree exactly, and this rule is the one both follow.
 */
export function searchWords(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * True when every word of the query is a prefix of some word of the text (both folded).
 * Used by the renderer's quick filters; the core uses the same rule through FTS5 prefix queries.
 */
export function matchesQuery(foldedHaystack: string, query: string): boolean {
  return matchesWords(searchWords(foldText(query)), searchWords(foldedHaystack));
}

/**
 * matchesQuery's rule on words already split (`searchWords`): for a list filtered on every
 * keystroke, the query and each row's text are folded and split once, not once per row.
 */
export function matchesWords(queryWords: readonly string[], textWords: readonly string[]): boolean {
  return queryWords.every((q) => textWords.some((w) => w.startsWith(q)));
}
