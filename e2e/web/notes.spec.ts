import path from 'node:path';
import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import type { HostCall } from '../support/api';
import { hostForFile } from '../support/host';
import { Operator } from '../support/operator';
import { setUpPoint } from '../support/point';

/**
 * Notes taken live during a speech, typed the ways Vietnamese input methods type: composition
 * events (IBus, macOS, Windows TSF) and the backspace-and-retype of Unikey and EVKey in Telex.
 * What the core stored must be exactly the text meant, in NFC with the tone on the traditional
 * vowel ('hoà' typed, 'hòa' kept); "Đã lưu" only once it is.
 *
 * `DIEMCAU_SCREENS=1 npx playwright test e2e/web/notes.spec.ts` also writes
 * docs/screens/notes-1366x768.png (and the timeline and search screens into test-results).
 */
const host = hostForFile();

interface Note {
  id: string;
  kind: string;
  body: string;
  speechId: string | null;
  agendaItemId: string | null;
  taskOwner: string;
  taskDeadline: string | null;
  version: number;
}

async function meetingWithSpeech(call: HostCall) {
  await setUpPoint(call);
  const meeting = await call<{ id: string; agenda: { id: string }[] }>('meetings.create', {
    title: 'Hội nghị trực tuyến quán triệt Nghị quyết',
    date: '2026-12-15',
    startTime: '08:00',
    agenda: [{ title: 'Quán triệt Nghị quyết' }],
  });
  const { changed } = await call<{ changed: { id: string }[] }>('speeches.add', {
    meetingId: meeting.id,
    fields: {
      speaker: { name: 'Nguyễn Văn Hùng' },
      origin: { kind: 'center' },
      topic: 'Phát biểu chỉ đạo',
      agendaItemId: meeting.agenda[0]!.id,
    },
  });
  await call('speeches.act', { meetingId: meeting.id, action: 'start', speechId: changed[0]!.id });
  return { meetingId: meeting.id, speechId: changed[0]!.id, agendaItemId: meeting.agenda[0]!.id };
}

/** An input method building a word through a composition, then committing it. */
async function compose(cdp: CDPSession, steps: string[]) {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: steps[steps.length - 1]! });
}

/** Unikey/EVKey in Telex: the letters go in as typed, then are replaced by backspaces. */
async function telex(page: Page, typed: string, backspaces: number, retyped: string) {
  await page.keyboard.type(typed);
  for (let i = 0; i < backspaces; i++) await page.keyboard.press('Backspace');
  await page.keyboard.insertText(retyped);
}

/** Opens a note with the key, from wherever the focus is, and returns its card. */
async function newNote(page: Page): Promise<Locator> {
  const before = await page.getByTestId('note-card').count();
  await page.keyboard.press('F2');
  await expect(page.getByTestId('note-card')).toHaveCount(before + 1);
  const id = await page.getByTestId('note-card').first().getAttribute('data-note-id');
  // Pinned by id: the newest card is first, and the next note takes that place.
  const card = page.locator(`[data-note-id="${id}"]`);
  await expect(card.getByTestId('note-body')).toBeFocused();
  return card;
}

async function chooseKind(page: Page, card: Locator, kind: string) {
  await new Operator(page).chooseOption('Loại ghi chép', '', kind, card);
}

async function expectSaved(card: Locator) {
  await expect(card.getByTestId('note-save-status')).toHaveText(/^Đã lưu \d\d:\d\d:\d\d$/);
}

test('notes of every kind during a speech, typed through input methods, saved exactly', async ({
  page,
}, testInfo) => {
  const screens = process.env.DIEMCAU_SCREENS
    ? { docs: path.resolve(__dirname, '..', '..', 'docs', 'screens'), out: testInfo.outputDir }
    : null;
  const call = await hostApi(host().url);
  const { meetingId, speechId, agendaItemId } = await meetingWithSpeech(call);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${host().url}#/meetings/${meetingId}`);
  await expect(page.getByText('Phím dùng ở mọi thẻ · F9 kết thúc sự cố')).toBeVisible();

  // From the invitee list, F2 opens a note on the notes tab with the caret in it.
  const opinion = await newNote(page);
  await expect(page).toHaveURL(/\/notes$/);
  await chooseKind(page, opinion, 'Ý kiến');
  await opinion.getByTestId('note-body').focus();
  await page.keyboard.type('Đồng chí ');
  await compose(cdp, ['N', 'Ng', 'Ngu', 'Nguy', 'Nguye', 'Nguyê', 'Nguyễ', 'Nguyễn']);
  await page.keyboard.type(' ');
  await compose(cdp, ['ă']);
  await page.keyboard.type('n ý kiến về ');
  // "hoà" the way Telex sends it: h-o-a-f, the "a" erased and "à" put back.
  await telex(page, 'hoa', 1, 'à');
  await page.keyboard.type(' bình');
  await expectSaved(opinion);

  const conclusion = await newNote(page);
  await chooseKind(page, conclusion, 'Kết luận');
  await conclusion.getByTestId('note-body').focus();
  await page.keyboard.type('Kết luận: ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('thống nhất');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // "Việt" composed letter by letter, as IBus-Unikey shows it while typing V-i-e-e-j-t.
  await page.keyboard.type(' thông qua Nghị quyết ');
  await compose(cdp, ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt']);
  await expectSaved(conclusion);

  const recommendation = await newNote(page);
  await chooseKind(page, recommendation, 'Kiến nghị, đề xuất');
  await recommendation.getByTestId('note-body').focus();
  // "Tỉnh" in Telex: t-i-n-h-r, the "inh" retyped as "ỉnh".
  await telex(page, 'Tinh', 3, 'ỉnh');
  await page.keyboard.type(' kiến nghị bổ sung vốn');
  await expectSaved(recommendation);

  const task = await newNote(page);
  await chooseKind(page, task, 'Nhiệm vụ');
  await task.getByRole('textbox', { name: 'Cơ quan chủ trì thực hiện' }).fill('Sở Tài chính');
  await task.getByRole('textbox', { name: 'Thời hạn' }).fill('31/12/2026');
  await task.getByTestId('note-body').click();
  await page.keyboard.type('Danh sách việc');
  await page.keyboard.press('Enter');
  await page.keyboard.type('rà soát');
  await page.keyboard.press('Control+Shift+Digit8');
  await expectSaved(task);

  const general = await newNote(page);
  await page.keyboard.type('Tín hiệu tốt');
  await expectSaved(general);

  const { notes } = await call<{ notes: Note[] }>('notes.list', { meetingId });
  expect(notes.map((n) => [n.kind, n.body])).toEqual([
    ['opinion', 'Đồng chí Nguyễn ăn ý kiến về hòa bình'],
    ['conclusion', 'Kết luận: **thống nhất** thông qua Nghị quyết Việt'],
    ['recommendation', 'Tỉnh kiến nghị bổ sung vốn'],
    ['task', 'Danh sách việc\n- rà soát'],
    ['general', 'Tín hiệu tốt'],
  ]);
  for (const n of notes) {
    expect(n.body).toBe(n.body.normalize('NFC'));
    expect(n).toMatchObject({ speechId, agendaItemId });
  }
  expect(notes[3]).toMatchObject({ taskOwner: 'Sở Tài chính', taskDeadline: '2026-12-31' });

  // The preview shows the Markdown as formatting, not as markers.
  await conclusion.getByRole('switch', { name: 'Xem trước' }).check({ force: true });
  await expect(conclusion.getByTestId('note-preview').locator('strong')).toHaveText('thống nhất');

  // An incident opened and closed with one key each, from any tab.
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await page.keyboard.press('F8');
  const banner = page.getByTestId('incident-banner');
  await expect(banner).toContainText('Đang có sự cố');
  await expect(banner.getByRole('combobox', { name: 'Loại sự cố' })).toHaveValue('Khác');
  await new Operator(page).chooseOption('Loại sự cố', '', 'Mất tiếng', banner);
  await expect(page.getByTestId('incident-elapsed')).toHaveText(/^00:0[1-9]$/);
  if (screens) {
    // A normal moment: notes being taken while the line has trouble.
    await page.getByRole('tab', { name: 'Ghi chép' }).click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(screens.docs, 'notes-1366x768.png') });
  }
  await page.keyboard.press('F9');
  await expect(banner).toBeHidden();
  const { incidents } = await call<{ incidents: { kind: string; endedAt: string | null }[] }>(
    'incidents.list',
    { meetingId },
  );
  expect(incidents).toHaveLength(1);
  expect(incidents[0]).toMatchObject({ kind: 'sound', endedAt: expect.any(String) });

  // The timeline has the speech, the notes and the incident, and filters by kind.
  await page.getByRole('tab', { name: 'Diễn biến' }).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('tr[data-kind="speech"]').first()).toContainText('Nguyễn Văn Hùng');
  await expect(timeline.locator('tr[data-kind="note"]')).toHaveCount(5);
  await expect(timeline.locator('tr[data-kind="incident"]')).toContainText('Mất tiếng');
  if (screens) await page.screenshot({ path: path.join(screens.out, 'timeline.png') });
  await page.getByRole('group', { name: 'Lọc theo loại' }).getByText('Ghi chép').click();
  await expect(timeline.locator('tr[data-kind="note"]')).toHaveCount(0);
  await expect(timeline.locator('tr[data-kind="incident"]')).toHaveCount(1);

  // Search without diacritics, and back to the note.
  await page.getByRole('link', { name: 'Tìm ghi chép' }).click();
  await page.getByRole('textbox', { name: 'Từ cần tìm' }).fill('kien nghi bo sung');
  const hit = page.getByTestId('search-hit');
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark').first()).toHaveText('kiến');
  if (screens) await page.screenshot({ path: path.join(screens.out, 'search.png') });
  await hit.getByRole('link', { name: 'Hội nghị trực tuyến quán triệt Nghị quyết' }).click();
  const found = page.locator(`[data-note-id="${notes[2]!.id}"]`);
  await expect(found).toHaveAttribute('data-highlighted', 'true');
  await expect(found).toBeInViewport();
});

test('versions restored, a save from another window caught, nothing lost on a tab switch', async ({
  page,
}) => {
  const call = await hostApi(host().url);
  await setUpPoint(call);
  const meeting = await call<{ id: string }>('meetings.create', {
    title: 'Giao ban trực tuyến',
    date: '2026-12-16',
    startTime: '14:00',
  });
  const list = async () =>
    (await call<{ notes: Note[] }>('notes.list', { meetingId: meeting.id })).notes;
  await page.goto(`${host().url}#/meetings/${meeting.id}/notes`);
  await expect(page.getByText('Chưa có ghi chép.')).toBeVisible();

  const card = await newNote(page);
  const body = card.getByTestId('note-body');
  await page.keyboard.type('Bản một');
  await expectSaved(card);
  await page.keyboard.type(' thêm');
  await expectSaved(card);

  // Typed and gone to another tab at once: the unmount flushes it.
  await page.keyboard.type(' cuối');
  await page.getByRole('tab', { name: 'Chương trình' }).click();
  await expect.poll(async () => (await list())[0]?.body).toBe('Bản một thêm cuối');
  await page.getByRole('tab', { name: 'Ghi chép' }).click();
  await expect(body).toHaveValue('Bản một thêm cuối');

  // Every version is kept; restoring one makes it the newest.
  await card.getByRole('button', { name: 'Các phiên bản' }).click();
  const versions = page.getByTestId('note-versions');
  // As many versions as saves, which depends on the typing speed; the first full one is there.
  await expect(versions.getByText('Bản một thêm cuối', { exact: true })).toHaveCount(1);
  await versions
    .locator('.mantine-Paper-root')
    .filter({ has: page.getByText('Bản một', { exact: true }) })
    .getByRole('button', { name: 'Khôi phục' })
    .click();
  await expect(versions).toBeHidden();
  await expect(body).toHaveValue('Bản một');
  const restored = (await list())[0]!;
  expect(restored.body).toBe('Bản một');

  // Another window saves while the operator is in the text: their next keys conflict.
  await body.click();
  await body.press('End');
  await call('notes.save', {
    noteId: restored.id,
    baseVersion: restored.version,
    fields: { body: 'Sửa ở cửa sổ khác' },
  });
  await page.keyboard.type(' nữa');
  await expect(card.getByRole('alert')).toContainText('vừa được sửa ở một cửa sổ khác');
  await expect(body).toHaveValue('Bản một nữa');
  await card.getByRole('button', { name: 'Tải bản đã lưu' }).click();
  await expect(body).toHaveValue('Sửa ở cửa sổ khác');
  await expect(card.getByRole('alert')).toBeHidden();

  // Removing asks first.
  await card.getByRole('button', { name: 'Xóa ghi chép' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa ghi chép' }).click();
  await expect(page.getByTestId('note-card')).toHaveCount(0);
  expect(await list()).toEqual([]);
});
