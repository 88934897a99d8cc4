import { describe, expect, it } from 'vitest';
import { attendanceDocument, signInDocument } from '../../../shared/documents/attendance';
import {
  BRIEFING_MEETING as MEETING,
  BRIEFING_PROFILE as PROFILE,
  briefingInvitees,
} from '../../../shared/testing/briefing';
import { writeDocx } from './docx';
import { officePart, wordText } from './testing';

describe('a document as DOCX', () => {
  it('holds the heading, date line, title, the list in order and the signature, as text', async () => {
    const model = attendanceDocument(PROFILE, MEETING, briefingInvitees(), 'all');
    const xml = await officePart(await writeDocx(model), 'word/document.xml');
    const lines = wordText(xml);
    expect(lines.slice(0, 5)).toEqual([
      'TỈNH ỦY THANH HÓA',
      'VĂN PHÒNG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Thanh Hóa, ngày 05 tháng 01 năm 2026',
    ]);
    expect(lines).toContain('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ');
    const names = briefingInvitees().map((i) => i.fullName);
    const positions = names.map((n) => lines.indexOf(n));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines.slice(-2)).toEqual(['NGƯỜI LẬP', 'Lê Văn Cường']);
  });

  it('repeats the table header on every page, numbers pages from page 2, and is A4', async () => {
    const bytes = await writeDocx(signInDocument(PROFILE, MEETING, briefingInvitees()));
    const xml = await officePart(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    expect(xml).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1|on)"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const rels = await officePart(bytes, 'word/_rels/document.xml.rels');
    const headers = [...rels.matchAll(/Target="(header\d+\.xml)"/g)].map((m) => m[1]!);
    const withNumber = await Promise.all(headers.map((h) => officePart(bytes, `word/${h}`)));
    expect(withNumber.some((h) => /PAGE/.test(h))).toBe(true);
    // The list's lines are drawn by the table, between every row and column.
    expect(xml).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="4"\/>/);
    expect(xml).toMatch(/<w:insideV w:val="single" w:color="000000" w:sz="4"\/>/);
    // Rows tall enough to sign: at least 12 mm.
    expect(xml).toMatch(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/);
  });

  it('draws the list’s borders with a well-formed w:tblBorders, and none around the heading', async () => {
    const bytes = await writeDocx(attendanceDocument(PROFILE, MEETING, briefingInvitees(), 'all'));
    const xml = await officePart(bytes, 'word/document.xml');
    const tables = [...xml.matchAll(/<w:tblPr>(.*?)<\/w:tblPr>/g)].map((m) => m[1]!);
    // The heading, the list, the signature block.
    expect(tables).toHaveLength(3);
    const borders = tables.map(
      (t) => /^<w:tblW [^>]*\/><w:tblBorders>(.*)<\/w:tblBorders>/.exec(t)?.[1],
    );
    // Every side in the schema's order (CT_TblBorders), each element closed.
    const sides = (val: string, color: string, sz: number) =>
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
        .map((side) => `<w:${side} w:val="${val}" w:color="${color}" w:sz="${sz}"/>`)
        .join('');
    expect(borders).toEqual([
      sides('none', 'FFFFFF', 0),
      sides('single', '000000', 4),
      sides('none', 'FFFFFF', 0),
    ]);
    // In w:tblPr, w:tblBorders comes after w:tblW and before w:tblLayout (CT_TblPr).
    expect(tables[1]).toMatch(/<\/w:tblBorders><w:tblLayout w:type="fixed"\/>$/);
  });

  it('turns the page for a wide list', async () => {
    const model = attendanceDocument(PROFILE, MEETING, [], 'all');
    const xml = await officePart(await writeDocx(model), 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });
});
