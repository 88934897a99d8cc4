import { describe, expect, it } from 'vitest';
import { readRoster, writeXlsx } from '../import';
import { encodeText } from '../import/encoding';
import { callAsync, failAsync, start } from '../testing/harness';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A roster as offices send it: a title block, a header with synonyms, a total row. */
async function officeRoster(rows: [string, string, string][]): Promise<Uint8Array> {
  return writeXlsx(
    'DS',
    [
      ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'],
      ['Thanh Hóa, ngày 28 tháng 7 năm 2023'],
      [],
      ['STT', 'Họ tên', 'Chức danh', 'Cơ quan'],
      ...rows.map(([n, p, u], i) => [String(i + 1), n, p, u]),
      ['', `Tổng cộng: ${rows.length} đại biểu`],
    ],
    { headerRow: 4 },
  );
}

const ROWS: [string, string, string][] = [
  ['Phạm Văn Đức', 'Giám đốc Sở Tài chính', 'Sở Tài chính'],
  ['Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy'],
  ['Nguyễn Thị Hoà', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh'],
  ['Lê Văn An', 'Chuyên viên', 'Văn phòng'],
  ['Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy'],
];

describe('roster import', () => {
  it('previews without writing: groups from rules, duplicates in the file and in the directory', async () => {
    const h = start();
    const existing = await callAsync(h, 'people.create', {
      fullName: 'Phạm Văn Đức',
      unit: 'Sở Tài chính',
      phone: '0912345678',
    });
    const preview = await callAsync(h, 'import.preview', {
      fileName: 'ds.xlsx',
      dataBase64: b64(await officeRoster(ROWS)),
    });
    expect(preview.kind).toBe('xlsx');
    expect(preview.headerRow).toBe(3);
    expect(preview.rows.map((r) => r.fullName)).toEqual([
      'Phạm Văn Đức',
      'Đỗ Trọng Hưng',
      'Nguyễn Thị Hòa',
      'Lê Văn An',
      'Đỗ Trọng Hưng',
    ]);
    const [duc, hung, hoa, an, hungAgain] = preview.rows;
    expect(duc).toMatchObject({ problems: ['in_directory'], existing: { id: existing.id } });
    expect(hung).toMatchObject({
      groupId: 'grp-thuong-truc-tu',
      rank: 1,
      groupSource: 'rule',
      problems: [],
    });
    expect(hoa).toMatchObject({ groupId: 'grp-ubnd', rank: 3, groupSource: 'rule' });
    expect(an).toMatchObject({ groupId: null, groupSource: 'none' });
    expect(hungAgain).toMatchObject({
      problems: ['duplicate_in_file'],
      duplicateOfLine: hung!.line,
    });
    expect((await callAsync(h, 'people.search', {})).total).toBe(1);
  });

  it('fits awkward cells to the directory without losing them, and flags what cannot fit', async () => {
    const h = start();
    const bytes = await writeXlsx('DS', [
      ['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại', 'Ghi chú', 'Thứ tự'],
      ['1', 'Lê Văn An', 'Chuyên viên', 'ĐT: 0912 345 679 / 0203.3821.111', 'Dự thay', '0'],
      ['2', 'Trần Văn ' + 'Bình'.repeat(40), 'Chuyên viên', '', '', '2'],
    ]);
    const preview = await callAsync(h, 'import.preview', {
      fileName: 'ds.xlsx',
      dataBase64: b64(bytes),
    });
    const [an, long] = preview.rows;
    expect(an).toMatchObject({
      phone: '',
      note: 'Dự thay; ĐT: 0912 345 679 / 0203.3821.111',
      rank: null,
      problems: [],
    });
    expect(long!.problems).toEqual(['too_long']);
    const result = await callAsync(h, 'import.commit', {
      rows: [{ ...an!, action: 'add', existingPersonId: null }],
    });
    expect(result.added).toBe(1);
  });

  it('tells different accents apart: Hưng is not Hùng, but Hoà is Hòa', async () => {
    const h = start();
    await callAsync(h, 'people.create', { fullName: 'Nguyễn Văn Hùng', unit: 'Sở Y tế' });
    await callAsync(h, 'people.create', { fullName: 'Trần Thị Hòa', unit: 'Sở Y tế' });
    const preview = await callAsync(h, 'import.preview', {
      fileName: 'ds.xlsx',
      dataBase64: b64(
        await officeRoster([
          ['Nguyễn Văn Hưng', 'Phó Giám đốc Sở', 'Sở Y tế'],
          ['TRẦN THỊ HOÀ', 'Phó Giám đốc Sở', 'sở y tế'],
        ]),
      ),
    });
    expect(preview.rows.map((r) => r.problems)).toEqual([[], ['in_directory']]);
  });

  it('commits all accepted rows in one go: add, update without erasing, skip, and invite', async () => {
    const h = start();
    const existing = await callAsync(h, 'people.create', {
      fullName: 'Phạm Văn Đức',
      unit: 'Sở Tài chính',
      phone: '0912345678',
    });
    const meeting = await callAsync(h, 'meetings.create', {
      title: 'Hội nghị',
      date: '2026-12-01',
      startTime: '08:00',
    });
    const result = await callAsync(h, 'import.commit', {
      inviteToMeetingId: meeting.id,
      rows: [
        {
          line: 5,
          fullName: 'Phạm Văn Đức',
          position: 'Giám đốc Sở Tài chính',
          unit: 'Sở Tài chính',
          phone: '',
          groupId: 'grp-so-nganh',
          rank: 1,
          action: 'update',
          existingPersonId: existing.id,
        },
        {
          line: 6,
          fullName: 'Đỗ Trọng Hưng',
          position: 'Bí thư Tỉnh ủy',
          groupId: 'grp-thuong-truc-tu',
          rank: 1,
          action: 'add',
        },
        { line: 9, fullName: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy', action: 'skip' },
      ],
    });
    expect(result).toEqual({ added: 1, updated: 1, skipped: 1, invited: 2, alreadyInvited: 0 });
    const duc = await callAsync(h, 'people.get', { id: existing.id });
    expect(duc).toMatchObject({
      position: 'Giám đốc Sở Tài chính',
      phone: '0912345678',
      groupId: 'grp-so-nganh',
    });
    const invitees = await callAsync(h, 'invitees.list', { meetingId: meeting.id });
    expect(invitees.map((i) => i.fullName)).toEqual(['Đỗ Trọng Hưng', 'Phạm Văn Đức']);
  });

  it('writes nothing when one row is invalid, and names the row', async () => {
    const h = start();
    const err = await failAsync(h, 'import.commit', {
      rows: [
        { line: 5, fullName: 'Lê Văn An', action: 'add' },
        { line: 6, fullName: 'Trần Văn Bình', groupId: 'no-such-group', action: 'add' },
      ],
    });
    expect(err.code).toBe('NOT_FOUND');
    expect(err.details).toMatchObject({ line: 6, issues: [{ path: ['rows', 1, 'groupId'] }] });
    expect((await callAsync(h, 'people.search', {})).total).toBe(0);
  });

  it('reads a Windows-1258 CSV the operator marks by hand, and reports what was detected', async () => {
    const h = start();
    const text = 'Họ và tên;Chức vụ;Đơn vị\r\nNguyễn Văn Hưng;Phó Giám đốc Sở;Sở Y tế\r\n';
    const bytes = encodeText(text, 'windows-1258');
    const preview = await callAsync(h, 'import.preview', {
      fileName: 'ds.csv',
      dataBase64: b64(bytes),
      overrides: { encoding: 'windows-1258' },
    });
    expect(preview.encoding).toMatchObject({ used: 'windows-1258' });
    expect(preview.delimiter).toBe(';');
    expect(preview.rows[0]).toMatchObject({
      fullName: 'Nguyễn Văn Hưng',
      unit: 'Sở Y tế',
      groupId: 'grp-so-nganh',
    });
  });

  it('answers a file that is not a roster with a clear code and writes nothing', async () => {
    const h = start();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(
      await failAsync(h, 'import.preview', { fileName: 'ds.xlsx', dataBase64: b64(png) }),
    ).toMatchObject({
      code: 'IMPORT_UNSUPPORTED',
      details: { kind: 'image' },
    });
    expect(
      (await failAsync(h, 'import.preview', { fileName: 'ds.csv', dataBase64: '' })).code,
    ).toBe('IMPORT_EMPTY');
    expect((await callAsync(h, 'people.search', {})).total).toBe(0);
  });

  it('exports the directory in protocol order and reads it back the same (XLSX and CSV)', async () => {
    const h = start();
    await callAsync(h, 'people.create', {
      fullName: 'Lê Văn Tám',
      position: 'Chuyên viên',
      unit: 'Sở Nội vụ',
    });
    await callAsync(h, 'people.create', {
      fullName: 'Đỗ Trọng Hưng',
      position: 'Bí thư Tỉnh ủy',
      unit: 'Tỉnh ủy',
      groupId: 'grp-thuong-truc-tu',
      rank: 1,
      phone: '0912 345 678',
      note: 'Trưởng đoàn',
    });
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await callAsync(h, 'directory.export', { format });
      expect(file.fileName).toMatch(
        new RegExp(`^danh-ba-dai-bieu-\\d{4}-\\d{2}-\\d{2}\\.${format}$`),
      );
      const back = await readRoster(
        file.fileName,
        new Uint8Array(Buffer.from(file.dataBase64, 'base64')),
      );
      expect(
        back.rows.map((r) => [r.fullName, r.position, r.unit, r.phone, r.note, r.group, r.rank]),
      ).toEqual([
        [
          'Đỗ Trọng Hưng',
          'Bí thư Tỉnh ủy',
          'Tỉnh ủy',
          '0912 345 678',
          'Trưởng đoàn',
          'Thường trực Tỉnh ủy',
          1,
        ],
        ['Lê Văn Tám', 'Chuyên viên', 'Sở Nội vụ', '', '', '', null],
      ]);
    }
  });

  it('refuses asynchronous methods on the synchronous entry point instead of hanging', () => {
    const h = start();
    const env = h.core.dispatch('directory.export', { format: 'csv' });
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
