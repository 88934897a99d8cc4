import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, nameSortKey, textSortKey } from './collation';
import { splitName } from './names';
import { normaliseVietnamese } from './tone';

const collator = new Intl.Collator('vi');
const sign = (n: number) => Math.sign(n);
const byKey = (a: string, b: string) => compareKeys(textSortKey(a), textSortKey(b));

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
const VOWELS = new Set([...'aăâeêioôơuưy']);
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** One letter with a random tone mark (vowels only) and random case, tone as a combining mark. */
const decorate = (letter: string) =>
  fc
    .record({ tone: fc.constantFrom(...TONES), upper: fc.boolean() })
    .map(
      ({ tone, upper }) =>
        (upper ? letter.toUpperCase() : letter) + (VOWELS.has(letter) ? tone : ''),
    );

const word = fc
  .array(fc.constantFrom(...LETTERS).chain(decorate), { minLength: 1, maxLength: 8 })
  .map((cs) => cs.join(''));

/** Two strings with the same letters, differing only in tones and case: the hard cases. */
const sameLetters = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 })
  .chain((letters) => {
    const one = fc.tuple(...letters.map(decorate)).map((cs) => cs.join(''));
    return fc.tuple(one, one);
  });

function expectKeyAgreesWithCollator(a: string, b: string): void {
  const expected = sign(collator.compare(a, b));
  const actual = sign(byKey(a, b));
  if (expected !== 0) {
    expect(actual, `${a.normalize('NFC')} vs ${b.normalize('NFC')}`).toBe(expected);
  }
  // Keys tie only for strings that are the same text once composed.
  if (actual === 0) expect(a.normalize('NFC')).toBe(b.normalize('NFC'));
}

describe('textSortKey', () => {
  it('orders random Vietnamese words as Intl.Collator("vi") does', () => {
    fc.assert(fc.property(word, word, expectKeyAgreesWithCollator), { numRuns: 20000 });
  });

  it('orders words differing only in tones and case as Intl.Collator("vi") does', () => {
    fc.assert(
      fc.property(sameLetters, ([a, b]) => expectKeyAgreesWithCollator(a, b)),
      { numRuns: 20000 },
    );
  });

  it('gives NFC and NFD spellings the same key', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(textSortKey(w.normalize('NFD'))).toBe(textSortKey(w.normalize('NFC')));
      }),
    );
  });

  it('is printable ASCII, so SQLite orders it byte-wise like the collator', () => {
    fc.assert(
      fc.property(fc.oneof(word, fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
        expect(textSortKey(s)).toMatch(/^[\x20-\x7e]*$/);
      }),
    );
  });

  // Each expectation is also checked against the collator, so the test documents ICU's rules.
  it.each([
    ['An', 'Anh', 'a shorter word before a longer one it starts'],
    ['anh', 'ăn', 'a before ă'],
    ['ăn', 'ân', 'ă before â'],
    ['án', 'ăn', 'letters decide before tones'],
    ['dũng', 'đức', 'd before đ'],
    ['Đức', 'e', 'đ before e'],
    ['on', 'ôn', 'o before ô'],
    ['ôn', 'ơn', 'ô before ơ'],
    ['un', 'ưn', 'u before ư'],
    ['an', 'An', 'lower case before upper case at equal letters and tones'],
    ['An', 'àn', 'tones decide before case'],
    ['Văn An', 'Văn Anh', 'words compared left to right'],
    ['Văn', 'Văn An', 'a shorter phrase before a longer one it starts'],
  ])('%s sorts before %s (%s)', (a, b) => {
    expect(collator.compare(a, b)).toBeLessThan(0);
    expect(byKey(a, b)).toBeLessThan(0);
    expect(byKey(b, a)).toBeGreaterThan(0);
  });

  it('uses tones only to break ties: an < àn < ản < ãn < án < ạn', () => {
    const chain = ['an', 'àn', 'ản', 'ãn', 'án', 'ạn'];
    const shuffled = [chain[3]!, chain[5]!, chain[0]!, chain[4]!, chain[1]!, chain[2]!];
    expect([...shuffled].sort(collator.compare)).toEqual(chain);
    expect([...shuffled].sort(byKey)).toEqual(chain);
    // …and every toned "an" still comes before "anh"
    expect(byKey('ạn', 'anh')).toBeLessThan(0);
  });

  it('sorts a list of given names like the collator', () => {
    const names = [
      'Yến',
      'Ánh',
      'Anh',
      'Ân',
      'Bình',
      'Đức',
      'Dũng',
      'Ơn',
      'Ôn',
      'On',
      'Ấn',
      'Ẩn',
      'Hòa',
      'Hoa',
      'Hải',
      'Hà',
      'Chi',
      'Cường',
      'Ưng',
      'Uy',
    ];
    expect([...names].sort(byKey)).toEqual([...names].sort(collator.compare));
  });

  it('gives the old and new tone placement different keys (they must be normalised first)', () => {
    // Mirrors the collator, which also treats them as different: normaliseVietnamese is the fix.
    expect(collator.compare('hoà', 'hòa')).not.toBe(0);
    expect(byKey('hoà', 'hòa')).not.toBe(0);
  });
});

describe('nameSortKey', () => {
  const byName = (a: string, b: string) => compareKeys(nameSortKey(a), nameSortKey(b));

  it('orders by given name first: "Trần Văn An" before "Lê Văn Bình"', () => {
    expect(byName('Trần Văn An', 'Lê Văn Bình')).toBeLessThan(0);
  });

  it('orders by family name at equal given names: "Lê Văn An" before "Trần Văn An"', () => {
    expect(byName('Lê Văn An', 'Trần Văn An')).toBeLessThan(0);
  });

  it('orders by middle name at equal given and family names: "Nguyễn Thị An" before "Nguyễn Văn An"', () => {
    expect(byName('Nguyễn Thị An', 'Nguyễn Văn An')).toBeLessThan(0);
    expect(byName('Nguyễn Văn An', 'Nguyễn Thị An')).toBeGreaterThan(0);
  });

  it('compares the given name in full, tones included, before looking at the family name', () => {
    // An < Án by tone only; the family names would order the other way round.
    expect(byName('Trần Văn An', 'Lê Văn Án')).toBeLessThan(0);
  });

  it('files a two-word given name under its first word', () => {
    const list = ['Lê Văn Bình', 'Nguyễn Thị Ngọc Anh', 'Phạm Minh'];
    const withOverride = [...list].sort((a, b) =>
      compareKeys(
        nameSortKey(a, a === 'Nguyễn Thị Ngọc Anh' ? 'Ngọc Anh' : null),
        nameSortKey(b, b === 'Nguyễn Thị Ngọc Anh' ? 'Ngọc Anh' : null),
      ),
    );
    expect(withOverride).toEqual(['Lê Văn Bình', 'Phạm Minh', 'Nguyễn Thị Ngọc Anh']);
    expect([...list].sort(byName)).toEqual(['Nguyễn Thị Ngọc Anh', 'Lê Văn Bình', 'Phạm Minh']);
  });

  it('gives spellings that differ only in tone placement, form or spacing one key', () => {
    const key = nameSortKey('Nguyễn Thị Hòa');
    expect(nameSortKey('Nguyễn Thị Hoà')).toBe(key);
    expect(nameSortKey('Nguyễn Thị Hoà'.normalize('NFD'))).toBe(key);
    expect(nameSortKey('  Nguyễn  Thị Hòa ')).toBe(key);
  });

  it('orders names by collator on given, then family, then middle name', () => {
    const syllable = fc
      .array(fc.constantFrom(...LETTERS).chain(decorate), { minLength: 1, maxLength: 3 })
      .map((cs) => cs.join(''));
    const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const reference = (a: string, b: string) => {
      const pa = splitName(a);
      const pb = splitName(b);
      return (
        sign(collator.compare(pa.given, pb.given)) ||
        sign(collator.compare(pa.family, pb.family)) ||
        sign(collator.compare(pa.middle, pb.middle))
      );
    };
    fc.assert(
      fc.property(name, name, (a, b) => {
        const expected = reference(a, b);
        const actual = sign(byName(a, b));
        if (expected !== 0) expect(actual, `${a} vs ${b}`).toBe(expected);
        // names are normalised before keying, so "Hoà" and "Hòa" tie on purpose
        if (actual === 0) expect(normaliseVietnamese(a)).toBe(normaliseVietnamese(b));
      }),
      { numRuns: 10000 },
    );
  });
});

describe('compareKeys', () => {
  it('is plain code-unit order (what SQLite BINARY collation does on ASCII)', () => {
    expect(compareKeys('a', 'b')).toBe(-1);
    expect(compareKeys('b', 'a')).toBe(1);
    expect(compareKeys('a', 'a')).toBe(0);
    expect(compareKeys('Z', 'a')).toBe(-1);
  });
});
