import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidGivenName, splitName } from './names';

describe('splitName', () => {
  it('takes the last word as the given name by default', () => {
    expect(splitName('Nguyễn Văn An')).toEqual({ family: 'Nguyễn', middle: 'Văn', given: 'An' });
    expect(splitName('Nguyễn Thị Ngọc Anh')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị Ngọc',
      given: 'Anh',
    });
  });

  it('uses a two-word given name the operator set', () => {
    expect(splitName('Nguyễn Thị Ngọc Anh', 'Ngọc Anh')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị',
      given: 'Ngọc Anh',
    });
  });

  it('matches the override regardless of case, form and tone placement, keeping the full name spelling', () => {
    expect(splitName('Nguyễn Thị Ngọc Anh', 'ngọc ANH').given).toBe('Ngọc Anh');
    expect(splitName('Trần Thị Khánh Hòa', 'Khánh Hoà'.normalize('NFD')).given).toBe('Khánh Hòa');
  });

  it.each([
    ['not the tail of the name', 'Thị Anh'],
    ['only a middle word', 'Ngọc'],
    ['the whole name', 'Nguyễn Thị Ngọc Anh'],
    ['longer than the name', 'Lê Nguyễn Thị Ngọc Anh'],
    ['blank', '   '],
    ['empty', ''],
    ['null', null],
  ])('falls back to the last word when the override is %s', (_why, override) => {
    expect(splitName('Nguyễn Thị Ngọc Anh', override)).toEqual({
      family: 'Nguyễn',
      middle: 'Thị Ngọc',
      given: 'Anh',
    });
  });

  it('gives a single-word name as the given name with no family or middle name', () => {
    expect(splitName('Hưng')).toEqual({ family: '', middle: '', given: 'Hưng' });
    expect(splitName('Hưng', 'Hưng')).toEqual({ family: '', middle: '', given: 'Hưng' });
  });

  it('gives a two-word name no middle name', () => {
    expect(splitName('Lê Lợi')).toEqual({ family: 'Lê', middle: '', given: 'Lợi' });
  });

  it('normalises spacing and tone placement before splitting', () => {
    expect(splitName('  Nguyễn   Thị\tHoà ')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị',
      given: 'Hòa',
    });
  });

  it('returns empty parts for an empty name', () => {
    expect(splitName('   ')).toEqual({ family: '', middle: '', given: '' });
  });
});

describe('isValidGivenName', () => {
  it('accepts a tail of the name, in any case or tone placement', () => {
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', 'Ngọc Anh')).toBe(true);
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', 'anh')).toBe(true);
    expect(isValidGivenName('Trần Thị Khánh Hòa', 'khánh hoà')).toBe(true);
  });

  it('accepts the only word of a single-word name', () => {
    expect(isValidGivenName('Hưng', 'Hưng')).toBe(true);
  });

  it('rejects what is not a tail of the name', () => {
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', 'Thị Anh')).toBe(false);
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', 'Ngọc')).toBe(false);
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', 'Lê Nguyễn Thị Ngọc Anh')).toBe(false);
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', '')).toBe(false);
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', '  ')).toBe(false);
  });

  it('rejects the whole of a multi-word name, which would leave no family name', () => {
    expect(isValidGivenName('Nguyễn Thị Ngọc Anh', 'Nguyễn Thị Ngọc Anh')).toBe(false);
  });

  it('accepts exactly the overrides splitName honours', () => {
    const word = fc.constantFrom('Nguyễn', 'Thị', 'Ngọc', 'Anh', 'Lê', 'Văn', 'Hòa', 'An');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        (nameWords, givenWords) => {
          const full = nameWords.join(' ');
          const given = givenWords.join(' ');
          const honoured = splitName(full, given).given === given;
          expect(isValidGivenName(full, given)).toBe(honoured);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
