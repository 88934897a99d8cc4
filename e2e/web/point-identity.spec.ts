import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { migrate } from '../../electron/core/db/migrations';
import { removeDataDir, startHost } from '../support/host';
import { Operator, label } from '../support/operator';

/**
 * The point's identity decides how every document it prints begins. A new point declares it on
 * the first run and sees the heading its choice gives; a point set up by an earlier version is
 * asked for it, and keeps everything else it had.
 */
test('a new point chooses its kind of body and sees the heading its documents will carry', async ({
  page,
}) => {
  const host = await startHost();
  try {
    const op = new Operator(page);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Thiết lập điểm cầu' })).toBeVisible();
    await page.getByLabel(label('Tên điểm cầu')).fill('Điểm cầu UBND tỉnh Nghệ An');
    await op.chooseOption('Tỉnh, thành phố', 'nghe an', 'Nghệ An');
    // The date line follows the province until the operator writes another place.
    await expect(page.getByLabel(label('Địa danh ghi ngày tháng'))).toHaveValue('Nghệ An');
    await op.chooseOption('Loại cơ quan', '', 'Ủy ban nhân dân');
    await page.getByLabel(label('Cơ quan cấp trên')).fill('UBND tỉnh Nghệ An');
    await page.getByLabel(label('Cơ quan ban hành văn bản')).fill('Văn phòng');
    const preview = page.getByTestId('heading-preview');
    await expect(preview).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expect(preview).toContainText('Độc lập - Tự do - Hạnh phúc');
    await expect(preview).toContainText('UBND TỈNH NGHỆ AN');
    await expect(preview).toContainText('Nghệ An, ngày … tháng … năm …');
    await op.chooseOption('Loại cơ quan', '', /^Cơ quan của Đảng/);
    await expect(preview).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM');
    await expect(preview).not.toContainText('Độc lập');
    await page.getByLabel(label('Mã điểm cầu')).fill('na 01');
    await page.getByLabel(label('Người vận hành')).fill('Trần Văn Bình');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    // A code with a space is refused beside its field, and nothing is saved.
    await expect(page.getByText('Mã điểm cầu chỉ gồm chữ không dấu')).toBeVisible();
    await page.getByLabel(label('Mã điểm cầu')).fill('na-01');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(page.getByRole('link', { name: 'Danh bạ đại biểu' })).toBeVisible();

    await op.openNav('Điểm cầu');
    await expect(page.getByLabel(label('Mã điểm cầu'))).toHaveValue('NA-01');
    await expect(page.getByRole('combobox', { name: label('Loại cơ quan') })).toHaveValue(
      /^Cơ quan của Đảng/,
    );
  } finally {
    await host.stop();
    removeDataDir(host.dataDir);
  }
});

test('a point set up by an earlier version is asked for its kind of body', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-e2e-v4-'));
  const db = new Database(path.join(dataDir, 'diemcau.sqlite'));
  migrate(db, 4);
  db.prepare(
    `INSERT INTO profile (id, point_name, province_code, parent_body, operator_name, updated_at)
     VALUES (1, 'Điểm cầu Tỉnh ủy Thanh Hóa', 'thanh-hoa', 'Tỉnh ủy Thanh Hóa', 'Lê Thị Mai', ?)`,
  ).run(new Date().toISOString());
  db.close();
  const host = await startHost(dataDir);
  try {
    const op = new Operator(page);
    await page.goto(host.url);
    const banner = page.getByTestId('body-kind-missing');
    await expect(banner).toContainText('Chưa chọn loại cơ quan');
    await banner.getByRole('link', { name: 'Điểm cầu' }).click();
    await expect(page.getByLabel(label('Địa danh ghi ngày tháng'))).toHaveValue('Thanh Hóa');
    await expect(page.getByLabel(label('Cơ quan cấp trên'))).toHaveValue('Tỉnh ủy Thanh Hóa');
    await op.chooseOption('Loại cơ quan', '', /^Cơ quan của Đảng/);
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await op.openNav('Hội nghị');
    await expect(page.getByTestId('body-kind-missing')).toHaveCount(0);
  } finally {
    await host.stop();
    removeDataDir(dataDir);
  }
});
