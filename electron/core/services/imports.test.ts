import { describe, expect, it } from 'vitest';
import { readRoster } from '../import/roster';
import { writeXlsx } from '../import/xlsx';
import { encodeText } from '../import/encoding';
import { MINUTE, callAsync, failAsync, start } from '../testing/harness';

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
    const preview = await callAsync(h, 'import.open', {
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
    const preview = await callAsync(h, 'import.open', {
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
    const preview = await callAsync(h, 'import.open', {
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
    const opened = await callAsync(h, 'import.open', {
      fileName: 'ds.csv',
      dataBase64: b64(bytes),
    });
    // The second reading names the open file: only the operator's choice crosses the API.
    const preview = await callAsync(h, 'import.preview', {
      sessionId: opened.sessionId,
      overrides: { encoding: 'windows-1258' },
    });
    expect(preview.sessionId).toBe(opened.sessionId);
    expect(preview.overrides).toEqual({ encoding: 'windows-1258' });
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
      await failAsync(h, 'import.open', { fileName: 'ds.xlsx', dataBase64: b64(png) }),
    ).toMatchObject({
      code: 'IMPORT_UNSUPPORTED',
      details: { kind: 'image' },
    });
    expect((await failAsync(h, 'import.open', { fileName: 'ds.csv', dataBase64: '' })).code).toBe(
      'IMPORT_EMPTY',
    );
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

  it('keeps the file open between readings, and forgets it when closed', async () => {
    const h = start();
    const opened = await callAsync(h, 'import.open', {
      fileName: 'ds.xlsx',
      dataBase64: b64(await officeRoster(ROWS)),
    });
    const again = await callAsync(h, 'import.preview', {
      sessionId: opened.sessionId,
      overrides: { headerRow: 3, headerRows: 1 },
    });
    expect(again.rows.map((r) => r.fullName)).toEqual(opened.rows.map((r) => r.fullName));
    await callAsync(h, 'import.close', { sessionId: opened.sessionId });
    expect(
      await failAsync(h, 'import.preview', { sessionId: opened.sessionId, overrides: {} }),
    ).toMatchObject({ code: 'IMPORT_SESSION_EXPIRED' });
  });

  it('forgets a file left idle for half an hour', async () => {
    const h = start();
    const opened = await callAsync(h, 'import.open', {
      fileName: 'ds.xlsx',
      dataBase64: b64(await officeRoster(ROWS)),
    });
    h.clock.advance(31 * MINUTE);
    expect(
      (await failAsync(h, 'import.preview', { sessionId: opened.sessionId, overrides: {} })).code,
    ).toBe('IMPORT_SESSION_EXPIRED');
  });

  it('reads a header row without a name column with the columns understood before', async () => {
    const h = start();
    const opened = await callAsync(h, 'import.open', {
      fileName: 'ds.xlsx',
      dataBase64: b64(await officeRoster(ROWS)),
    });
    expect(opened.headerFallback).toBe(false);
    // Row 2 is the date line: no "Họ và tên" in it.
    const moved = await callAsync(h, 'import.preview', {
      sessionId: opened.sessionId,
      overrides: { headerRow: 1, headerRows: 1 },
    });
    expect(moved.headerFallback).toBe(true);
    expect(moved.headerRow).toBe(1);
    expect(moved.mapping).toEqual(opened.mapping);
    expect(moved.overrides).toEqual({ headerRow: 1, headerRows: 1, mapping: opened.mapping });
  });

  it('keeps a file whose header was not found open, for the operator to point at it', async () => {
    const h = start();
    const text = 'Danh sách\r\nLê Văn Tám;Chuyên viên\r\n';
    const err = await failAsync(h, 'import.open', {
      fileName: 'ds.csv',
      dataBase64: b64(new TextEncoder().encode(text)),
    });
    expect(err.code).toBe('IMPORT_NO_HEADER');
    const sessionId = err.details?.sessionId as string;
    const read = await callAsync(h, 'import.preview', {
      sessionId,
      overrides: { headerRow: 0, mapping: { fullName: 0, position: 1 } },
    });
    expect(read.rows.map((r) => r.fullName)).toEqual(['Lê Văn Tám']);
  });

  it('cancels a reading the operator stops, and answers other calls meanwhile', async () => {
    const h = start();
    // Within every import limit, yet a couple of seconds of work: long Vietnamese positions.
    const position = 'Chuyên viên Phòng Tổ chức cán bộ, '.repeat(22);
    const lines = ['Họ và tên,Chức vụ,Đơn vị'];
    for (let i = 0; i < 19_000; i++) lines.push(`Nguyễn Văn An ${i},"${position}",Sở ${i % 13}`);
    const reading = h.core.call('import.open', {
      fileName: 'big.csv',
      dataBase64: b64(new TextEncoder().encode(lines.join('\n'))),
      jobId: 'job-1',
    });
    // The core's thread is free while the worker reads: a check-in-sized call answers at once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.core.dispatch('people.search', { query: 'an' }).ok).toBe(true);
    expect(await callAsync(h, 'jobs.cancel', { id: 'job-1' })).toEqual({ cancelled: true });
    expect(await reading).toMatchObject({ ok: false, error: { code: 'JOB_CANCELLED' } });
    expect(await callAsync(h, 'jobs.cancel', { id: 'job-1' })).toEqual({ cancelled: false });
  });

  it('puts a meeting roster’s "Ghi chú" on the invitees, not in the directory', async () => {
    const h = start();
    const meeting = await callAsync(h, 'meetings.create', {
      title: 'Hội nghị',
      date: '2026-12-01',
      startTime: '08:00',
    });
    const known = await callAsync(h, 'people.create', {
      fullName: 'Phạm Văn Đức',
      unit: 'Sở Tài chính',
      note: 'Số riêng: 0912',
    });
    const bytes = await writeXlsx('DS', [
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'],
      ['1', 'Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy', 'Chủ trì'],
      ['2', 'Phạm Văn Đức', 'Giám đốc Sở', 'Sở Tài chính', 'Vắng - đi công tác'],
      ['3', 'Lê Văn An', 'Chuyên viên', 'Văn phòng', ''],
    ]);
    const preview = await callAsync(h, 'import.open', {
      fileName: 'ds.xlsx',
      dataBase64: b64(bytes),
      forMeeting: true,
    });
    expect(preview.mapping).toMatchObject({ remark: 4 });
    expect(preview.mapping.note).toBeUndefined();
    expect(preview.rows.map((r) => [r.remark, r.note])).toEqual([
      ['Chủ trì', ''],
      ['Vắng - đi công tác', ''],
      ['', ''],
    ]);
    await callAsync(h, 'import.commit', {
      inviteToMeetingId: meeting.id,
      rows: preview.rows.map((r) => ({
        ...r,
        action: r.existing ? ('update' as const) : ('add' as const),
        existingPersonId: r.existing?.id ?? null,
      })),
    });
    const invitees = await callAsync(h, 'invitees.list', { meetingId: meeting.id });
    expect(Object.fromEntries(invitees.map((i) => [i.fullName, i.remark]))).toEqual({
      'Đỗ Trọng Hưng': 'Chủ trì',
      'Phạm Văn Đức': 'Vắng - đi công tác',
      'Lê Văn An': '',
    });
    // The directory keeps only what the operator gave it: the old note, no meeting remark.
    expect((await callAsync(h, 'people.get', { id: known.id })).note).toBe('Số riêng: 0912');
    const everyone = (await callAsync(h, 'people.search', {})).items;
    expect(everyone.every((p) => !/Chủ trì|công tác/.test(p.note))).toBe(true);

    // The same file for the directory alone: "Ghi chú" is the person's note, as before.
    const forDirectory = await callAsync(h, 'import.open', {
      fileName: 'ds.xlsx',
      dataBase64: b64(bytes),
    });
    expect(forDirectory.mapping).toMatchObject({ note: 4 });
    expect(forDirectory.rows[0]).toMatchObject({ note: 'Chủ trì', remark: '' });
  });

  it('reads a "Ghi chú hội nghị" column as the meeting’s remark, and lets the operator map it back', async () => {
    const h = start();
    const bytes = await writeXlsx('DS', [
      ['Họ và tên', 'Ghi chú hội nghị', 'Ghi chú'],
      ['Đỗ Trọng Hưng', 'Chủ trì', 'Nguyên Bí thư'],
    ]);
    const opened = await callAsync(h, 'import.open', {
      fileName: 'ds.xlsx',
      dataBase64: b64(bytes),
      forMeeting: true,
    });
    expect(opened.mapping).toEqual({ fullName: 0, remark: 1, note: 2 });
    expect(opened.rows[0]).toMatchObject({ remark: 'Chủ trì', note: 'Nguyên Bí thư' });
    const back = await callAsync(h, 'import.preview', {
      sessionId: opened.sessionId,
      overrides: { mapping: { fullName: 0, note: 1 } },
    });
    expect(back.rows[0]).toMatchObject({ note: 'Chủ trì', remark: '' });
  });

  it('gives back exactly what was stored after export and import, however odd the text', async () => {
    const h = start();
    const odd = [
      { fullName: '=Lê Văn Tám', position: '+84 chuyên viên', unit: '@Sở Nội vụ' },
      { fullName: '＝Trần Hưng', position: '－Phó phòng', unit: "'Văn phòng" },
      { fullName: 'Nguyễn\u200B Văn\u202E An', position: ' -Giám đốc', unit: 'Sở\u2066 Y tế' },
      { fullName: 'Đỗ Thị Thuý', position: 'Chánh "Văn phòng", UBND', unit: 'UBND; tỉnh' },
    ];
    for (const p of odd) await callAsync(h, 'people.create', p);
    const stored = (await callAsync(h, 'people.search', {})).items.map((p) => [
      p.fullName,
      p.position,
      p.unit,
    ]);
    // What was stored is already clean: invisible characters are gone, tone placement fixed.
    expect(stored).toContainEqual(['Nguyễn Văn An', '-Giám đốc', 'Sở Y tế']);
    expect(stored).toContainEqual(['Đỗ Thị Thúy', 'Chánh "Văn phòng", UBND', 'UBND; tỉnh']);
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await callAsync(h, 'directory.export', { format });
      const other = start();
      const opened = await callAsync(other, 'import.open', {
        fileName: file.fileName,
        dataBase64: file.dataBase64,
      });
      await callAsync(other, 'import.commit', {
        rows: opened.rows.map((r) => ({ ...r, action: 'add' as const, existingPersonId: null })),
      });
      const back = (await callAsync(other, 'people.search', {})).items.map((p) => [
        p.fullName,
        p.position,
        p.unit,
      ]);
      expect(back, format).toEqual(stored);
    }
  });

  it('refuses asynchronous methods on the synchronous entry point instead of hanging', () => {
    const h = start();
    const env = h.core.dispatch('directory.export', { format: 'csv' });
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
