import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hostApi } from '../support/api';
import { centerCli, finalizeReport, meetingAtPoint } from '../support/center';
import { hostForFile } from '../support/host';

/**
 * A point that has never reached the center's network (issue 12, air-gapped): the operator
 * saves an enrolment file and the pending reports file, the center's operator enrols the point
 * by its file and imports the reports with the real CLI, and the receipts file brought back
 * marks the report delivered.
 */
const currentHost = hostForFile();

test('enrol by file, carry the reports, import the receipts: delivered', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-by-file-e2e-'));
  const dataFile = path.join(dir, 'center.sqlite');
  const secret = /secret \(shown once\): (\S+)/.exec(
    centerCli(dataFile, ['point', 'add', '--code', 'HG-07', '--name', 'Điểm cầu Hà Giang']),
  )![1]!;
  try {
    const host = currentHost();
    const call = await hostApi(host.url);
    const meeting = await meetingAtPoint(call, 'HG-07', {
      title: 'Hội nghị sơ kết sáu tháng',
      date: '2026-07-10',
    });
    await finalizeReport(call, meeting.id);
    await page.goto(`${host.url}#/meetings/${meeting.id}/report`);
    await page.getByRole('button', { name: 'Gửi về Trung ương' }).click();
    await expect(page.getByTestId('send-to-center').getByTestId('sync-entry')).toHaveAttribute(
      'data-state',
      'pending',
    );

    await page.goto(`${host.url}#/center`);
    const secretField = page.getByTestId('enrolment-file-secret');
    const save = page.getByRole('button', { name: 'Lưu tệp đăng ký' });
    // A secret cut short in the copying is caught here, before the trip.
    await secretField.fill('abc');
    await save.click();
    await expect(page.getByText('Mã đăng ký chưa đúng', { exact: false })).toBeVisible();
    await secretField.fill(secret);
    const [enrolment] = await Promise.all([page.waitForEvent('download'), save.click()]);
    const enrolmentFile = path.join(dir, enrolment.suggestedFilename());
    await enrolment.saveAs(enrolmentFile);
    expect(enrolment.suggestedFilename()).toBe('diemcau-dang-ky-HG-07.json');
    await expect(secretField).toHaveValue('');

    const [bundle] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất tệp báo cáo chờ gửi' }).click(),
    ]);
    const bundleFile = path.join(dir, 'bundle.json');
    await bundle.saveAs(bundleFile);

    // At the center.
    expect(centerCli(dataFile, ['point', 'enrol', enrolmentFile])).toContain('enrolled HG-07');
    const receiptsFile = path.join(dir, 'receipts.json');
    expect(centerCli(dataFile, ['import', bundleFile, '--out', receiptsFile])).toMatch(
      /revision 1: stored/,
    );

    // Back at the point.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Nhập tệp biên nhận' }).click(),
    ]);
    await chooser.setFiles(receiptsFile);
    await expect(page.getByText('Đã đánh dấu 1 báo cáo đã gửi', { exact: false })).toBeVisible();
    await page.goto(`${host.url}#/meetings/${meeting.id}/report`);
    await expect(page.getByTestId('send-to-center').getByTestId('sync-entry')).toHaveAttribute(
      'data-state',
      'sent',
    );
    await expect(page.getByTestId('sync-receipt')).toContainText('Biên nhận');
    if (process.env.DIEMCAU_SCREENS) {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${host.url}#/center`);
      await page.getByTestId('enrolment-file-secret').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.resolve(__dirname, '..', '..', 'docs', 'screens', 'center-by-file-1366x768.png'),
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
