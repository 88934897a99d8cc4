import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { officePart, wordText } from '../../electron/core/documents/testing';
import type { HostCall } from '../support/api';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import { meetingInviting } from '../support/meetingSetup';
import { firstPagePng, printedPages, printedPdf } from '../support/pdf';
import { setUpPoint } from '../support/point';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Hưng', 'Thủy', 'Đức', 'Hằng', 'Quỳnh', 'Nguyên', 'Ánh', 'Tùng'];

/**
 * `DIEMCAU_SCREENS=1 npx playwright test e2e/web/documents.spec.ts` also writes the first page
 * of the attendance list's PDF and of the report's into docs/screens, at 60 dpi.
 */
const screens = process.env.DIEMCAU_SCREENS ? 'docs/screens' : null;

/** A host of its own for one test, its point a Party committee's office, removed after. */
async function onPartyPoint(run: (host: RunningHost, call: HostCall) => Promise<void>) {
  const host = await startHost();
  try {
    const call = await hostApi(host.url);
    await setUpPoint(call, { parentBody: 'Tỉnh ủy Thanh Hóa', issuingBody: 'Văn phòng' });
    await run(host, call);
  } finally {
    await host.stop();
    removeDataDir(host.dataDir);
  }
}

/**
 * The attendance list printed as the PDF is made (Chromium, as Electron's printToPDF), read
 * back with pdftotext: the Party heading, the date line, names with their diacritics in
 * protocol order, the table header again on page 2 with the page number, and the counts.
 */
test('the attendance list prints in the administrative layout over several pages', async ({
  page,
}) =>
  onPartyPoint(async (host, call) => {
    const names: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      const fullName = `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[i % GIVEN.length]} ${String.fromCharCode(65 + (i % 26))}`;
      const p = await call<{ id: string }>('people.create', {
        fullName,
        position: 'Giám đốc Sở',
        rank: i + 1,
        groupId: 'grp-so-nganh',
      });
      ids.push(p.id);
      names.push(fullName);
    }
    const { meetingId, invitees } = await meetingInviting(
      call,
      { title: 'Hội nghị trực tuyến toàn quốc', date: '2026-01-05', startTime: '08:00' },
      ids,
    );
    for (const inv of invitees.slice(0, 30)) {
      await call('attendance.set', { inviteeId: inv.id, status: 'present' });
    }
    await call('attendance.set', {
      inviteeId: invitees[30]!.id,
      status: 'absent_excused',
      reason: 'Đi công tác nước ngoài',
    });

    const { pdf, pages } = await printedPdf(page, `${host.url}#/print/${meetingId}/attendance`);
    if (screens) firstPagePng(pdf, `${screens}/attendance-pdf-page1.png`);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const first = pages[0]!;
    for (const text of [
      'TỈNH ỦY THANH HÓA',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'VĂN PHÒNG',
      'Thanh Hóa, ngày 05 tháng 01 năm 2026',
      'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ',
      'Lãnh đạo sở, ban, ngành',
    ]) {
      expect(first).toContain(text);
    }
    // Page 1 has no number; page 2 has its number at the top and the table's header again.
    expect(first.trimStart().startsWith('1')).toBe(false);
    const second = pages[1]!;
    expect(second.trimStart().split('\n')[0]!.trim()).toBe('2');
    expect(second).toContain('Họ và tên');
    // Every name, with its marks, in the order the list gives them.
    const all = pages.join('\n');
    const order = invitees.map((i) => all.indexOf(i.fullName));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The note column is narrow: its words wrap onto the next lines of the layout.
    expect(all).toContain('Đi công tác');
    expect(all).toContain('Vắng có lý do');
    expect(all.replace(/\s+/g, ' ')).toContain(
      'Tổng số đại biểu được mời: 45. Dự tại điểm cầu: 30',
    );
    expect(pages[pages.length - 1]).toContain('NGƯỜI LẬP');
    expect(names).toHaveLength(45);

    // Made for a PDF (pdf=1), the rows are not drawn on screen, only on paper; the paper is the
    // same as the page the operator opens and prints.
    await expect(page.getByText('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ')).toBeVisible();
    await expect(page.getByText(invitees[0]!.fullName)).toBeHidden();
    const opened = await printedPdf(page, `${host.url}#/print/${meetingId}/attendance`, {
      asOpened: true,
    });
    await expect(page.getByText(invitees[0]!.fullName)).toBeVisible();
    expect(opened.pages).toEqual(pages);
  }));

/**
 * The operator saves a checked-in meeting's attendance list as Word, Excel and CSV from the
 * Documents tab, and the PDF from the same template; each file is read back.
 */
test('a checked-in meeting’s attendance list is saved in all four formats, and the report in DOCX and PDF', async ({
  page,
}) =>
  onPartyPoint(async (host, call) => {
    const people = [
      ['Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'grp-thuong-truc-tu'],
      ['Lại Thế Nguyên', 'Phó Bí thư Thường trực', 'grp-thuong-truc-tu'],
      ['Phạm Thị Thanh Thủy', 'Trưởng ban Tuyên giáo', 'grp-btv'],
    ] as const;
    const ids: string[] = [];
    for (const [fullName, position, groupId] of people) {
      ids.push((await call<{ id: string }>('people.create', { fullName, position, groupId })).id);
    }
    const { meetingId, invitees } = await meetingInviting(
      call,
      { title: 'Hội nghị sơ kết', date: '2026-03-12', startTime: '14:00' },
      ids,
    );
    const byName = (n: string) => invitees.find((i) => i.fullName === n)!.id;
    await call('attendance.set', { inviteeId: byName('Đỗ Trọng Hưng'), status: 'present' });
    await call('attendance.set', {
      inviteeId: byName('Lại Thế Nguyên'),
      status: 'absent_excused',
      reason: 'Họp Quốc hội',
    });
    await call('attendance.set', { inviteeId: byName('Phạm Thị Thanh Thủy'), status: 'late' });

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${host.url}#/meetings/${meetingId}`);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    await expect(preview.getByText('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ')).toBeVisible();
    await expect(preview.getByText('Thanh Hóa, ngày 12 tháng 3 năm 2026')).toBeVisible();
    await page.screenshot({ path: 'test-results/documents-1366x768.png' });

    const save = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).click(),
      ]);
      const file = await download.path();
      return { name: download.suggestedFilename(), bytes: fs.readFileSync(file!) };
    };

    const docx = await save('Lưu Word (DOCX)');
    expect(docx.name).toBe('danh-sach-dai-bieu-du-hoi-nghi-2026-03-12.docx');
    const lines = wordText(await officePart(docx.bytes, 'word/document.xml'));
    expect(lines).toEqual(expect.arrayContaining(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Họp Quốc hội']));
    expect(people.map(([n]) => lines.indexOf(n))).toEqual(
      [...people.map(([n]) => lines.indexOf(n))].sort((a, b) => a - b),
    );

    const xlsx = await save('Lưu Excel (XLSX)');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as never);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => cells.push(String(row.getCell(2).value ?? '')));
    expect(cells.filter((c) => people.some(([n]) => n === c))).toEqual(people.map(([n]) => n));

    const csv = await save('Lưu CSV');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('Phạm Thị Thanh Thủy,Trưởng ban Tuyên giáo,,Đến muộn');

    // The PDF: the same template the preview shows, printed.
    await page.getByRole('button', { name: 'Mở riêng trang in' }).click();
    await expect(page).toHaveURL(new RegExp(`#/print/${meetingId}/attendance$`));
    const pages = await printedPages(page, page.url());
    expect(pages.join('\n')).toContain('Phạm Thị Thanh Thủy');
    expect(pages[0]).toContain('Thanh Hóa, ngày 12 tháng 3 năm 2026');

    // The report: a finalized revision, then a later edit; the tab offers the finalized one.
    const { content } = await call<{ content: Record<string, unknown> }>('reports.draft', {
      meetingId,
    });
    const conclusion =
      'Các sở, ngành **khẩn trương** triển khai Nghị quyết; báo cáo trước ngày 30/4';
    const first = await call<{ revision: number }>('reports.save', {
      meetingId,
      baseRevision: null,
      content: {
        ...content,
        conclusions: [{ text: conclusion }],
        recommendations: [{ text: 'Đề nghị Trung ương hỗ trợ đường truyền dự phòng' }],
      },
    });
    await call('reports.finalize', { meetingId, revision: first.revision });
    await call('reports.save', {
      meetingId,
      baseRevision: first.revision,
      content: { ...content, conclusions: [{ text: 'Bản nháp sửa sau' }] },
    });
    await page.goto(`${host.url}#/meetings/${meetingId}`);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByRole('combobox', { name: 'Văn bản' }).click();
    await page.getByRole('option', { name: 'Báo cáo tổng hợp' }).click();
    await expect(page.getByRole('combobox', { name: 'Bản báo cáo' })).toHaveValue(
      /^Bản 1 · đã hoàn tất lúc/,
    );
    await expect(preview.getByText('I. THÔNG TIN CHUNG')).toBeVisible();
    // A text has no sheet: Word and PDF only.
    await expect(page.getByRole('button', { name: 'Lưu Excel (XLSX)' })).toHaveCount(0);

    const report = await save('Lưu Word (DOCX)');
    expect(report.name).toBe('bao-cao-2026-03-12-ban-1.docx');
    const reportLines = wordText(await officePart(report.bytes, 'word/document.xml'));
    const order = [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BÁO CÁO',
      'Kết quả tham dự Hội nghị sơ kết',
      'I. THÔNG TIN CHUNG',
      'II. THÀNH PHẦN THAM DỰ TẠI ĐIỂM CẦU',
      'III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ HỘI NGHỊ',
      '- Các sở, ngành khẩn trương triển khai Nghị quyết; báo cáo trước ngày 30/4',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT CỦA ĐỊA PHƯƠNG',
      '- Đề nghị Trung ương hỗ trợ đường truyền dự phòng',
      'V. TÌNH HÌNH KỸ THUẬT TẠI ĐIỂM CẦU',
      'NGƯỜI LẬP',
    ].map((l) => reportLines.indexOf(l));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(reportLines.join('\n')).not.toContain('Bản nháp sửa sau');

    await page.getByRole('button', { name: 'Mở riêng trang in' }).click();
    await expect(page).toHaveURL(new RegExp(`#/print/${meetingId}/report\\?revision=1$`));
    const printed = await printedPdf(page, page.url());
    if (screens) firstPagePng(printed.pdf, `${screens}/report-pdf-page1.png`);
    const reportText = printed.pages.join('\n').replace(/[ \t]+/g, ' ');
    const sections = [
      'BÁO CÁO',
      'I. THÔNG TIN CHUNG',
      'Đỗ Trọng Hưng',
      'III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ HỘI NGHỊ',
      'khẩn trương triển khai Nghị quyết',
      'V. TÌNH HÌNH KỸ THUẬT TẠI ĐIỂM CẦU',
      'NGƯỜI LẬP',
    ].map((l) => reportText.indexOf(l));
    expect(sections.every((n) => n >= 0)).toBe(true);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    expect(printed.pages[0]).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  }));
