import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import en from '../../renderer/i18n/en.json';
import vi from '../../renderer/i18n/vi.json';
import { hostApi } from '../support/api';
import type { AxeTally } from '../support/axe';
import { checkAxe, settle, writeTally } from '../support/axe';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import { ROSTER, writeRosterXlsx } from '../support/roster';

/**
 * Accessible and usable at 200% zoom (the issue written after an operator tried the app): every
 * screen and dialog passes axe (WCAG 2.1 A/AA) with no critical or serious violation, in
 * Vietnamese and in English; each screen has its own title and heading, and the focus lands
 * somewhere meaningful after the actions that used to drop it on <body>; at 683×384 (1366×768 at
 * 200%) the navigation collapses behind a button, nothing scrolls sideways, and check-in keeps
 * its list in view.
 *
 * One host and one set of data for the whole file (the tour is long; the data are only read).
 * `DIEMCAU_A11Y_REPORT=1` also writes every scan's counts per rule to reports/axe.json.
 */

type Lang = 'vi' | 'en';
type Tree = { [key: string]: string | Tree };
const RESOURCES: Record<Lang, Tree> = { vi: vi as Tree, en: en as Tree };

/** The interface text for `key` in `lang`, as i18next would render it. */
function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (node as Tree | undefined)?.[part], RESOURCES[lang]);
  if (typeof value !== 'string') throw new Error(`No text for ${key} in ${lang}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

const TT = 'grp-thuong-truc-tu';
const UB = 'grp-ubnd';
const SO = 'grp-so-nganh';
const MT = 'grp-mttq';
const person = (fullName: string, position: string, unit: string, groupId: string, rank: number) => ({
  fullName,
  position,
  unit,
  groupId,
  rank,
});
const PEOPLE = [
  person('Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 1),
  person('Lại Thế Nguyên', 'Phó Bí thư Thường trực Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 2),
  person('Đỗ Minh Tuấn', 'Phó Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 3),
  person('Nguyễn Doãn Anh', 'Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 1),
  person('Đầu Thanh Tùng', 'Phó Chủ tịch Thường trực UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 2),
  person('Mai Xuân Liêm', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 3),
  person('Lê Đức Giang', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 4),
  person('Hà Văn Trung', 'Giám đốc', 'Sở Tài chính', SO, 1),
  person('Bùi Quốc Khánh', 'Giám đốc', 'Sở Nội vụ', SO, 2),
  person('Vũ Thị Lan', 'Giám đốc', 'Sở Giáo dục và Đào tạo', SO, 3),
  person('Hoàng Minh Tuấn', 'Giám đốc', 'Sở Y tế', SO, 4),
  person('Ngô Văn Sơn', 'Giám đốc', 'Sở Xây dựng', SO, 5),
  person('Đặng Thị Yến', 'Giám đốc', 'Sở Khoa học và Công nghệ', SO, 6),
  person('Hồ Xuân Phúc', 'Giám đốc', 'Sở Nông nghiệp và Môi trường', SO, 7),
  person('Phạm Văn Đức', 'Giám đốc', 'Sở Công Thương', SO, 8),
  person('Trần Thị Thu Hà', 'Giám đốc', 'Sở Tư pháp', SO, 9),
  person('Lương Văn Bình', 'Giám đốc', 'Sở Văn hóa, Thể thao và Du lịch', SO, 10),
  person('Cao Văn Long', 'Giám đốc', 'Công an tỉnh', SO, 11),
  person('Phạm Thị Thanh Thủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ tỉnh', MT, 1),
  person('Nguyễn Tiến Dũng', 'Bí thư Tỉnh đoàn', 'Tỉnh đoàn Thanh Hóa', MT, 2),
  person('Trịnh Thị Hoa', 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', 'Hội LHPN tỉnh', MT, 3),
  person('Nguyễn Văn Thành', 'Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân tỉnh', MT, 4),
];
const MEETING = 'Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Trung ương';
const ENDED = 'Hội nghị sơ kết công tác quý III';
// The person whose row, menu and history the tour opens: a status with a detail beside it.
const LATE = 'Đầu Thanh Tùng';

/** Today in the operator's time zone, as the meetings list decides "today". */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

let host: RunningHost;
let call: Awaited<ReturnType<typeof hostApi>>;
let context: BrowserContext;
let page: Page;
let meetingId: string;
let endedId: string;
const tally: AxeTally = {};
const rosterDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-a11y-'));

async function openContext(browser: Browser) {
  context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  page = await context.newPage();
}

/** Everything the tour shows, made through the host's API once the point has its profile. */
async function seedData() {
  const ids: string[] = [];
  for (const p of PEOPLE) ids.push((await call<{ id: string }>('people.create', p)).id);
  const meeting = await call<{ id: string }>('meetings.create', {
    title: MEETING,
    centerHost: 'Đồng chí Tổng Bí thư',
    date: today(),
    startTime: '08:00',
    endTime: '11:30',
    localChairId: ids[0],
    agenda: [
      { title: 'Khai mạc hội nghị', presenter: 'Đồng chí Chủ trì', plannedStart: '08:00', durationMinutes: 10 },
      { title: 'Quán triệt Nghị quyết', presenter: 'Báo cáo viên Trung ương', plannedStart: '08:10', durationMinutes: 120 },
    ],
  });
  meetingId = meeting.id;
  await call('invitees.addPeople', { meetingId, personIds: ids });
  const invitees = await call<{ id: string; fullName: string }[]>('invitees.list', { meetingId });
  const idOf = (name: string) => invitees.find((i) => i.fullName === name)!.id;
  const at = (hhmm: string) => new Date(`${today()}T${hhmm}:00+07:00`).toISOString();
  await call('attendance.set', { inviteeId: idOf('Đỗ Trọng Hưng'), status: 'present' });
  await call('attendance.set', { inviteeId: idOf('Lại Thế Nguyên'), status: 'present' });
  await call('attendance.set', { inviteeId: idOf(LATE), status: 'late', time: at('08:20') });
  await call('attendance.set', {
    inviteeId: idOf('Mai Xuân Liêm'),
    status: 'absent_excused',
    reason: 'Đi công tác Trung ương',
  });
  await call('attendance.set', { inviteeId: idOf('Lê Đức Giang'), status: 'absent' });
  await call('attendance.set', {
    inviteeId: idOf('Hà Văn Trung'),
    status: 'substituted',
    substituteName: 'Đinh Thị Vân',
    substitutePosition: 'Phó Giám đốc Sở Tài chính',
  });
  await call('attendance.set', { inviteeId: idOf('Bùi Quốc Khánh'), status: 'left_early', time: at('10:05') });
  await call('invitees.setRemark', { inviteeId: idOf('Đỗ Trọng Hưng'), remark: 'Chủ trì' });
  await call('invitees.addWalkIn', {
    meetingId,
    person: {
      fullName: 'Võ Thành Công',
      position: 'Phóng viên',
      unit: 'Báo Thanh Hóa',
      groupId: null,
      givenName: '',
      rank: null,
      phone: '',
      note: '',
    },
    saveToDirectory: false,
  });
  await call('meetings.setStatus', { id: meetingId, status: 'in_progress' });

  const ended = await call<{ id: string }>('meetings.create', {
    title: ENDED,
    date: today(),
    startTime: '14:00',
  });
  endedId = ended.id;
  await call('invitees.addPeople', { meetingId: endedId, personIds: ids.slice(0, 4) });
  await call('meetings.setStatus', { id: endedId, status: 'in_progress' });
  await call('meetings.setStatus', { id: endedId, status: 'ended' });
  await call('backups.take', {});
}

/** Moves inside the app as a link would (no reload), and waits for the screen's heading. */
async function go(hash: string, heading: string | RegExp) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.getByRole('heading', { name: heading, level: 2 }).first()).toBeVisible();
}

async function switchLanguage(lang: Lang) {
  await page
    .getByRole('radiogroup', { name: tr(lang === 'vi' ? 'en' : 'vi', 'app.language') })
    .getByText(tr(lang, `language.${lang}`), { exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Opens a dialog with `open`, checks it with axe, and closes it with Escape (or `close`). */
async function checkDialog(
  where: string,
  open: () => Promise<unknown>,
  close?: (dialog: Locator) => Promise<unknown>,
) {
  await open();
  const dialog = page.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  await checkAxe(page, where, tally);
  if (close) await close(dialog);
  else {
    // A picker open inside the dialog takes the first Escape.
    await page.keyboard.press('Escape');
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
  }
  await expect(dialog).toBeHidden();
}

test.describe.serial('accessibility', () => {
  test.beforeAll(async ({ browser }) => {
    host = await startHost();
    call = await hostApi(host.url);
    await openContext(browser);
  });

  test.afterAll(async () => {
    await context?.close();
    await host?.stop();
    removeDataDir(host.dataDir);
    fs.rmSync(rosterDir, { recursive: true, force: true });
    if (process.env.DIEMCAU_A11Y_REPORT) {
      const totals = writeTally(tally, path.resolve(__dirname, '../../reports/axe.json'));
      console.log('axe violations (elements) per rule:', totals);
    }
  });

  test('the first-run profile passes axe in both languages', async () => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: tr('vi', 'profile.firstRunTitle') })).toBeVisible();
    await checkAxe(page, 'first run (vi)', tally);
    await switchLanguage('en');
    await checkAxe(page, 'first run (en)', tally);
    await page.getByRole('button', { name: tr('en', 'profile.save') }).click();
    await expect(page.getByText(tr('en', 'validation.required')).first()).toBeVisible();
    await checkAxe(page, 'first run, refused (en)', tally);
    await switchLanguage('vi');
    await call('profile.save', {
      pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
      provinceCode: 'thanh-hoa',
      bodyKind: 'party',
      placeName: 'Thanh Hóa',
      operatorName: 'Lê Thị Mai',
    });
    await seedData();
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`every screen and dialog passes axe (${lang})`, async () => {
      const T = (key: string, vars?: Record<string, string | number>) => tr(lang, key, vars);
      const at = (what: string) => `${what} (${lang})`;
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: tr('vi', 'meetings.title'), level: 2 })).toBeVisible();
      if (lang === 'en') await switchLanguage('en');

      // Meetings
      await go('#/meetings', T('meetings.title'));
      await expect(page.getByRole('link', { name: MEETING, exact: true })).toBeVisible();
      await checkAxe(page, at('meetings list'), tally);
      await checkDialog(at('clone meeting'), () =>
        page.getByRole('button', { name: T('common.actionFor', { action: T('meetings.clone'), name: MEETING }) }).click(),
      );
      await go('#/meetings/new', T('meetingForm.newTitle'));
      await checkAxe(page, at('meeting form'), tally);

      // A meeting's tabs and their dialogs
      await go(`#/meetings/${meetingId}`, MEETING);
      await expect(page.getByText(LATE)).toBeVisible();
      await checkAxe(page, at('meeting: invitees'), tally);
      await checkDialog(at('add from directory'), () =>
        page.getByRole('button', { name: T('invitees.addFromDirectory') }).click(),
      );
      await checkDialog(at('add group'), () =>
        page.getByRole('button', { name: T('invitees.addGroup') }).click(),
      );
      await checkDialog(at('walk-in'), () =>
        page.getByRole('button', { name: T('invitees.addWalkIn') }).click(),
      );
      await checkDialog(
        at('remove invitee confirmation'),
        () =>
          page
            .getByRole('button', { name: T('common.actionFor', { action: T('invitees.remove'), name: LATE }) })
            .click(),
        (dialog) => dialog.getByRole('button', { name: T('common.cancel') }).click(),
      );
      await checkDialog(
        at('end meeting confirmation'),
        () => page.getByRole('button', { name: T('meeting.statusAction.end') }).click(),
        (dialog) => dialog.getByRole('button', { name: T('common.cancel') }).click(),
      );

      await go(`#/meetings/${meetingId}/checkin`, MEETING);
      await expect(page.getByTestId('checkin-search')).toBeFocused();
      await checkAxe(page, at('meeting: check-in'), tally);
      const actions = T('common.actionFor', { action: T('checkin.actions'), name: LATE });
      await page.getByRole('button', { name: actions }).click();
      await expect(page.getByRole('menu', { name: actions })).toBeVisible();
      await checkAxe(page, at('check-in row menu'), tally);
      await page
        .getByRole('menu', { name: actions })
        .getByRole('menuitem', { name: T('attendanceStatus.late') })
        .click();
      const form = page.getByRole('form', {
        name: T('common.actionFor', { action: T('attendanceStatus.late'), name: LATE }),
      });
      await expect(form).toBeVisible();
      await checkAxe(page, at('check-in inline form'), tally);
      await page.keyboard.press('Escape');
      await expect(form).toBeHidden();
      await checkDialog(at('attendance history'), async () => {
        await page.getByRole('button', { name: actions }).click();
        await page
          .getByRole('menu', { name: actions })
          .getByRole('menuitem', { name: T('checkin.history') })
          .click();
      });
      await checkDialog(
        at('mark the rest absent confirmation'),
        () => page.getByRole('button', { name: T('checkin.markRestAbsent') }).click(),
        (dialog) => dialog.getByRole('button', { name: T('common.cancel') }).click(),
      );

      await go(`#/meetings/${meetingId}/headcount`, MEETING);
      await expect(page.getByTestId('headcount-sentence')).toBeVisible();
      await checkAxe(page, at('meeting: headcount'), tally);
      await go(`#/meetings/${meetingId}/history`, MEETING);
      await expect(page.getByTestId('attendance-history')).toBeVisible();
      await checkAxe(page, at('meeting: history'), tally);
      await go(`#/meetings/${meetingId}/agenda`, MEETING);
      await expect(page.getByText('Quán triệt Nghị quyết', { exact: true })).toBeVisible();
      await checkAxe(page, at('meeting: agenda'), tally);

      await go(`#/meetings/${endedId}`, ENDED);
      await checkDialog(
        at('finalize dialog'),
        () => page.getByRole('button', { name: T('meeting.statusAction.finalize') }).click(),
        (dialog) => dialog.getByRole('button', { name: T('common.cancel') }).click(),
      );

      // Directory
      await go('#/directory', T('directory.title'));
      await expect(page.getByTestId('directory-total')).toBeVisible();
      await checkAxe(page, at('directory'), tally);
      await checkDialog(at('person form'), async () => {
        await page.getByRole('button', { name: T('directory.add'), exact: true }).click();
        // The group picker open, with its options: the accent-insensitive list is part of it.
        const group = page.getByRole('dialog').getByRole('textbox', { name: T('directory.group') });
        await group.click();
        await group.fill('mat tran');
        await expect(page.getByRole('option', { name: /Mặt trận/ })).toBeVisible();
      }, async (dialog) => {
        await page.keyboard.press('Escape'); // the dropdown
        await dialog.getByRole('button', { name: T('common.cancel') }).click();
      });
      await checkDialog(at('person form, refused'), async () => {
        await page.getByRole('button', { name: T('directory.add'), exact: true }).click();
        await page.getByRole('dialog').getByRole('button', { name: T('common.save'), exact: true }).click();
        await expect(page.getByRole('alert').filter({ hasText: T('errors.title') })).toBeVisible();
      }, (dialog) => dialog.getByRole('button', { name: T('common.cancel') }).click());
      await checkDialog(
        at('delete person confirmation'),
        () =>
          page
            .getByRole('button', { name: T('common.actionFor', { action: T('common.delete'), name: 'Nguyễn Văn Thành' }) })
            .click(),
        (dialog) => dialog.getByRole('button', { name: T('common.cancel') }).click(),
      );

      // Import wizard: choosing the file, the preview, the report
      await go('#/directory/import', T('import.title'));
      await checkAxe(page, at('import: file'), tally);
      const file = path.join(rosterDir, `roster-${lang}.xlsx`);
      await writeRosterXlsx(file, lang === 'vi' ? ROSTER.slice(20, 32) : ROSTER.slice(32, 44));
      await page.getByTestId('import-file').setInputFiles(file);
      await expect(page.getByTestId('import-rows')).toBeVisible();
      await checkAxe(page, at('import: preview'), tally);
      await page.getByRole('button', { name: T('import.commit') }).click();
      await expect(page.getByTestId('import-result')).toBeVisible();
      await checkAxe(page, at('import: result'), tally);

      await go('#/directory/groups', T('groups.title'));
      await checkAxe(page, at('groups and rules'), tally);
      await go('#/profile', T('profile.title'));
      await checkAxe(page, at('profile'), tally);

      // Backups, a notification, the restore confirmation
      await go('#/backups', T('backups.title'));
      await expect(page.getByTestId('backups-table')).toBeVisible();
      await checkAxe(page, at('backups'), tally);
      await page.getByRole('button', { name: T('backups.takeNow') }).click();
      const toast = page.locator('[data-toast="success"]');
      await expect(toast).toBeVisible();
      await checkAxe(page, at('notification'), tally);
      await toast.getByRole('button').click();
      await checkDialog(
        at('restore confirmation'),
        () => page.getByRole('button', { name: new RegExp(`^${T('backups.restore')} – `) }).first().click(),
        (dialog) => dialog.getByRole('button', { name: T('common.cancel') }).click(),
      );
      await settle(page);
    });
  }
});
