import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { attendanceDocument } from '../../../shared/documents/attendance';
import type { PointProfile } from '../../../shared/documents/frame';
import { mainTable } from '../../../shared/documents/model';
import { briefingInvitees } from '../../../shared/testing/briefing';
import { documentToCsv, documentToXlsx } from './sheet';

const PROFILE: PointProfile = {
  pointName: 'Điểm cầu UBND tỉnh',
  parentBody: '',
  issuingBody: 'UBND tỉnh Thanh Hóa',
  placeName: 'Thanh Hóa',
  operatorName: 'Lê Văn Cường',
  bodyKind: 'people_committee',
};
const MEETING = { title: 'Hội nghị', date: '2026-11-30', startTime: '08:00', centerHost: '' };

function model() {
  const invitees = briefingInvitees();
  // A name a spreadsheet would run as a formula must stay text.
  invitees[0] = { ...invitees[0]!, position: '=HYPERLINK("http://x","bấm")' };
  return attendanceDocument(PROFILE, MEETING, invitees, 'all');
}

describe('a list as XLSX', () => {
  it('has the title block, a frozen header, group lines, the people in order and the counts', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await documentToXlsx(model())) as never);
    const ws = wb.worksheets[0]!;
    const text = (r: number, c: number) => String(ws.getRow(r).getCell(c).value ?? '');
    expect([text(1, 1), text(2, 1), text(3, 1)]).toEqual([
      'UBND TỈNH THANH HÓA',
      'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ',
      'Hội nghị',
    ]);
    const header = ws.getRow(7);
    expect(header.getCell(2).value).toBe('Họ và tên');
    expect(header.getCell(2).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    expect([text(8, 2), text(9, 1), text(9, 2)]).toEqual([
      'Thường trực Tỉnh ủy',
      '1',
      'Đỗ Trọng Hưng',
    ]);
    expect(ws.getRow(9).getCell(1).value).toBe(1);
    expect(ws.getRow(9).getCell(3).value).toBe('=HYPERLINK("http://x","bấm")');
    expect(ws.getRow(9).getCell(3).formula).toBeUndefined();
    const names: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 7 && typeof row.getCell(1).value === 'number')
        names.push(String(row.getCell(2).value));
    });
    expect(names).toEqual(briefingInvitees().map((i) => i.fullName));
    const last = ws.getRow(ws.rowCount).getCell(1).value;
    expect(String(last)).toMatch(/^Tổng số đại biểu được mời: 25\./);
  });
});

describe('a list as CSV', () => {
  const bytes = documentToCsv(model());

  it('is UTF-8 with a byte-order mark that Excel needs, and a reader can drop', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const withBom = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
    // The list's own columns (their titles are the attendance list's test), then the group.
    const columns = mainTable(model())!.columns.map((c) => c.title);
    expect(parsed.data[0]).toEqual([...columns, 'Nhóm']);
    expect(columns).toContain('Họ và tên');
  });

  it('has one line per person in order, the group as a column, formulas guarded', () => {
    const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), {
      skipEmptyLines: true,
    }).data;
    expect(rows.slice(1).map((r) => r[1])).toEqual(briefingInvitees().map((i) => i.fullName));
    expect(rows[1]).toEqual([
      '1',
      'Đỗ Trọng Hưng',
      `'=HYPERLINK("http://x","bấm")`,
      '',
      'Có mặt',
      '',
      '',
      'Thường trực Tỉnh ủy',
    ]);
  });
});
