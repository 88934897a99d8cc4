import { describe, expect, it } from 'vitest';
import { highlightSpans } from '../../../shared/text/highlight';
import { splitBySpans } from './highlight';

describe('search hit highlighting', () => {
  it('cuts the excerpt at the spans, marking the matches', () => {
    const text = 'Đồng chí kết luận: giao Sở Tài chính';
    expect(splitBySpans(text, highlightSpans(text, 'ket luan'))).toEqual([
      { text: 'Đồng chí ', marked: false },
      { text: 'kết', marked: true },
      { text: ' ', marked: false },
      { text: 'luận', marked: true },
      { text: ': giao Sở Tài chính', marked: false },
    ]);
  });

  it('clips spans past the text and keeps the text whole', () => {
    const pieces = splitBySpans('abc', [
      { start: 1, end: 2 },
      { start: 2, end: 9 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('abc');
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['b', 'c']);
  });
});
