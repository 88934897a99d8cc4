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

/** Words of a folded query, for "every word must match" search. */
export function foldedWords(input: string): string[] {
  const folded = foldText(input);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * True when every word of the query is a prefix of some word of the text (both folded).
 * Used by the renderer's quick filters; the core uses the same rule through FTS5 prefix queries.
 */
export function matchesQuery(foldedHaystack: string, query: string): boolean {
  const words = foldedWords(query);
  if (words.length === 0) return true;
  const hayWords = foldedHaystack.split(/[^a-z0-9]+/).filter(Boolean);
  return words.every((w) => {
    const parts = w.split(/[^a-z0-9]+/).filter(Boolean);
    return parts.every((p) => hayWords.some((h) => h.startsWith(p)));
  });
}
