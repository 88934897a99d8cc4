import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { HostCall } from '../support/api';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import { setUpPoint } from '../support/point';

/**
 * The room display (`#/display/<meetingId>`) in a page of its own, as on the projector, while
 * the speakers' log is driven through the API as the operator's tab drives it: the right
 * speaker, post and origin, the next three, the clock counting, standing still when paused,
 * warning and overrunning; then a host restart mid-speech, after which the page finds the host
 * again by itself and the clock goes on from the right second. It fits the two screens rooms
 * have, with no scrollbar and nothing cut, and screenshots of both go into docs/screens.
 */
let host: RunningHost;
let call: HostCall;
let meetingId: string;

test.beforeAll(async () => {
  host = await startHost();
  call = await hostApi(host.url);
  await setUpPoint(call);
  const meeting = await call<{ id: string }>('meetings.create', {
    title: 'Hội nghị toàn quốc quán triệt Nghị quyết Trung ương',
    date: '2026-07-28',
    startTime: '08:00',
  });
  meetingId = meeting.id;
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

interface SpeechOut {
  id: string;
  state: string;
}
interface Change {
  changed: SpeechOut[];
  now: number;
}

const CENTER = { kind: 'center' } as const;
const LOCAL = { kind: 'local' } as const;
const point = (name: string) => ({ kind: 'point', provinceCode: null, name }) as const;

/** Two center speakers, two from other points, three local requests, in the order added. */
const SPEAKERS = [
  { name: 'Trần Cẩm Tú', position: 'Thường trực Ban Bí thư', origin: CENTER },
  { name: 'Nguyễn Văn Thắng', position: 'Bộ trưởng Bộ Tài chính', origin: CENTER },
  { name: 'Nguyễn Đình Trung', position: 'Bí thư Tỉnh ủy Đắk Lắk', origin: point('Đắk Lắk') },
  { name: 'Vũ Đại Thắng', position: 'Bí thư Tỉnh ủy Quảng Ninh', origin: point('Quảng Ninh') },
  {
    name: 'Nguyễn Thị Phương Thảo Hồng Nhung',
    position: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa',
    origin: LOCAL,
  },
  { name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy Thanh Hóa', origin: LOCAL },
  { name: 'Lê Đức Giang', position: 'Giám đốc Sở Y tế', origin: LOCAL },
] as const;

async function addSpeeches(): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, s] of SPEAKERS.entries()) {
    const change = await call<Change>('speeches.add', {
      meetingId,
      fields: {
        speaker: { name: s.name, position: s.position },
        origin: s.origin,
        // The second center speaker has two minutes; the first has no limit (counts up).
        allottedSeconds: i === 1 ? 120 : null,
      },
    });
    ids.push(change.changed[0]!.id);
  }
  return ids;
}

const act = (action: string, speechId?: string) =>
  call<Change>('speeches.act', { meetingId, action, ...(speechId ? { speechId } : {}) });

class Display {
  constructor(readonly page: Page) {}
  get root(): Locator {
    return this.page.getByTestId('room-display');
  }
  get name(): Locator {
    return this.page.getByTestId('display-current-name');
  }
  get timer(): Locator {
    return this.page.getByTestId('display-timer-value');
  }
  async open(url = host.url) {
    await this.page.goto(`${url}#/display/${meetingId}`);
  }
  async expectNext(names: readonly string[]) {
    await expect(this.page.getByTestId('display-next-item')).toHaveCount(names.length);
    const items = this.page.getByTestId('display-next-item');
    for (const [i, name] of names.entries()) await expect(items.nth(i)).toContainText(name);
  }
  /** Seconds on the clock ("01:23" → 83; "+00:04" → 4). */
  async seconds(): Promise<number> {
    const text = (await this.timer.textContent()) ?? '';
    return text
      .replace('+', '')
      .split(':')
      .reduce((total, part) => total * 60 + Number(part), 0);
  }
  /** Nothing scrolls and no text is cut: every box holds what it shows. */
  async expectFits() {
    const overflow = await this.page.evaluate(() => {
      const problems: string[] = [];
      const doc = document.scrollingElement ?? document.documentElement;
      if (doc.scrollWidth > doc.clientWidth || doc.scrollHeight > doc.clientHeight)
        problems.push(
          `page ${doc.scrollWidth}×${doc.scrollHeight} in ${doc.clientWidth}×${doc.clientHeight}`,
        );
      const root = document.querySelector<HTMLElement>('[data-testid="room-display"]')!;
      for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        // One pixel of rounding in either direction is not a cut.
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
          const style = getComputedStyle(el);
          if (style.overflow !== 'visible' || el === root)
            problems.push(
              `${el.tagName}.${el.className} "${el.textContent?.slice(0, 40)}" ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
            );
        }
      }
      return problems;
    });
    expect(overflow).toEqual([]);
  }
}

test('the room display follows the speakers’ log, survives a host restart and fits the room’s screens', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const display = new Display(await context.newPage());

  await test.step('a meeting that does not exist is said in Vietnamese', async () => {
    await display.page.goto(`${host.url}#/display/no-such-meeting`);
    await expect(display.page.getByTestId('display-message')).toHaveText(
      'Không tìm thấy hội nghị này. Hãy mở lại màn hình phòng họp từ ứng dụng.',
    );
  });

  await test.step('before anyone speaks: the meeting’s title and nobody waiting', async () => {
    await display.open();
    await expect(display.root).toHaveAttribute('data-state', 'idle');
    await expect(display.page.getByTestId('display-title')).toHaveText(
      'Hội nghị toàn quốc quán triệt Nghị quyết Trung ương',
    );
    await expect(display.root).toContainText('Chưa có đại biểu phát biểu');
    await expect(display.root).toContainText('Chưa có đại biểu đăng ký phát biểu.');
    await expect(display.page.getByTestId('display-point')).toHaveText(
      'Điểm cầu Tỉnh ủy Thanh Hóa',
    );
  });

  const ids = await addSpeeches();

  await test.step('the log is filled in: the first three waiting, and how many wait', async () => {
    await display.expectNext(SPEAKERS.slice(0, 3).map((s) => s.name));
    await expect(display.page.getByTestId('display-waiting')).toHaveText('Đang chờ: 7 đại biểu');
  });

  await test.step('the local requests are sent and the last one is called first', async () => {
    for (const id of ids.slice(4)) await act('send', id);
    await act('call', ids[6]);
    await call('speeches.move', { speechId: ids[6], afterId: null });
    await display.expectNext([SPEAKERS[6].name, SPEAKERS[0].name, SPEAKERS[1].name]);
  });

  await test.step('the called local speaker starts: name, post, origin, the clock counting up', async () => {
    await act('start', ids[6]);
    await expect(display.name).toHaveText('Lê Đức Giang');
    await expect(display.page.getByTestId('display-current-post')).toHaveText('Giám đốc Sở Y tế');
    await expect(display.page.getByTestId('display-current-origin')).toHaveText('Tại điểm cầu');
    await expect(display.page.getByTestId('display-timer-label')).toHaveText('Thời gian đã nói');
    await display.expectNext(SPEAKERS.slice(0, 3).map((s) => s.name));
    await expect(display.timer).toHaveText('00:02', { timeout: 4000 });
  });

  await test.step('paused: the clock stands still and says so; resumed: it counts on', async () => {
    await act('pause');
    await expect(display.page.getByTestId('display-paused')).toHaveText('Tạm dừng');
    await expect(display.root).toHaveAttribute('data-state', 'paused');
    const stood = await display.seconds();
    await display.page.waitForTimeout(2200);
    expect(await display.seconds()).toBe(stood);
    await act('resume');
    await expect(display.page.getByTestId('display-paused')).toHaveCount(0);
    await expect(display.timer).toHaveText(`00:0${stood + 1}`, { timeout: 3000 });
  });

  await test.step('the next one starts: the center’s speaker, counting down from two minutes', async () => {
    await act('startNext');
    await expect(display.name).toHaveText('Trần Cẩm Tú');
    await act('startNext');
    await expect(display.name).toHaveText('Nguyễn Văn Thắng');
    await expect(display.page.getByTestId('display-current-origin')).toHaveText('Trung ương');
    await expect(display.page.getByTestId('display-timer-label')).toHaveText('Thời gian còn lại');
    await expect(display.timer).toHaveText(/^01:5\d$/);
    await display.expectNext(SPEAKERS.slice(2, 5).map((s) => s.name));
  });

  await test.step('the last minute is said in words; past the time, “Quá giờ” in red with a “+”', async () => {
    // The speaker was given less time than they have already had: 1 s left, then over.
    await call('speeches.edit', { speechId: ids[1], fields: { allottedSeconds: 5 } });
    await expect(display.page.getByTestId('display-timer-label')).toHaveText('Quá giờ');
    await expect(display.timer).toHaveText(/^\+00:0\d$/);
    const timerBox = display.page.getByTestId('display-timer');
    await expect(timerBox).toHaveAttribute('data-phase', 'overrun');
    await call('speeches.edit', { speechId: ids[1], fields: { allottedSeconds: 60 } });
    await expect(display.page.getByTestId('display-timer-label')).toHaveText(
      'Sắp hết giờ – còn lại',
    );
    await expect(timerBox).toHaveAttribute('data-phase', 'last_minute');
  });

  await test.step('a speaker from another point, with the long names a province can have', async () => {
    await act('startNext');
    await expect(display.name).toHaveText('Nguyễn Đình Trung');
    await expect(display.page.getByTestId('display-current-origin')).toHaveText('Điểm cầu Đắk Lắk');
    await display.expectFits();
  });

  await test.step('the host restarts mid-speech: the page finds it again, the clock goes on', async () => {
    await expect(display.timer).toHaveText(/^00:0[2-9]$/);
    const beforeStop = Date.now();
    const before = await display.seconds();
    host = await host.restart({ samePort: true });
    call = await hostApi(host.url);
    // The page reloads by itself once the new host answers (it has a new token).
    await expect(display.name).toHaveText('Nguyễn Đình Trung', { timeout: 15_000 });
    await expect(display.page.getByTestId('display-reconnecting')).toHaveCount(0);
    const away = Math.floor((Date.now() - beforeStop) / 1000);
    const after = await display.seconds();
    expect(after).toBeGreaterThanOrEqual(before + away - 1);
    expect(after).toBeLessThanOrEqual(before + away + 2);
    // Still following the log over the new stream.
    await act('pause');
    await expect(display.page.getByTestId('display-paused')).toBeVisible();
    await act('resume');
  });

  await test.step('a long local name and post fit 1366×768 and 1920×1080', async () => {
    await act('start', ids[4]);
    await expect(display.name).toHaveText('Nguyễn Thị Phương Thảo Hồng Nhung');
    await display.page.waitForTimeout(1100); // a clock that has counted, for the picture
    await display.expectFits();
    await display.page.screenshot({ path: 'docs/screens/room-display-1366x768.png' });
    await display.page.setViewportSize({ width: 1920, height: 1080 });
    await display.expectFits();
    await display.page.screenshot({ path: 'docs/screens/room-display-1920x1080.png' });
  });

  await test.step('nobody speaking any more: the title takes the stage, still fitting', async () => {
    await act('end');
    await expect(display.root).toHaveAttribute('data-state', 'idle');
    await display.expectNext([SPEAKERS[3].name, SPEAKERS[5].name]);
    await display.expectFits();
    await display.page.setViewportSize({ width: 1366, height: 768 });
    await display.expectFits();
    await display.page.screenshot({ path: 'docs/screens/room-display-idle-1366x768.png' });
  });

  await context.close();
});
