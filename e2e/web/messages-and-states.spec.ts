import { setUpPoint } from '../support/point';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import { ImportWizardPage } from '../support/importWizard';
import { label, Operator } from '../support/operator';

/**
 * What an operator reported after a first real use: error toasts that outlived the error and
 * followed them to other screens, "Bắt đầu" and "Kết thúc" offered side by side without a
 * question, an empty directory that said their search had failed, a group picker that ignored
 * typing, and an import preview that cut group names and let them "import" nothing.
 * Each test has a connection point of its own.
 */
let host: RunningHost;
let call: Awaited<ReturnType<typeof hostApi>>;

test.beforeEach(async () => {
  host = await startHost();
  call = await hostApi(host.url);
  await setUpPoint(call);
});

test.afterEach(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

const MTTQ = 'Mặt trận Tổ quốc và các đoàn thể';

/**
 * Far shorter than an error toast's own 8-second timer: a toast gone within this was taken
 * away on purpose, not timed out.
 */
const PROMPTLY = { timeout: 2_000 };

const toast = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

test('an error toast goes when the action succeeds and when the operator changes screens', async ({
  page,
}) => {
  const op = new Operator(page);
  await page.goto(host.url);
  await op.openNav('Danh bạ đại biểu');
  const refused = toast(page, 'Thông tin nhập chưa hợp lệ');
  const dialog = page.getByRole('dialog');
  const save = dialog.getByRole('button', { name: 'Lưu', exact: true });

  await test.step('a success replaces the error of the same action', async () => {
    await page.getByRole('button', { name: 'Thêm người' }).click();
    await save.click();
    await expect(refused).toBeVisible();
    await dialog.getByLabel(label('Họ và tên')).fill('Phạm Văn Đức');
    await save.click();
    await expect(toast(page, 'Đã thêm Phạm Văn Đức vào danh bạ.')).toBeVisible();
    await expect(refused).toBeHidden(PROMPTLY);
  });

  await test.step('another screen does not inherit the error', async () => {
    await page.getByRole('button', { name: 'Thêm người' }).click();
    await save.click();
    await expect(refused).toBeVisible();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await op.openNav('Hội nghị');
    await expect(refused).toBeHidden(PROMPTLY);
  });
});

test('a meeting offers only its next status step, asks before ending and finalizing, and ending can be undone', async ({
  page,
}) => {
  const meeting = await call<{ id: string }>('meetings.create', {
    title: 'Hội nghị trực tuyến toàn quốc',
    date: '2026-07-28',
    startTime: '08:00',
  });
  const statusNow = async () =>
    (await call<{ status: string }>('meetings.get', { id: meeting.id })).status;
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  const actions = page.getByRole('group', { name: 'Trạng thái' }).getByRole('button');
  const badge = (text: string) => page.getByText(text, { exact: true });
  const endMeeting = async () => {
    await actions.filter({ hasText: 'Kết thúc hội nghị' }).click();
    const ask = page.getByRole('dialog', { name: 'Kết thúc hội nghị?' });
    await ask.getByRole('button', { name: 'Kết thúc hội nghị' }).click();
    await expect(ask).toBeHidden();
    await expect(badge('Đã kết thúc')).toBeVisible();
  };

  await test.step('a planned meeting can only start', async () => {
    await expect(badge('Dự kiến')).toBeVisible();
    await expect(actions).toHaveText(['Bắt đầu hội nghị']);
    await actions.filter({ hasText: 'Bắt đầu hội nghị' }).click();
    await expect(badge('Đang diễn ra')).toBeVisible();
    await expect(actions).toHaveText(['Kết thúc hội nghị']);
  });

  await test.step('ending asks first, and cancelling changes nothing', async () => {
    await actions.filter({ hasText: 'Kết thúc hội nghị' }).click();
    const ask = page.getByRole('dialog', { name: 'Kết thúc hội nghị?' });
    await expect(ask).toContainText('Mở lại hội nghị');
    await ask.getByRole('button', { name: 'Hủy' }).click();
    await expect(ask).toBeHidden();
    await expect(badge('Đang diễn ra')).toBeVisible();
    expect(await statusNow()).toBe('in_progress');
    await endMeeting();
    await expect(actions).toHaveText(['Mở lại hội nghị', 'Chốt số liệu']);
  });

  await test.step('"Mở lại" undoes the end', async () => {
    await actions.filter({ hasText: 'Mở lại hội nghị' }).click();
    await expect(badge('Đang diễn ra')).toBeVisible();
    await expect(actions).toHaveText(['Kết thúc hội nghị']);
    expect(await statusNow()).toBe('in_progress');
  });

  await test.step('finalizing says it cannot be undone and needs a deliberate tick', async () => {
    await endMeeting();
    await actions.filter({ hasText: 'Chốt số liệu' }).click();
    const confirm = page.getByRole('dialog', { name: 'Chốt số liệu hội nghị?' });
    await expect(confirm).toContainText('Không thể hoàn tác');
    const finalize = confirm.getByRole('button', { name: 'Chốt số liệu' });
    await expect(finalize).toBeDisabled();
    await confirm.getByRole('checkbox').check();
    await finalize.click();
    await expect(badge('Đã chốt')).toBeVisible();
    await expect(actions).toHaveCount(0);
    expect(await statusNow()).toBe('finalized');
  });
});

test('an empty directory says it is empty and offers import and add', async ({ page }) => {
  const op = new Operator(page);
  await page.goto(host.url);
  await op.openNav('Danh bạ đại biểu');
  const empty = page.getByTestId('directory-empty');
  await expect(empty).toContainText('Danh bạ chưa có ai.');
  await expect(page.getByText('Không có ai trong danh bạ khớp với điều kiện tìm.')).toHaveCount(0);

  await empty.getByRole('button', { name: 'Thêm người' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào danh bạ' });
  await dialog.getByLabel(label('Họ và tên')).fill('Đỗ Trọng Hưng');
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(empty).toBeHidden();
  await expect(page.getByTestId('directory-total')).toHaveText('Tìm thấy 1 người');

  // Once someone is there, a search that finds nobody says so.
  await page.getByLabel(label('Tìm theo tên, chức vụ, đơn vị, điện thoại')).fill('khong ai');
  await expect(page.getByText('Không có ai trong danh bạ khớp với điều kiện tìm.')).toBeVisible();

  await call('people.delete', {
    id: (await call<{ items: { id: string }[] }>('people.search', {})).items[0]!.id,
  });
  await page.reload();
  await empty.getByRole('link', { name: 'Nhập danh sách từ tệp' }).click();
  await expect(page).toHaveURL(/#\/directory\/import$/);
});

test('the group picker filters without accents and never picks what the operator did not choose', async ({
  page,
}) => {
  const op = new Operator(page);
  await page.goto(host.url);
  await op.openNav('Danh bạ đại biểu');
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label('Họ và tên')).fill('Phạm Thị Thanh Thủy');
  const picker = dialog.getByRole('combobox', { name: label('Nhóm đại biểu') });
  const options = page.getByRole('option');

  await test.step('"mat tran" finds the Fatherland Front group only', async () => {
    await picker.click();
    await picker.fill('mat tran');
    await expect(options).toHaveText([MTTQ]);
  });

  await test.step('leaving the field picks nothing, even with one match listed', async () => {
    await picker.press('Tab');
    await expect(picker).toHaveValue('');
  });

  await test.step('a text that matches no group offers nothing and picks nothing', async () => {
    await picker.fill('khong co nhom nay');
    await expect(page.getByText('Không có nhóm nào khớp.')).toBeVisible();
    await expect(options).toHaveCount(0);
    // Enter does not save the form with a group that was never chosen.
    await picker.press('Enter');
    await picker.press('Tab');
    await expect(picker).toHaveValue('');
    await expect(dialog).toBeVisible();
  });

  await test.step('a group chosen from the filtered list is the one saved', async () => {
    await picker.fill('mat tran');
    await options.filter({ hasText: MTTQ }).click();
    await expect(picker).toHaveValue(MTTQ);
    // Typing over it without choosing keeps it.
    await picker.fill('xyz');
    await picker.press('Tab');
    await expect(picker).toHaveValue(MTTQ);
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
    const row = page.locator('[data-testid^="person-row-"]', { hasText: 'Phạm Thị Thanh Thủy' });
    await expect(row).toContainText(MTTQ);
  });
});

test('the import preview shows whole group names and says why nothing can be imported', async ({
  page,
}, testInfo) => {
  // Both people of the file are already in the directory: skipped unless the operator says.
  await call('people.create', {
    fullName: 'Phạm Thị Thanh Thủy',
    position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    unit: 'Ủy ban MTTQ Việt Nam tỉnh',
    groupId: 'grp-mttq',
  });
  await call('people.create', {
    fullName: 'Hà Văn Trung',
    position: 'Giám đốc Sở Tài chính',
    unit: 'Sở Tài chính',
    groupId: 'grp-so-nganh',
  });
  const file = testInfo.outputPath('danh-sach.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    '\ufeffHọ và tên,Chức vụ,Đơn vị\n' +
      'Phạm Thị Thanh Thủy,Chủ tịch Ủy ban MTTQ Việt Nam tỉnh,Ủy ban MTTQ Việt Nam tỉnh\n' +
      'Hà Văn Trung,Giám đốc Sở Tài chính,Sở Tài chính\n',
  );
  const op = new Operator(page);
  const wizard = new ImportWizardPage(page);
  await page.goto(host.url);
  await op.openNav('Danh bạ đại biểu');
  await page.getByRole('link', { name: 'Nhập danh sách từ tệp' }).click();
  await wizard.chooseFile(file);

  await test.step('a row shows its whole group name', async () => {
    const row = wizard.row('Phạm Thị Thanh Thủy');
    await expect(wizard.groupSelect('Phạm Thị Thanh Thủy')).toHaveValue('grp-mttq');
    const shown = row.getByTestId('import-group-shown');
    await expect(shown).toHaveText(MTTQ);
    // Nothing of it is cut: the text lies inside its box.
    const inside = await shown.evaluate((el) => {
      const text = el.getBoundingClientRect();
      const box = el.parentElement!.getBoundingClientRect();
      return (
        text.right <= box.right && text.bottom <= box.bottom && el.scrollWidth <= el.clientWidth
      );
    });
    expect(inside).toBe(true);
    await wizard.groupSelect('Phạm Thị Thanh Thủy').selectOption({ label: 'Khách mời' });
    await expect(shown).toHaveText('Khách mời');
  });

  await test.step('everything skipped: the button is disabled and says why', async () => {
    const commit = page.getByRole('button', { name: 'Nhập vào danh bạ' });
    await expect(page.getByTestId('import-summary')).toHaveText('Sẽ thêm 0, cập nhật 0, bỏ qua 2.');
    await expect(commit).toBeDisabled();
    const reason = page.getByTestId('import-commit-blocked');
    await expect(reason).toHaveText(
      /^Chưa có ai để thêm hoặc cập nhật: mọi dòng đều đang chọn “Bỏ qua”/,
    );
    await expect(commit).toHaveAccessibleDescription(/Chưa có ai để thêm hoặc cập nhật/);

    await wizard.duplicateSelect('Hà Văn Trung').selectOption({ label: 'Cập nhật' });
    await expect(commit).toBeEnabled();
    await expect(reason).toHaveCount(0);
  });
});
