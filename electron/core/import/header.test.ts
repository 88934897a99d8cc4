import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { findHeader, mapHeaderCells, matchHeaderCell } from './header';

const roleOf = (text: string) => matchHeaderCell(text)?.role ?? null;

describe('matchHeaderCell', () => {
  it('recognises the usual headers in any case, with or without diacritics', () => {
    const cases: Array<[string, string | null]> = [
      ['STT', 'index'],
      ['TT', 'index'],
      ['Số TT', 'index'],
      ['Số thứ tự', 'index'],
      ['Họ và tên', 'fullName'],
      ['HỌ VÀ TÊN', 'fullName'],
      ['Ho va ten', 'fullName'],
      ['Họ tên', 'fullName'],
      ['Họ  và   tên\nđại biểu', 'fullName'],
      ['Tên đại biểu', 'fullName'],
      ['Đại biểu', 'fullName'],
      ['Chức vụ', 'position'],
      ['Chuc vu', 'position'],
      ['Chức danh', 'position'],
      ['Chức vụ, đơn vị', 'position'],
      ['Đơn vị', 'unit'],
      ['Don vi', 'unit'],
      ['Cơ quan', 'unit'],
      ['Đơn vị công tác', 'unit'],
      ['Nơi công tác', 'unit'],
      ['Tên đơn vị', 'unit'],
      ['Số điện thoại', 'phone'],
      ['Điện thoại', 'phone'],
      ['SĐT', 'phone'],
      ['Di động', 'phone'],
      ['Ghi chú', 'note'],
      ['GHI CHÚ', 'note'],
      ['Nhóm', 'group'],
      ['Thứ tự', 'rank'],
      ['Email', null],
      ['Năm sinh', null],
      ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ', null],
      ['Thanh Hóa, ngày 05 tháng 01 năm 2026', null],
      ['', null],
    ];
    for (const [text, role] of cases) expect([text, roleOf(text)]).toEqual([text, role]);
  });
});

describe('mapHeaderCells', () => {
  it('maps the leftmost column of each role', () => {
    expect(mapHeaderCells(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú', 'Ghi chú'])).toEqual(
      {
        index: 0,
        fullName: 1,
        position: 2,
        unit: 3,
        note: 4,
      },
    );
  });

  it('prefers "Họ và tên" to a weaker name header', () => {
    expect(mapHeaderCells(['Đại biểu', 'Họ và tên']).fullName).toBe(1);
  });

  it('joins the "Họ và tên đệm | Tên" layout', () => {
    expect(mapHeaderCells(['STT', 'Họ và tên đệm', 'Tên', 'Chức vụ'])).toEqual({
      index: 0,
      fullName: 1,
      givenName: 2,
      position: 3,
    });
    expect(mapHeaderCells(['Họ', 'Tên'])).toEqual({ fullName: 0, givenName: 1 });
    expect(mapHeaderCells(['Tên', 'Chức vụ'])).toEqual({ fullName: 0, position: 1 });
  });
});

describe('findHeader', () => {
  it('finds the header below a title block', () => {
    const rows = [
      ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'],
      ['Thanh Hóa, ngày 05 tháng 01 năm 2026'],
      [],
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'],
      ['1', 'Nguyễn Văn An', 'Bí thư', 'Tỉnh ủy', ''],
    ];
    expect(findHeader(rows)).toEqual({
      headerRow: 3,
      headerRows: 1,
      mapping: { index: 0, fullName: 1, position: 2, unit: 3, note: 4 },
      columns: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'],
    });
  });

  it('reads headers without diacritics', () => {
    const rows = [
      ['Ho va ten', 'Chuc vu', 'Don vi'],
      ['Nguyen Van A', 'Bi thu', 'Tinh uy'],
    ];
    expect(findHeader(rows).mapping).toEqual({ fullName: 0, position: 1, unit: 2 });
  });

  it('joins a header split over two rows', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ', 'Liên hệ', ''],
      ['', '', '', 'Điện thoại', 'Email'],
      ['1', 'Nguyễn Văn An', 'Bí thư', '0912345678', 'an@example.vn'],
    ];
    const h = findHeader(rows);
    expect(h.headerRows).toBe(2);
    expect(h.mapping).toEqual({ index: 0, fullName: 1, position: 2, phone: 3 });
    expect(h.columns).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Liên hệ Điện thoại', 'Email']);
  });

  it('does not take the first data row for a second header row', () => {
    const rows = [
      ['Họ và tên', 'Chức vụ', 'Đơn vị'],
      ['Nguyễn Văn An', 'Bí thư', 'Tỉnh ủy'],
    ];
    expect(findHeader(rows)).toMatchObject({ headerRow: 0, headerRows: 1 });
  });

  it('throws IMPORT_NO_HEADER, saying what it did find', () => {
    const rows = [['Danh sách'], ['Chức vụ', 'Đơn vị'], ['Bí thư', 'Tỉnh ủy']];
    let err: unknown;
    try {
      findHeader(rows);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: 'IMPORT_NO_HEADER',
      details: { scannedRows: 3, bestRow: 1, found: ['position', 'unit'] },
    });
  });

  it('only looks at the first 30 rows', () => {
    const rows: string[][] = Array.from({ length: 30 }, (_, i) => [`Dòng ${i}`]);
    rows.push(['Họ và tên', 'Chức vụ']);
    expect(() => findHeader(rows)).toThrow(AppError);
  });
});
