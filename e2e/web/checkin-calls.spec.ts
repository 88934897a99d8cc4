import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import { recordApiCalls } from '../support/apiCalls';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import type { SeededMeeting } from '../support/meetingSetup';
import { seedMeeting } from '../support/meetingSetup';
import { Operator } from '../support/operator';

/**
 * What one check-in costs on the wire. The meeting's data has one source (the meeting store):
 * a check-in writes once and reads the invitee list at most once (the action's answer, or the
 * core's event, never both), and never re-reads the meeting. A change made elsewhere (another
 * window, a second operator) still reaches the screen through the event.
 */
let host: RunningHost;
let call: Awaited<ReturnType<typeof hostApi>>;
let seeded: SeededMeeting;

const PEOPLE = [
  { fullName: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy', unit: 'Tỉnh ủy Thanh Hóa' },
  { fullName: 'Nguyễn Doãn Anh', position: 'Chủ tịch UBND tỉnh', unit: 'UBND tỉnh Thanh Hóa' },
  { fullName: 'Lê Tiến Lam', position: 'Chủ tịch HĐND tỉnh', unit: 'HĐND tỉnh Thanh Hóa' },
  { fullName: 'Phạm Thị Hà', position: 'Trưởng Ban Nội chính', unit: 'Ban Nội chính Tỉnh ủy' },
];

test.beforeAll(async () => {
  host = await startHost();
  call = await hostApi(host.url);
  seeded = await seedMeeting(call, PEOPLE);
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

/** At most one list read, exactly one write, nothing else (no meeting re-read). */
function expectCallsOfOneCheckIn(counts: Record<string, number>) {
  const { 'invitees.list': listReads = 0, ...rest } = counts;
  expect(rest).toEqual({ 'attendance.set': 1 });
  expect(listReads).toBeLessThanOrEqual(1);
}

test('one check-in writes once and reads the invitee list at most once', async ({ page }) => {
  const op = new Operator(page);
  const calls = recordApiCalls(page);
  await page.goto(`${host.url}#/meetings/${seeded.meetingId}/checkin`);
  const search = page.getByTestId('checkin-search');
  await expect(op.checkinRow('Đỗ Trọng Hưng')).toHaveAttribute('data-status', 'pending');
  await calls.settle();

  await test.step('Enter in the search box', async () => {
    calls.reset();
    await search.fill('do trong');
    await search.press('Enter');
    await expect(op.checkinRow('Đỗ Trọng Hưng')).toHaveAttribute('data-status', 'present');
    await calls.settle();
    expectCallsOfOneCheckIn(calls.counts());
  });

  await test.step('the row’s “Có mặt” button', async () => {
    calls.reset();
    await op.mark('Có mặt', 'Nguyễn Doãn Anh');
    await expect(op.checkinRow('Nguyễn Doãn Anh')).toHaveAttribute('data-status', 'present');
    await calls.settle();
    expectCallsOfOneCheckIn(calls.counts());
  });
});

test('a check-in made in another window still shows, with one list read', async ({ page }) => {
  const op = new Operator(page);
  const calls = recordApiCalls(page);
  await page.goto(`${host.url}#/meetings/${seeded.meetingId}/checkin`);
  await expect(op.checkinRow('Lê Tiến Lam')).toHaveAttribute('data-status', 'pending');
  await calls.settle();
  calls.reset();

  // The test process is the other window: same host, its own connection.
  const other = seeded.invitees.find((i) => i.fullName === 'Lê Tiến Lam')!;
  await call('attendance.set', { inviteeId: other.id, status: 'present' });
  await expect(op.checkinRow('Lê Tiến Lam')).toHaveAttribute('data-status', 'present');
  await calls.settle();
  expect(calls.counts()).toEqual({ 'invitees.list': 1 });
});
