import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { removeDataDir, startHost } from '../support/host';
import { label } from '../support/operator';
import { ROSTER, writeRosterXlsx } from '../support/roster';
import {
  MEETING,
  SCREEN_HEADING,
  openPage,
  screenNamed,
  sweepTour,
  tourForFile,
  tr,
  visit,
} from '../support/tour';

/**
 * Where the focus goes (the issue written after an operator tried the app): it dropped to
 * <body> after opening a meeting, saving the meeting form, a refused first-run form and choosing
 * the file to import, so the next Tab started from the top of the page and a screen reader said
 * nothing. Now every screen and dialog puts it somewhere meaningful, and every screen has its
 * own window title and a heading.
 */

const APP = tr('vi', 'app.name');

/** Nothing holds the focus: it fell to the page itself. */
const focusOnBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

/** The Mantine "×" in a dialog's header: never where a dialog should start. */
const closeButton = (dialog: Locator) =>
  dialog.locator('.mantine-Modal-close, .mantine-CloseButton-root');

test.describe('a point in use', () => {
  const uiNow = tourForFile('vi');

  test('every screen has its own title and a heading, and takes the focus', async () => {
    const ui = uiNow();
    const { page } = ui;
    const titles = new Map<string, string>();
    await sweepTour(ui, (screen) => ({
      screen: async () => {
        await expect(page).toHaveTitle(new RegExp(`.+ – ${APP}$`));
        const title = await page.title();
        expect(titles.get(title), `${screen.name} has the title of another screen`).toBeUndefined();
        titles.set(title, screen.name);
        await expect(page.locator(SCREEN_HEADING).first()).toBeVisible();
        expect(await focusOnBody(page), `the focus fell to <body> on ${screen.name}`).toBe(false);
        // On the screen itself: not left in the app's header or its folded navigation.
        await expect(page.locator('header :focus, nav :focus')).toHaveCount(0);
      },
      state: async (state, shown) => {
        if (state.focus) return expect(state.focus(ui)).toBeFocused();
        await expect(shown.locator(':focus')).toHaveCount(1);
        await expect(closeButton(shown).and(page.locator(':focus'))).toHaveCount(0);
      },
    }));
  });

  test('opening a meeting from the list puts the focus on its heading', async () => {
    const ui = uiNow();
    const { page } = ui;
    await visit(ui, screenNamed('meetings list'));
    await page.getByRole('link', { name: MEETING, exact: true }).click();
    await expect(page.getByRole('heading', { name: MEETING, level: 2 })).toBeFocused();
    await expect(page).toHaveTitle(`${tr('vi', 'meeting.tabs.invitees')} – ${MEETING} – ${APP}`);
  });

  test('saving the meeting form puts the focus on the meeting’s heading', async () => {
    const { page, data } = uiNow();
    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/edit`), data.meetingId);
    await expect(
      page.getByRole('heading', { name: tr('vi', 'meetingForm.editTitle') }),
    ).toBeFocused();
    await page.getByRole('button', { name: tr('vi', 'meetingForm.save') }).click();
    await expect(page.getByRole('heading', { name: MEETING, level: 2 })).toBeFocused();

    await page.evaluate(() => (window.location.hash = '#/meetings/new'));
    await page.getByLabel(label(tr('vi', 'meetingForm.title'))).fill('Hội nghị giao ban tháng');
    await page.getByLabel(label(tr('vi', 'meetingForm.date'))).fill('28/07/2026');
    const start = page.getByLabel(label(tr('vi', 'meetingForm.startTime')));
    // A time that cannot be read stops the save: the focus goes to it, with its reason.
    await start.fill('25 giờ');
    await page.getByRole('button', { name: tr('vi', 'meetingForm.save') }).click();
    await expect(start).toBeFocused();
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await start.fill('14:00');
    await page.getByRole('button', { name: tr('vi', 'meetingForm.save') }).click();
    await expect(
      page.getByRole('heading', { name: 'Hội nghị giao ban tháng', level: 2 }),
    ).toBeFocused();
  });

  test('choosing the file to import puts the focus on what was read, then on the report', async () => {
    const { page, data } = uiNow();
    await page.evaluate(() => (window.location.hash = '#/directory/import'));
    const file = path.join(data.dir, 'roster-focus.xlsx');
    await writeRosterXlsx(file, ROSTER.slice(44, 50));
    // As the operator does: the file box has the focus when the file is chosen.
    const box = page.getByRole('button', { name: label(tr('vi', 'import.file.label')) });
    await box.focus();
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-file-name')).toBeFocused();
    await expect(page.getByTestId('import-file-name')).toHaveText(/roster-focus\.xlsx/);
    await page.getByRole('button', { name: tr('vi', 'import.commit') }).click();
    await expect(
      page.getByRole('heading', { name: tr('vi', 'import.result.title') }),
    ).toBeFocused();
  });
});

test('a refused first-run form puts the focus on the first field to fix', async ({ browser }) => {
  const host = await startHost();
  const page = await openPage(browser, 'vi');
  try {
    await page.goto(host.url);
    const heading = page.getByRole('heading', { name: tr('vi', 'profile.firstRunTitle') });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(`${tr('vi', 'profile.firstRunTitle')} – ${APP}`);
    await page.getByRole('button', { name: tr('vi', 'profile.save') }).click();
    const pointName = page.getByLabel(label(tr('vi', 'profile.pointName')));
    await expect(pointName).toBeFocused();
    await expect(pointName).toHaveAttribute('aria-invalid', 'true');
  } finally {
    await page.context().close();
    await host.stop();
    removeDataDir(host.dataDir);
  }
});
