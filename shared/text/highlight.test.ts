import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery, searchWords } from './fold';

const searchWordsOf = (s: string) => searchWords(foldText(s));
import { excerpt, highlightSpans } from './highlight';

const marked = (text: string, query: string) =>
  highlightSpans(text, query).map((s) => text.slice(s.start, s.end));

describe('highlighting a search on what the operator wrote', () => {
  it('marks accented words found without accents, at the start of words only', () => {
    expect(
      marked('Kết luận của đồng chí Bí thư: tăng cường chuyển đổi số', 'ket luan doi so'),
    ).toEqual(['Kết', 'luận', 'đổi', 'số']);
    expect(marked('Đề nghị Trung ương hỗ trợ', 'de nghi')).toEqual(['Đề', 'nghị']);
    expect(marked('Thuận lợi', 'an')).toEqual([]);
  });

  it('keeps offsets right across decomposed text and characters outside the BMP', () => {
    const text = 'Ho\u0300a 😀 Hòa'.normalize('NFD');
    for (const s of highlightSpans(text, 'hoa')) {
      expect(foldText(text.slice(s.start, s.end))).toBe('hoa');
    }
    expect(highlightSpans('😀 hòa', 'hoa')).toEqual([{ start: 3, end: 6 }]);
  });

  it('marks something exactly when the full-text rule says the text matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Hòa', 'hoà', 'Đông', 'dong', 'bình', 'An', 'số', '1', '-', ' '), {
          maxLength: 12,
        }),
        fc.constantFrom('hoa', 'dong', 'binh', 'an', 'so'),
        (parts, word) => {
          const text = parts.join(' ');
          const spans = highlightSpans(text, word);
          expect(spans.length > 0).toBe(matchesQuery(foldText(text), word));
          for (const s of spans) expect(foldText(text.slice(s.start, s.end))).toContain(word);
        },
      ),
    );
  });

  it('finds a word whatever surrounds it: tabs, capitals, any script', () => {
    // The folding goes character by character (ASCII inline, the rest kept per character):
    // it must agree with foldText on any text around the word.
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('HÒA', 'Hoà', 'hoa', 'ĐÔNG\tđông'),
        fc.string({ unit: 'binary' }),
        (before, word, after) => {
          const text = `${before} ${word}\n${after}`;
          const query = searchWordsOf(word)[0]!;
          const spans = highlightSpans(text, query);
          expect(spans.length).toBeGreaterThan(0);
          for (const s of spans) expect(foldText(text.slice(s.start, s.end))).toContain(query);
        },
      ),
    );
  });

  it('cuts an excerpt around the first match, at spaces', () => {
    const long = `${'mở đầu '.repeat(40)}đồng chí Bí thư kết luận${' và tiếp'.repeat(40)}`;
    const e = excerpt(long, 'ket luan', 80);
    expect(e.text.length).toBeLessThanOrEqual(80);
    expect(e.clippedStart && e.clippedEnd).toBe(true);
    expect(e.spans.map((s) => e.text.slice(s.start, s.end))).toEqual(['kết', 'luận']);
    expect(e.text.startsWith(' ') || e.text.endsWith(' ')).toBe(false);
  });
});
