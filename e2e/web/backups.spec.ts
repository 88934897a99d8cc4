import { setUpPoint } from '../support/point';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { BackupInfo } from '../../shared/api/backupSchemas';
import { hostApi } from '../support/api';
import { removeDataDir, startHost } from '../support/host';

/**
 * Backups from the operator's side: a copy on request, a restore that asks first and copies the
 * current state before anything is replaced, every window reloading onto the restored data, the
 * restore undone from its safety copy, and damaged copies that are never offered.
 */

const AN = {
  fullName: 'Nguyễn Văn An',
  position: 'Bí thư Tỉnh ủy',
  unit: 'Tỉnh ủy',
  groupId: null,
};
const BINH = {
  fullName: 'Trần Thị Bình',
  position: 'Chánh Văn phòng',
  unit: 'Văn phòng Tỉnh ủy',
  groupId: null,
};

const rows = (page: Page) => page.locator('[data-testid^="backup-row-"]');
const rowOf = (page: Page, name: string) => page.getByTestId(`backup-row-${name}`);
const nameOf = async (row: ReturnType<typeof rows>) =>
  (await row.getAttribute('data-testid'))!.replace('backup-row-', '');

/** Confirms the restore of `row` and waits for the page to load again. */
async function restoreWithConfirmation(page: Page, row: ReturnType<typeof rows>) {
  const time = await row.getByTestId('backup-time').innerText();
  await row.getByRole('button', { name: `Khôi phục – ${time}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Khôi phục dữ liệu như lúc ${time}?`);
  await expect(dialog).toContainText('Trước hết sao lưu dữ liệu hiện tại');
  await expect(dialog).toContainText(`Sau đó hiển thị dữ liệu như lúc ${time}.`);
  await expect(dialog).toContainText('chỉ còn trong bản “Trước khi khôi phục”');
  await Promise.all([
    page.waitForEvent('load'),
    dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click(),
  ]);
}

test('a backup taken on screen is restored after confirmation, and undone from its safety copy', async ({
  page,
  context,
}) => {
  const host = await startHost();
  try {
    const call = await hostApi(host.url);
    await setUpPoint(call);
    await call('people.create', AN);

    await page.goto(host.url);
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.getByRole('link', { name: 'Sao lưu dữ liệu' }).click();
    await expect(page.getByRole('heading', { name: 'Sao lưu dữ liệu' })).toBeVisible();
    await expect(page).toHaveTitle('Sao lưu dữ liệu – Điểm Cầu');
    const takeNow = page.getByRole('button', { name: 'Sao lưu ngay' });
    await expect(takeNow).toBeFocused();

    await takeNow.click();
    await expect(
      page.getByText(/^Đã sao lưu dữ liệu lúc \d\d:\d\d:\d\d \d\d\/\d\d\/\d{4} \(\d+ KB\)\.$/),
    ).toBeVisible();
    const taken = rows(page).filter({ hasText: 'Sao lưu theo yêu cầu' });
    await expect(taken).toHaveCount(1);
    await expect(taken).toContainText('Vừa tạo');
    await expect(taken).toContainText('Nguyên vẹn');
    await expect(taken).toContainText(/\d+ KB/);
    const takenName = await nameOf(taken);

    // Someone added after the backup, seen in a second window.
    await call('people.create', BINH);
    const other = await context.newPage();
    await other.goto(`${host.url}#/directory`);
    await expect(other.getByText(BINH.fullName)).toBeVisible();
    let otherLoads = 0;
    other.on('load', () => (otherLoads += 1));

    await restoreWithConfirmation(page, taken);

    // Back on the same screen, told what was restored and which safety copy was made.
    const notice = page.getByTestId('backup-restored');
    await expect(notice).toContainText('Đã khôi phục dữ liệu');
    const safety = rows(page).filter({ hasText: 'Trước khi khôi phục' });
    await expect(safety).toHaveCount(1);
    await expect(safety).toContainText('Vừa tạo');
    const safetyName = await nameOf(safety);
    await expect(notice).toContainText(safetyName);
    await expect(rowOf(page, takenName)).toBeVisible();

    // The other window reloaded too, onto the restored data, and says why.
    await expect(other.getByText('Dữ liệu vừa được khôi phục')).toBeVisible();
    await expect(other.getByText(AN.fullName)).toBeVisible();
    await expect(other.getByText(BINH.fullName)).toHaveCount(0);

    await page.getByRole('link', { name: 'Danh bạ đại biểu' }).click();
    await expect(page.getByText(AN.fullName)).toBeVisible();
    await expect(page.getByText(BINH.fullName)).toHaveCount(0);

    // Undo: the safety copy holds the person entered after the backup.
    await page.getByRole('link', { name: 'Sao lưu dữ liệu' }).click();
    await restoreWithConfirmation(page, rowOf(page, safetyName));
    await expect(page.getByTestId('backup-restored')).toBeVisible();
    // That restore was itself made undoable.
    await expect(rows(page).filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(2);
    await page.getByRole('link', { name: 'Danh bạ đại biểu' }).click();
    await expect(page.getByText(BINH.fullName)).toBeVisible();
    await expect(page.getByText(AN.fullName)).toBeVisible();
    await expect(other.getByText(BINH.fullName)).toBeVisible();

    // One reload per restore, in each window, and none after: no loop.
    await page.waitForTimeout(1500);
    expect(loads).toBe(2);
    expect(otherLoads).toBe(2);
    await other.close();
  } finally {
    await host.stop();
    removeDataDir(host.dataDir);
  }
});

/** Garbage over every page but the first: the header still says it is ours, the tables are lost. */
function damage(file: string) {
  const bytes = fs.readFileSync(file);
  for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
  fs.writeFileSync(file, bytes);
}

/** What `PRAGMA integrity_check` (or opening the file) says, as the core records it. */
function integrityOf(file: string): string {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check;
    } finally {
      db.close();
    }
  } catch (err) {
    return (err as Error).message;
  }
}

test('a damaged backup is marked and cannot be restored', async ({ page }) => {
  const host = await startHost();
  try {
    const call = await hostApi(host.url);
    await setUpPoint(call);
    await call('people.create', AN);
    const found = await call<BackupInfo>('backups.take', {});
    const unnoticed = await call<BackupInfo>('backups.take', {});
    const dir = path.join(host.dataDir, 'backups');

    // A copy found damaged when it was checked: its note carries SQLite's words, as the core
    // writes them for a copy whose check failed.
    const foundFile = path.join(dir, `${found.name}.sqlite`);
    damage(foundFile);
    const problem = integrityOf(foundFile);
    expect(problem).not.toBe('ok');
    const note = path.join(dir, `${found.name}.json`);
    fs.writeFileSync(note, JSON.stringify({ ...found, integrity: problem }));
    // A copy damaged after it was checked: the listing says OK until the core's check at restore
    // time refuses it and records why.
    damage(path.join(dir, `${unnoticed.name}.sqlite`));

    await page.goto(`${host.url}#/backups`);
    let loads = 0;
    page.on('load', () => (loads += 1));
    const damaged = rowOf(page, found.name);
    await expect(damaged).toContainText('Bị hỏng');
    await expect(damaged).toContainText('Bản này bị hỏng nên không khôi phục được. SQLite báo:');
    await expect(damaged.getByRole('button', { name: /^Khôi phục – / })).toBeDisabled();

    const late = rowOf(page, unnoticed.name);
    await expect(late).toContainText('Nguyên vẹn');
    await late.getByRole('button', { name: /^Khôi phục – / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(
      page.getByText(
        'Bản sao lưu này bị hỏng nên không khôi phục được. Dữ liệu hiện tại được giữ nguyên',
      ),
    ).toBeVisible();
    // Nothing was replaced: no reload, no safety copy, the data as they were; and the list now
    // says what the restore found.
    await expect(late).toContainText('Bị hỏng');
    await expect(late.getByRole('button', { name: /^Khôi phục – / })).toBeDisabled();
    expect(loads).toBe(0);
    await expect(rows(page).filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Danh bạ đại biểu' }).click();
    await expect(page.getByText(AN.fullName)).toBeVisible();
  } finally {
    await host.stop();
    removeDataDir(host.dataDir);
  }
});
