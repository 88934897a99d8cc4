import { describe, expect, it } from 'vitest';
import { markdownLines, markdownRuns } from './markdown';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('the items’ Markdown', () => {
  it('reads bold and italics, and leaves a lone star as text', () => {
    expect(markdownRuns('Hoàn thành **trước 30/6**, *khẩn*; 2 * 3 * 4')).toEqual([
      plain('Hoàn thành '),
      { text: 'trước 30/6', bold: true, italic: false },
      plain(', '),
      { text: 'khẩn', bold: false, italic: true },
      plain('; 2 * 3 * 4'),
    ]);
  });

  it('splits lines, marks bullets and drops blank lines', () => {
    expect(markdownLines('Các nội dung:\n\n- một\n* **hai**\n')).toEqual([
      { bullet: false, runs: [plain('Các nội dung:')] },
      { bullet: true, runs: [plain('một')] },
      { bullet: true, runs: [{ text: 'hai', bold: true, italic: false }] },
    ]);
  });
});
