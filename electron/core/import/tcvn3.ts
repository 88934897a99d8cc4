/**
 * TCVN3 ("ABC", TCVN 5712:1993 VN3), the byte encoding of the ".VnTime" family of fonts that old
 * Vietnamese office files still use.
 *
 * VN3 keeps ASCII and adds, in 0xA0–0xFF: a no-break space, the 7 uppercase letters Ă Â Ê Ô Ơ Ư Đ,
 * their lowercase forms, and the 60 lowercase vowels with a tone (12 vowels × 5 tones).
 * It has NO uppercase vowels with a tone: people typed those with an all-capitals font
 * (".VnTimeH") using the lowercase byte. So a byte like 0xB8 is "á" in .VnTime and "Á" in
 * .VnTimeH, and a file (a CSV) does not say which font was used. `decodeTcvn3` therefore yields
 * lowercase for those bytes; `restoreTcvn3Case` recovers the case per cell where the rest of the
 * cell makes it clear (an all-capitals title, a capitalised name).
 *
 * The byte table is iconv-lite's `tcvn` codec, which is the superset of VN3 in the same standard:
 * VN2 puts the uppercase toned letters that fit into the unused 0xA0–0xFF positions and the five
 * tone marks as combining characters (0xB0–0xB4); VN1 puts the remaining uppercase toned letters
 * in 0x80–0x9F and in 12 C0 control positions. Decoding accepts the superset as a tolerance except
 * for those C0 positions; encoding always produces VN3, like the converters people used (Unikey,
 * Vietkey). What iconv-lite cannot know, and this module adds, is those two policies and the case.
 */
import iconv from 'iconv-lite';
import { toNfc } from '../../../shared/text/marks';

const CODEC = 'tcvn';

const byteRange = (from: number, to: number) =>
  Buffer.from(Array.from({ length: to - from }, (_, i) => from + i));

/**
 * The C0 bytes iconv-lite decodes as VN1 letters, as letter → control character. VN3 never puts a
 * letter there, so in a .VnTime file such a byte is a control character (or damage), and reading
 * it as a letter would invent text that no one typed. Each of these letters sits nowhere else in
 * the table, which is what lets decoding map it back without looking at the bytes again.
 */
const VN1_CONTROLS = new Map<string, string>();
[...iconv.decode(byteRange(0x00, 0x20), CODEC)].forEach((ch, code) => {
  if (ch !== String.fromCharCode(code)) VN1_CONTROLS.set(ch, String.fromCharCode(code));
});
const VN1_LETTER = new RegExp(`[${[...VN1_CONTROLS.keys()].join('')}]`, 'g');

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const hasTone = (ch: string) => TONE_MARK.test(ch.normalize('NFD'));
const isLowercase = (ch: string) => ch !== ch.toUpperCase();

/**
 * The non-ASCII characters of VN3: the superset's upper half without what VN1 and VN2 added there
 * (uppercase toned letters, bare tone marks). Encoding writes only these, so that every program
 * that reads .VnTime text, not only superset-aware ones, reads back what was written.
 */
const VN3 = new Set(
  [...iconv.decode(byteRange(0x80, 0x100), CODEC)].filter((ch) => isLowercase(ch) || !hasTone(ch)),
);

/** The 67 lowercase letters VN3 encodes beyond ASCII. */
export const TCVN3_LOWERCASE_LETTERS: readonly string[] = [...VN3].filter(isLowercase);

/** The 60 lowercase toned vowels: the letters whose case a TCVN3 file does not record. */
const AMBIGUOUS = new Set(TCVN3_LOWERCASE_LETTERS.filter(hasTone));

/**
 * Decodes TCVN3 bytes. ASCII stays ASCII, C0 bytes included; VN3 (and the VN2/VN1 superset
 * positions above 0x7F) become Unicode NFC. Toned vowels come out lowercase (see above).
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  const text = iconv
    .decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), CODEC)
    .replace(VN1_LETTER, (ch) => VN1_CONTROLS.get(ch)!);
  // VN2 combining marks after a base letter compose here; everything else is already NFC.
  return toNfc(text);
}

/** The VN3 character that stands for `ch`, or undefined when VN3 cannot hold it. */
function vn3Char(ch: string): string | undefined {
  if (ch < '\u0080' || VN3.has(ch)) return ch;
  // VN3 practice: an uppercase toned vowel is the lowercase byte in a capitals font. iconv-lite
  // would write the VN1/VN2 byte instead, which plain VN3 fonts do not have.
  const lower = ch.toLowerCase();
  return AMBIGUOUS.has(lower) ? lower : undefined;
}

/**
 * Encodes text as VN3 bytes (for test fixtures and legacy exports). Uppercase toned vowels use
 * the lowercase byte, as they did with a capitals font; characters VN3 cannot hold become '?'.
 */
export function encodeTcvn3(text: string): Uint8Array {
  // By code point ('u'), so that a character outside the BMP becomes one '?', not two.
  const vn3 = toNfc(text).replace(/[^\0-\x7f]/gu, (ch) => vn3Char(ch) ?? '?');
  // One UTF-16 unit per byte: every unit of `vn3` is ASCII or a VN3 character.
  const out = new Uint8Array(iconv.encode(vn3, CODEC));
  // C0 stays C0, as in decoding: iconv-lite writes '?' for the controls whose bytes VN1 gave to
  // letters.
  for (let i = 0; i < out.length; i++) {
    const code = vn3.charCodeAt(i);
    if (code < 0x20) out[i] = code;
  }
  return out;
}

/** True when VN3 can represent every character of the text (letters' case aside). */
export function isTcvn3Encodable(text: string): boolean {
  for (const ch of toNfc(text)) if (vn3Char(ch) === undefined) return false;
  return true;
}

const NON_ASCII = /[\u0080-\uffff]/;

const capitaliseFirst = (word: string) => {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return AMBIGUOUS.has(first) ? first.toUpperCase() + word.slice(first.length) : word;
};

/**
 * Recovers the case TCVN3 lost in one cell (see the module comment):
 * - every ASCII letter of the cell is uppercase and some word has at least two of them
 *   ("DANH S¸CH", "§ç THÞ THóY") → the whole cell is uppercased;
 * - otherwise a cell that starts with a toned vowel starts with a capital ("ñy viªn" → "Ủy viên").
 * Everything else is left as decoded: "Tỉnh ủy", "Giám đốc" are right in lowercase.
 */
export function restoreTcvn3Case(cell: string): string {
  if (!NON_ASCII.test(cell)) return cell;
  if (!/[a-z]/.test(cell) && cell.split(/\s+/).some((w) => (w.match(/[A-Z]/g)?.length ?? 0) >= 2)) {
    return cell.toUpperCase();
  }
  const lead = /^\s*/.exec(cell)![0];
  return lead + capitaliseFirst(cell.slice(lead.length));
}

/**
 * For a personal name read from TCVN3 (after restoreTcvn3Case): when every word that starts with
 * an ASCII letter is capitalised ("Lª ThÞ ¸nh"), a word starting with a toned vowel is too
 * ("Lê Thị Ánh"). Not for other text: "Tỉnh ủy" is correct as it is.
 */
export function restoreTcvn3NameCase(name: string): string {
  if (!NON_ASCII.test(name)) return name;
  const words = name.split(' ');
  const asciiInitial = words.filter((w) => /^[A-Za-z]/.test(w));
  if (asciiInitial.length === 0 || !asciiInitial.every((w) => /^[A-Z]/.test(w))) return name;
  return words.map((w) => (w ? capitaliseFirst(w) : w)).join(' ');
}
