import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  TCVN3_LOWERCASE_LETTERS,
  decodeTcvn3,
  encodeTcvn3,
  isTcvn3Encodable,
  restoreTcvn3Case,
  restoreTcvn3NameCase,
} from './tcvn3';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const VOWELS = [...'aăâeêioôơuưy'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

describe('TCVN3 table', () => {
  it('holds the 67 lowercase letters beyond ASCII, each once', () => {
    expect(TCVN3_LOWERCASE_LETTERS).toHaveLength(67);
    expect(new Set(TCVN3_LOWERCASE_LETTERS).size).toBe(67);
  });

  it('round-trips every Vietnamese lowercase vowel with every tone, and đ', () => {
    for (const v of VOWELS) {
      for (const t of TONES) {
        const letter = (v + t).normalize('NFC');
        const encoded = encodeTcvn3(letter);
        expect(encoded).toHaveLength(1);
        expect(decodeTcvn3(encoded)).toBe(letter);
      }
    }
    expect(decodeTcvn3(encodeTcvn3('đ'))).toBe('đ');
  });

  it('puts letters where the .VnTime fonts have them', () => {
    // Spot checks across the table, one per row of it.
    const expected: Array<[number, string]> = [
      [0xa1, 'Ă'],
      [0xa2, 'Â'],
      [0xa3, 'Ê'],
      [0xa4, 'Ô'],
      [0xa5, 'Ơ'],
      [0xa6, 'Ư'],
      [0xa7, 'Đ'],
      [0xa8, 'ă'],
      [0xa9, 'â'],
      [0xaa, 'ê'],
      [0xab, 'ô'],
      [0xac, 'ơ'],
      [0xad, 'ư'],
      [0xae, 'đ'],
      [0xb5, 'à'],
      [0xb6, 'ả'],
      [0xb7, 'ã'],
      [0xb8, 'á'],
      [0xb9, 'ạ'],
      [0xbb, 'ằ'],
      [0xbe, 'ắ'],
      [0xc6, 'ặ'],
      [0xc7, 'ầ'],
      [0xca, 'ấ'],
      [0xcb, 'ậ'],
      [0xcc, 'è'],
      [0xce, 'ẻ'],
      [0xd0, 'é'],
      [0xd2, 'ề'],
      [0xd4, 'ễ'],
      [0xd5, 'ế'],
      [0xd6, 'ệ'],
      [0xd7, 'ì'],
      [0xdc, 'ĩ'],
      [0xdd, 'í'],
      [0xde, 'ị'],
      [0xdf, 'ò'],
      [0xe1, 'ỏ'],
      [0xe3, 'ó'],
      [0xe7, 'ỗ'],
      [0xe8, 'ố'],
      [0xea, 'ờ'],
      [0xed, 'ớ'],
      [0xef, 'ù'],
      [0xf1, 'ủ'],
      [0xf3, 'ú'],
      [0xf5, 'ừ'],
      [0xf8, 'ứ'],
      [0xf9, 'ự'],
      [0xfa, 'ỳ'],
      [0xfd, 'ý'],
      [0xfe, 'ỵ'],
    ];
    for (const [b, ch] of expected) expect([b, decodeTcvn3(bytes(b))]).toEqual([b, ch]);
  });

  it('decodes known words', () => {
    // N g u y ễ n   V ă n   H ư n g
    expect(
      decodeTcvn3(
        bytes(...ascii('Nguy'), 0xd4, ...ascii('n V'), 0xa8, ...ascii('n H'), 0xad, ...ascii('ng')),
      ),
    ).toBe('Nguyễn Văn Hưng');
    expect(decodeTcvn3(bytes(0xa7, 0xe7, ...ascii(' Th'), 0xde, ...ascii(' Th'), 0xf3, 0x79))).toBe(
      'Đỗ Thị Thúy',
    );
    expect(decodeTcvn3(bytes(...ascii('H'), 0xdf, 0x61))).toBe('Hòa');
    expect(decodeTcvn3(encodeTcvn3('Nguyễn Văn Hưng'))).toBe('Nguyễn Văn Hưng');
    expect(decodeTcvn3(encodeTcvn3('Đỗ Thị Thúy'))).toBe('Đỗ Thị Thúy');
  });

  it('cannot tell uppercase toned vowels from lowercase (a capitals font used the same bytes)', () => {
    expect(encodeTcvn3('Á')).toEqual(encodeTcvn3('á'));
    expect(decodeTcvn3(encodeTcvn3('DANH SÁCH'))).toBe('DANH SáCH');
    expect(decodeTcvn3(encodeTcvn3('ĐẠI BIỂU'))).toBe('ĐạI BIểU');
  });

  it('decodes the VN2/VN1 positions for uppercase toned letters and leaves C0 controls alone', () => {
    expect(decodeTcvn3(bytes(0xc0))).toBe('Ắ');
    expect(decodeTcvn3(bytes(0xff))).toBe('Ố');
    expect(decodeTcvn3(bytes(0x80, 0x83))).toBe('ÀÁ');
    expect(decodeTcvn3(bytes(0x61, 0xb3))).toBe('á'); // VN2 combining acute composes
    expect(decodeTcvn3(bytes(0x01))).toBe('\u0001');
  });

  it('maps characters TCVN3 cannot hold to "?"', () => {
    expect(decodeTcvn3(encodeTcvn3('€ ñ'))).toBe('? ?');
    expect(isTcvn3Encodable('Nguyễn Văn Hưng')).toBe(true);
    expect(isTcvn3Encodable('Ñ')).toBe(false);
  });

  it('round-trips strings of lowercase Vietnamese letters and ASCII (property)', () => {
    const letter = fc.constantFrom(...TCVN3_LOWERCASE_LETTERS, ...'abcdefghijklmnopqrstuvwxyz');
    const char = fc.oneof(
      letter,
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

// What decodeTcvn3 gave for every byte while it had its own table, frozen so that the table now
// taken from iconv-lite cannot drift: bytes below 0x80 (the C0 controls included) are themselves.
const FROZEN_UPPER_HALF = [
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ', // 0x80
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ', // 0x90
  '\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ', // 0xA0
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ', // 0xB0
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ', // 0xC0
  'éẹềểễếệìỉỄẾỒĩíịò', // 0xD0
  'Ổỏõóọồổỗốộờởỡớợù', // 0xE0
  'ỖủũúụừửữứựỳỷỹýỵỐ', // 0xF0
].join('');
const FROZEN = [
  ...Array.from({ length: 0x80 }, (_, b) => String.fromCharCode(b)),
  ...FROZEN_UPPER_HALF,
];
/** The positions VN1 and VN2 added to VN3 above 0x7F; encoding never writes them. */
const SUPERSET_ONLY = new Set([
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  ...[0xaf, 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xba, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5],
  ...[0xcd, 0xd9, 0xda, 0xdb, 0xe0, 0xf0, 0xff],
]);
/** The C0 positions iconv-lite's `tcvn` gives to VN1 letters. */
const VN1_C0 = [0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17];

describe('TCVN3 on iconv-lite', () => {
  it('decodes every byte as the frozen table does', () => {
    expect(FROZEN).toHaveLength(256);
    for (let b = 0; b < 256; b++) expect([b, decodeTcvn3(bytes(b))]).toEqual([b, FROZEN[b]]);
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    expect(decodeTcvn3(all)).toBe(FROZEN.join('').normalize('NFC'));
  });

  it('keeps as controls exactly the C0 bytes iconv-lite reads as letters', () => {
    for (let b = 0; b < 0x20; b++) {
      const theirs = iconv.decode(Buffer.from([b]), 'tcvn');
      expect([b, theirs !== String.fromCharCode(b)]).toEqual([b, VN1_C0.includes(b)]);
    }
    const c0 = bytes(...VN1_C0);
    expect(decodeTcvn3(c0)).toBe(String.fromCharCode(...VN1_C0));
    expect(encodeTcvn3(String.fromCharCode(...VN1_C0))).toEqual(c0);
    expect(decodeTcvn3(bytes(0x61, 0x01, 0x62, 0x16))).toBe('a\u0001b\u0016');
  });

  it('encodes only VN3: uppercase toned vowels as lowercase, anything else as "?"', () => {
    const vn3Byte = new Map<string, number>();
    FROZEN.forEach((ch, b) => {
      if (!SUPERSET_ONLY.has(b)) vn3Byte.set(ch, b);
    });
    const expected = (ch: string) =>
      vn3Byte.get(ch) ?? vn3Byte.get(ch.toLowerCase()) ?? '?'.charCodeAt(0);
    const ranges: Array<[number, number]> = [
      [0x0000, 0x0250],
      [0x0300, 0x0370],
      [0x1e00, 0x1f00],
    ];
    for (const [from, to] of ranges) {
      for (let cp = from; cp < to; cp++) {
        const ch = String.fromCodePoint(cp);
        if (ch.normalize('NFC') !== ch) continue;
        expect([cp, [...encodeTcvn3(ch)]]).toEqual([cp, [expected(ch)]]);
        expect([cp, isTcvn3Encodable(ch)]).toEqual([cp, ch === '?' || expected(ch) !== 0x3f]);
      }
    }
    // Composed first; a character outside the BMP is one "?".
    expect([...encodeTcvn3('a\u0301\u0301 A\u0323 \u{1f600}')]).toEqual([
      0xb8, 0x3f, 0x20, 0xb9, 0x20, 0x3f,
    ]);
  });
});

describe('restoreTcvn3Case', () => {
  const viaTcvn3 = (s: string) => restoreTcvn3Case(decodeTcvn3(encodeTcvn3(s)));

  it('uppercases a cell whose ASCII letters are all capitals', () => {
    expect(viaTcvn3('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ')).toBe('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ');
    expect(viaTcvn3('I. ĐẠI BIỂU TRUNG ƯƠNG')).toBe('I. ĐẠI BIỂU TRUNG ƯƠNG');
    expect(viaTcvn3('ĐỖ THỊ THÚY')).toBe('ĐỖ THỊ THÚY');
  });

  it('capitalises a cell that starts with a toned vowel', () => {
    expect(viaTcvn3('Ủy viên Ban Thường vụ')).toBe('Ủy viên Ban Thường vụ');
    expect(viaTcvn3('Ánh')).toBe('Ánh');
  });

  it('capitalises the words of a name that start with a toned vowel', () => {
    const name = (s: string) => restoreTcvn3NameCase(viaTcvn3(s));
    expect(name('Lê Thị Ánh')).toBe('Lê Thị Ánh');
    expect(name('Hoàng Ước')).toBe('Hoàng Ước');
    expect(name('Hà Ý')).toBe('Hà Ý');
    expect(name('Nguyễn Văn Hưng')).toBe('Nguyễn Văn Hưng');
    expect(name('Lê thị ánh')).toBe('Lê thị ánh'); // not a capitalised name: left alone
  });

  it('leaves ordinary text alone', () => {
    for (const s of [
      'Nguyễn Văn Hưng',
      'Phó Chủ tịch UBND tỉnh',
      'Tỉnh ủy Thanh Hóa',
      'Giám đốc',
      'Hà Nội',
      'Lý A',
      'UBND tỉnh',
    ]) {
      expect(viaTcvn3(s)).toBe(s);
    }
  });
});
