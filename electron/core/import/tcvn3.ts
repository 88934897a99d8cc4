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
 * Decoding also accepts, as a tolerance, the supersets of VN3 in the same standard: VN2 puts the
 * uppercase toned letters that fit into the unused 0xA0–0xFF positions and the five tone marks as
 * combining characters (0xB0–0xB4); VN1 puts the remaining uppercase toned letters in 0x80–0x9F
 * (and in C0 control positions, which are NOT decoded here: they stay control characters).
 * Encoding always produces VN3, like the converters people used (Unikey, Vietkey).
 */

// Tones in the order TCVN3 lays them out for every vowel: huyền, hỏi, ngã, sắc, nặng.
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** VN3 bytes of each lowercase vowel with a tone, in the order of TONES. */
const VN3_TONED: ReadonlyArray<readonly [vowel: string, bytes: readonly number[]]> = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** VN3 letters without a tone: 0xA1–0xA7 uppercase, 0xA8–0xAE lowercase. */
const VN3_PLAIN: ReadonlyArray<readonly [char: string, byte: number]> = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
  ['ă', 0xa8],
  ['â', 0xa9],
  ['ê', 0xaa],
  ['ô', 0xab],
  ['ơ', 0xac],
  ['ư', 0xad],
  ['đ', 0xae],
  ['\u00a0', 0xa0],
];

/** VN2 additions (decode only): uppercase toned letters in the positions VN3 leaves empty. */
const VN2_EXTRA: ReadonlyArray<readonly [char: string, byte: number]> = [
  ['Ằ', 0xaf],
  ['\u0300', 0xb0],
  ['\u0309', 0xb1],
  ['\u0303', 0xb2],
  ['\u0301', 0xb3],
  ['\u0323', 0xb4],
  ['Ẳ', 0xba],
  ['Ẵ', 0xbf],
  ['Ắ', 0xc0],
  ['Ầ', 0xc1],
  ['Ẩ', 0xc2],
  ['Ẫ', 0xc3],
  ['Ấ', 0xc4],
  ['Ề', 0xc5],
  ['Ể', 0xcd],
  ['Ễ', 0xd9],
  ['Ế', 0xda],
  ['Ồ', 0xdb],
  ['Ổ', 0xe0],
  ['Ỗ', 0xf0],
  ['Ố', 0xff],
];

/** VN1 additions in 0x80–0x9F (decode only), one character per byte from 0x80 on. */
const VN1_C1 = 'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ';

const withTone = (vowel: string, tone: string) => (vowel + tone).normalize('NFC');

/** byte → character for 0x80–0xFF ('' where nothing is assigned). */
const DECODE: string[] = new Array<string>(256).fill('');
/** character (NFC) → byte, VN3 only. */
const ENCODE = new Map<string, number>();

for (const [vowel, bytes] of VN3_TONED) {
  bytes.forEach((byte, i) => {
    const lower = withTone(vowel, TONES[i]!);
    DECODE[byte] = lower;
    ENCODE.set(lower, byte);
    // VN3 practice: an uppercase toned vowel is the lowercase byte in a capitals font.
    if (!ENCODE.has(lower.toUpperCase())) ENCODE.set(lower.toUpperCase(), byte);
  });
}
for (const [char, byte] of VN3_PLAIN) {
  DECODE[byte] = char;
  ENCODE.set(char, byte);
}
for (const [char, byte] of VN2_EXTRA) DECODE[byte] = char;
for (let i = 0; i < VN1_C1.length; i++) DECODE[0x80 + i] = VN1_C1[i]!;

/** The 67 lowercase letters VN3 encodes beyond ASCII (for tests and detection). */
export const TCVN3_LOWERCASE_LETTERS: readonly string[] = [
  ...VN3_TONED.flatMap(([vowel]) => TONES.map((t) => withTone(vowel, t))),
  ...'ăâêôơưđ',
];

/**
 * Decodes TCVN3 bytes. ASCII stays ASCII; VN3 (and the VN2/VN1 superset positions) become
 * Unicode NFC; an unassigned byte becomes U+FFFD. Toned vowels come out lowercase (see above).
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) chunk += String.fromCharCode(b);
    else chunk += DECODE[b] || '\ufffd';
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  // VN2 combining marks after a base letter compose here; everything else is already NFC.
  return parts.join('').normalize('NFC');
}

/**
 * Encodes text as VN3 bytes (for test fixtures and legacy exports). Uppercase toned vowels use
 * the lowercase byte, as they did with a capitals font; characters VN3 cannot hold become '?'.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(ENCODE.get(ch) ?? 0x3f);
  }
  return Uint8Array.from(out);
}

/** True when VN3 can represent every character of the text (letters' case aside). */
export function isTcvn3Encodable(text: string): boolean {
  for (const ch of text.normalize('NFC')) {
    if (ch.codePointAt(0)! >= 0x80 && !ENCODE.has(ch)) return false;
  }
  return true;
}

/** The 60 lowercase toned vowels: the letters whose case a TCVN3 file does not record. */
const AMBIGUOUS = new Set(VN3_TONED.flatMap(([vowel]) => TONES.map((t) => withTone(vowel, t))));
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
