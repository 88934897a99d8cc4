import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { ZOOM_200, screenNamed, sweepTour, tourForFile, tr, visit } from '../support/tour';

/**
 * Usable at 200% zoom (the issue written after an operator tried the app): at 1366×768 and 200%
 * a page has 683×384 CSS pixels. The 260-pixel navigation used to stay and pages scrolled
 * sideways; check-in showed about 46 pixels of list under its sticky search block, and the
 * highlighted row hid beneath it. Now the navigation folds behind a button, nothing scrolls
 * sideways, the sticky block is only the search box, and the highlighted row stays in view.
 */

const uiNow = tourForFile('vi', ZOOM_200);

/** How far the page itself scrolls sideways, in CSS pixels. */
const sideways = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the navigation folds behind a button in the header', async () => {
  const ui = uiNow();
  const { page } = ui;
  await visit(ui, screenNamed('meetings list'));
  const burger = page.getByRole('button', { name: tr('vi', 'nav.toggle') });
  const nav = page.getByRole('navigation', { name: tr('vi', 'nav.label') });
  const directory = nav.getByRole('link', { name: tr('vi', 'nav.directory') });
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  await expect(directory).not.toBeInViewport();
  // Folded, its links are out of the Tab order too.
  await expect(nav).toHaveAttribute('inert', '');

  await burger.click();
  await expect(burger).toHaveAttribute('aria-expanded', 'true');
  await expect(directory).toBeInViewport();
  await expect(nav.getByRole('link', { name: tr('vi', 'nav.meetings') })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(directory).not.toBeInViewport();
  await expect(burger).toBeFocused();

  await burger.click();
  await directory.click();
  // The focus goes to the screen chosen (its search box), not back into the folded column.
  await expect(page.getByRole('heading', { name: tr('vi', 'directory.title') })).toBeVisible();
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  await expect(directory).not.toBeInViewport();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
});

test('no screen or dialog scrolls sideways', async () => {
  const ui = uiNow();
  const { page } = ui;
  await sweepTour(ui, (stop) => ({
    screen: async () =>
      expect(await sideways(page), `${stop.name} scrolls sideways`).toBeLessThanOrEqual(0),
    state: async (state, shown) => {
      expect(await sideways(page), `${state.name} scrolls sideways`).toBeLessThanOrEqual(0);
      const box = await shown.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(ZOOM_200.viewport.width + 0.5);
    },
  }));
});

test('check-in keeps its list in view, and the highlighted row out from under the search box', async () => {
  const ui = uiNow();
  const { page } = ui;
  await visit(ui, screenNamed('meeting: check-in'));
  const sticky = page.getByTestId('checkin-sticky');
  const stickyBox = (await sticky.boundingBox())!;
  // Only the search box (and the progress beside it) stays: a fifth of the window at most.
  expect(stickyBox.height).toBeLessThanOrEqual(ZOOM_200.viewport.height / 5);

  /** The options wholly in view below the sticky block. */
  const rowsInView = () =>
    page.evaluate(() => {
      const top = document
        .querySelector('[data-testid="checkin-sticky"]')!
        .getBoundingClientRect().bottom;
      return [...document.querySelectorAll('[role="option"]')].filter((o) => {
        const r = o.getBoundingClientRect();
        return r.top >= top - 1 && r.bottom <= window.innerHeight + 1;
      }).length;
    });
  expect(await rowsInView()).toBeGreaterThanOrEqual(5);

  /** Where the highlighted row is, against the bottom of the sticky block and the window. */
  const highlighted = () =>
    page.evaluate(() => {
      const list = document.querySelector('[role="listbox"]')!;
      const row = document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
      const stickyBottom = document
        .querySelector('[data-testid="checkin-sticky"]')!
        .getBoundingClientRect().bottom;
      const r = row!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, stickyBottom, height: window.innerHeight };
    });

  await page.getByTestId('checkin-search').press('Tab');
  await expect(page.getByRole('listbox')).toBeFocused();
  const count = await page.getByRole('option').count();
  // Wholly between the sticky block and the bottom of the window (it scrolls there after a key).
  const check = (where: string) =>
    expect
      .poll(async () => {
        const h = await highlighted();
        if (h.top < h.stickyBottom - 1)
          return `under the search box (${h.top} < ${h.stickyBottom})`;
        if (h.bottom > h.height + 1) return `below the window (${h.bottom} > ${h.height})`;
        return 'in view';
      }, where)
      .toBe('in view');
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('ArrowDown');
    await check(`down to row ${i + 1}`);
  }
  for (let i = count - 1; i > 0; i--) {
    await page.keyboard.press('ArrowUp');
    await check(`up to row ${i}`);
  }
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});
