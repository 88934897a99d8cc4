import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { APPLICATION_ID } from '../../electron/core/db/fileHeader';
import { removeDataDir, startHost } from '../support/host';

/** When the data cannot be opened, the operator reads why, in Vietnamese, and nothing is touched. */
test('a database from a newer version is explained and left untouched', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-e2e-newer-'));
  const file = path.join(dataDir, 'diemcau.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE future (x INTEGER)');
  // A newer version of this app: its id, a schema this version does not know.
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('user_version = 999');
  db.close();
  const before = fs.readFileSync(file);
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    const error = page.getByTestId('startup-error');
    await expect(error).toHaveAttribute('data-code', 'DB_NEWER_VERSION');
    await expect(error).toContainText('phiên bản mới hơn');
  } finally {
    await host.stop();
  }
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  removeDataDir(dataDir);
});

test('a data folder in use by another running copy is explained', async ({ page }) => {
  const first = await startHost();
  const second = await startHost(first.dataDir);
  try {
    await page.goto(second.url);
    await expect(page.getByTestId('startup-error')).toHaveAttribute('data-code', 'DATA_DIR_LOCKED');
    // The first copy keeps working.
    await page.goto(first.url);
    await expect(page.getByRole('heading', { name: 'Thiết lập điểm cầu' })).toBeVisible();
  } finally {
    await second.stop();
    await first.stop();
    removeDataDir(first.dataDir);
  }
});
