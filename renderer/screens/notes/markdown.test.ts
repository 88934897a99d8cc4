import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText } from './markdown';

const plain = (text: string) => ({ text, bold: false, italic: false });
const bold = (text: string) => ({ text, bold: true, italic: false });
const italic = (text: string) => ({ text, bold: false, italic: true });

describe('note Markdown', () => {
  it('reads bold and italic stretches, and both nested', () => {
    expect(parseInline('Đồng chí **Bí thư** kết luận *ba* _nhiệm vụ_')).toEqual([
      plain('Đồng chí '),
      bold('Bí thư'),
      plain(' kết luận '),
      italic('ba'),
      plain(' '),
      italic('nhiệm vụ'),
    ]);
    expect(parseInline('**rất *khẩn* nhé**')).toEqual([
      bold('rất '),
      { text: 'khẩn', bold: true, italic: true },
      bold(' nhé'),
    ]);
  });

  it('leaves markers that open or close nothing as typed', () => {
    expect(parseInline('2 * 3 = 6, a_b_c, ** trống **, *chưa đóng')).toEqual([
      plain('2 * 3 = 6, a_b_c, ** trống **, *chưa đóng'),
    ]);
    expect(parseInline('<b>không phải HTML</b>')).toEqual([plain('<b>không phải HTML</b>')]);
  });

  it('splits paragraphs on blank lines and keeps line breaks inside one', () => {
    expect(parseMarkdown('Dòng một\nDòng hai\n\n\nĐoạn sau')).toEqual([
      { kind: 'paragraph', lines: [[plain('Dòng một')], [plain('Dòng hai')]] },
      { kind: 'paragraph', lines: [[plain('Đoạn sau')]] },
    ]);
  });

  it('reads bullet and numbered lists, a numbered one from its first number', () => {
    expect(parseMarkdown('Giao:\n- Sở **Tài chính**\n* Sở Y tế\n3. Một\n4) Hai')).toEqual([
      { kind: 'paragraph', lines: [[plain('Giao:')]] },
      { kind: 'bullets', items: [[plain('Sở '), bold('Tài chính')], [plain('Sở Y tế')]] },
      { kind: 'numbered', start: 3, items: [[plain('Một')], [plain('Hai')]] },
    ]);
  });

  it('has nothing to show for empty text', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('\n \n')).toEqual([]);
  });

  it('reads as one plain line for a preview', () => {
    expect(plainText('Kết luận: **thống nhất**\n\n- Sở *Y tế*\n- Sở Tài chính')).toBe(
      'Kết luận: thống nhất · Sở Y tế · Sở Tài chính',
    );
  });
});
