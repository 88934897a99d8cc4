import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import { ImportWizardPage } from '../support/importWizard';
import { Operator } from '../support/operator';
import { ROSTER, shuffled, writeRosterXlsx } from '../support/roster';

/**
 * A roster arrives from the provincial office as a workbook: a title block, a column the reader
 * does not recognise, delegates in no particular order, a total row. The operator fixes one
 * column, settles the two people already in the directory, invites everyone into a meeting and
 * finds the list in protocol order. A picture renamed .xlsx is refused and changes nothing.
 */
let host: RunningHost;
let files: string;
let meetingId: string;
const MEETING_TITLE = 'Hội nghị toàn quốc quán triệt, triển khai Nghị quyết của Bộ Chính trị';

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test.beforeAll(async () => {
  host = await startHost();
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-roster-'));
  const call = await hostApi(host.url);
  await call('profile.save', {
    pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
    provinceCode: 'thanh-hoa',
    bodyKind: 'party',
    parentBody: 'Tỉnh ủy Thanh Hóa',
    placeName: 'Thanh Hóa',
    operatorName: 'Lê Thị Mai',
  });
  // Two of the file's people are already in the directory (same name and unit).
  await call('people.create', {
    fullName: 'Hà Văn Trung',
    position: 'Phó Giám đốc Sở Tài chính',
    unit: 'Sở Tài chính',
    groupId: 'grp-so-nganh',
    rank: 4,
  });
  await call('people.create', {
    fullName: 'Trịnh Thị Hoa',
    position: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
    unit: 'Hội Liên hiệp Phụ nữ tỉnh',
    groupId: 'grp-mttq',
  });
  const meeting = await call<{ id: string }>('meetings.create', {
    title: MEETING_TITLE,
    date: inDays(7),
    startTime: '08:00',
  });
  meetingId = meeting.id;
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
  fs.rmSync(files, { recursive: true, force: true });
});

test('a 60-delegate roster is imported, settled and invited in protocol order', async ({
  page,
}) => {
  const op = new Operator(page);
  const wizard = new ImportWizardPage(page);
  const file = path.join(files, 'danh-sach-dai-bieu.xlsx');
  await writeRosterXlsx(file, shuffled(ROSTER));

  await test.step('choose the file from the directory', async () => {
    await page.goto(host.url);
    await op.openNav('Danh bạ đại biểu');
    await expect(page.getByTestId('directory-total')).toHaveText('Tìm thấy 2 người');
    await page.getByRole('link', { name: 'Nhập danh sách từ tệp' }).click();
    await wizard.chooseFile(file);
    await expect(page.getByTestId('import-kind')).toHaveText('Excel (.xlsx)');
    await expect(page.getByRole('textbox', { name: /^Dòng tiêu đề/ })).toHaveValue('4');
    await expect(page.getByTestId('import-skipped')).toContainText('Dòng 65: dòng tổng cộng');
    // "Nhiệm vụ" is not a title the reader knows: no position yet, so no group either.
    await expect(wizard.groupSelect('Đỗ Trọng Hưng')).toHaveValue('');
  });

  await test.step('map the unrecognised column to the position', async () => {
    await op.chooseOption('Cột 3: Nhiệm vụ', '', 'Chức vụ');
    await expect(wizard.row('Đỗ Trọng Hưng')).toContainText('Bí thư Tỉnh ủy');
    await expect(wizard.groupSelect('Đỗ Trọng Hưng')).toHaveValue('grp-thuong-truc-tu');
    await expect(wizard.groupSelect('Nguyễn Doãn Anh')).toHaveValue('grp-ubnd');
    await expect(wizard.row('Hà Thị Nga')).toContainText('chưa xếp');
  });

  await test.step('settle the two people already in the directory', async () => {
    await expect(wizard.rows.filter({ hasText: 'Đã có trong danh bạ' })).toHaveCount(2);
    await expect(wizard.duplicateSelect('Trịnh Thị Hoa')).toHaveValue('skip');
    await wizard.duplicateSelect('Hà Văn Trung').selectOption({ label: 'Cập nhật' });
    await wizard.duplicateSelect('Trịnh Thị Hoa').selectOption({ label: 'Bỏ qua' });
    await expect(page.getByTestId('import-summary')).toHaveText(
      'Sẽ thêm 58, cập nhật 1, bỏ qua 1.',
    );
  });

  await test.step('invite into the meeting and commit', async () => {
    await op.chooseOption('Mời vào hội nghị', '', new RegExp(MEETING_TITLE));
    await page.getByRole('button', { name: 'Nhập và mời vào hội nghị' }).click();
    await expect(page.getByTestId('import-result')).toHaveText(
      'Đã thêm 58, cập nhật 1, bỏ qua 1; đã mời 60 vào hội nghị',
    );
    await expect(page.getByTestId('import-result-invited')).toHaveText('60');
  });

  await test.step('the meeting lists everyone in protocol order', async () => {
    await page.getByRole('link', { name: 'Mở danh sách đại biểu của hội nghị' }).click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${meetingId}$`));
    await expect(page.getByTestId('invitee-count')).toHaveText('60 đại biểu');
    const invitees = page.locator('[data-testid^="invitee-row-"]');
    const names = (await invitees.locator('td:nth-child(2)').allTextContents()).map((n) =>
      n.trim(),
    );
    const at = (name: string) => {
      const i = names.indexOf(name);
      expect(i, `${name} is on the list`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const inOrder = (...list: string[]) => {
      const places = list.map(at);
      expect(places, list.join(' → ')).toEqual([...places].sort((a, b) => a - b));
    };
    expect(at('Đỗ Trọng Hưng')).toBe(0); // Bí thư Tỉnh ủy
    expect(at('Lại Thế Nguyên')).toBe(1); // Phó Bí thư Thường trực
    expect(at('Đỗ Minh Tuấn')).toBe(2); // Phó Bí thư
    // Thường vụ, then HĐND, then UBND; inside each, the chair before the deputies.
    inOrder('Lê Quang Hùng', 'Lê Tiến Lam', 'Trịnh Tuấn Sinh', 'Lê Văn Cường');
    inOrder('Lê Văn Cường', 'Nguyễn Doãn Anh', 'Đầu Thanh Tùng', 'Mai Xuân Liêm');
    inOrder('Đầu Thanh Tùng', 'Lê Đức Giang');
    inOrder('Lê Đức Giang', 'Hoàng Văn Tân', 'Phạm Thị Hà', 'Nguyễn Văn Hùng', 'Lê Thị Bích');
    // Department heads before the inspector, other directors, then deputy directors.
    inOrder('Hà Văn Trung', 'Mai Thị Hương', 'Cao Văn Long', 'Đinh Thị Vân');
    inOrder('Vũ Thị Lan', 'Mai Thị Hương', 'Kiều Thị Mai');
    inOrder('Kiều Thị Mai', 'Phạm Thị Thanh Thủy', 'Lê Văn Thắng', 'Nguyễn Tiến Dũng');
    // Nobody's rule placed the commune leaders: they come last.
    inOrder('Nguyễn Tiến Dũng', 'Hà Thị Nga');
    inOrder('Vũ Văn Tùng', 'Lò Văn Minh');

    // Updated from the file; the skipped one was invited as the directory knows her.
    const updated = invitees.filter({ hasText: 'Hà Văn Trung' });
    await expect(updated).toContainText('Giám đốc Sở Tài chính');
    await expect(updated).not.toContainText('Phó Giám đốc');
    await expect(invitees.filter({ hasText: 'Trịnh Thị Hoa' })).toHaveCount(1);
  });

  await test.step('the directory has everyone once', async () => {
    await op.openNav('Danh bạ đại biểu');
    await expect(page.getByTestId('directory-total')).toHaveText('Tìm thấy 60 người');
  });

  await test.step('export the directory to Excel, in protocol order', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^danh-ba-dai-bieu-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = path.join(files, file.suggestedFilename());
    await file.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B1').text).toBe('Họ và tên');
    expect(sheet.getCell('B2').text).toBe('Đỗ Trọng Hưng');
    expect(sheet.actualRowCount).toBe(61);

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV' }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
  });
});

test('a picture renamed .xlsx is refused in Vietnamese and changes nothing', async ({ page }) => {
  const op = new Operator(page);
  const wizard = new ImportWizardPage(page);
  const file = path.join(files, 'danh-sach.xlsx');
  // The first bytes of a PNG image: what a phone photo of the printed list starts with.
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      Buffer.alloc(2048, 0x37),
    ]),
  );

  await page.goto(host.url);
  await op.openNav('Danh bạ đại biểu');
  const total = page.getByTestId('directory-total');
  await expect(total).toHaveText(/^Tìm thấy \d+ người$/);
  const before = await total.textContent();

  await page.getByRole('link', { name: 'Nhập danh sách từ tệp' }).click();
  await wizard.chooseFile(file);
  await expect(page.getByTestId('import-error')).toContainText(
    'Tệp này là hình ảnh, không phải danh sách đại biểu.',
  );
  await expect(page.getByTestId('import-error')).toContainText('danh-sach.xlsx');
  await expect(page.getByTestId('import-rows')).toHaveCount(0);

  await page.getByRole('link', { name: 'Về danh bạ' }).click();
  await expect(total).toHaveText(before!);
});
