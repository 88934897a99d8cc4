/**
 * Vietnamese text normalisation for storage and comparison.
 *
 * Two spellings of the same syllable circulate: the tone on the first vowel of "oa/oe/uy"
 * ("Hòa", "Thúy", the spelling used in official names such as "Khánh Hòa") and on the second
 * ("Hoà", "Thuý"). They are the same name, but neither NFC nor the collator treats them as equal,
 * so every name is stored with one placement: the traditional one, which official texts use.
 */
import { toNfc } from './marks';
import { memoize } from './memo';

const TONE_MARKS = new Set(['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']);
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031b']); // breve (ă), circumflex (â ê ô), horn (ơ ư)
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

interface Letter {
  base: string;
  marks: string[];
}

function splitLetters(word: string): { letters: Letter[]; tones: string[] } | null {
  const letters: Letter[] = [];
  const tones: string[] = [];
  for (const ch of word.normalize('NFD')) {
    if (TONE_MARKS.has(ch)) {
      if (letters.length === 0) return null;
      tones.push(ch);
    } else if (LETTER_MARKS.has(ch)) {
      const last = letters[letters.length - 1];
      if (!last) return null;
      last.marks.push(ch);
    } else if (/[\u0300-\u036f]/.test(ch)) {
      return null; // a mark Vietnamese does not use: leave the word alone
    } else {
      letters.push({ base: ch, marks: [] });
    }
  }
  return { letters, tones };
}

const isVowel = (l: Letter) => VOWELS.has(l.base.toLowerCase());

// Consonants a Vietnamese syllable can start and end with (letters before and after the vowels;
// "gi" and "qu" start with g and q followed by a vowel letter).
const ONSETS = new Set([
  '',
  ...'b c ch d đ g gh h k kh l m n ng ngh nh p ph q r s t th tr v x'.split(' '),
]);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** True for one Vietnamese syllable: onset, one run of vowels, coda. "José", "Chloé" are not. */
function isSyllable(letters: Letter[]): boolean {
  const lower = letters.map((l) => l.base.toLowerCase());
  const start = lower.findIndex((c) => VOWELS.has(c));
  if (start < 0) return false;
  let end = start;
  while (end + 1 < lower.length && VOWELS.has(lower[end + 1]!)) end++;
  return ONSETS.has(lower.slice(0, start).join('')) && CODAS.has(lower.slice(end + 1).join(''));
}

/** Index of the letter that carries the tone in the traditional placement, or -1. */
function toneIndex(letters: Letter[]): number {
  const lower = letters.map((l) => l.base.toLowerCase());
  let start = lower.findIndex((c) => VOWELS.has(c));
  if (start < 0) return -1;
  let end = start;
  while (end + 1 < letters.length && isVowel(letters[end + 1]!)) end++;
  // "qu" and "gi" are consonants when another vowel follows: quý, giá, (but gìn keeps its i).
  if (end > start && start > 0) {
    const prev = lower[start - 1];
    if ((prev === 'q' && lower[start] === 'u') || (prev === 'g' && lower[start] === 'i')) start++;
  }
  const cluster: number[] = [];
  for (let i = start; i <= end; i++) cluster.push(i);
  const modified = cluster.filter((i) => letters[i]!.marks.length > 0);
  if (modified.length > 0) return modified[modified.length - 1]!;
  if (cluster.length === 1) return cluster[0]!;
  if (cluster.length >= 3) return cluster[1]!;
  const hasFinalConsonant = end < letters.length - 1;
  return hasFinalConsonant ? cluster[1]! : cluster[0]!;
}

/**
 * Longer than any Vietnamese syllable ("nghiêng" is 7 letters; 16 leaves room for marks that
 * did not compose): such a word keeps its letters as they are, and stays out of the memo, whose
 * entries would otherwise be as long as the longest cell read.
 */
const MAX_SYLLABLE_LENGTH = 16;

function normaliseWordUncached(word: string): string {
  const split = splitLetters(word);
  if (!split || split.tones.length !== 1) return word.normalize('NFC');
  if (!split.letters.every((l) => /^[a-zA-ZđĐ]$/.test(l.base))) return word.normalize('NFC');
  if (!isSyllable(split.letters)) return word.normalize('NFC');
  const target = toneIndex(split.letters);
  if (target < 0) return word.normalize('NFC');
  return split.letters
    .map((l, i) => l.base + l.marks.join('') + (i === target ? split.tones[0] : ''))
    .join('')
    .normalize('NFC');
}

/** Names repeat the same syllables: each distinct word is worked out once. */
const normaliseSyllable = memoize(normaliseWordUncached);

/** `word` comes from NFC text: a word too long to be a syllable is already in its final form. */
const normaliseWord = (word: string) =>
  word.length > MAX_SYLLABLE_LENGTH ? word : normaliseSyllable(word);

/**
 * NFC and one tone placement, spacing left exactly as given: for prose (notes, reports), where
 * line breaks and indentation carry meaning.
 */
export function normaliseWords(input: string): string {
  return (
    toNfc(input)
      // Legacy converters write the Icelandic eth for Đ; it is always meant as Đ.
      .replace(/Ð/g, 'Đ')
      .replace(/ð/g, 'đ')
      // Words are runs of letters and marks: "Hoà," and "(Thuý)" are normalised like "Hoà".
      .split(/([^\p{L}\p{M}'’]+)/u)
      .map((part, i) => (i % 2 === 1 ? part : normaliseWord(part)))
      .join('')
  );
}

/** NFC, one tone placement, trimmed, single spaces. Capitalisation is kept as given. */
export function normaliseVietnamese(input: string): string {
  return normaliseWords(toNfc(input).replace(/\s+/g, ' ').trim());
}
