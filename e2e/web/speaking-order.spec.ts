import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { SpeechList } from '../../shared/api/speakingSchemas';
import { elapsedMs } from '../../shared/speaking/timing';
import type { HostCall } from '../support/api';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import type { SeededMeeting } from '../support/meetingSetup';
import { seedMeeting } from '../support/meetingSetup';
import { label, Operator } from '../support/operator';

/**
 * The order of speaking at a national online conference, kept by the operator of a provincial
 * point (issue 9): two speakers at the center, two at other points and three of this point's
 * own requests; reordered, sent, called and started in turn; paused and resumed; the host
 * restarted mid-speech with the timer going on from the right second; the room display open in a
 * second page all along, showing the right speaker and time; the meeting ended and the
 * statistics checked.
 *
 * `DIEMCAU_SCREENS=1 npx playwright test e2e/web/speaking-order.spec.ts` also writes
 * docs/screens/speaking-1366x768.png.
 */
let host: RunningHost;
let call: HostCall;
let seeded: SeededMeeting;

const LOCAL = [
  { fullName: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy', unit: 'Tỉnh ủy Thanh Hóa' },
  { fullName: 'Mai Xuân Liêm', position: 'Phó Chủ tịch UBND tỉnh', unit: 'UBND tỉnh' },
  { fullName: 'Nguyễn Thị Lan', position: 'Giám đốc Sở Tài chính', unit: 'Sở Tài chính' },
];

test.beforeAll(async () => {
  host = await startHost();
  call = await hostApi(host.url);
  seeded = await seedMeeting(call, LOCAL, 'Hội nghị toàn quốc về phát triển kinh tế - xã hội');
  const meeting = await call<{ title: string; date: string; startTime: string }>('meetings.get', {
    id: seeded.meetingId,
  });
  await call('meetings.update', {
    id: seeded.meetingId,
    meeting: {
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      agenda: [
        { title: 'Khai mạc', plannedStart: '08:00', durationMinutes: 10, speechMinutes: 5 },
        { title: 'Thảo luận', plannedStart: '08:10', durationMinutes: 60, speechMinutes: 7 },
      ],
    },
  });
  await call('meetings.setStatus', { id: seeded.meetingId, status: 'in_progress' });
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

const speakingUrl = () => `${host.url}#/meetings/${seeded.meetingId}/speaking`;

class SpeakingTab {
  readonly op: Operator;
  constructor(readonly page: Page) {
    this.op = new Operator(page);
  }

  queueRows(): Locator {
    return this.page.locator('[data-testid^="queue-row-"]');
  }

  queueRow(name: string): Locator {
    return this.queueRows().filter({ hasText: name });
  }

  logRow(name: string): Locator {
    return this.page.locator('[data-testid^="log-row-"]').filter({ hasText: name });
  }

  current(): Locator {
    return this.page.getByTestId('current-speech');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Thêm lượt phát biểu' });
  }

  async openForm() {
    await this.page.getByRole('button', { name: 'Thêm lượt phát biểu', exact: true }).click();
    await expect(this.dialog()).toBeVisible();
    return this.dialog();
  }

  async submit(place: 'end' | 'next' = 'end') {
    const dialog = this.dialog();
    await dialog
      .getByRole('button', { name: place === 'end' ? 'Thêm vào cuối' : 'Thêm làm người kế tiếp' })
      .click();
    await expect(dialog).toBeHidden();
  }

  /** Someone at the center or another point, read out by the center: a name and a post. */
  async addTyped(s: {
    name: string;
    position: string;
    origin: 'Trung ương' | 'Điểm cầu khác';
    province?: [typed: string, option: string];
    pointName?: string;
    item: string;
    minutes?: string;
  }) {
    const dialog = await this.openForm();
    await dialog.getByLabel(label('Họ và tên (hoặc danh xưng)')).fill(s.name);
    await dialog.getByLabel(label('Chức vụ')).fill(s.position);
    await dialog.getByText(s.origin, { exact: true }).click();
    if (s.province) await this.op.chooseOption('Tỉnh, thành phố', ...s.province, dialog);
    if (s.pointName) await dialog.getByLabel(label('Hoặc tên điểm cầu')).fill(s.pointName);
    await this.op.chooseOption('Thuộc nội dung chương trình', '', s.item, dialog);
    if (s.minutes) await dialog.getByLabel(label('Thời gian (phút)')).fill(s.minutes);
    await this.submit();
  }

  /** One of this point's own: from the meeting's list or the directory, under "Thảo luận". */
  async addLocal(from: 'invitee' | 'person', typed: string, option: string, topic = '') {
    const dialog = await this.openForm();
    const [source, field] =
      from === 'invitee'
        ? ['Đại biểu dự họp', 'Đại biểu trong danh sách hội nghị']
        : ['Danh bạ', 'Người trong danh bạ'];
    await dialog.getByText(source, { exact: true }).click();
    await this.op.chooseOption(field, typed, option, dialog);
    await this.op.chooseOption('Thuộc nội dung chương trình', '', '2. Thảo luận', dialog);
    if (topic) await dialog.getByLabel(label('Nội dung, chủ đề')).fill(topic);
    await this.submit();
  }

  async rowMenu(name: string, item: string) {
    await this.op.rowAction(name, item);
  }

  /** Puts the keyboard on a waiting row (a click on its text, as the operator would). */
  async focusRow(name: string) {
    await this.queueRow(name).getByText(name, { exact: true }).click();
    await expect(this.queueRow(name)).toBeFocused();
  }

  async elapsedSeconds(): Promise<number> {
    const text = (await this.page.getByTestId('speech-elapsed').textContent()) ?? '';
    const [m, s] = text.split(':').map(Number);
    return m! * 60 + s!;
  }
}

/**
 * The room display shows who the tab says speaks, and the same second: both read the stored
 * times on the core's clock with the same rules (remaining time, as each has a limit here).
 */
async function expectDisplayShows(
  display: Page,
  tab: SpeakingTab,
  name: string,
  options: { timeout?: number } = {},
) {
  await expect(display.getByTestId('display-current-name')).toHaveText(name, options);
  const seconds = (text: string | null) =>
    (text ?? '')
      .replace('+', '')
      .split(':')
      .reduce((total, part) => total * 60 + Number(part), 0);
  await expect
    .poll(async () => {
      const shown = seconds(await display.getByTestId('display-timer-value').textContent());
      const operator = seconds(await tab.page.getByTestId('speech-remaining').textContent());
      return Math.abs(shown - operator);
    })
    .toBeLessThanOrEqual(1);
}

const names = (rows: Locator) =>
  rows.evaluateAll((els) =>
    els.map((el) => el.querySelector('[data-speaker-name]')?.textContent ?? ''),
  );

test('the operator keeps the order of speaking through a whole conference', async ({ page }) => {
  test.setTimeout(240_000);
  const tab = new SpeakingTab(page);
  await page.goto(speakingUrl());
  await expect(page.getByText('Chưa có ai đang phát biểu.')).toBeVisible();

  await test.step('two speakers at the center, two at other points', async () => {
    await tab.addTyped({
      name: 'Phạm Minh Chính',
      position: 'Thủ tướng Chính phủ',
      origin: 'Trung ương',
      item: '1. Khai mạc',
    });
    // The time given follows the agenda item: 5 minutes under "Khai mạc".
    await expect(tab.queueRow('Phạm Minh Chính')).toContainText('5 phút');
    await tab.addTyped({
      name: 'Nguyễn Văn Thắng',
      position: 'Bộ trưởng Bộ Tài chính',
      origin: 'Trung ương',
      item: '2. Thảo luận',
      minutes: '1',
    });
    await tab.addTyped({
      name: 'Nguyễn Đình Trung',
      position: 'Bí thư Tỉnh ủy',
      origin: 'Điểm cầu khác',
      province: ['dak lak', 'Đắk Lắk'],
      item: '2. Thảo luận',
    });
    await tab.addTyped({
      name: 'Vũ Đại Thắng',
      position: 'Bí thư Tỉnh ủy',
      origin: 'Điểm cầu khác',
      pointName: 'Điểm cầu Quảng Ninh',
      item: '2. Thảo luận',
    });
    await expect(tab.queueRow('Nguyễn Đình Trung')).toContainText('Điểm cầu Đắk Lắk');
    await expect(tab.queueRow('Nguyễn Đình Trung')).toContainText('7 phút');
    await expect(tab.queueRow('Vũ Đại Thắng')).toContainText('Điểm cầu Quảng Ninh');
    await expect(tab.queueRow('Nguyễn Văn Thắng')).toContainText('1 phút');
  });

  await test.step('three requests of this point: from the list and the directory', async () => {
    // Searched without accents, as operators type.
    await tab.addLocal('invitee', 'do trong', 'Đỗ Trọng Hưng – Bí thư Tỉnh ủy', 'Kiến nghị về vốn');
    await tab.addLocal('person', 'mai xuan', 'Mai Xuân Liêm – Phó Chủ tịch UBND tỉnh');
    await tab.addLocal('invitee', 'nguyen thi lan', 'Nguyễn Thị Lan – Giám đốc Sở Tài chính');

    // A speaker picked from the list speaks from here, and their request starts its trail.
    const hung = tab.queueRow('Đỗ Trọng Hưng');
    await expect(hung).toContainText('Điểm cầu này');
    await expect(hung).toContainText('Đã đăng ký');
    await expect(hung.getByTestId('speech-trail')).toHaveText(/^Đăng ký \d\d:\d\d$/);
    await expect(tab.queueRows()).toHaveCount(7);
  });

  await test.step('a written contribution is attached to a request and opened', async () => {
    const chooser = page.waitForEvent('filechooser');
    await tab.rowMenu('Đỗ Trọng Hưng', 'Đính kèm tham luận…');
    await (
      await chooser
    ).setFiles({
      name: 'tham-luan-von-dau-tu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Kiến nghị về vốn đầu tư công năm 2026', 'utf8'),
    });
    await expect(tab.queueRow('Đỗ Trọng Hưng').getByTestId('speech-attachment')).toHaveText(
      'Tham luận: tham-luan-von-dau-tu.txt',
    );
    // The browser build cannot reach the system's viewer: the copy kept is downloaded.
    const download = page.waitForEvent('download');
    await tab.rowMenu('Đỗ Trọng Hưng', 'Mở tham luận');
    expect((await download).suggestedFilename()).toBe('tham-luan-von-dau-tu.txt');
  });

  await test.step('bad input changes nothing and is said in Vietnamese', async () => {
    const dialog = await tab.openForm();
    await dialog.getByRole('button', { name: 'Thêm vào cuối' }).click();
    await expect(dialog.getByText('Cần điền thông tin này.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(tab.queueRows()).toHaveCount(7);
  });

  await test.step('reorder: Alt+↑/↓ on the focused row and drag by the handle', async () => {
    expect(await names(tab.queueRows())).toEqual([
      'Phạm Minh Chính',
      'Nguyễn Văn Thắng',
      'Nguyễn Đình Trung',
      'Vũ Đại Thắng',
      'Đỗ Trọng Hưng',
      'Mai Xuân Liêm',
      'Nguyễn Thị Lan',
    ]);
    const reordered = [
      'Phạm Minh Chính',
      'Nguyễn Văn Thắng',
      'Đỗ Trọng Hưng',
      'Vũ Đại Thắng',
      'Nguyễn Đình Trung',
      'Mai Xuân Liêm',
      'Nguyễn Thị Lan',
    ];
    // The point's own secretary goes up two places, by keyboard.
    await tab.focusRow('Đỗ Trọng Hưng');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(tab.queueRows().nth(3)).toContainText('Đỗ Trọng Hưng');
    await expect(tab.queueRow('Đỗ Trọng Hưng')).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(tab.queueRows().nth(2)).toContainText('Đỗ Trọng Hưng');
    await expect(tab.queueRow('Đỗ Trọng Hưng')).toBeFocused();

    // Quảng Ninh is dragged above Đắk Lắk with the mouse.
    const handle = page.getByRole('button', { name: 'Kéo để đổi thứ tự – Vũ Đại Thắng' });
    const target = tab.queueRow('Nguyễn Đình Trung');
    // The queue scrolls inside its pane: the row is brought into view first, as by the wheel.
    await handle.hover();
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => names(tab.queueRows())).toEqual(reordered);
    // The order is the core's: it stays after a reload.
    await page.reload();
    await expect(tab.queueRows()).toHaveCount(7);
    expect(await names(tab.queueRows())).toEqual(reordered);
  });

  await test.step('local requests are sent to the center and called, each step timed', async () => {
    await tab.focusRow('Đỗ Trọng Hưng');
    await page.keyboard.press('g');
    await expect(tab.queueRow('Đỗ Trọng Hưng')).toContainText('Đã gửi Trung ương');
    // Sent twice: the core refuses, the operator is told why, nothing changes.
    await page.keyboard.press('g');
    await expect(page.getByText('Đăng ký này đã được gửi về Trung ương.')).toBeVisible();
    await page.keyboard.press('m');
    await expect(tab.queueRow('Đỗ Trọng Hưng')).toContainText('Đã được mời');
    await expect(tab.queueRow('Đỗ Trọng Hưng').getByTestId('speech-trail')).toHaveText(
      /^Đăng ký \d\d:\d\d → Gửi TW \d\d:\d\d → Được mời \d\d:\d\d$/,
    );
    await tab.rowMenu('Mai Xuân Liêm', 'Gửi về Trung ương');
    await expect(tab.queueRow('Mai Xuân Liêm')).toContainText('Đã gửi Trung ương');
    await tab.rowMenu('Nguyễn Thị Lan', 'Gửi về Trung ương');
    await expect(tab.queueRow('Nguyễn Thị Lan')).toContainText('Đã gửi Trung ương');
  });

  let display: Page;
  await test.step('the room display opens in a page of its own from the tab', async () => {
    const opened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Mở màn hình phòng họp' }).click();
    display = await opened;
    await expect(display.getByTestId('room-display')).toHaveAttribute('data-state', 'idle');
    await expect(display.getByTestId('display-next-item').first()).toContainText('Phạm Minh Chính');
  });

  await test.step('the first speaker is called; pause and resume keep the time', async () => {
    await page.getByRole('button', { name: 'Mời người kế tiếp' }).click();
    await expect(page.getByTestId('current-speaker')).toHaveText('Phạm Minh Chính');
    await expect(tab.current()).toContainText('Kế tiếp: Nguyễn Văn Thắng');
    await expectDisplayShows(display, tab, 'Phạm Minh Chính');
    await expect.poll(() => tab.elapsedSeconds()).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    await expect(page.getByTestId('speech-phase')).toHaveText('Đang tạm dừng');
    await expect(display.getByTestId('display-paused')).toHaveText('Tạm dừng');
    const paused = await tab.elapsedSeconds();
    await page.waitForTimeout(1500);
    expect(await tab.elapsedSeconds()).toBe(paused);
    await expectDisplayShows(display, tab, 'Phạm Minh Chính');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => tab.elapsedSeconds()).toBeGreaterThan(paused);
    await expect(display.getByTestId('display-paused')).toHaveCount(0);
  });

  await test.step('the next one, with one minute: the last minute is said, not only coloured', async () => {
    // Alt+N: end the speech in progress and call the next speaker.
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByTestId('current-speaker')).toHaveText('Nguyễn Văn Thắng');
    await expectDisplayShows(display, tab, 'Nguyễn Văn Thắng');
    await expect(page.getByTestId('speech-phase')).toHaveText('Còn dưới 1 phút');
    await expect(page.getByTestId('speech-timer')).toHaveAttribute('data-phase', 'last_minute');
    await expect(tab.logRow('Phạm Minh Chính')).toContainText(/Bắt đầu \d\d:\d\d · 00:0\d/);
  });

  await test.step('a called request is started out of turn, after a confirmation', async () => {
    await tab.focusRow('Đỗ Trọng Hưng');
    await page.keyboard.press('b');
    const confirm = page.getByRole('dialog', { name: 'Mời người khác phát biểu?' });
    await expect(confirm).toContainText('Nguyễn Văn Thắng đang phát biểu');
    await confirm.getByRole('button', { name: 'Kết thúc và bắt đầu' }).click();
    await expect(page.getByTestId('current-speaker')).toHaveText('Đỗ Trọng Hưng');
    await expect(tab.logRow('Nguyễn Văn Thắng')).toBeVisible();
  });

  await test.step('the host restarts mid-speech: the timer goes on from the right second', async () => {
    await expect.poll(() => tab.elapsedSeconds()).toBeGreaterThanOrEqual(2);
    const before = await tab.elapsedSeconds();
    const stoppedAt = Date.now();
    // On the same port, as `npm run web` with DIEMCAU_PORT: the display finds the host again
    // by itself; the operator reloads the tab (the new host has a new token).
    host = await host.restart({ samePort: true });
    call = await hostApi(host.url);
    await page.reload();
    await expect(page.getByTestId('current-speaker')).toHaveText('Đỗ Trọng Hưng');
    const shown = await tab.elapsedSeconds();
    const { speeches, now } = await call<SpeechList>('speeches.list', {
      meetingId: seeded.meetingId,
    });
    const running = speeches.find((s) => s.state === 'speaking')!;
    const stored = Math.floor(elapsedMs(running, now) / 1000);
    // The second shown is the one the stored times give (the page and the call are a moment
    // apart), and no time was lost or counted twice across the restart.
    expect(Math.abs(shown - stored)).toBeLessThanOrEqual(1);
    const wall = Math.floor((Date.now() - stoppedAt) / 1000);
    expect(shown).toBeGreaterThanOrEqual(before + wall - 1);
    expect(shown).toBeLessThanOrEqual(before + wall + 1);
    await expectDisplayShows(display, tab, 'Đỗ Trọng Hưng', { timeout: 15_000 });
  });

  await test.step('other points and the other requests, in turn; one not called', async () => {
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByTestId('current-speaker')).toHaveText('Vũ Đại Thắng');
    await expectDisplayShows(display, tab, 'Vũ Đại Thắng');
    await expect(display.getByTestId('display-current-origin')).toHaveText('Điểm cầu Quảng Ninh');
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByTestId('current-speaker')).toHaveText('Nguyễn Đình Trung');
    await tab.rowMenu('Mai Xuân Liêm', 'Đã được mời');
    await page.keyboard.press('Alt+KeyN');
    await expect(page.getByTestId('current-speaker')).toHaveText('Mai Xuân Liêm');
    await tab.rowMenu('Nguyễn Thị Lan', 'Không được mời');
    await expect(tab.logRow('Nguyễn Thị Lan')).toContainText('Không được mời');
    await expect(tab.logRow('Nguyễn Thị Lan').getByTestId('speech-trail')).toHaveText(
      /^Đăng ký \d\d:\d\d → Gửi TW \d\d:\d\d → Không được mời \d\d:\d\d$/,
    );
    await expect(tab.queueRows()).toHaveCount(0);
    await expect(tab.logRow('Đỗ Trọng Hưng').getByTestId('speech-trail')).toHaveText(
      /^Đăng ký .* → Gửi TW .* → Được mời .* → Bắt đầu .* → Kết thúc \d\d:\d\d$/,
    );
  });

  await test.step('the Prime Minister is added again to conclude, and ends', async () => {
    await page.getByRole('button', { name: 'Thêm lại – Phạm Minh Chính' }).click();
    await expect(tab.queueRow('Phạm Minh Chính')).toBeVisible();
    await page.getByRole('button', { name: 'Kết thúc và mời người kế tiếp' }).click();
    await expect(page.getByTestId('current-speaker')).toHaveText('Phạm Minh Chính');
    await page.getByRole('button', { name: 'Kết thúc lượt' }).click();
    await expect(page.getByText('Chưa có ai đang phát biểu.')).toBeVisible();
    // Alt+K with nobody speaking does nothing.
    await page.keyboard.press('Alt+KeyK');
    await expect(tab.logRow('Phạm Minh Chính')).toHaveCount(2);
  });

  await test.step('the meeting ends: statistics per origin, speaker and agenda item', async () => {
    await page.getByRole('button', { name: 'Kết thúc hội nghị' }).click();
    await page
      .getByRole('dialog', { name: 'Kết thúc hội nghị?' })
      .getByRole('button', { name: 'Kết thúc hội nghị' })
      .click();
    const stats = page.getByTestId('speaking-stats');
    await expect(stats.getByTestId('stats-totals')).toContainText('7 lượt phát biểu');
    const byOrigin = stats.getByTestId('stats-by-origin');
    await expect(byOrigin.getByRole('row', { name: /^Trung ương 3 / })).toBeVisible();
    await expect(byOrigin.getByRole('row', { name: /^Điểm cầu này 2 / })).toBeVisible();
    await expect(byOrigin.getByRole('row', { name: /^Điểm cầu Đắk Lắk 1 / })).toBeVisible();
    await expect(byOrigin.getByRole('row', { name: /^Điểm cầu Quảng Ninh 1 / })).toBeVisible();
    const bySpeaker = stats.getByTestId('stats-by-speaker');
    await expect(bySpeaker.getByRole('row', { name: /^Phạm Minh Chính .* 2 / })).toBeVisible();
    const byAgenda = stats.getByTestId('stats-by-agenda');
    await expect(byAgenda.getByRole('row', { name: /^Khai mạc 08:00, 10 phút/ })).toContainText(
      /\d\d:\d\d, kéo dài \d\d:\d\d/,
    );
    await expect(byAgenda.getByRole('row', { name: /^Thảo luận 08:10, 60 phút/ })).toBeVisible();
  });
});

/** A meeting of its own, for the tests below that are about the screen, not the scenario. */
async function meetingWith(title: string, speeches: Record<string, unknown>[]) {
  const meeting = await call<{ id: string }>('meetings.create', {
    title,
    date: '2026-07-28',
    startTime: '08:00',
    agenda: [
      { title: 'Khai mạc', plannedStart: '08:00', durationMinutes: 10, speechMinutes: 5 },
      { title: 'Thảo luận về tình hình kinh tế - xã hội', speechMinutes: 7 },
    ],
  });
  const { agenda } = await call<{ agenda: { id: string }[] }>('meetings.get', { id: meeting.id });
  for (const [i, fields] of speeches.entries()) {
    await call('speeches.add', {
      meetingId: meeting.id,
      fields: { agendaItemId: agenda[i === 0 ? 0 : 1]!.id, ...fields },
    });
  }
  return meeting.id;
}

const typed = (name: string, position: string, origin: Record<string, unknown>, topic = '') => ({
  speaker: { name, position },
  origin,
  topic,
});

test('the tab at 1366×768: the speech in progress, its commands and the queue in view', async ({
  page,
}) => {
  const center = { kind: 'center' };
  const point = (provinceCode: string) => ({ kind: 'point', provinceCode, name: '' });
  const here = { kind: 'local' };
  const meetingId = await meetingWith('Hội nghị trực tuyến toàn quốc quán triệt nghị quyết', [
    typed('Phạm Minh Chính', 'Thủ tướng Chính phủ', center, 'Phát biểu khai mạc'),
    typed('Nguyễn Văn Thắng', 'Bộ trưởng Bộ Tài chính', center, 'Báo cáo tình hình 6 tháng'),
    typed('Nguyễn Đình Trung', 'Bí thư Tỉnh ủy', point('dak-lak'), 'Hạ tầng giao thông'),
    typed('Vũ Đại Thắng', 'Bí thư Tỉnh ủy', point('quang-ninh'), 'Du lịch và dịch vụ'),
    typed('Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', here, 'Kiến nghị về vốn đầu tư công'),
    typed('Mai Xuân Liêm', 'Phó Chủ tịch Thường trực UBND tỉnh', here, 'Giải ngân'),
    typed('Bùi Thị Minh Hoài', 'Bí thư Thành ủy', point('ha-noi'), 'Chuyển đổi số'),
    typed('Nguyễn Thị Lan', 'Giám đốc Sở Tài chính', here),
    typed('Lê Văn Thành', 'Chủ tịch UBND tỉnh', point('hai-phong'), 'Kinh tế biển'),
    typed('Trần Lưu Quang', 'Phó Thủ tướng', center, 'Kết luận'),
  ]);
  await call('meetings.setStatus', { id: meetingId, status: 'in_progress' });
  await call('speeches.act', { meetingId, action: 'startNext' });
  await call('speeches.act', { meetingId, action: 'startNext' });
  const { speeches } = await call<SpeechList>('speeches.list', { meetingId });
  const request = speeches.find((s) => s.speaker.name === 'Đỗ Trọng Hưng')!;
  await call('speeches.act', { meetingId, action: 'send', speechId: request.id });
  await call('speeches.act', { meetingId, action: 'call', speechId: request.id });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${host.url}#/meetings/${meetingId}/speaking`);
  const tab = new SpeakingTab(page);
  await expect(page.getByTestId('current-speaker')).toHaveText('Nguyễn Văn Thắng');
  await expect(tab.queueRows().first()).toBeVisible();

  // Nothing wider than the window; the commands and at least four waiting rows in view.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await expect(page.getByRole('button', { name: 'Kết thúc và mời người kế tiếp' })).toBeInViewport({
    ratio: 1,
  });
  await expect(page.getByRole('button', { name: 'Thêm lượt phát biểu' })).toBeInViewport({
    ratio: 1,
  });
  for (let i = 0; i < 4; i++) await expect(tab.queueRows().nth(i)).toBeInViewport({ ratio: 1 });

  if (process.env.DIEMCAU_SCREENS) {
    const screens = path.resolve(__dirname, '..', '..', 'docs', 'screens');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screens, 'speaking-1366x768.png') });
  }

  // Over time: said in words, with a sign, and in red; counted in the log and the statistics.
  await call('speeches.add', {
    meetingId,
    place: 'next',
    fields: typed('Nguyễn Hòa Bình', 'Phó Thủ tướng', center),
  });
  const { speeches: now } = await call<SpeechList>('speeches.list', { meetingId });
  const brief = now.find((s) => s.speaker.name === 'Nguyễn Hòa Bình')!;
  await call('speeches.edit', { speechId: brief.id, fields: { allottedSeconds: 2 } });
  await page.getByRole('button', { name: 'Kết thúc và mời người kế tiếp' }).click();
  await expect(page.getByTestId('current-speaker')).toHaveText('Nguyễn Hòa Bình');
  await expect(page.getByTestId('speech-phase')).toHaveText('Đã quá thời gian', { timeout: 5000 });
  await expect(page.getByTestId('speech-timer')).toHaveAttribute('data-phase', 'overrun');
  await expect(page.getByTestId('speech-phase').locator('svg')).toHaveCount(1);
  await expect(page.getByTestId('speech-remaining')).toHaveText(/^\+00:0\d$/);
  await expect(tab.current()).toContainText('Quá giờ');
  await page.getByRole('button', { name: 'Kết thúc lượt' }).click();
  await expect(tab.logRow('Nguyễn Hòa Bình').getByTestId('log-overrun')).toHaveText(
    /^Quá giờ 00:0\d$/,
  );
  await page.getByTestId('speaking-stats').getByRole('button', { name: 'Hiện' }).click();
  await expect(page.getByTestId('stats-totals')).toContainText(/1 lượt quá giờ, tổng cộng quá/);
});

test('a conference with 300 speeches: only the rows in view are drawn; keys move, edit, remove', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const many = Array.from({ length: 300 }, (_, i) =>
    typed(`Đại biểu số ${String(i + 1).padStart(3, '0')}`, 'Bí thư Tỉnh ủy', { kind: 'center' }),
  );
  const meetingId = await meetingWith('Hội nghị có 300 lượt phát biểu', many);
  const tab = new SpeakingTab(page);
  await page.goto(`${host.url}#/meetings/${meetingId}/speaking`);
  await expect(tab.queueRows().first()).toBeVisible();
  await expect(page.getByText('Danh sách chờ (300)')).toBeVisible();
  expect(await tab.queueRows().count()).toBeLessThan(40);

  // The last one, reached by keyboard, moved up one place and then made next.
  await tab.focusRow('Đại biểu số 001');
  await page.keyboard.press('End');
  await expect(tab.queueRow('Đại biểu số 300')).toBeFocused();
  const started = Date.now();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('listitem', { name: /^299\. Đại biểu số 300 –/ })).toHaveCount(1);
  const moveMs = Date.now() - started;
  await page.keyboard.press('l');
  await expect(tab.queueRows().first()).toContainText('Đại biểu số 300');
  await expect(tab.queueRow('Đại biểu số 300')).toBeFocused();
  test
    .info()
    .annotations.push({ type: 'move of the last of 300, on screen', description: `${moveMs} ms` });
  expect(moveMs).toBeLessThan(2_000);

  // @dnd-kit's keyboard drag: Space picks the row up, the arrows carry it, Space puts it down.
  // Each step waits for what a screen reader hears, as the operator waits for the row to move.
  const said = page.locator('[id^="DndLiveRegion"]');
  const moving = 'Đại biểu số 300 – Bí thư Tỉnh ủy';
  await page.keyboard.press('Space');
  await expect(said).toHaveText(`Đã cầm ${moving}, đang ở vị trí 1.`);
  await page.keyboard.press('ArrowDown');
  await expect(said).toHaveText(`${moving} sẽ ở vị trí 2.`);
  await page.keyboard.press('ArrowDown');
  await expect(said).toHaveText(`${moving} sẽ ở vị trí 3.`);
  await page.keyboard.press('Space');
  await expect(said).toHaveText(`Đã đặt ${moving} vào vị trí 3.`);
  await expect(page.getByRole('listitem', { name: /^3\. Đại biểu số 300 –/ })).toHaveCount(1);
  await expect(tab.queueRow('Đại biểu số 300')).toBeFocused();

  // S edits the focused speech; Delete removes it, after a confirmation, as it never started.
  await page.keyboard.press('s');
  const form = page.getByRole('dialog', { name: 'Sửa lượt phát biểu' });
  await form.getByLabel(label('Thời gian (phút)')).fill('4');
  await form.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(tab.queueRow('Đại biểu số 300')).toContainText('4 phút');
  await tab.queueRow('Đại biểu số 300').focus();
  await page.keyboard.press('Delete');
  await page
    .getByRole('dialog', { name: 'Xóa lượt phát biểu?' })
    .getByRole('button', { name: 'Xóa' })
    .click();
  await expect(page.getByText('Danh sách chờ (299)')).toBeVisible();
  await expect(tab.queueRow('Đại biểu số 300')).toHaveCount(0);
});
