/**
 * "Does this read as Vietnamese?" — used to choose between legacy encodings, which decode the same
 * bytes into different letters. A word counts when it is one well-formed Vietnamese syllable:
 * onset consonant(s), a vowel group Vietnamese has, a final consonant, at most one tone, and only
 * sắc or nặng before a final c/ch/p/t. Wrongly decoded text ("NguyÔn", "V¨n", "Nguyờịn") fails.
 */
import { toNfc, toNfd } from '../../../shared/text/marks';

const TONES = new Set(['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']);
const STOP_TONES = new Set(['\u0301', '\u0323']); // sắc, nặng: the only tones before c ch p t
const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';

const ONSETS = new Set(
  '- b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x'.split(' '),
);
const CODAS = new Set('- c ch m n ng nh p t'.split(' '));
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ' +
    'ai ao au ay âu ây eo êu ia iu iê oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê ' +
    'iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu'
  ).split(' '),
);
const VOWELS = new Set([...'aăâeêioôơuưy']);
const STOPS = new Set(['c', 'ch', 'p', 't']);

/** True when `word` (any case, NFC or NFD) is one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const letters: string[] = [];
  let tone = '';
  for (const ch of toNfd(word.toLowerCase())) {
    if (TONES.has(ch)) {
      if (tone || letters.length === 0) return false;
      tone = ch;
    } else if (ch === BREVE || ch === CIRCUMFLEX || ch === HORN) {
      const last = letters[letters.length - 1];
      if (last === undefined || last.length !== 1) return false;
      const ok =
        (ch === BREVE && last === 'a') ||
        (ch === CIRCUMFLEX && (last === 'a' || last === 'e' || last === 'o')) ||
        (ch === HORN && (last === 'o' || last === 'u'));
      if (!ok) return false;
      letters[letters.length - 1] = (last + ch).normalize('NFC');
    } else if (/^[a-zđ]$/.test(ch)) {
      letters.push(ch);
    } else {
      return false;
    }
  }
  let start = letters.findIndex((l) => VOWELS.has(l));
  if (start < 0) return false;
  let end = start;
  while (end + 1 < letters.length && VOWELS.has(letters[end + 1]!)) end++;
  // "gi" and "qu" are onsets when another vowel follows: giữ, quý (but gì keeps its i).
  if (
    end > start &&
    ((letters[start - 1] === 'g' && letters[start] === 'i') ||
      (letters[start - 1] === 'q' && letters[start] === 'u'))
  ) {
    start++;
  }
  const onset = letters.slice(0, start).join('') || '-';
  const nucleus = letters.slice(start, end + 1).join('');
  const coda = letters.slice(end + 1).join('') || '-';
  if (!ONSETS.has(onset) || !NUCLEI.has(nucleus) || !CODAS.has(coda)) return false;
  if (onset === 'q') return false; // q only ever comes as "qu"
  if (STOPS.has(coda) && !STOP_TONES.has(tone)) return false;
  return true;
}

// Words are split at whitespace, ASCII punctuation and digits only, so that stray symbols from a
// wrong decoding ("S¸CH", "H­ng") stay inside the word and make it fail.
const WORD_SPLIT = /[\s!-@[-`{-~]+/;

/** Counts, among the words that contain a non-ASCII character, well- and ill-formed syllables. */
export function scoreVietnamese(text: string): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  const seen = new Map<string, boolean>(); // names and units repeat: check each word once
  for (const word of toNfc(text).split(WORD_SPLIT)) {
    if (!/[\u0080-\uffff]/.test(word)) continue;
    let ok = seen.get(word);
    if (ok === undefined) seen.set(word, (ok = isVietnameseSyllable(word)));
    if (ok) good++;
    else bad++;
  }
  return { good, bad };
}
