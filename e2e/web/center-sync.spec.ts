import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hostApi } from '../support/api';
import {
  centerCli,
  finalizeReport,
  freePort,
  meetingAtPoint,
  startCenter,
  stopCenter,
} from '../support/center';
import { hostForFile } from '../support/host';

/**
 * Issue 12's scenario with the real center (`npm run center`, SQLite): enrol the point, finalize
 * a report while the center is stopped (the header says it waits), start the center again, and
 * the report goes: the header says when, the report tab shows the receipt, the center's
 * dashboard lists the point's report.
 *
 * `DIEMCAU_SCREENS=1` also writes docs/screens/center-*.png: the report tab with its receipt,
 * the "Trung ương" screen and the center's dashboard, at 1366×768.
 */
const currentHost = hostForFile();

test('enrol, finalize while the center is stopped, start it: sent, with the receipt', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-center-e2e-'));
  const dataFile = path.join(dir, 'center.sqlite');
  const port = await freePort();
  const secret = /secret \(shown once\): (\S+)/.exec(
    centerCli(dataFile, ['point', 'add', '--code', 'TH-01', '--name', 'Điểm cầu Thanh Hóa']),
  )![1]!;
  let center = await startCenter(dataFile, port);
  try {
    const host = currentHost();
    const call = await hostApi(host.url);
    const meeting = await meetingAtPoint(call, 'TH-01', {
      title: 'Hội nghị toàn quốc tổng kết năm',
      date: '2026-01-05',
    });

    // Settings and enrolment, as the operator does them.
    await page.goto(`${host.url}#/center`);
    await page.getByTestId('center-url').fill(`http://127.0.0.1:${port}`);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByTestId('center-http-warning')).toBeVisible();
    await page.getByTestId('center-secret').fill(secret);
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await expect(page.getByTestId('center-enrolment')).toContainText('Đã đăng ký');
    await expect(page.getByTestId('token-plain')).toBeVisible();

    // The center goes away; the report is finalized and sent into the outbox.
    await stopCenter(center);
    await finalizeReport(call, meeting.id);
    await page.goto(`${host.url}#/meetings/${meeting.id}/report`);
    await page.getByRole('button', { name: 'Gửi về Trung ương' }).click();
    const entry = page.getByTestId('send-to-center').getByTestId('sync-entry');
    await expect(entry).toHaveAttribute('data-state', 'pending');
    const status = page.getByTestId('sync-status');
    await expect(status.locator('[data-state]')).toHaveAttribute('data-state', /offline|pending/);
    await expect(status).toContainText('Chờ gửi: 1');

    // Back up: "Đồng bộ ngay" sends it, and the receipt shows where the button was.
    center = await startCenter(dataFile, port);
    await status.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    // What "Đồng bộ ngay" says is what happened, read while its message is up: the row goes at
    // once, whatever its backoff said, unless the worker was quicker than the click (then
    // there is nothing left, never "sent 0, failed 0").
    const syncToast = page
      .locator('[data-toast]')
      .filter({ hasText: /Đã gửi \d+, không gửi được|Không còn báo cáo nào chờ gửi/ });
    await expect(syncToast).toHaveText(
      /^(Đã gửi 1, không gửi được 0\.|Không còn báo cáo nào chờ gửi\.)$/,
    );
    await expect(entry).toHaveAttribute('data-state', 'sent');
    await expect(page.getByTestId('sync-receipt')).toContainText('Biên nhận');
    await expect(status.locator('[data-state]')).toHaveAttribute('data-state', 'sent');
    await expect(status).toContainText('Gửi lúc');

    // The center's dashboard, after signing in, lists the point's report and shows it in full.
    const password = /\(shown once\): (\S+)/.exec(
      centerCli(dataFile, ['viewer', 'add', '--name', 'Văn phòng Trung ương']),
    )![1]!;
    const centerPage = await page.context().newPage();
    await centerPage.goto(`http://127.0.0.1:${port}/`);
    await centerPage.getByLabel('Tên tài khoản').fill('Văn phòng Trung ương');
    await centerPage.getByLabel('Mật khẩu').fill(password);
    await centerPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(centerPage.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
    await expect(centerPage.locator('main')).toContainText('TH-01');
    await centerPage.goto(`http://127.0.0.1:${port}/reports/TH-01/${meeting.id}/1`);
    await expect(centerPage.locator('main')).toContainText('Hội nghị toàn quốc tổng kết năm');

    if (process.env.DIEMCAU_SCREENS) {
      const docs = path.resolve(__dirname, '..', '..', 'docs', 'screens');
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: path.join(docs, 'center-report-sent-1366x768.png') });
      await page.goto(`${host.url}#/center`);
      await expect(page.getByTestId('center-enrolment')).toContainText('Đã đăng ký');
      await page.screenshot({ path: path.join(docs, 'center-settings-1366x768.png') });
      await centerPage.setViewportSize({ width: 1366, height: 768 });
      await centerPage.goto(`http://127.0.0.1:${port}/`);
      await centerPage.screenshot({ path: path.join(docs, 'center-dashboard-1366x768.png') });
    }
  } finally {
    await stopCenter(center);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
