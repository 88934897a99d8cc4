import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery, searchWords } from './fold';

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VIET_LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
const VIET_VOWELS = new Set([...'aăâeêioôơuưy']);

/** Vietnamese-looking text: letters with random tones and case, words split by random spacing. */
const vietnameseText = fc
  .array(
    fc.array(
      fc
        .record({
          letter: fc.constantFrom(...VIET_LETTERS),
          tone: fc.constantFrom(...TONES),
          upper: fc.boolean(),
        })
        .map(
          ({ letter, tone, upper }) =>
            (upper ? letter.toUpperCase() : letter) + (VIET_VOWELS.has(letter) ? tone : ''),
        ),
      { minLength: 1, maxLength: 7 },
    ),
    { minLength: 0, maxLength: 4 },
  )
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', '  ', '\t', '\n', ' \u00a0'), {
        minLength: words.length + 1,
        maxLength: words.length + 1,
      })
      .map((gaps) => gaps[0] + words.map((w, i) => w.join('') + gaps[i + 1]).join('')),
  );

const anyText = fc.oneof(
  vietnameseText,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('foldText', () => {
  it('drops tones and letter marks, so "hung" finds "Hưng"', () => {
    expect(foldText('Hưng')).toBe('hung');
    expect(foldText('Nguyễn Thị Hòa')).toBe('nguyen thi hoa');
    expect(foldText('ăâêôơư ÀẢÃÁẠ')).toBe('aaeoou aaaaa');
  });

  it('maps đ and Đ to d, which NFD alone would not do', () => {
    expect('Đ'.normalize('NFD')).toBe('Đ'); // no decomposition: the explicit mapping is needed
    expect(foldText('Đỗ Đình đức')).toBe('do dinh duc');
  });

  it('folds NFD input exactly like NFC input', () => {
    const nfc = 'Đỗ Trọng Hưng, Khánh Hòa, Nguyễn Thị Thủy';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldText(nfd)).toBe(foldText(nfc));
    expect(foldText(nfd)).toBe('do trong hung, khanh hoa, nguyen thi thuy');
  });

  it('is case-insensitive', () => {
    expect(foldText('ĐỖ TRỌNG HƯNG')).toBe(foldText('đỗ trọng hưng'));
    expect(foldText('Lê Văn AN')).toBe('le van an');
  });

  it('folds both tone placements of oa/uy to the same text', () => {
    expect(foldText('Hoà')).toBe(foldText('Hòa'));
    expect(foldText('Thuý')).toBe(foldText('Thúy'));
  });

  it('collapses runs of whitespace to one space and trims the ends', () => {
    expect(foldText('  Lê\t\nVăn \u00a0  An  ')).toBe('le van an');
    expect(foldText('   ')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves a Vietnamese diacritic, đ, an upper-case letter or stray whitespace', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const folded = foldText(s);
        expect(folded).toMatch(/^(?:[a-z]+(?: [a-z]+)*)?$/);
      }),
    );
  });
});

describe('searchWords', () => {
  it('returns no words for empty, blank or wordless text', () => {
    expect(searchWords('')).toEqual([]);
    expect(searchWords(' \t ')).toEqual([]);
    expect(searchWords('!!! – …')).toEqual([]);
  });

  it('returns the words in order, any run of other characters between them', () => {
    expect(searchWords(foldText('  Đỗ   Trọng\tHưng '))).toEqual(['do', 'trong', 'hung']);
    expect(searchWords('ubnd tinh (thanh hoa)-so 0912.345')).toEqual([
      'ubnd',
      'tinh',
      'thanh',
      'hoa',
      'so',
      '0912',
      '345',
    ]);
  });

  it('treats letters of other scripts as word breaks, as a query cannot type them', () => {
    expect(searchWords('ivanов straße')).toEqual(['ivan', 'stra', 'e']);
  });
});

describe('matchesQuery', () => {
  const hay = foldText('Đỗ Trọng Hưng Phó Bí thư Tỉnh ủy 0912 345 678');

  it('"do trong" finds "Đỗ Trọng Hưng"', () => {
    expect(matchesQuery(hay, 'do trong')).toBe(true);
  });

  it('folds the query, so typing with or without diacritics both match', () => {
    expect(matchesQuery(hay, 'Đỗ TRỌNG')).toBe(true);
    expect(matchesQuery(hay, 'hưng'.normalize('NFD'))).toBe(true);
  });

  it('matches query words in any order', () => {
    expect(matchesQuery(hay, 'hung do')).toBe(true);
  });

  it('matches word prefixes, not letters inside a word', () => {
    expect(matchesQuery(hay, 'tro hu')).toBe(true);
    expect(matchesQuery(hay, 'rong')).toBe(false);
    expect(matchesQuery(hay, 'ung')).toBe(false);
  });

  it('requires every query word to match', () => {
    expect(matchesQuery(hay, 'do lan')).toBe(false);
  });

  it('matches digits such as a phone number prefix', () => {
    expect(matchesQuery(hay, '0912')).toBe(true);
    expect(matchesQuery(hay, '912')).toBe(false);
  });

  it('treats punctuation inside a query word as a word break', () => {
    expect(matchesQuery(hay, 'do-trong')).toBe(true);
    expect(matchesQuery(hay, 'do-lan')).toBe(false);
  });

  it('matches everything for an empty or blank query', () => {
    expect(matchesQuery(hay, '')).toBe(true);
    expect(matchesQuery(hay, '   ')).toBe(true);
  });

  it('is true exactly when every query word is a prefix of some text word', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeghn'), minLength: 1, maxLength: 5 });
    const scenario = fc.array(word, { minLength: 1, maxLength: 5 }).chain((hayWords) =>
      fc.record({
        hayWords: fc.constant(hayWords),
        queryWords: fc.array(
          fc.oneof(
            // a prefix of one of the text's words…
            fc
              .tuple(fc.constantFrom(...hayWords), fc.nat())
              .map(([w, n]) => w.slice(0, 1 + (n % w.length))),
            // …or any word, which may or may not be one
            word,
          ),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ hayWords, queryWords }) => {
        const expected = queryWords.every((q) => hayWords.some((h) => h.startsWith(q)));
        expect(matchesQuery(hayWords.join(' '), queryWords.join(' '))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('foldText with legacy letters', () => {
  it('folds the eth like đ, so "do" finds a converted "Ðỗ"', () => {
    expect(foldText('Ðỗ Trọng Hưng')).toBe('do trong hung');
    expect(matchesQuery(foldText('Ðỗ Trọng Hưng'), 'do trong')).toBe(true);
  });
});
