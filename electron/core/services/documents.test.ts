import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainTable } from '../../../shared/documents/model';
import { officePart, wordText } from '../documents/testing';
import { PROFILE, invite, meeting, person } from '../testing/fixtures';
import type { Harness } from '../testing/harness';
import { MINUTE, call, callAsync, failAsync, start } from '../testing/harness';

function checkedIn(h: Harness) {
  call(h, 'profile.save', {
    ...PROFILE,
    parentBody: 'Tỉnh ủy Thanh Hóa',
    issuingBody: 'Văn phòng',
  });
  const m = meeting(h, { date: '2026-02-03' });
  const [a, b, c] = invite(
    h,
    m,
    person(h, 'Đỗ Trọng Hưng', { position: 'Bí thư Tỉnh ủy' }),
    person(h, 'Lại Thế Nguyên', { position: 'Phó Bí thư' }),
    person(h, 'Hoàng Văn Nam', { position: 'Giám đốc Sở' }),
  );
  call(h, 'attendance.set', { inviteeId: a!.id, status: 'present' });
  call(h, 'attendance.set', { inviteeId: b!.id, status: 'absent_excused', reason: 'Đi công tác' });
  call(h, 'attendance.set', { inviteeId: c!.id, status: 'late' });
  return m;
}

describe('documents of a meeting', () => {
  it('are built from the meeting as it is, with the profile’s heading and the meeting’s date', async () => {
    const h = start();
    const m = checkedIn(h);
    const model = await callAsync(h, 'documents.model', {
      meetingId: m.id,
      document: 'attendance',
    });
    expect(model.placeDate).toBe('Thanh Hóa, ngày 03 tháng 02 năm 2026');
    expect(model.heading.issuer).toBe('VĂN PHÒNG');
    const absent = await callAsync(h, 'documents.model', {
      meetingId: m.id,
      document: 'attendance',
      filter: 'absent',
    });
    const rows = mainTable(absent)!.rows.filter((r) => r.kind === 'row');
    expect(rows.map((r) => (r.kind === 'row' ? [r.cells[1], r.cells[6]] : []))).toEqual([
      ['Lại Thế Nguyên', 'Đi công tác'],
    ]);
  });

  it('are exported as DOCX, XLSX and CSV through the worker, named for the document', async () => {
    const h = start();
    const m = checkedIn(h);
    const docx = await callAsync(h, 'documents.export', {
      meetingId: m.id,
      document: 'attendance',
      format: 'docx',
    });
    expect(docx).toMatchObject({
      fileName: 'danh-sach-dai-bieu-du-hoi-nghi-2026-02-03.docx',
      rows: 3,
    });
    const lines = wordText(
      await officePart(Buffer.from(docx.dataBase64, 'base64'), 'word/document.xml'),
    );
    expect(lines).toEqual(expect.arrayContaining(['Đỗ Trọng Hưng', 'Đi công tác', 'Đến muộn']));
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await callAsync(h, 'documents.export', {
        meetingId: m.id,
        document: 'signin',
        format,
      });
      expect(file.fileName).toBe(`danh-sach-dai-bieu-ky-ten-du-hoi-nghi-2026-02-03.${format}`);
      expect(file.rows).toBe(3);
    }
  });

  it('list the speeches heard, in the order they began', async () => {
    const h = start();
    const m = checkedIn(h);
    for (const name of ['Tô Lâm', 'Bộ trưởng']) {
      const s = call(h, 'speeches.add', {
        meetingId: m.id,
        fields: { speaker: { name }, origin: { kind: 'center' } },
      }).changed[0]!;
      call(h, 'speeches.act', { meetingId: m.id, action: 'start', speechId: s.id });
      h.clock.advance(5 * MINUTE);
    }
    call(h, 'speeches.act', { meetingId: m.id, action: 'end' });
    const model = await callAsync(h, 'documents.model', { meetingId: m.id, document: 'speeches' });
    const rows = mainTable(model)!.rows.map((r) =>
      r.kind === 'row' ? [r.cells[1], r.cells[6]] : [],
    );
    expect(rows).toEqual([
      ['Tô Lâm', '5 phút'],
      ['Bộ trưởng', '5 phút'],
    ]);
  });

  it('need the point’s profile, and a meeting that exists', async () => {
    const h = start();
    const m = meeting(h);
    expect(
      (await failAsync(h, 'documents.model', { meetingId: m.id, document: 'attendance' })).code,
    ).toBe('PROFILE_REQUIRED');
    call(h, 'profile.save', PROFILE);
    expect(
      (
        await failAsync(h, 'documents.export', {
          meetingId: 'nope',
          document: 'attendance',
          format: 'csv',
        })
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('a document as PDF', () => {
  it('is printed by the desktop from the document’s print route', async () => {
    const routes: string[] = [];
    const h = start(undefined, undefined, {
      platform: {
        printToPdf: async (route) => {
          routes.push(route);
          return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
        },
      },
    });
    const m = checkedIn(h);
    const pdf = await callAsync(h, 'documents.pdf', {
      meetingId: m.id,
      document: 'attendance',
      filter: 'present',
    });
    expect(routes).toEqual([`/print/${m.id}/attendance?filter=present`]);
    expect(pdf).toMatchObject({
      fileName: 'danh-sach-dai-bieu-co-mat-tai-hoi-nghi-2026-02-03.pdf',
      mimeType: 'application/pdf',
      dataBase64: 'JVBERg==',
      rows: 2,
    });
  });

  it('is said to need the desktop app in the browser build', async () => {
    const h = start();
    const m = checkedIn(h);
    expect(
      (await failAsync(h, 'documents.pdf', { meetingId: m.id, document: 'signin' })).code,
    ).toBe('PLATFORM_UNSUPPORTED');
  });
});

describe('the summary report as a document', () => {
  it('prints the draft until a revision is saved, then the revision asked for', async () => {
    const h = start();
    const m = checkedIn(h);
    const draft = await callAsync(h, 'documents.model', { meetingId: m.id, document: 'report' });
    expect(draft.title).toBe('BÁO CÁO');
    expect(draft.fileStem).toBe('bao-cao-2026-02-03');
    expect(draft.blocks[0]).toEqual({ kind: 'heading', text: 'I. THÔNG TIN CHUNG' });

    const { content } = call(h, 'reports.draft', { meetingId: m.id });
    const first = call(h, 'reports.save', {
      meetingId: m.id,
      baseRevision: null,
      content: { ...content, conclusions: [{ text: 'Triển khai **ngay** Nghị quyết' }] },
    });
    call(h, 'reports.finalize', { meetingId: m.id, revision: first.revision });
    call(h, 'reports.save', {
      meetingId: m.id,
      baseRevision: first.revision,
      content: { ...content, conclusions: [{ text: 'Bản sửa sau khi hoàn tất' }] },
    });

    const text = (model: { blocks: unknown[] }) => JSON.stringify(model.blocks);
    const latest = await callAsync(h, 'documents.model', { meetingId: m.id, document: 'report' });
    expect(latest.fileStem).toBe('bao-cao-2026-02-03-ban-2');
    expect(text(latest)).toContain('Bản sửa sau khi hoàn tất');
    const finalized = await callAsync(h, 'documents.model', {
      meetingId: m.id,
      document: 'report',
      revision: first.revision,
    });
    expect(text(finalized)).not.toContain('Bản sửa sau khi hoàn tất');
    // The operator's Markdown is kept as bold runs after the item's dash.
    expect(finalized.blocks).toContainEqual({
      kind: 'paragraph',
      runs: [
        { text: '- ' },
        { text: 'Triển khai ', bold: false, italic: false },
        { text: 'ngay', bold: true, italic: false },
        { text: ' Nghị quyết', bold: false, italic: false },
      ],
    });
    expect(finalized.signature).toEqual({ role: 'NGƯỜI LẬP', name: PROFILE.operatorName });

    const docx = await callAsync(h, 'documents.export', {
      meetingId: m.id,
      document: 'report',
      revision: first.revision,
      format: 'docx',
    });
    expect(docx.fileName).toBe('bao-cao-2026-02-03-ban-1.docx');
    const lines = wordText(
      await officePart(Buffer.from(docx.dataBase64, 'base64'), 'word/document.xml'),
    );
    const headings = lines.filter((l) => /^[IVX]+\. /.test(l));
    expect(headings.slice(0, 4)).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. THÀNH PHẦN THAM DỰ TẠI ĐIỂM CẦU',
      'III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ HỘI NGHỊ',
      'IV. TÌNH HÌNH KỸ THUẬT TẠI ĐIỂM CẦU',
    ]);
    expect(lines).toContain('- Triển khai ngay Nghị quyết');
    expect(lines.some((l) => l.includes('đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy'))).toBe(true);
    expect(lines.slice(-2)).toEqual(['NGƯỜI LẬP', PROFILE.operatorName]);
  });

  it('has no table, so no sheet; and a revision that does not exist is not found', async () => {
    const h = start();
    const m = checkedIn(h);
    expect(
      (await failAsync(h, 'documents.model', { meetingId: m.id, document: 'report', revision: 4 }))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await failAsync(h, 'documents.export', {
          meetingId: m.id,
          document: 'report',
          format: 'xlsx',
        })
      ).code,
    ).toBe('VALIDATION');
  });
});

describe('a document saved where the operator chose', () => {
  const saving = (target: string | null) =>
    start(undefined, undefined, { platform: { chooseSavePath: async () => target } });

  it('is written whole at the chosen path, with progress told under the call’s jobId', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-docs-'));
    const target = path.join(dir, 'Danh sách.docx');
    const h = saving(target);
    const m = checkedIn(h);
    const saved = await callAsync(h, 'documents.save', {
      meetingId: m.id,
      document: 'attendance',
      format: 'docx',
      jobId: 'save-1',
    });
    expect(saved).toEqual({ saved: true, fileName: 'Danh sách.docx', path: target, rows: 3 });
    const lines = wordText(await officePart(fs.readFileSync(target), 'word/document.xml'));
    expect(lines).toContain('Đỗ Trọng Hưng');
    expect(fs.readdirSync(dir)).toEqual(['Danh sách.docx']);
    const told = h.events
      .filter(([e]) => e === 'jobs.progress')
      .map(([, p]) => p as { jobId: string; fraction: number });
    expect(told.every((p) => p.jobId === 'save-1')).toBe(true);
    const fractions = told.map((p) => p.fraction);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says a folder is not a file, writes nothing, and does nothing when the dialog is closed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-docs-'));
    const folder = path.join(dir, 'bao-cao.csv');
    fs.mkdirSync(folder);
    const h = saving(folder);
    const m = checkedIn(h);
    const request = { meetingId: m.id, document: 'attendance', format: 'csv' } as const;
    expect((await failAsync(h, 'documents.save', request)).code).toBe('FILE_IS_FOLDER');
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.csv']);
    expect(fs.readdirSync(folder)).toEqual([]);

    const closed = saving(null);
    const m2 = checkedIn(closed);
    expect(await callAsync(closed, 'documents.save', { ...request, meetingId: m2.id })).toEqual({
      saved: false,
      fileName: 'danh-sach-dai-bieu-du-hoi-nghi-2026-02-03.csv',
      path: null,
      rows: 0,
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is said to need the desktop app in the browser build', async () => {
    const h = start();
    const m = checkedIn(h);
    expect(
      (await failAsync(h, 'documents.save', { meetingId: m.id, document: 'signin', format: 'csv' }))
        .code,
    ).toBe('PLATFORM_UNSUPPORTED');
  });
});
