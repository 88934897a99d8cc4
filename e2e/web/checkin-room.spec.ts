import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import type { SeededMeeting } from '../support/meetingSetup';
import { seedPerson as person, seedMeeting } from '../support/meetingSetup';
import { Operator } from '../support/operator';

/**
 * Check-in that fits a real room (the issue written after a provincial Party committee's
 * briefing): a compact row per person so a room's worth is on one screen, every status one key
 * in the list with its fact asked under the row, Enter that never picks one of several people,
 * exact-accent matches first, the meeting's remark on the row, and a highlight screen readers
 * follow.
 *
 * `DIEMCAU_SCREENS=1 npx playwright test e2e/web/checkin-room.spec.ts` also writes
 * docs/screens/checkin-1366x768.png and checkin-1280x720.png.
 */
let host: RunningHost;
let call: Awaited<ReturnType<typeof hostApi>>;
let seeded: SeededMeeting;

const TT = 'grp-thuong-truc-tu';
const UB = 'grp-ubnd';
const SO = 'grp-so-nganh';
// In protocol order. Four people answer to "hung"; a Nguyễn comes before the one Nguyên.
const PEOPLE = [
  person('Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 1),
  person('Nguyễn Văn Hùng', 'Phó Bí thư Thường trực Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 2),
  person('Lại Thế Nguyên', 'Phó Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 3),
  person('Mai Xuân Liêm', 'Phó Chủ tịch Thường trực UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 1),
  person('Đầu Thanh Tùng', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 2),
  person('Lê Đức Giang', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 3),
  person('Nguyễn Thị Lan', 'Giám đốc', 'Sở Tài chính', SO, 1),
  person('Trần Văn Hưng', 'Giám đốc', 'Sở Nội vụ', SO, 2),
  person('Phạm Quốc Hùng', 'Giám đốc', 'Sở Y tế', SO, 3),
  person('Hoàng Minh Tuấn', 'Giám đốc', 'Sở Giáo dục và Đào tạo', SO, 4),
  person('Vũ Thị Mai', 'Giám đốc', 'Sở Tư pháp', SO, 5),
  person('Bùi Quang Khải', 'Giám đốc', 'Sở Xây dựng', SO, 6),
  person('Ngô Văn Sơn', 'Giám đốc', 'Sở Công Thương', SO, 7),
  person('Đặng Thị Yến', 'Giám đốc', 'Sở Văn hóa, Thể thao và Du lịch', SO, 8),
  person('Hồ Xuân Phúc', 'Giám đốc', 'Sở Nông nghiệp và Môi trường', SO, 9),
  person('Lương Văn Bình', 'Giám đốc', 'Sở Khoa học và Công nghệ', SO, 10),
  person('Trịnh Thị Ngân', 'Giám đốc', 'Sở Ngoại vụ', SO, 11),
  person('Cao Văn Long', 'Chánh Thanh tra tỉnh', 'Thanh tra tỉnh', SO, 12),
  person('Tạ Quang Trung', 'Giám đốc', 'Công an tỉnh', SO, 13),
  person('Kiều Thị Hà', 'Giám đốc', 'Sở Dân tộc và Tôn giáo', SO, 14),
];
const HUNG = ['Đỗ Trọng Hưng', 'Nguyễn Văn Hùng', 'Trần Văn Hưng', 'Phạm Quốc Hùng'];

const inviteeId = (name: string) => seeded.invitees.find((i) => i.fullName === name)!.id;

test.beforeAll(async () => {
  host = await startHost();
  call = await hostApi(host.url);
  seeded = await seedMeeting(call, PEOPLE, 'Hội nghị trực tuyến toàn quốc quán triệt nghị quyết');
  await call('invitees.setRemark', { inviteeId: inviteeId('Đỗ Trọng Hưng'), remark: 'Chủ trì' });
  await call('invitees.setRemark', {
    inviteeId: inviteeId('Nguyễn Thị Lan'),
    remark: 'Vắng - đi công tác',
  });
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

async function openCheckIn(page: Page) {
  const op = new Operator(page);
  await page.goto(`${host.url}#/meetings/${seeded.meetingId}/checkin`);
  await expect(op.checkinRow('Đỗ Trọng Hưng')).toBeVisible();
  await expect(op.checkinSearch()).toBeFocused();
  return op;
}

/** Rows whose whole height is on screen, below the sticky search box. */
function rowsFullyVisible(page: Page) {
  return page.evaluate(() => {
    const search = document.querySelector('[data-testid="checkin-search"]')!;
    const top = search.getBoundingClientRect().bottom;
    return [...document.querySelectorAll('[role="option"]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= top && r.bottom <= window.innerHeight;
    }).length;
  });
}

test('a room’s worth of people fits on a 1366×768 screen, one line each', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const op = await openCheckIn(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await rowsFullyVisible(page)).toBeGreaterThanOrEqual(12);

  // One action per row (its menu, beside the option: an option holds no control); the status
  // is text in a badge, not a button.
  const row = op.checkinRow('Hoàng Minh Tuấn');
  await expect(row.getByRole('button')).toHaveCount(0);
  await expect(row.locator('..').getByRole('button')).toHaveCount(1);
  await expect(row).toContainText('Chưa điểm danh');
  // "Đặt lại" is a menu item, never drawn on a row.
  await expect(page.getByRole('button', { name: /Đặt lại/ })).toHaveCount(0);

  // The shortcut keys are on screen.
  const legend = page.getByTestId('checkin-legend');
  for (const text of ['Có mặt', 'Đến muộn', 'Vắng có lý do', 'Vắng không lý do', 'Về sớm']) {
    await expect(legend).toContainText(text);
  }
  for (const key of ['C', 'M', 'L', 'V', 'T', 'S']) {
    await expect(legend.locator('kbd', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
  }
});

test('the invitee’s remark for this meeting is on their row, and can be edited', async ({
  page,
}) => {
  const op = await openCheckIn(page);
  await expect(op.checkinRow('Đỗ Trọng Hưng')).toContainText('Chủ trì');
  await expect(op.checkinRow('Nguyễn Thị Lan')).toContainText('Vắng - đi công tác');

  await op.rowAction('Lê Đức Giang', 'Sửa ghi chú');
  const form = op.checkinForm('Sửa ghi chú', 'Lê Đức Giang');
  await expect(form.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('Phát biểu ý kiến');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(op.checkinRow('Lê Đức Giang')).toContainText('Phát biểu ý kiến');
  await expect(op.checkinRow('Lê Đức Giang')).toHaveAttribute('data-status', 'pending');
});

test('every status is one key in the list; its fact is asked under the row', async ({ page }) => {
  const op = await openCheckIn(page);
  const search = op.checkinSearch();
  const list = op.checkinList();

  /** Finds one person by typing, then Tab into the list: the highlight is on them. */
  const find = async (query: string, name: string) => {
    await search.fill(query);
    await search.press('Tab');
    await expect(list).toBeFocused();
    const id = await op.checkinRow(name).getAttribute('id');
    await expect(list).toHaveAttribute('aria-activedescendant', id!);
  };

  await test.step('C: present; the box is cleared for the next person', async () => {
    await find('tuan', 'Hoàng Minh Tuấn');
    await page.keyboard.press('c');
    await expect(op.checkinRow('Hoàng Minh Tuấn')).toHaveAttribute('data-status', 'present');
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
  });

  await test.step('M: late, with the arrival time asked under the row', async () => {
    await find('liem', 'Mai Xuân Liêm');
    await page.keyboard.press('m');
    const form = op.checkinForm('Đến muộn', 'Mai Xuân Liêm');
    const time = form.getByRole('textbox', { name: /Giờ đến/ });
    await expect(time).toBeFocused();
    await time.fill('08:20');
    await time.press('Enter');
    await expect(form).toBeHidden();
    await expect(op.checkinRow('Mai Xuân Liêm')).toHaveAttribute('data-status', 'late');
    await expect(op.checkinRow('Mai Xuân Liêm')).toContainText('08:20');
    await expect(search).toBeFocused();
  });

  await test.step('L: excused, the reason inline; Enter is a new line, Ctrl+Enter saves', async () => {
    await find('khai', 'Bùi Quang Khải');
    await page.keyboard.press('l');
    const form = op.checkinForm('Vắng có lý do', 'Bùi Quang Khải');
    const reason = form.getByRole('textbox', { name: /Lý do vắng/ });
    await expect(reason).toBeFocused();
    await page.keyboard.type('Đi công tác');
    await page.keyboard.press('Enter');
    await expect(form).toBeVisible();
    await page.keyboard.type('Hà Nội');
    await page.keyboard.press('Control+Enter');
    await expect(form).toBeHidden();
    const row = op.checkinRow('Bùi Quang Khải');
    await expect(row).toHaveAttribute('data-status', 'absent_excused');
    await expect(row).toContainText('Đi công tác');
  });

  await test.step('T: a substitute, name and position under the row', async () => {
    await find('son', 'Ngô Văn Sơn');
    await page.keyboard.press('t');
    const form = op.checkinForm('Cử người dự thay', 'Ngô Văn Sơn');
    await expect(form.getByRole('textbox', { name: /Họ và tên người dự thay/ })).toBeFocused();
    await page.keyboard.type('Phan Văn Toàn');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Phó Giám đốc Sở Công Thương');
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    const row = op.checkinRow('Ngô Văn Sơn');
    await expect(row).toHaveAttribute('data-status', 'substituted');
    await expect(row).toContainText('Phan Văn Toàn');
  });

  await test.step('Escape cancels a form; V: absent; S: left early', async () => {
    await find('yen', 'Đặng Thị Yến');
    await page.keyboard.press('s');
    const form = op.checkinForm('Về sớm', 'Đặng Thị Yến');
    await expect(form).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(list).toBeFocused();
    await expect(op.checkinRow('Đặng Thị Yến')).toHaveAttribute('data-status', 'pending');
    await page.keyboard.press('v');
    await expect(op.checkinRow('Đặng Thị Yến')).toHaveAttribute('data-status', 'absent');

    await find('binh', 'Lương Văn Bình');
    await page.keyboard.press('c');
    await expect(op.checkinRow('Lương Văn Bình')).toHaveAttribute('data-status', 'present');
    await find('binh', 'Lương Văn Bình');
    await page.keyboard.press('s');
    await op.fillCheckinForm('Về sớm', 'Lương Văn Bình', { 'Giờ về': '10:15' });
    await expect(op.checkinRow('Lương Văn Bình')).toHaveAttribute('data-status', 'left_early');
    await expect(op.checkinRow('Lương Văn Bình')).toContainText('10:15');
  });

  await test.step('walking down the whole list keeps the focus in it', async () => {
    await search.press('Tab');
    await expect(list).toBeFocused();
    // No name typed: the highlight starts on the first row and the arrows move it.
    const first = await op.checkinRow('Đỗ Trọng Hưng').getAttribute('id');
    await expect(list).toHaveAttribute('aria-activedescendant', first!);
    await page.keyboard.press('ArrowDown');
    const second = await op.checkinRow('Nguyễn Văn Hùng').getAttribute('id');
    await expect(list).toHaveAttribute('aria-activedescendant', second!);
    await page.keyboard.press('c');
    await expect(op.checkinRow('Nguyễn Văn Hùng')).toHaveAttribute('data-status', 'present');
    await expect(list).toBeFocused();
    await expect(list).toHaveAttribute('aria-activedescendant', second!);
  });

  await test.step('Shift+F10 opens the highlighted row’s menu; Escape gives the list back', async () => {
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Lịch sử điểm danh' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(list).toBeFocused();
  });

  await test.step('the reset is an action of the row’s menu', async () => {
    await op.rowAction('Hoàng Minh Tuấn', 'Đặt lại về “Chưa điểm danh”');
    await expect(op.checkinRow('Hoàng Minh Tuấn')).toHaveAttribute('data-status', 'pending');
  });
});

test('Enter with several matches marks nobody and shows the candidates', async ({ page }) => {
  const op = await openCheckIn(page);
  const search = op.checkinSearch();
  await search.fill('hung');
  await expect(op.checkinRow('Trần Văn Hưng')).toBeVisible();
  await expect(search).not.toHaveAttribute('aria-activedescendant', /./);
  await search.press('Enter');

  const notice = page.getByTestId('checkin-candidates');
  await expect(notice).toContainText('4 người khớp “hung”, chưa ghi ai.');
  for (const name of HUNG) await expect(notice).toContainText(name);
  for (const name of HUNG.filter((n) => n !== 'Nguyễn Văn Hùng')) {
    await expect(op.checkinRow(name)).toHaveAttribute('data-status', 'pending');
  }
  await expect(search).toHaveValue('hung');

  // The operator chooses with the arrows; the highlight is the box's active descendant.
  await search.press('ArrowDown');
  const first = await op.checkinRow('Đỗ Trọng Hưng').getAttribute('id');
  await expect(search).toHaveAttribute('aria-activedescendant', first!);
  await search.press('ArrowDown');
  await search.press('ArrowDown');
  const third = await op.checkinRow('Trần Văn Hưng').getAttribute('id');
  await expect(search).toHaveAttribute('aria-activedescendant', third!);
  await expect(op.checkinRow('Trần Văn Hưng')).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(op.checkinRow('Trần Văn Hưng')).toHaveAttribute('data-status', 'present');
  await expect(op.checkinRow('Đỗ Trọng Hưng')).toHaveAttribute('data-status', 'pending');
  await expect(op.checkinRow('Phạm Quốc Hùng')).toHaveAttribute('data-status', 'pending');
  await expect(search).toHaveValue('');
});

test('a name typed with accents lists the exact-accent matches first', async ({ page }) => {
  const op = await openCheckIn(page);
  const search = op.checkinSearch();
  const rows = page.locator('[data-testid^="checkin-row-"]');

  await search.fill('Nguyên');
  await expect(rows.first()).toContainText('Lại Thế Nguyên');
  // Still accent-insensitive: the Nguyễn are listed too, after, in protocol order.
  await expect(rows.nth(1)).toContainText('Nguyễn Văn Hùng');
  await expect(rows.nth(2)).toContainText('Nguyễn Thị Lan');
  await expect(rows).toHaveCount(3);

  await search.fill('nguyen');
  await expect(rows.first()).toContainText('Nguyễn Văn Hùng');
  await expect(rows.nth(1)).toContainText('Lại Thế Nguyên');
});

test('arrow keys on the meeting’s tabs stay on the tabs', async ({ page }) => {
  await page.goto(`${host.url}#/meetings/${seeded.meetingId}`);
  const tabs = page.getByRole('tab');
  await page.getByRole('tab', { name: 'Danh sách đại biểu' }).focus();
  await page.keyboard.press('ArrowRight');
  const checkin = page.getByRole('tab', { name: 'Điểm danh' });
  await expect(checkin).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('checkin-search')).toBeVisible();
  await expect(checkin).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.filter({ hasText: 'Phát biểu' })).toBeFocused();
});

test('a room in every status reads without colour', async ({ page }) => {
  // A few more people recorded the way the room goes, for the picture.
  const set = (name: string, change: Record<string, unknown>) =>
    call('attendance.set', { inviteeId: inviteeId(name), ...change });
  await set('Đỗ Trọng Hưng', { status: 'present' });
  await set('Lại Thế Nguyên', { status: 'present' });
  await set('Đầu Thanh Tùng', { status: 'late', time: '2026-07-28T01:12:00.000Z' });
  await set('Nguyễn Thị Lan', { status: 'absent_excused', reason: 'Đi công tác tại Hà Nội' });
  await set('Vũ Thị Mai', { status: 'present' });
  await set('Hồ Xuân Phúc', { status: 'present' });
  await set('Trịnh Thị Ngân', {
    status: 'substituted',
    substituteName: 'Lê Minh Đức',
    substitutePosition: 'Phó Giám đốc Sở',
  });
  await set('Cao Văn Long', { status: 'present' });
  await set('Nguyễn Văn Hùng', { status: 'left_early', time: '2026-07-28T03:05:00.000Z' });
  await set('Phạm Quốc Hùng', {
    status: 'substituted',
    substituteName: 'Đinh Văn Thành',
    substitutePosition: 'Phó Giám đốc Sở Y tế',
  });
  await set('Hoàng Minh Tuấn', { status: 'absent' });

  await page.setViewportSize({ width: 1366, height: 768 });
  const op = await openCheckIn(page);
  // Each status badge carries its name (and an icon), not only a colour.
  for (const [name, text] of [
    ['Đỗ Trọng Hưng', 'Có mặt'],
    ['Đầu Thanh Tùng', 'Đến muộn'],
    ['Nguyễn Thị Lan', 'Vắng có lý do'],
    ['Trịnh Thị Ngân', 'Cử người dự thay'],
    ['Đặng Thị Yến', 'Vắng không lý do'],
    ['Lương Văn Bình', 'Về sớm'],
    ['Kiều Thị Hà', 'Chưa điểm danh'],
  ] as const) {
    const badge = op.checkinRow(name).locator('[data-status-badge]');
    await expect(badge).toHaveText(text);
    await expect(badge.locator('svg')).toHaveCount(1);
  }

  if (process.env.DIEMCAU_SCREENS) {
    const screens = path.resolve(__dirname, '..', '..', 'docs', 'screens');
    // The operator has typed nothing and moved to one person: a normal moment in the room.
    await op.checkinSearch().press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await op.checkinSearch().focus();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(screens, 'checkin-1366x768.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screens, 'checkin-1280x720.png') });
  }
});
