import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import { removeDataDir, startHost } from '../support/host';
import { setUpPoint } from '../support/point';

/**
 * Moving to a new machine from the backups screen: the data exported under a password, refused
 * on the new machine with the wrong password (nothing changes), taken with the right one (the
 * page reloads onto the carried data); and the error log saved from the same screen, free of
 * the people's names.
 */
const PASSWORD = 'mật khẩu chuyển máy';

test('the data move to a new machine under a password, and the error log is saved', async ({
  page,
}, testInfo) => {
  const old = await startHost();
  const neu = await startHost();
  try {
    const callOld = await hostApi(old.url);
    await setUpPoint(callOld);
    await callOld('people.create', {
      fullName: 'Nguyễn Văn An',
      position: 'Bí thư Tỉnh ủy',
      unit: 'Tỉnh ủy',
      groupId: null,
    });
    const callNew = await hostApi(neu.url);
    await setUpPoint(callNew);

    await page.goto(`${old.url}#/backups`);
    await expect(page.getByRole('heading', { name: 'Chuyển sang máy mới' })).toBeVisible();
    await page.getByLabel('Mật khẩu cho tệp').fill('ngắn');
    await page.getByLabel('Nhập lại mật khẩu').fill('ngắn');
    await page.getByRole('button', { name: 'Xuất dữ liệu ra tệp' }).click();
    await expect(page.getByText('Mật khẩu cần ít nhất 8 ký tự.')).toBeVisible();
    await page.getByLabel('Mật khẩu cho tệp').fill(PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất dữ liệu ra tệp' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^diemcau-chuyen-may-.*\.diemcau$/);
    const sealed = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(sealed);
    expect(fs.readFileSync(sealed).subarray(0, 8).toString()).toBe('DIEMCAUX');

    // The error log, from the same screen: versions in, names out.
    const [log] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gửi nhật ký lỗi' }).click(),
    ]);
    const logFile = testInfo.outputPath(log.suggestedFilename());
    await log.saveAs(logFile);
    const logText = fs.readFileSync(logFile, 'utf8');
    expect(logText).toContain('diemcau-log-bundle');
    expect(logText).not.toContain('Nguyễn Văn An');
    expect(logText).not.toContain(old.dataDir);

    // The new machine: the wrong password first.
    await page.goto(`${neu.url}#/backups`);
    await page.getByLabel('Tệp chuyển dữ liệu (.diemcau)').click();
    await page.locator('input[type="file"]').setInputFiles(sealed);
    await page.getByLabel('Mật khẩu của tệp').fill('sai mật khẩu');
    await page.getByRole('button', { name: 'Nhập dữ liệu từ tệp' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByText(/Mật khẩu không đúng với tệp chuyển dữ liệu này/)).toBeVisible();
    expect((await callNew<{ total: number }>('people.search', {})).total).toBe(0);

    await page.getByLabel('Mật khẩu của tệp').fill(PASSWORD);
    await page.getByRole('button', { name: 'Nhập dữ liệu từ tệp' }).click();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('dialog').getByRole('button', { name: 'Nhập dữ liệu' }).click(),
    ]);
    const people = await callNew<{ items: { fullName: string }[] }>('people.search', {});
    expect(people.items.map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
    // The new machine's data before the import is kept as a safety copy.
    const copies = await callNew<{ reason: string }[]>('backups.list', {});
    expect(copies.map((b) => b.reason)).toContain('restore');
    expect(fs.existsSync(path.join(neu.dataDir, 'transfer-work'))).toBe(true);
    expect(fs.readdirSync(path.join(neu.dataDir, 'transfer-work'))).toEqual([]);
  } finally {
    await old.stop();
    await neu.stop();
    removeDataDir(old.dataDir);
    removeDataDir(neu.dataDir);
  }
});
