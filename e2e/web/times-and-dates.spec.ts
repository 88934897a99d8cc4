import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import { hostForFile } from '../support/host';
import { label, Operator } from '../support/operator';

/**
 * The operator's issue: on a browser whose locale is not Vietnamese, "2:00 chiều" was stored as
 * 02:00 (the field cut it to five characters) and the date field showed 11/30/2026. The
 * interface stays Vietnamese here (its default) while Chromium runs in American English.
 */
test.use({ locale: 'en-US' });

const currentHost = hostForFile();

interface StoredMeeting {
  date: string;
  startTime: string;
  endTime: string | null;
  agenda: { plannedStart: string | null }[];
}

test('times are read as the operator says them and dates are dd/mm/yyyy on an English system', async ({
  page,
}) => {
  const op = new Operator(page);
  await page.goto(currentHost().url);
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await op.setUpProfile();
  await op.openNav('Hội nghị');
  await page.getByRole('link', { name: 'Tạo hội nghị mới' }).click();
  await page.getByLabel(label('Tên hội nghị')).fill('Hội nghị trực tuyến buổi chiều');

  const date = page.getByLabel(label('Ngày họp'));
  const start = page.getByLabel(label('Giờ bắt đầu'));
  const end = page.getByLabel(label('Giờ kết thúc'));

  await test.step('the date field is day first with Vietnamese names in its calendar', async () => {
    // Today, as the form starts with it: dd/mm/yyyy, not the system's mm/dd/yyyy.
    await expect(date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await date.fill('30/11/2026');
    await expect(
      page.getByRole('button', { name: 'Tháng 11 năm 2026', exact: true }),
    ).toBeVisible();
    const calendar = page.locator('[data-dates-dropdown]');
    await expect(calendar).toContainText('T2');
    await expect(calendar).toContainText('CN');
    // Picking a day from the calendar, by its spelled-out name.
    await page.getByRole('button', { name: 'ngày 27 tháng 11 năm 2026', exact: true }).click();
    await expect(date).toHaveValue('27/11/2026');
    await expect(date).toHaveAccessibleDescription('ngày 27 tháng 11 năm 2026');
  });

  await test.step('an impossible date is refused, saying what was typed', async () => {
    await date.fill('31/11/2026');
    await start.focus();
    await expect(page.getByText('Không hiểu “31/11/2026” là ngày nào.')).toBeVisible();
    await date.fill('28/11/2026');
    await expect(date).toHaveAccessibleDescription('ngày 28 tháng 11 năm 2026');
  });

  await test.step('"2:00 chiều" is 14:00, shown before leaving the field', async () => {
    await start.fill('2:00 chiều');
    await expect(start).toHaveAccessibleDescription('Hiểu là: 14:00 (2 giờ chiều)');
    await start.press('Tab');
    await expect(start).toHaveValue('14:00');
    await expect(start).toHaveAccessibleDescription('Hiểu là: 14:00 (2 giờ chiều)');
  });

  await test.step('impossible or contradictory times are refused with what was read', async () => {
    await end.fill('25 giờ');
    await end.press('Tab');
    await expect(end).toHaveValue('25 giờ');
    await expect(page.getByText('Đã đọc: 25 giờ, nhưng giờ chỉ từ 0 đến 23.')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
    await expect(page).toHaveURL(/\/meetings\/new$/);

    await end.fill('13 giờ sáng');
    await end.press('Tab');
    await expect(
      page.getByText('Đã đọc: 13 giờ sáng, nhưng 13 giờ không thuộc buổi “sáng”.', {
        exact: false,
      }),
    ).toBeVisible();
  });

  await test.step('Enter in a time field shows the reading once before saving', async () => {
    await page.getByRole('button', { name: 'Thêm nội dung' }).click();
    await page.getByLabel(label('Nội dung 1')).fill('Khai mạc');
    await page.getByLabel(label('Giờ dự kiến 1')).fill('2h15 chieu');
    await end.fill('4 giờ rưỡi chiều');
    await end.press('Enter');
    await expect(end).toHaveValue('16:30');
    await expect(end).toHaveAccessibleDescription('Hiểu là: 16:30 (4 giờ 30 chiều)');
    await expect(page.getByLabel(label('Giờ dự kiến 1'))).toHaveValue('14:15');
    await expect(
      page.getByRole('status').filter({ hasText: 'bấm “Lưu hội nghị” lần nữa' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/meetings\/new$/);
    await end.press('Enter');
  });

  await test.step('the stored meeting is at 14:00 on 28/11/2026', async () => {
    await expect(page.getByTestId('meeting-time')).toHaveText('14:00 – 16:30');
    await expect(page.getByTestId('meeting-date')).toHaveText('ngày 28 tháng 11 năm 2026');
    const id = /\/meetings\/([^/?#]+)$/.exec(page.url())?.[1];
    expect(id).toBeTruthy();
    const call = await hostApi(page.url());
    const stored = await call<StoredMeeting>('meetings.get', { id });
    expect(stored).toMatchObject({ date: '2026-11-28', startTime: '14:00', endTime: '16:30' });
    expect(stored.agenda.map((a) => a.plannedStart)).toEqual(['14:15']);
  });

  await test.step('editing shows the stored values the same way', async () => {
    await page.getByRole('link', { name: 'Sửa thông tin' }).click();
    await expect(date).toHaveValue('28/11/2026');
    await expect(start).toHaveValue('14:00');
    await expect(start).toHaveAccessibleDescription('Hiểu là: 14:00 (2 giờ chiều)');
  });
});
