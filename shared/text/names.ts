import { normaliseVietnamese } from './tone';

/** A Vietnamese personal name split the way lists are sorted: tên, then họ, then tên đệm. */
export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/**
 * Splits a full name. The given name is the last word unless the operator said otherwise
 * (two-syllable given names such as "Ngọc Anh" exist); `given` must be the tail of the name.
 */
export function splitName(fullName: string, given?: string | null): NameParts {
  const words = normaliseVietnamese(fullName).split(' ').filter(Boolean);
  let givenCount = 1;
  if (given) {
    const g = normaliseVietnamese(given).split(' ').filter(Boolean);
    if (g.length > 0 && g.length < words.length && isTail(words, g)) givenCount = g.length;
  }
  if (words.length <= 1) return { family: '', middle: '', given: words[0] ?? '' };
  const givenWords = words.slice(words.length - givenCount);
  const family = words[0]!;
  const middle = words.slice(1, words.length - givenCount).join(' ');
  return { family, middle, given: givenWords.join(' ') };
}

function isTail(words: string[], tail: string[]): boolean {
  const off = words.length - tail.length;
  return tail.every((w, i) => words[off + i]!.toLowerCase() === w.toLowerCase());
}

/** True when `given` is an acceptable sort-name override for `fullName`. */
export function isValidGivenName(fullName: string, given: string): boolean {
  const words = normaliseVietnamese(fullName).split(' ').filter(Boolean);
  const g = normaliseVietnamese(given).split(' ').filter(Boolean);
  // The whole of a multi-word name is not accepted: splitName keeps the first word as the family
  // name and would silently ignore such an override.
  const fits = g.length < words.length || (g.length === 1 && words.length === 1);
  return g.length > 0 && fits && isTail(words, g);
}
