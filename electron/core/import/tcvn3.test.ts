import fc from 'fast-check';
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
