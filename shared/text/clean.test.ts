import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBlock, cleanLine, hasContent, textProblem } from './clean';

describe('text at the contract', () => {
  it('refuses NUL and lone surrogates, and nothing else', () => {
    expect(textProblem('Lê Văn\u0000 Tám')).toBe('invalid_characters');
    expect(textProblem('Lê \uD800Văn')).toBe('invalid_characters');
    expect(textProblem('Lê \uDC00Văn')).toBe('invalid_characters');
    expect(textProblem('Lê Văn Tám 😀')).toBeNull();
    expect(textProblem('')).toBeNull();
  });

  it('removes bidi overrides, zero-width and other invisible characters', () => {
    expect(cleanLine('\u202EHưng\u202C')).toBe('Hưng');
    expect(cleanLine('Nguyễn\u200B Văn\u2060 An\uFEFF')).toBe('Nguyễn Văn An');
    expect(cleanLine('Thu\u00ADỷ')).toBe('Thủy');
    expect(cleanLine('\u2066Lê\u2069 \u3164Tám')).toBe('Lê Tám');
  });

  it('turns control characters into spaces in a one-line field', () => {
    expect(cleanLine('Lê\tVăn\r\nTám\u0007')).toBe('Lê Văn Tám');
  });

  it('normalises Vietnamese: NFC and the traditional tone placement', () => {
    expect(cleanLine('Nguyễn Thị Hoà'.normalize('NFD'))).toBe('Nguyễn Thị Hòa');
  });

  it('says an invisible-only name has no content', () => {
    expect(hasContent(cleanLine('\u200B\u200D\u3164 \u2800'))).toBe(false);
    expect(hasContent(cleanLine('Lê'))).toBe(true);
    expect(hasContent('07')).toBe(true);
  });

  it('is idempotent and leaves no format or control character behind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), (s) => {
        const once = cleanLine(s);
        expect(cleanLine(once)).toBe(once);
        expect(/(?![\u200C\u200D])[\p{Cf}\p{Cc}]/u.test(once)).toBe(false);
        expect(once).toBe(once.normalize('NFC'));
      }),
    );
  });

  it('keeps a block’s lines and indentation, and cleans each line like a field', () => {
    const typed = '\r\n**Kết luận**\r\n  - Tỉnh ủy hoà\u200B giải\t \r- hết\u0007\n\n';
    expect(cleanBlock(typed)).toBe('**Kết luận**\n  - Tỉnh ủy hòa giải\n- hết');
  });

  it('cleans a block idempotently, to lines that are clean and keep their words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 80 }), (s) => {
        const once = cleanBlock(s);
        expect(cleanBlock(once)).toBe(once);
        expect(/(?![\t\n\u200C\u200D])[\p{Cf}\p{Cc}]/u.test(once)).toBe(false);
        expect(once).toBe(once.normalize('NFC'));
        const words = (t: string) => t.split(/\s+/).filter(Boolean);
        expect(words(once).map(cleanLine)).toEqual(words(cleanLine(s)).map(cleanLine));
      }),
    );
  });
});
