import { describe, expect, it } from 'vitest';
import {
  BRIEFING_MEETING as MEETING,
  BRIEFING_PROFILE as PROFILE,
  briefingInvitees,
} from '../testing/briefing';
import { attendanceDocument, clockOf, signInDocument } from './attendance';
import type { DocumentModel, TableRow } from './model';
import { mainTable } from './model';

const people = (rows: TableRow[]) =>
  rows.flatMap((r) => (r.kind === 'row' ? [r.cells[1]] : [`# ${r.text}`]));

function invitees() {
  return briefingInvitees().map((i) => ({
    ...i,
    statusAt: i.status === 'pending' ? null : '2026-01-05T01:05:00.000Z',
    eventTime: i.status === 'late' ? '2026-01-05T01:20:00.000Z' : null,
  }));
}

describe('the attendance list', () => {
  const all = attendanceDocument(PROFILE, MEETING, invitees(), 'all');

  it('carries the Party heading, the date line, the title and the signature block', () => {
    expect(all.heading).toMatchObject({
      layout: 'party',
      parent: 'TỈNH ỦY THANH HÓA',
      issuer: 'VĂN PHÒNG',
      national: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    });
    expect(all.placeDate).toBe('Thanh Hóa, ngày 05 tháng 01 năm 2026');
    expect(all.title).toBe('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ');
    expect(all.subtitle).toEqual([MEETING.title, 'Điểm cầu: Điểm cầu Tỉnh ủy Thanh Hóa']);
    expect(all.signature).toEqual({ role: 'NGƯỜI LẬP', name: 'Lê Văn Cường' });
    expect(all.fileStem).toBe('danh-sach-dai-bieu-du-hoi-nghi-2026-01-05');
  });

  it('lists everyone in protocol order under their groups, with status, time and notes', () => {
    const table = mainTable(all)!;
    expect(table.columns.map((c) => c.title)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Tình trạng',
      'Thời gian điểm danh',
      'Ghi chú',
    ]);
    const names = people(table.rows);
    expect(names.slice(0, 5)).toEqual([
      '# Thường trực Tỉnh ủy',
      'Đỗ Trọng Hưng',
      'Lại Thế Nguyên',
      'Nguyễn Doãn Anh',
      '# Ủy viên Ban Thường vụ Tỉnh ủy',
    ]);
    expect(names.filter((n) => !n!.startsWith('#'))).toHaveLength(25);
    const row = (name: string) =>
      table.rows.find((r) => r.kind === 'row' && r.cells[1] === name) as { cells: string[] };
    expect(row('Nguyễn Doãn Anh').cells.slice(4, 6)).toEqual([
      'Đến muộn',
      clockOf('2026-01-05T01:20:00.000Z'),
    ]);
    expect(row('Đầu Thanh Tùng').cells.slice(4)).toEqual([
      'Vắng có lý do',
      '',
      'Đi công tác Trung ương',
    ]);
    expect(row('Trần Văn Hải').cells[6]).toBe(
      'Cử đ/c Nguyễn Thị Hạnh, Phó Trưởng ban Tổ chức dự thay',
    );
    expect(row('Ngô Thị Mai').cells.slice(4, 6)).toEqual(['Chưa điểm danh', '']);
    // Numbered 1…25 straight through, groups not counted.
    const numbers = table.rows.flatMap((r) => (r.kind === 'row' ? [r.cells[0]] : []));
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
  });

  it('says the meeting’s counts under the table, whatever the list shows', () => {
    const sentence = (d: DocumentModel) =>
      d.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text) : [])).join('');
    const expected =
      'Tổng số đại biểu được mời: 25. Dự tại điểm cầu: 19 (có mặt 15, đến muộn 2, dự thay 1, về sớm 1). ' +
      'Vắng: 4 (có lý do 2). Chưa điểm danh: 2.';
    expect(sentence(all)).toBe(expected);
    expect(sentence(attendanceDocument(PROFILE, MEETING, invitees(), 'absent'))).toBe(expected);
  });

  it('shows only those present, or only those absent with reasons', () => {
    const present = attendanceDocument(PROFILE, MEETING, invitees(), 'present');
    expect(present.title).toBe('DANH SÁCH ĐẠI BIỂU CÓ MẶT TẠI HỘI NGHỊ');
    expect(people(mainTable(present)!.rows).filter((n) => !n!.startsWith('#'))).toHaveLength(19);
    const absent = attendanceDocument(PROFILE, MEETING, invitees(), 'absent');
    expect(people(mainTable(absent)!.rows)).toEqual([
      '# Ủy viên Ban Thường vụ Tỉnh ủy',
      'Đầu Thanh Tùng',
      '# Lãnh đạo sở, ban, ngành',
      'Trịnh Văn Bình',
      'Lương Văn Sơn',
      '# Khách mời',
      'Mạc Thị Yến',
    ]);
  });

  it('takes the state heading for a People’s Committee, and until the body kind is known', () => {
    for (const bodyKind of ['people_committee', null] as const) {
      const d = attendanceDocument({ ...PROFILE, bodyKind }, MEETING, [], 'all');
      expect(d.heading).toMatchObject({
        layout: 'state',
        national: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        motto: 'Độc lập - Tự do - Hạnh phúc',
        star: false,
      });
    }
  });
});

describe('the sign-in sheet', () => {
  it('lists everyone invited with an empty column to sign, on tall rows', () => {
    const d = signInDocument(PROFILE, MEETING, invitees());
    const table = mainTable(d)!;
    expect(table.tallRows).toBe(true);
    expect(table.columns.map((c) => c.title)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Ký tên',
    ]);
    const rows = table.rows.filter((r) => r.kind === 'row');
    expect(rows).toHaveLength(25);
    expect(rows.every((r) => r.cells[4] === '')).toBe(true);
  });
});
