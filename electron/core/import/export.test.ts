import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseVietnamese } from '../../../shared/text/tone';
import { generateBenchFiles } from '../../../bench/rosters';
import type { RosterExportRow } from './export';
import { EXPORT_HEADER, rosterToCsv, rosterToXlsx } from './export';
import { readRoster } from './roster';
import { readXlsx } from './xlsx';

const PEOPLE: RosterExportRow[] = [
  {
    fullName: 'Nguyễn Văn Hưng',
    position: 'Bí thư Tỉnh ủy',
    unit: 'Tỉnh ủy Thanh Hóa',
    phone: '0912345678',
    note: '',
    group: 'Thường trực Tỉnh ủy',
    rank: 1,
  },
  {
    fullName: 'Đỗ Thị Thúy',
    position: 'Phó Bí thư, Chủ tịch UBND tỉnh',
    unit: 'UBND tỉnh',
    phone: '',
    note: 'Dự tại "điểm cầu" chính',
    group: 'Thường trực Tỉnh ủy',
    rank: 2,
  },
  {
    fullName: 'NGUYỄN VĂN A',
    position: '',
    unit: '',
    phone: '+84 24 3823 1234',
    note: ' ',
    group: '',
    rank: null,
  },
  {
    fullName: '',
    position: 'Giám đốc',
    unit: 'Sở Y tế',
    phone: '',
    note: 'Chưa có tên',
    group: 'Sở, ban, ngành',
    rank: 0,
  },
  {
    fullName: 'Lê Thị Ánh',
    position: 'Ủy viên Ban Thường vụ',
    unit: 'Công an tỉnh',
    phone: '0987654321',
    note: 'Tổng cộng không phải dòng tổng',
    group: 'Ban Thường vụ',
    rank: 12,
  },
];
// What reading gives back for a person (the line aside): ' ' as a note is read as ''.
const EXPECTED = PEOPLE.map((p) => ({
  ...p,
  note: p.note.trim(),
  remark: '',
  problems: p.fullName ? [] : ['missing_name'],
}));
const withoutLine = <T extends { line: number }>(rows: T[]) => rows.map(({ line: _, ...r }) => r);

describe('export', () => {
  it('writes the roster header', async () => {
    const [sheet] = await readXlsx(await rosterToXlsx(PEOPLE));
    expect(sheet!.rows[0]).toEqual([...EXPORT_HEADER]);
    expect(EXPORT_HEADER.join(' | ')).toBe(
      'STT | Họ và tên | Chức vụ | Đơn vị | Số điện thoại | Ghi chú | Nhóm | Thứ tự | Tên để sắp xếp',
    );
  });

  it('writes CSV as UTF-8 with BOM, comma-separated, quoted as needed', () => {
    const bytes = rosterToCsv(PEOPLE.slice(0, 2));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.split('\r\n')).toEqual([
      'STT,Họ và tên,Chức vụ,Đơn vị,Số điện thoại,Ghi chú,Nhóm,Thứ tự,Tên để sắp xếp',
      '1,Nguyễn Văn Hưng,Bí thư Tỉnh ủy,Tỉnh ủy Thanh Hóa,0912345678,,Thường trực Tỉnh ủy,1,',
      '2,Đỗ Thị Thúy,"Phó Bí thư, Chủ tịch UBND tỉnh",UBND tỉnh,,"Dự tại ""điểm cầu"" chính",Thường trực Tỉnh ủy,2,',
      '',
    ]);
  });

  it('round-trips through XLSX', async () => {
    const r = await readRoster('xuat.xlsx', await rosterToXlsx(PEOPLE));
    expect(r.mapping).toEqual({
      index: 0,
      fullName: 1,
      position: 2,
      unit: 3,
      phone: 4,
      note: 5,
      group: 6,
      rank: 7,
      sortName: 8,
    });
    expect(withoutLine(r.rows)).toEqual(EXPECTED);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('round-trips through CSV', async () => {
    const r = await readRoster('xuat.csv', rosterToCsv(PEOPLE));
    expect(r.encoding?.detected).toBe('utf-8-bom');
    expect(r.delimiter).toBe(',');
    expect(withoutLine(r.rows)).toEqual(EXPECTED);
  });

  it('round-trips generated rosters (property)', async () => {
    const WORDS = [
      'Nguyễn',
      'Văn',
      'Hưng',
      'thị',
      'Ủy',
      'viên',
      'Sở',
      'Y',
      'tế',
      'ĐẠI',
      'BIỂU',
      'Hòa',
      'a"b',
      'x,y',
      '0912',
    ];
    const text = fc
      .array(fc.constantFrom(...WORDS), { maxLength: 5 })
      .map((w) => normaliseVietnamese(w.join(' ')));
    const person = fc.record({
      fullName: fc
        .array(fc.constantFrom('Nguyễn', 'Lê', 'Văn', 'Thị', 'Ánh', 'Hưng'), {
          minLength: 2,
          maxLength: 4,
        })
        .map((w) => w.join(' ')),
      position: text,
      unit: text,
      phone: fc.constantFrom('', '0912345678', '024 3823 1234'),
      note: text,
      group: text,
      rank: fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 15 }), async (people) => {
        const want = people.map((p) => ({ ...p, remark: '', problems: [] }));
        const fromCsv = await readRoster('x.csv', rosterToCsv(people));
        expect(withoutLine(fromCsv.rows)).toEqual(want);
        const fromXlsx = await readRoster('x.xlsx', await rosterToXlsx(people));
        expect(withoutLine(fromXlsx.rows)).toEqual(want);
      }),
      { numRuns: 25 },
    );
  });
});

describe('bench data', () => {
  it('generates deterministic files that read back to the same people', async () => {
    const a = await generateBenchFiles(200);
    const b = await generateBenchFiles(200);
    expect(a.people).toEqual(b.people);
    expect(a.csv).toEqual(b.csv);
    for (const [name, bytes] of [
      ['bench.xlsx', a.xlsx],
      ['bench.csv', a.csv],
    ] as const) {
      const r = await readRoster(name, bytes);
      expect(r.headerRow).toBe(3);
      expect(withoutLine(r.rows)).toEqual(
        a.people.map((p) => ({ ...p, remark: '', problems: [] })),
      );
      expect(r.skipped).toEqual([{ line: 205, reason: 'total' }]);
    }
  });
});

describe('CSV export against formula injection', () => {
  it('guards cells Excel would run as formulas and reads them back unchanged', async () => {
    const risky = [
      {
        fullName: 'Lê Văn An',
        position: '=HYPERLINK("http://x","y")',
        unit: '@SUM(1)',
        phone: '+84 912 345 678',
        note: '-1',
        group: '',
        rank: null,
      },
    ];
    const text = new TextDecoder().decode(rosterToCsv(risky).subarray(3));
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain("'@SUM(1)");
    expect(text).toContain("'+84 912 345 678");
    const back = await readRoster('x.csv', rosterToCsv(risky));
    expect(back.rows[0]).toMatchObject({
      position: '=HYPERLINK("http://x","y")',
      unit: '@SUM(1)',
      phone: '+84 912 345 678',
      note: '-1',
    });
  });
});
