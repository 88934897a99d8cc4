import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { normaliseVietnamese } from './tone';

const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

describe('normaliseVietnamese: tone placement', () => {
  it.each([
    ['Hoà', 'Hòa'],
    ['thuý', 'thúy'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['khoẻ', 'khỏe'],
    ['Thuỷ', 'Thủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['hoạ', 'họa'],
    ['toà', 'tòa'],
  ])('moves the tone of an open oa/oe/uy syllable to the first vowel: %s → %s', (input, out) => {
    expect(normaliseVietnamese(input)).toBe(out);
  });

  it.each(['Hòa', 'thúy', 'Khánh Hòa', 'Thanh Hóa', 'Thủy'])(
    'leaves the traditional placement as it is: %s',
    (word) => {
      expect(normaliseVietnamese(word)).toBe(word);
    },
  );

  it.each([
    // a final consonant keeps the tone on the second vowel
    'Hoàng',
    'Toàn',
    'Huỳnh',
    'hoạch',
    // qu and gi are consonants before another vowel; gìn keeps the tone on its only vowel
    'quý',
    'giá',
    'gìn',
    'Quách',
    'quỳnh',
    'giữa',
    // a letter mark (ă â ê ô ơ ư) carries the tone
    'Nguyễn',
    'Hưởng',
    'được',
    'thuở',
    'chuyện',
    'Tuyết',
    // three vowels: the middle one
    'Thoại',
    'ngoài',
    'khuỷu',
  ])('leaves a correctly placed tone alone: %s', (word) => {
    expect(normaliseVietnamese(word)).toBe(word);
  });

  it('moves a tone put on the u of qu to the vowel after it', () => {
    expect(normaliseVietnamese('qúy')).toBe('quý');
  });

  it('returns NFC for NFD input', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    const out = normaliseVietnamese(nfd);
    expect(out).toBe('Nguyễn Thị Hòa');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('trims and collapses every run of whitespace to one space', () => {
    expect(normaliseVietnamese('  Nguyễn \t Thị\n\nHoà  ')).toBe('Nguyễn Thị Hòa');
  });

  it('keeps capitalisation as given', () => {
    expect(normaliseVietnamese('HOÀ')).toBe('HÒA');
    expect(normaliseVietnamese('THUÝ')).toBe('THÚY');
    expect(normaliseVietnamese('nguyễn thị hoà')).toBe('nguyễn thị hòa');
    expect(normaliseVietnamese('NGuyễn')).toBe('NGuyễn');
  });

  it('normalises each part of a hyphenated name', () => {
    expect(normaliseVietnamese('Hoà-Bình')).toBe('Hòa-Bình');
    expect(normaliseVietnamese('Bà Rịa–Vũng Tàu')).toBe('Bà Rịa–Vũng Tàu');
  });

  it.each(['José', 'Müller', 'Zoë', 'François', 'Chloé', 'Rosé', "H'Hoà"])(
    'leaves a word that is not a Vietnamese syllable untouched: %s',
    (word) => {
      expect(normaliseVietnamese(word)).toBe(word.normalize('NFC'));
      expect(normaliseVietnamese(word.normalize('NFD'))).toBe(word.normalize('NFC'));
    },
  );

  it('leaves a word with two tone marks alone rather than guess', () => {
    const odd = 'ho\u0300a\u0301';
    expect(normaliseVietnamese(odd)).toBe(odd.normalize('NFC'));
  });
});

// ---- properties -------------------------------------------------------------------------------

const ONSETS = [
  '',
  'b',
  'ch',
  'd',
  'đ',
  'h',
  'kh',
  'l',
  'ng',
  'nh',
  'ph',
  'th',
  'tr',
  'x',
  'gi',
  'qu',
];
const NUCLEI = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'oa',
  'oe',
  'uy',
  'uê',
  'ươ',
  'iê',
  'ai',
  'ao',
  'oai',
  'uyê',
  'ươi',
];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];

/** A syllable with a tone on a random vowel (right or wrong place), random case. */
const syllable = fc
  .record({
    onset: fc.constantFrom(...ONSETS),
    nucleus: fc.constantFrom(...NUCLEI),
    coda: fc.constantFrom(...CODAS),
    tone: fc.constantFrom('', ...TONE_MARKS),
    where: fc.nat(),
    caps: fc.constantFrom('lower', 'title', 'upper'),
  })
  .map(({ onset, nucleus, coda, tone, where, caps }) => {
    const letters = [...nucleus];
    const i = where % letters.length;
    letters[i] = letters[i] + tone;
    const word = onset + letters.join('') + coda;
    if (caps === 'upper') return word.toUpperCase();
    if (caps === 'title') return word.charAt(0).toUpperCase() + word.slice(1);
    return word;
  });

const vietnameseLike = fc
  .array(fc.tuple(syllable, fc.constantFrom(' ', '  ', '\t', '-', ' - ')), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((parts) =>
    fc.constantFrom('NFC', 'NFD').map((form) =>
      parts
        .map(([s, sep], i) => (i === 0 ? s : sep + s))
        .join('')
        .normalize(form as 'NFC' | 'NFD'),
    ),
  );

describe('normaliseVietnamese: properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseLike, fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
        const once = normaliseVietnamese(s);
        expect(normaliseVietnamese(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing that search sees: foldText(normalise(x)) === foldText(x)', () => {
    fc.assert(
      fc.property(vietnameseLike, (s) => {
        expect(foldText(normaliseVietnamese(s))).toBe(foldText(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('always returns NFC', () => {
    fc.assert(
      fc.property(vietnameseLike, (s) => {
        const out = normaliseVietnamese(s);
        expect(out).toBe(out.normalize('NFC'));
      }),
    );
  });

  it('gives both placements of an oa/oe/uy tone one spelling', () => {
    const openOrClosed = fc.record({
      onset: fc.constantFrom('', 'h', 'th', 'kh', 't', 'x', 'l', 'ng'),
      pair: fc.constantFrom('oa', 'oe', 'uy'),
      coda: fc.constantFrom('', 'n', 't', 'ch', 'nh', 'ng', 'c'),
      tone: fc.constantFrom(...TONE_MARKS),
    });
    fc.assert(
      fc.property(openOrClosed, ({ onset, pair, coda, tone }) => {
        const onFirst = (onset + pair[0] + tone + pair[1] + coda).normalize('NFC');
        const onSecond = (onset + pair[0] + pair[1] + tone + coda).normalize('NFC');
        const expected = coda === '' ? onFirst : onSecond;
        expect(normaliseVietnamese(onFirst)).toBe(expected);
        expect(normaliseVietnamese(onSecond)).toBe(expected);
      }),
    );
  });
});

describe('normaliseVietnamese around punctuation and legacy letters', () => {
  it('normalises words next to punctuation', () => {
    expect(normaliseVietnamese('Khánh Hoà,')).toBe('Khánh Hòa,');
    expect(normaliseVietnamese('(Thuý).')).toBe('(Thúy).');
    expect(normaliseVietnamese('Hoà-Bình')).toBe('Hòa-Bình');
  });

  it('reads the eth that legacy converters wrote for Đ as Đ', () => {
    expect(normaliseVietnamese('Ðỗ Trọng Hưng')).toBe('Đỗ Trọng Hưng');
    expect(normaliseVietnamese('Ðắk Lắk ðẹp')).toBe('Đắk Lắk đẹp');
  });
});
