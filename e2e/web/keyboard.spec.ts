import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import { hostForFile } from '../support/host';
import type { SeededMeeting } from '../support/meetingSetup';
import { seedMeeting } from '../support/meetingSetup';
import { label } from '../support/operator';

/**
 * The keyboard where the issue found it wanting: a note saved with Ctrl+Enter (Enter is a new
 * line there), a walk-in's group found by typing it without accents like every other group
 * picker, and the arrow keys on a meeting's tabs that stay on the tabs.
 */

const MTTQ = 'Mặt trận Tổ quốc và các đoàn thể';
const host = hostForFile();
let seeded: SeededMeeting;

test.beforeAll(async () => {
  seeded = await seedMeeting(await hostApi(host().url), [
    { fullName: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy', unit: 'Tỉnh ủy Thanh Hóa' },
    { fullName: 'Mai Xuân Liêm', position: 'Phó Chủ tịch UBND tỉnh', unit: 'UBND tỉnh' },
  ]);
});

test('Ctrl+Enter in the note saves the person; Enter is a new line', async ({ page }) => {
  await page.goto(`${host().url}#/directory`);
  await page.getByRole('button', { name: 'Thêm người', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label('Họ và tên')).fill('Phạm Thị Thanh Thủy');
  const note = dialog.getByRole('textbox', { name: 'Ghi chú' });
  await expect(note).toHaveAccessibleDescription('Ctrl+Enter để lưu');
  await note.click();
  await page.keyboard.type('Chủ tịch Ủy ban MTTQ tỉnh');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Dự thay khi cần');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã thêm Phạm Thị Thanh Thủy vào danh bạ.')).toBeVisible();

  await page.getByRole('button', { name: 'Sửa – Phạm Thị Thanh Thủy', exact: true }).click();
  // Both lines were kept (the directory stores a note's spaces as one).
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Ghi chú' })).toHaveValue(
    /^Chủ tịch Ủy ban MTTQ tỉnh\s+Dự thay khi cần$/,
  );
});

test('a walk-in’s group is found by typing it without accents', async ({ page }) => {
  await page.goto(`${host().url}#/meetings/${seeded.meetingId}`);
  await page.getByRole('button', { name: 'Thêm đại biểu phát sinh' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label('Họ và tên')).fill('Nguyễn Tiến Dũng');
  const group = dialog.getByRole('combobox', { name: 'Nhóm đại biểu' });
  await group.fill('mat tran');
  await expect(page.getByRole('option')).toHaveText([MTTQ]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(group).toHaveValue(MTTQ);
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Nguyễn Tiến Dũng/ })).toBeVisible();
  // Listed under its group's heading: the only one in that group.
  await expect(page.getByText(`${MTTQ} (1)`, { exact: true })).toBeVisible();
});

test('the arrow keys move along the meeting’s tabs and never into the check-in box', async ({
  page,
}) => {
  await page.goto(`${host().url}#/meetings/${seeded.meetingId}`);
  const tabs = page.getByRole('tab');
  const names = await tabs.allTextContents();
  const search = page.getByTestId('checkin-search');
  const searchFocused = page.locator('[data-testid="checkin-search"]:focus');
  await tabs.first().focus();
  for (const name of names.slice(1)) {
    await page.keyboard.press('ArrowRight');
    const tab = page.getByRole('tab', { name, exact: true });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(searchFocused).toHaveCount(0);
  }
  await page.keyboard.press('Home');
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(search).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Điểm danh' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.first()).toBeFocused();
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');

  // Chosen with the mouse, the check-in tab is there to type a name: the caret is in the box.
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await expect(search).toBeFocused();
});
