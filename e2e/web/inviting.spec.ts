import { setUpPoint } from '../support/point';
import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import type { SeededPerson } from '../support/inviting';
import { DirectoryPicker, HEALTH_COUNT, HEALTH_UNIT, seedDirectory } from '../support/inviting';

/**
 * The operator invites many people from a directory of 300: a whole group in one selection, every
 * match of a search (with someone already invited among them), a range by Shift+click and
 * Shift+arrow, and everything at once (more than the first page the picker reads). Then a
 * remark for the meeting, kept across a reload; then, once the meeting is finalized, every
 * action that would change the list looks disabled and says why, to the mouse and the keyboard.
 */
let host: RunningHost;
let call: Awaited<ReturnType<typeof hostApi>>;
let people: SeededPerson[];
let meetingId: string;

const inGroup = (groupId: string) => people.filter((p) => p.groupId === groupId);
const named = (groupId: string, rank: number) =>
  people.find((p) => p.groupId === groupId && p.rank === rank)!;

async function invitedNames(): Promise<string[]> {
  const list = await call<{ fullName: string }[]>('invitees.list', { meetingId });
  return list.map((i) => i.fullName).sort();
}

test.beforeAll(async () => {
  host = await startHost();
  call = await hostApi(host.url);
  await setUpPoint(call);
  people = await seedDirectory(call);
  const meeting = await call<{ id: string }>('meetings.create', {
    title: 'Hội nghị quán triệt Nghị quyết',
    date: '2026-07-28',
    startTime: '08:00',
  });
  meetingId = meeting.id;
  // Already on the list: one of the health department, one guest inside the range picked below.
  await call('invitees.addPeople', {
    meetingId,
    personIds: [named('grp-so-nganh', 5).id, named('grp-khach-moi', 6).id],
  });
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

test('invite many people: a whole group, every match, a range; then remarks and a finalized meeting', async ({
  page,
}) => {
  const picker = new DirectoryPicker(page);
  await page.goto(`${host.url}#/meetings/${meetingId}`);
  await expect(page.getByTestId('invitee-count')).toHaveText('2 đại biểu');

  await test.step('the picker shows many rows at once, and renders only those', async () => {
    await picker.open();
    await expect(picker.dialog.getByTestId('picker-total')).toHaveText('300 người khớp');
    await expect(picker.row(people[0]!.fullName)).toBeVisible();
    const { inView, rendered } = await picker.rowsInView();
    expect(inView).toBeGreaterThanOrEqual(12);
    expect(rendered).toBeLessThan(100);
  });

  await test.step('a whole group, found by typing its name without accents', async () => {
    const hdnd = inGroup('grp-hdnd');
    await picker.chooseGroup('thuong truc hdnd', 'Thường trực HĐND tỉnh');
    await expect(picker.dialog.getByTestId('picker-total')).toHaveText('5 người khớp');
    await picker.dialog.getByRole('button', { name: 'Chọn cả nhóm (5 người)' }).click();
    await expect(picker.selected()).toHaveText('Đã chọn: 5 người');
    for (const p of hdnd)
      await expect(picker.row(p.fullName)).toHaveAttribute('aria-selected', 'true');
    await picker.submit(5).click();
    await expect(picker.dialog).toBeHidden();
    await expect(page.getByTestId('invitee-count')).toHaveText('7 đại biểu');
  });

  const expected = new Set(await invitedNames());

  await test.step('every match of a search, skipping who is already invited', async () => {
    await picker.open();
    await picker.search('so y te');
    await expect(picker.dialog.getByTestId('picker-total')).toHaveText(
      `${HEALTH_COUNT} người khớp`,
    );
    const already = named('grp-so-nganh', 5);
    await expect(picker.row(already.fullName)).toHaveAttribute('aria-disabled', 'true');
    await expect(picker.row(already.fullName)).toContainText('đã có trong danh sách');
    await picker.dialog
      .getByRole('button', { name: `Chọn tất cả ${HEALTH_COUNT} người khớp` })
      .click();
    await expect(picker.dialog.getByTestId('picker-notice')).toHaveText(
      `Đã chọn thêm ${HEALTH_COUNT - 1} người. 1 người đã có trong danh sách nên không chọn.`,
    );
    await expect(picker.selected()).toHaveText(`Đã chọn: ${HEALTH_COUNT - 1} người`);
    await expect(picker.row(already.fullName)).toHaveAttribute('aria-selected', 'false');
    for (const p of people.filter((x) => x.unit === HEALTH_UNIT && x.id !== already.id)) {
      expected.add(p.fullName);
    }
  });

  await test.step('a range by Shift+click, extended by Shift+arrow, kept across filters', async () => {
    await picker.search('');
    await picker.chooseGroup('khach moi', 'Khách mời');
    await picker.row(named('grp-khach-moi', 3).fullName).click();
    await picker.row(named('grp-khach-moi', 9).fullName).click({ modifiers: ['Shift'] });
    // Ranks 3 to 9, less rank 6 who is already on the list.
    await expect(picker.selected()).toHaveText(`Đã chọn: ${HEALTH_COUNT - 1 + 6} người`);
    await expect(picker.list).toBeFocused();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(picker.selected()).toHaveText(`Đã chọn: ${HEALTH_COUNT - 1 + 7} người`);
    for (const rank of [3, 4, 5, 7, 8, 9, 10]) expected.add(named('grp-khach-moi', rank).fullName);
    for (const rank of [2, 11]) {
      await expect(picker.row(named('grp-khach-moi', rank).fullName)).toHaveAttribute(
        'aria-selected',
        'false',
      );
    }
    const count = HEALTH_COUNT - 1 + 7;
    await picker.submit(count).click();
    await expect(picker.dialog).toBeHidden();
    await expect(page.getByTestId('invitee-count')).toHaveText(`${expected.size} đại biểu`);
    expect(await invitedNames()).toEqual([...expected].sort());
  });

  await test.step('select all reads every match, past the first page; clear empties it', async () => {
    await picker.open();
    await picker.dialog.getByRole('button', { name: 'Chọn tất cả 300 người' }).click();
    await expect(picker.selected()).toHaveText(`Đã chọn: ${300 - expected.size} người`);
    await expect(picker.submit(300 - expected.size)).toBeVisible();
    await picker.dialog.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
    await expect(picker.selected()).toHaveText('Đã chọn: 0 người');
    await picker.dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(picker.dialog).toBeHidden();
  });

  const chair = named('grp-hdnd', 1);
  await test.step('a remark for this meeting, edited in place and kept', async () => {
    await page.getByRole('button', { name: `Thêm ghi chú – ${chair.fullName}` }).click();
    const field = page.getByRole('textbox', { name: `Ghi chú – ${chair.fullName}` });
    await field.fill('Chủ trì');
    await field.press('Enter');
    await expect(page.getByText(`Đã lưu ghi chú của ${chair.fullName}.`)).toBeVisible();
    await expect(
      page.getByRole('button', { name: `Sửa ghi chú – ${chair.fullName}` }),
    ).toBeFocused();
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(chair.fullName) });
    await expect(row).toContainText('Chủ trì');
  });

  await test.step('finalized: the actions look disabled and say why, to mouse and keyboard', async () => {
    await call('meetings.setStatus', { id: meetingId, status: 'finalized' });
    await expect(
      page.getByText('Hội nghị đã chốt số liệu: chỉ xem, không sửa được.'),
    ).toBeVisible();
    const reason = 'Hội nghị đã chốt số liệu: danh sách đại biểu không thay đổi được nữa.';
    const fromDirectory = page.getByRole('button', { name: 'Thêm từ danh bạ' });
    const walkIn = page.getByRole('button', { name: 'Thêm đại biểu phát sinh' });
    const importLink = page.getByRole('link', { name: 'Nhập danh sách và mời' });
    for (const action of [
      fromDirectory,
      page.getByRole('button', { name: 'Thêm theo nhóm' }),
      walkIn,
      importLink,
      page.getByRole('button', { name: `Sửa ghi chú – ${chair.fullName}` }),
      page.getByRole('button', { name: `Xóa khỏi danh sách – ${chair.fullName}` }),
    ]) {
      await expect(action).toHaveAttribute('aria-disabled', 'true');
      await expect(action).toHaveAccessibleDescription(reason);
    }

    await fromDirectory.hover();
    await expect(page.getByRole('tooltip')).toHaveText(reason);
    // Playwright will not click what says it is disabled; the operator still can.
    await fromDirectory.click({ force: true });
    // Showing that nothing opens takes a moment: a dialog would be in the page within a frame.
    await page.waitForTimeout(300);
    await expect(picker.dialog).toBeHidden();
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toBeHidden();

    // From the keyboard: Tab reaches the import link, and its reason shows.
    await walkIn.focus();
    await page.keyboard.press('Tab');
    await expect(importLink).toBeFocused();
    await expect(page.getByRole('tooltip')).toHaveText(reason);
    const url = page.url();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(url);
  });
});
