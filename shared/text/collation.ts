import { toNfd } from './marks';
import { memoize } from './memo';
import { splitName } from './names';

/**
 * Sort keys that order Vietnamese text the way `Intl.Collator('vi')` does (letters first,
 * tones only to break ties, lower case before upper case), as plain ASCII strings.
 *
 * Why a key and not the collator: SQLite can then index and page the directory in name order
 * (better-sqlite3 cannot register a collation), and sorting 500 invitees compares short strings
 * instead of calling ICU. A property test checks the key against the collator.
 */
const ALPHABET = [
  ...'0123456789',
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
// Primary weights start above the separators; '!' (0x21) is the field separator.
const PRIMARY = new Map(ALPHABET.map((c, i) => [c, String.fromCharCode(0x30 + i)]));
const SPACE_WEIGHT = '"';
const PUNCT_WEIGHT = '#';
const TONES: Record<string, string> = {
  '': '0',
  '\u0300': '1', // huyền
  '\u0309': '2', // hỏi
  '\u0303': '3', // ngã
  '\u0301': '4', // sắc
  '\u0323': '5', // nặng
};
const TONE_RE = /[\u0300\u0309\u0303\u0301\u0323]/;

interface Weighted {
  primary: string;
  secondary: string;
  tertiary: string;
}

function weigh(text: string): Weighted {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  // Split into base letter + marks, keeping letter marks (ă â ê ô ơ ư) with the letter.
  const clusters = toNfd(text).match(/\P{M}\p{M}*/gu) ?? [];
  for (const cluster of clusters) {
    const toneMatch = cluster.match(TONE_RE);
    const tone = toneMatch ? toneMatch[0] : '';
    const letter = cluster.replace(TONE_RE, '').normalize('NFC');
    const lower = letter.toLowerCase();
    const p = PRIMARY.get(lower);
    if (p !== undefined) {
      primary += p;
      secondary += TONES[tone];
      tertiary += lower === letter ? '0' : '1';
    } else if (/\s/.test(letter)) {
      primary += SPACE_WEIGHT;
    } else {
      primary += PUNCT_WEIGHT;
    }
  }
  return { primary, secondary, tertiary };
}

/** Key for one field: compares like the collator on that field alone. */
export const textSortKey = memoize((text: string): string => {
  const w = weigh(text);
  return `${w.primary}!${w.secondary}!${w.tertiary}`;
});

/**
 * Key for a person's name: given name, then family name, then middle name, each compared in
 * full (tones included) before the next field is looked at, as ballot lists are ordered.
 */
export function nameSortKey(fullName: string, givenName?: string | null): string {
  const parts = splitName(fullName, givenName);
  return [parts.given, parts.family, parts.middle].map(textSortKey).join('!!');
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
