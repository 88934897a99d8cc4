import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import { label, Operator } from '../support/operator';

/**
 * The operator adapts the protocol groups and the position rules to the point: moves a group,
 * renames one, cannot delete one still in use, adds a group with a rule, applies a preset.
 */
let host: RunningHost;

test.beforeAll(async () => {
  host = await startHost();
  const call = await hostApi(host.url);
  await call('profile.save', {
    pointName: 'Điểm cầu UBND tỉnh Nghệ An',
    provinceCode: 'nghe-an',
    bodyKind: 'people_committee',
    placeName: 'Nghệ An',
    operatorName: 'Trần Văn Bình',
  });
  await call('people.create', {
    fullName: 'Nguyễn Thị Thu',
    position: 'Phó Giám đốc',
    unit: 'Ngân hàng Nhà nước chi nhánh tỉnh',
    groupId: 'grp-khach-moi',
  });
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

test('groups are reordered, renamed, protected while in use, and rules follow them', async ({
  page,
}) => {
  const op = new Operator(page);
  const rows = page.getByTestId('groups-table').locator('tbody tr');
  const rules = page.getByTestId('rules-table').locator('tbody tr');
  await page.goto(host.url);
  await op.openNav('Danh bạ đại biểu');
  await page.getByRole('link', { name: 'Nhóm và thứ tự' }).click();
  await expect(rows).toHaveCount(10);
  await expect(rules).toHaveCount(28);

  await test.step('move a group up, from the keyboard too', async () => {
    const up = page.getByRole('button', { name: 'Chuyển lên – Khách mời' });
    await up.click();
    await expect(rows.nth(8)).toContainText('Khách mời');
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows.nth(7)).toContainText('Khách mời');
    await page.reload();
    await expect(rows.nth(7)).toContainText('Khách mời');
    await expect(rows.nth(9)).toContainText('Mặt trận Tổ quốc và các đoàn thể');
  });

  await test.step('rename: a name already used is refused beside the field', async () => {
    await page.getByRole('button', { name: 'Đổi tên – Khách mời' }).click();
    const name = page.getByRole('textbox', { name: 'Tên mới – Khách mời' });
    await name.fill('tinh uy vien');
    await name.press('Enter');
    await expect(page.getByText('Đã có nhóm mang tên này, hãy đặt tên khác.')).toBeVisible();
    await name.fill('Khách mời của tỉnh');
    await name.press('Enter');
    await expect(rows.nth(7)).toContainText('Khách mời của tỉnh');
  });

  await test.step('a group someone belongs to cannot be deleted', async () => {
    await page.getByRole('button', { name: 'Xóa – Khách mời của tỉnh' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa' }).click();
    await expect(
      page.getByText(
        'Chưa xóa được nhóm này: còn 1 người trong danh bạ thuộc nhóm. Hãy chuyển họ sang nhóm khác trước.',
      ),
    ).toBeVisible();
    await expect(rows).toHaveCount(10);
  });

  await test.step('a new group with its own rule', async () => {
    await page.getByLabel(label('Tên nhóm mới')).fill('Phóng viên báo chí');
    await page.getByRole('button', { name: 'Thêm nhóm' }).click();
    await expect(rows.nth(10)).toContainText('Phóng viên báo chí');

    await page.getByRole('button', { name: 'Thêm quy tắc' }).click();
    await expect(page.getByRole('textbox', { name: 'Chức vụ của quy tắc 29' })).toBeFocused();
    await page.getByRole('button', { name: 'Lưu các quy tắc' }).click();
    await expect(page.getByTestId('rule-row-28')).toContainText('Cần điền thông tin này.');
    await page.getByRole('textbox', { name: 'Chức vụ của quy tắc 29' }).fill('Phóng viên');
    await page
      .getByRole('combobox', { name: 'Nhóm của quy tắc 29' })
      .selectOption({ label: 'Phóng viên báo chí' });
    await page.getByRole('button', { name: 'Lưu các quy tắc' }).click();
    await expect(page.getByText('Đã lưu 29 quy tắc.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Chức vụ của quy tắc 29' })).toHaveValue(
      'Phóng viên',
    );
  });

  await test.step('deleting an empty group removes its rules too', async () => {
    await page.getByRole('button', { name: 'Xóa – Phóng viên báo chí' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa' }).click();
    await expect(rows).toHaveCount(10);
    await expect(rules).toHaveCount(28);
  });

  await test.step('a preset adds its missing groups and puts its own first', async () => {
    await op.chooseOption('Mẫu nhóm có sẵn', '', 'Điểm cầu UBND tỉnh');
    await page.getByRole('button', { name: 'Áp dụng mẫu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Áp dụng mẫu' }).click();
    await expect(page.getByText('Đã áp dụng mẫu “Điểm cầu UBND tỉnh”.')).toBeVisible();
    await expect(rows).toHaveCount(11);
    await expect(rows.nth(5)).toContainText('Lãnh đạo UBND các xã, phường');
    await expect(rows.nth(0)).toContainText('Đại biểu Trung ương');
    await expect(rules).toHaveCount(33);
    await expect(page.getByRole('textbox', { name: 'Chức vụ của quy tắc 30' })).toHaveValue(
      'Chủ tịch UBND xã',
    );
  });
});
