import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { RosterEncoding } from './encoding';
import { encodeText } from './encoding';
import type { RosterRow } from './roster';
import { extractRoster, readRoster } from './roster';

// ---- fixtures ---------------------------------------------------------------------------------

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Vũ', 'Đặng', 'Bùi', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Hưng', 'Thúy', 'Hòa', 'Ánh', 'Ước', 'Giang', 'Tuấn', 'Yến'];
const POSITIONS = ['Bí thư Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh', 'Ủy viên Ban Thường vụ', 'Giám đốc'];
const UNITS = ['Tỉnh ủy', 'UBND tỉnh', 'Sở Y tế', 'Công an tỉnh', 'Ban Tuyên giáo Tỉnh ủy'];

interface Person {
  fullName: string;
  position: string;
  unit: string;
  note: string;
}

function people(n: number): Person[] {
  return Array.from({ length: n }, (_, i) => ({
    fullName: `${FAMILY[i % 10]} ${MIDDLE[(i * 3) % 7]} ${GIVEN[(i * 7) % 11]}`,
    position: POSITIONS[i % 4]!,
    unit: UNITS[(i * 2) % 5]!,
    note: i % 9 === 0 ? 'Dự trực tiếp' : '',
  }));
}

/** What the reader should return for a person found on `line`. */
const expected = (p: Person, line: number): RosterRow => ({
  line,
  fullName: p.fullName,
  position: p.position,
  unit: p.unit,
  phone: '',
  note: p.note,
  remark: '',
  group: '',
  rank: null,
  problems: [],
});

async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function readError(name: string, bytes: Uint8Array, o?: object): Promise<AppError> {
  try {
    await readRoster(name, bytes, o as never);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('no error');
}

// ---- XLSX ---------------------------------------------------------------------------------------

describe('readRoster: a real-looking XLSX', () => {
  const list = people(60);
  /** Sheet line of person i: from row 5, with an empty row (35) after the 30th person. */
  const lineOf = (i: number) => (i < 30 ? 5 + i : 6 + i);
  const MERGED = [9, 10, 11]; // people whose unit is one cell merged down over their rows

  const file = xlsxBytes((wb) => {
    const ws = wb.addWorksheet('Danh sách');
    ws.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ';
    ws.mergeCells('A1:E1');
    ws.getCell('A2').value = 'Thanh Hóa, ngày 05 tháng 01 năm 2026';
    ws.mergeCells('A2:E2');
    ws.getRow(4).values = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'];
    list.forEach((p, i) => {
      const row = ws.getRow(lineOf(i));
      let name = p.fullName;
      if (i % 5 === 0) name = name.normalize('NFD'); // typed on a Mac
      if (i === 1) name = `  ${name.replace(' ', '   ')} `; // stray spaces
      if (p.fullName.endsWith('Hòa') && i % 2 === 0)
        name = name.normalize('NFC').replace('Hòa', 'Hoà');
      row.getCell(1).value = i + 1;
      row.getCell(2).value = name;
      row.getCell(3).value = p.position;
      if (!MERGED.includes(i) || i === MERGED[0]) row.getCell(4).value = p.unit;
      if (p.note) row.getCell(5).value = p.note;
    });
    ws.mergeCells(lineOf(MERGED[0]!), 4, lineOf(MERGED[2]!), 4);
    const total = lineOf(59) + 1;
    ws.getCell(total, 1).value = 'Tổng cộng: 60 đại biểu';
    ws.mergeCells(total, 1, total, 3);
    ws.getCell(total + 2, 4).value = 'NGƯỜI LẬP BIỂU';
    ws.getCell(total + 5, 4).value = 'Nguyễn Thị Lập';
  });

  it('reads every person on the right line, in NFC, with the merged unit filled down', async () => {
    const r = await readRoster('danh-sach.xlsx', await file);
    expect(r.kind).toBe('xlsx');
    expect(r.sheets).toEqual(['Danh sách']);
    expect(r.sheet).toBe('Danh sách');
    expect(r.encoding).toBeUndefined();
    expect(r.headerRow).toBe(3);
    expect(r.headerRows).toBe(1);
    expect(r.columns).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú']);
    expect(r.mapping).toEqual({ index: 0, fullName: 1, position: 2, unit: 3, note: 4 });
    expect(r.detectedMapping).toEqual(r.mapping);
    const want = list.map((p, i) => ({
      ...expected(p, lineOf(i)),
      unit: MERGED.includes(i) ? list[MERGED[0]!]!.unit : p.unit,
    }));
    expect(r.rows).toHaveLength(60);
    r.rows.forEach((row, i) => expect(row).toEqual(want[i]));
    for (const row of r.rows) expect(row.fullName).toBe(row.fullName.normalize('NFC'));
    expect(r.sections).toEqual([]);
    expect(r.skipped).toEqual([
      { line: 66, reason: 'total' },
      { line: 68, reason: 'after_total' },
      { line: 71, reason: 'after_total' },
    ]);
    expect(r.preview[0]).toEqual(['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ']);
    expect(r.preview[3]).toEqual(r.columns);
  });

  it('accepts a mapping override (the operator swaps two columns)', async () => {
    const r = await readRoster('danh-sach.xlsx', await file, {
      mapping: { fullName: 1, position: 3, unit: 2 },
    });
    expect(r.mapping).toEqual({ fullName: 1, position: 3, unit: 2 });
    expect(r.detectedMapping).toEqual({ index: 0, fullName: 1, position: 2, unit: 3, note: 4 });
    expect(r.rows[0]).toMatchObject({ position: list[0]!.unit, unit: list[0]!.position, note: '' });
    expect(r.rows).toHaveLength(60);
  });

  it('accepts a header-row override', async () => {
    // Forcing the title row as header: it names no column, so no name column.
    expect((await readError('x.xlsx', await file, { headerRow: 0 })).code).toBe('IMPORT_NO_HEADER');
    const r = await readRoster('x.xlsx', await file, { headerRow: 3 });
    expect(r.rows).toHaveLength(60);
    expect(r.detectedMapping).toBeUndefined();
  });

  it('validates overrides', async () => {
    const bad = await readError('x.xlsx', await file, { headerRow: -1 });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details?.issues?.[0]?.path).toEqual(['headerRow']);
    const unknown = await readError('x.xlsx', await file, { sheet: 'Không có' });
    expect(unknown).toMatchObject({ code: 'VALIDATION', details: { sheets: ['Danh sách'] } });
    expect((await readError('x.xlsx', await file, { headerRow: 500 })).code).toBe('VALIDATION');
    expect((await readError('x.xlsx', await file, { mapping: { fullName: 1.5 } })).code).toBe(
      'VALIDATION',
    );
    expect((await readError('x.xlsx', await file, { extra: 1 })).code).toBe('VALIDATION');
  });
});

describe('readRoster: workbook layouts', () => {
  it('picks the first sheet with a header, and reads another on request', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('Bìa').getCell('A1').value = 'HỘI NGHỊ TRỰC TUYẾN TOÀN QUỐC';
      const a = wb.addWorksheet('Trung ương');
      a.addRow(['STT', 'Họ và tên', 'Chức vụ']);
      a.addRow([1, 'Trần Văn An', 'Bộ trưởng']);
      const b = wb.addWorksheet('Tỉnh');
      b.addRow(['TT', 'Họ tên', 'Đơn vị']);
      b.addRow([1, 'Lê Thị Bình', 'Sở Y tế']);
    });
    const first = await readRoster('ds.xlsx', bytes);
    expect(first.sheets).toEqual(['Bìa', 'Trung ương', 'Tỉnh']);
    expect(first.sheet).toBe('Trung ương');
    expect(first.rows.map((r) => r.fullName)).toEqual(['Trần Văn An']);
    const other = await readRoster('ds.xlsx', bytes, { sheet: 'Tỉnh' });
    const hidden = await xlsxBytes((wb) => {
      const old = wb.addWorksheet('Bản cũ', { state: 'hidden' });
      old.addRow(['Họ và tên']);
      old.addRow(['Người cũ']);
      const cur = wb.addWorksheet('Bản mới');
      cur.addRow(['Họ và tên']);
      cur.addRow(['Người mới']);
    });
    expect((await readRoster('ds.xlsx', hidden)).sheet).toBe('Bản mới');
    expect(other.rows).toEqual([
      expect.objectContaining({ line: 2, fullName: 'Lê Thị Bình', unit: 'Sở Y tế' }),
    ]);
  });

  it('reads a header split over two rows by merged cells', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'STT';
      ws.mergeCells('A1:A2');
      ws.getCell('B1').value = 'Họ và tên';
      ws.mergeCells('B1:B2');
      ws.getCell('C1').value = 'Liên hệ';
      ws.mergeCells('C1:D1');
      ws.getCell('C2').value = 'Di động';
      ws.getCell('D2').value = 'Email';
      ws.getRow(3).values = [1, 'Phạm Quốc Hưng', 912345678, 'hung@example.vn'];
    });
    const r = await readRoster('ds.xlsx', bytes);
    expect(r.mapping).toEqual({ index: 0, fullName: 1, phone: 2 });
    // Merged down, the lower header row repeats STT and the name: either reading is one header.
    expect(r.headerRow + r.headerRows).toBe(2);
    expect(r.rows).toEqual([
      expect.objectContaining({ line: 3, fullName: 'Phạm Quốc Hưng', phone: '0912345678' }),
    ]);
  });

  it('reads legacy .VnTime workbooks', async () => {
    const legacy = (s: string) => String.fromCharCode(...encodeText(s, 'tcvn3'));
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow([legacy('DANH SÁCH ĐẠI BIỂU')]).getCell(1).font = { name: '.VnTimeH' };
      const h = ws.addRow(['STT', legacy('Họ và tên'), legacy('Chức vụ')]);
      const p = ws.addRow([1, legacy('Lê Thị Ánh'), legacy('Ủy viên Ban Thường vụ')]);
      for (const row of [h, p]) row.eachCell((c) => (c.font = { name: '.VnTime' }));
    });
    const r = await readRoster('cu.xlsx', bytes);
    expect(r.encoding).toMatchObject({ detected: 'tcvn3', used: 'tcvn3' });
    expect(r.preview[0]).toEqual(['DANH SÁCH ĐẠI BIỂU']);
    expect(r.rows).toEqual([
      expect.objectContaining({ fullName: 'Lê Thị Ánh', position: 'Ủy viên Ban Thường vụ' }),
    ]);
  });
});

// ---- CSV ----------------------------------------------------------------------------------------

function csvText(list: Person[], sep: string, header: string[], nfd = false): string {
  const quote = (s: string) =>
    s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
  const lines = [
    ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ', '', '', '', ''],
    ['Ngày 05/01/2026', '', '', '', ''],
    header,
    ...list.map((p, i) => [String(i + 1), p.fullName, p.position, p.unit, p.note]),
    ['Tổng cộng', '', '', '', ''],
  ];
  const text = lines.map((l) => l.map(quote).join(sep)).join('\r\n') + '\r\n';
  return nfd ? text.normalize('NFD') : text;
}

describe('readRoster: CSV in every encoding and separator', () => {
  const list = people(12);
  list.push({ ...list[3]! }); // the same person twice: kept, duplicates are the caller's business
  list[5] = { ...list[5]!, position: 'Phó Bí thư, Chủ tịch UBND tỉnh' }; // separator inside a cell
  const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'];
  const ASCII_HEADER = ['STT', 'Ho va ten', 'Chuc vu', 'Don vi', 'Ghi chu'];

  const cases: Array<{ enc: RosterEncoding; sep: string; header?: string[]; nfd?: boolean }> = [
    { enc: 'utf-8', sep: ',' },
    { enc: 'utf-8', sep: ';', nfd: true },
    { enc: 'utf-8', sep: '\t', header: ASCII_HEADER },
    { enc: 'utf-8-bom', sep: ',' },
    { enc: 'utf-8-bom', sep: ';', header: ASCII_HEADER },
    { enc: 'utf-16le', sep: '\t' },
    { enc: 'utf-16le', sep: '\t', nfd: true },
    { enc: 'windows-1258', sep: ',' },
    { enc: 'windows-1258', sep: ';', header: ASCII_HEADER },
    { enc: 'tcvn3', sep: ',' },
    { enc: 'tcvn3', sep: '\t', header: ASCII_HEADER },
  ];
  for (const { enc, sep, header = HEADER, nfd = false } of cases) {
    const label = `${enc}, ${JSON.stringify(sep)}${header === ASCII_HEADER ? ', header without diacritics' : ''}${nfd ? ', NFD' : ''}`;
    it(label, async () => {
      const bytes = encodeText(csvText(list, sep, header, nfd), enc);
      const r = await readRoster('ds.csv', bytes);
      expect(r.kind).toBe('csv');
      expect(r.encoding).toMatchObject({ detected: enc, used: enc });
      expect(r.delimiter).toBe(sep);
      expect(r.headerRow).toBe(2);
      expect(r.mapping).toEqual({ index: 0, fullName: 1, position: 2, unit: 3, note: 4 });
      expect(r.rows).toEqual(list.map((p, i) => expected(p, i + 4)));
      expect(r.skipped).toEqual([{ line: list.length + 4, reason: 'total' }]);
    });
  }

  it('UTF-16LE without a BOM', async () => {
    const bytes = new Uint8Array(Buffer.from(csvText(list, '\t', HEADER), 'utf16le'));
    const r = await readRoster('ds.txt', bytes);
    expect(r.encoding?.detected).toBe('utf-16le');
    expect(r.rows).toEqual(list.map((p, i) => expected(p, i + 4)));
  });

  it('Windows-1258 written by iconv-lite directly (precomposed where the code page has it)', async () => {
    const simple = people(6).filter(
      (p) => !/[ạ-ỹ]/.test(p.fullName + p.position + p.unit + p.note),
    );
    const bytes = new Uint8Array(iconv.encode(csvText(simple, ',', HEADER), 'windows1258'));
    const r = await readRoster('ds.csv', bytes);
    expect(r.encoding?.detected).toBe('windows-1258');
    expect(r.rows).toEqual(simple.map((p, i) => expected(p, i + 4)));
  });

  it('accepts an encoding override and reports what was detected', async () => {
    const bytes = encodeText(csvText(list, ',', HEADER), 'tcvn3');
    const wrong = await readRoster('ds.csv', bytes, { encoding: 'windows-1258' });
    expect(wrong.encoding).toMatchObject({ detected: 'tcvn3', used: 'windows-1258' });
    expect(wrong.encoding?.reason).toMatch(/TCVN3/);
    expect(wrong.rows[0]!.fullName).not.toBe(list[0]!.fullName);
    const forced = await readRoster('ds.csv', bytes, { encoding: 'tcvn3', delimiter: ',' });
    expect(forced.rows[0]!.fullName).toBe(list[0]!.fullName);
  });
});

describe('readRoster: CSV layouts', () => {
  const csv = (lines: string[]) => encodeText(lines.join('\r\n'), 'utf-8');

  it('sections, subtotals, repeated headers, template rows and odd values', async () => {
    const r = await readRoster(
      'ds.csv',
      csv([
        'DANH SÁCH ĐẠI BIỂU,,,,,,',
        'STT,Họ và tên,Chức vụ,Đơn vị,Số điện thoại,Nhóm,Thứ tự',
        '(1),(2),(3),(4),(5),(6),(7)',
        ',I. ĐẠI BIỂU TRUNG ƯƠNG,,,,,',
        '1,Trần Văn An,Thứ trưởng,Bộ Nội vụ,912345678,Trung ương,1',
        '2,Lê Thị Bình,Vụ trưởng,Bộ Nội vụ,0987 654 321,Trung ương,x',
        'Cộng: 2,,,,,,',
        'II,ĐẠI BIỂU TỈNH,,,,,',
        'STT,Họ và tên,Chức vụ,Đơn vị,Số điện thoại,Nhóm,Thứ tự',
        '3,,Giám đốc,Sở Y tế,,,',
        '4,Hoàng  Văn   Cường,Giám đốc,Sở Tài chính,,Sở ngành,3',
        '5,,,,,,',
        ',"Sở, ban, ngành",,,,,',
        '6,Phạm Thị Dung,Phó Giám đốc,Sở Nội vụ,,,',
        'Tổng số: 5,,,,,,',
        ',,,,,,',
        ',,,Người lập biểu,,,',
      ]),
    );
    expect(r.sections).toEqual([
      { line: 4, title: 'I. ĐẠI BIỂU TRUNG ƯƠNG', marker: '' },
      { line: 8, title: 'ĐẠI BIỂU TỈNH', marker: 'II' },
      { line: 13, title: 'Sở, ban, ngành', marker: '' },
    ]);
    expect(r.skipped).toEqual([
      { line: 3, reason: 'column_numbers' },
      { line: 7, reason: 'total' },
      { line: 9, reason: 'repeated_header' },
      { line: 15, reason: 'total' },
      { line: 17, reason: 'after_total' },
    ]);
    expect(r.rows.map((x) => [x.line, x.fullName, x.phone, x.group, x.rank, x.problems])).toEqual([
      [5, 'Trần Văn An', '0912345678', 'Trung ương', 1, []],
      [6, 'Lê Thị Bình', '0987 654 321', 'Trung ương', null, []],
      [10, '', '', '', null, ['missing_name']],
      [11, 'Hoàng Văn Cường', '', 'Sở ngành', 3, []],
      [14, 'Phạm Thị Dung', '', '', null, []],
    ]);
  });

  it('drops a signature block under a numbered table without a total row', async () => {
    const r = await readRoster(
      'ds.csv',
      csv([
        'STT;Họ và tên;Chức vụ',
        '1;Trần Văn An;Giám đốc',
        '2;Lê Thị Bình;Phó Giám đốc',
        ';;',
        ';Người lập biểu;',
        ';Nguyễn Văn Lập;',
      ]),
    );
    expect(r.rows.map((x) => x.fullName)).toEqual(['Trần Văn An', 'Lê Thị Bình']);
    expect(r.skipped).toEqual([
      { line: 5, reason: 'trailer' },
      { line: 6, reason: 'trailer' },
    ]);
  });

  it('keeps un-numbered people when the list has no STT column', async () => {
    const r = await readRoster(
      'ds.csv',
      csv(['Họ và tên,Đơn vị', 'Trần Văn An,Sở Y tế', ',', 'Lê Thị Bình,UBND tỉnh']),
    );
    expect(r.rows.map((x) => [x.line, x.fullName])).toEqual([
      [2, 'Trần Văn An'],
      [4, 'Lê Thị Bình'],
    ]);
  });

  it('joins "Họ và tên đệm" and "Tên"', async () => {
    const r = await readRoster(
      'ds.csv',
      csv(['STT,Họ và tên đệm,Tên,Chức vụ', '1,Nguyễn Thị Ngọc,Ánh,Chuyên viên']),
    );
    expect(r.mapping).toMatchObject({ fullName: 1, givenName: 2 });
    expect(r.rows[0]).toMatchObject({ fullName: 'Nguyễn Thị Ngọc Ánh', position: 'Chuyên viên' });
  });

  it('keeps capitalisation as given and unifies tone placement', async () => {
    const r = await readRoster(
      'ds.csv',
      csv(['Họ và tên,Đơn vị', 'NGUYỄN VĂN HOÀ,Khánh Hoà', 'trần thị thuý,Sở Y tế']),
    );
    expect(r.rows.map((x) => [x.fullName, x.unit])).toEqual([
      ['NGUYỄN VĂN HÒA', 'Khánh Hòa'],
      ['trần thị thúy', 'Sở Y tế'],
    ]);
  });
});

describe('extractRoster', () => {
  it('works on rows directly with a given header row and mapping', () => {
    const rows = [['x'], ['Tên', 'Cơ quan'], ['An', 'A'], [], ['Bình', 'B']];
    const out = extractRoster(rows, 1, { fullName: 0, unit: 1 });
    expect(out.rows.map((r) => [r.line, r.fullName, r.unit])).toEqual([
      [3, 'An', 'A'],
      [5, 'Bình', 'B'],
    ]);
  });
});
