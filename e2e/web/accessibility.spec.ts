import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { APPLICATION_ID } from '../../electron/core/db/fileHeader';
import type { AxeTally } from '../support/axe';
import { checkAxe, writeTally } from '../support/axe';
import { hostForFile, removeDataDir, startHost } from '../support/host';
import {
  LANGS,
  SCREENS,
  openPage,
  throughScreen,
  tourPageForFile,
  tourPointForFile,
  tr,
} from '../support/tour';

/**
 * Accessible (the issue written after an operator tried the app): every screen, and every
 * dialog, menu and state opened from it, passes axe (WCAG 2.1 A and AA) with no critical or
 * serious violation, in Vietnamese and in English. The screens are the tour's (support/tour.ts):
 * a screen added there is swept here.
 *
 * `DIEMCAU_A11Y_REPORT=1` also writes every scan's violations per rule, of any impact, to
 * reports/axe.json.
 */

const tally: AxeTally = {};
test.afterAll(() => {
  if (!process.env.DIEMCAU_A11Y_REPORT) return;
  const totals = writeTally(tally, path.resolve(__dirname, '../../reports/axe.json'));
  console.log('axe violations (elements) per rule:', totals);
});

test.describe('a point in use', () => {
  const point = tourPointForFile();

  for (const lang of LANGS) {
    test.describe(lang, () => {
      const uiNow = tourPageForFile(point, lang);

      for (const screen of SCREENS) {
        test(`${screen.name}, and what opens from it, pass axe (${lang})`, async () => {
          const ui = uiNow();
          await throughScreen(ui, screen, {
            screen: () => checkAxe(ui.page, `${screen.name} (${lang})`, tally),
            state: (state) => checkAxe(ui.page, `${state.name} (${lang})`, tally),
          });
        });
      }
    });
  }
});

test.describe('before the point is set up', () => {
  const host = hostForFile();

  for (const lang of LANGS) {
    test(`the first-run form, empty and refused, passes axe (${lang})`, async ({ browser }) => {
      const page = await openPage(browser, lang);
      await page.goto(host().url);
      await expect(
        page.getByRole('heading', { name: tr(lang, 'profile.firstRunTitle') }),
      ).toBeVisible();
      await checkAxe(page, `first run (${lang})`, tally);
      await page.getByRole('button', { name: tr(lang, 'profile.save') }).click();
      await expect(page.getByText(tr(lang, 'validation.required')).first()).toBeVisible();
      await checkAxe(page, `first run, refused (${lang})`, tally);
      await page.context().close();
    });
  }

  test('the startup error passes axe', async ({ browser }) => {
    // A database from a newer version: the core starts and explains instead of opening it.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-e2e-a11y-newer-'));
    const db = new Database(path.join(dataDir, 'diemcau.sqlite'));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 999');
    db.close();
    const newer = await startHost(dataDir);
    const page = await openPage(browser, 'vi');
    try {
      await page.goto(newer.url);
      await expect(page.getByTestId('startup-error')).toBeVisible();
      await checkAxe(page, 'startup error (vi)', tally);
    } finally {
      await page.context().close();
      await newer.stop();
      removeDataDir(dataDir);
    }
  });
});
