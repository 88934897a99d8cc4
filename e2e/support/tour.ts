import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import en from '../../renderer/i18n/en.json';
import vi from '../../renderer/i18n/vi.json';
import type { HostCall } from './api';
import { hostApi } from './api';
import { hostForFile } from './host';
import { seedPerson as person } from './meetingSetup';
import { setUpPoint } from './point';
import { ROSTER, writeRosterXlsx } from './roster';

/**
 * A tour of every screen of a connection point in use, and of the dialogs, menus and states
 * opened from each. The accessibility sweep scans each stop with axe in both languages, the
 * focus scenario checks each screen's title, heading and first focus, and the zoom scenario
 * that nothing scrolls sideways at 200%. A new screen or dialog is one entry in SCREENS:
 *
 *   { name: 'meeting: speaking', hash: (d) => `#/meetings/${d.meetingId}/speaking` },
 *   { name: 'room display', hash: (d) => `#/display/${d.meetingId}` },
 *
 * with `ready` only when its heading is not enough to know it has loaded, and `states` for what
 * opens from it (`{ name, open }` for a dialog closed by Escape).
 */

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

type Tree = { [key: string]: string | Tree };
const RESOURCES: Record<Lang, Tree> = { vi: vi as Tree, en: en as Tree };

/** The interface text for `key` in `lang`, as i18next renders it (no plural forms). */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      RESOURCES[lang],
    );
  if (typeof value !== 'string') throw new Error(`No text for ${key} in ${lang}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** What the tour was seeded with. */
export interface TourData {
  meetingId: string;
  endedId: string;
  /** A folder for files the tour writes (rosters to import). */
  dir: string;
}

/** One stop's view of the page: the page, its language, and its text. */
export interface Ui {
  page: Page;
  lang: Lang;
  data: TourData;
  t: (key: string, vars?: Record<string, string | number>) => string;
}

/** A dialog, menu or state opened from a screen, scanned, then closed. */
export interface StateStop {
  name: string;
  open: (ui: Ui) => Promise<unknown>;
  /** What must be on screen before the scan; the last dialog by default. */
  shown?: (ui: Ui) => Locator;
  /** Where the focus must be once it shows; inside `shown` by default. */
  focus?: (ui: Ui) => Locator;
  /**
   * Puts the screen back as it was, for the next state. By default Escape (twice when a
   * picker inside took the first) until `shown` is gone. A step that moves a wizard on is
   * not undone: give it `close: stay`.
   */
  close?: (ui: Ui, shown: Locator) => Promise<unknown>;
}

export interface ScreenStop {
  name: string;
  hash: (data: TourData) => string;
  /**
   * Waits until the screen shows its content; by default, until the window's title changes and
   * a heading (SCREEN_HEADING) shows.
   */
  ready?: (ui: Ui) => Promise<unknown>;
  states?: StateStop[];
}

export const MEETING = 'Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Trung ương';
export const ENDED = 'Hội nghị sơ kết công tác quý III';
/** The person whose row, menu and history the tour opens: a status with a detail beside it. */
export const LATE = 'Đầu Thanh Tùng';
/** Never invited, so the directory offers to delete them. */
const NEVER_INVITED = 'Nguyễn Văn Thành';

/** Leaves the screen as the state left it (a wizard's step). */
export const stay = async () => {};
const cancel = (ui: Ui, dialog: Locator) =>
  dialog.getByRole('button', { name: ui.t('common.cancel'), exact: true }).click();

const button = (ui: Ui, name: string) =>
  ui.page.getByRole('button', { name, exact: true }).first().click();
const rowButton = (ui: Ui, action: string, name: string) =>
  button(ui, ui.t('common.actionFor', { action: ui.t(action), name }));
const toast = (ui: Ui) => ui.page.locator('[data-toast="success"]');
const checkinMenu = (ui: Ui) =>
  ui.t('common.actionFor', { action: ui.t('checkin.actions'), name: LATE });
/** The menu of the local request waiting on the speakers' tab. */
const speechMenu = (ui: Ui) =>
  ui.t('common.actionFor', { action: ui.t('speaking.actions.menu'), name: 'Lại Thế Nguyên' });
/** Chooses an item of LATE's row menu on the check-in tab. */
const checkinMenuItem = (key: string) => async (ui: Ui) => {
  await button(ui, checkinMenu(ui));
  await ui.page
    .getByRole('menu', { name: checkinMenu(ui) })
    .getByRole('menuitem', { name: ui.t(key) })
    .click();
};

export const SCREENS: readonly ScreenStop[] = [
  {
    name: 'meetings list',
    hash: () => '#/meetings',
    ready: (ui) => expect(ui.page.getByRole('link', { name: MEETING, exact: true })).toBeVisible(),
    states: [{ name: 'clone meeting', open: (ui) => rowButton(ui, 'meetings.clone', MEETING) }],
  },
  { name: 'new meeting form', hash: () => '#/meetings/new' },
  { name: 'meeting form', hash: (d) => `#/meetings/${d.meetingId}/edit` },
  {
    name: 'meeting: invitees',
    hash: (d) => `#/meetings/${d.meetingId}`,
    ready: (ui) => expect(ui.page.getByText(LATE).first()).toBeVisible(),
    states: [
      { name: 'add from directory', open: (ui) => button(ui, ui.t('invitees.addFromDirectory')) },
      { name: 'add group', open: (ui) => button(ui, ui.t('invitees.addGroup')) },
      { name: 'walk-in', open: (ui) => button(ui, ui.t('invitees.addWalkIn')) },
      {
        name: 'remove invitee confirmation',
        open: (ui) => rowButton(ui, 'invitees.remove', LATE),
        close: cancel,
      },
      {
        name: 'end meeting confirmation',
        open: (ui) => button(ui, ui.t('meeting.statusAction.end')),
        close: cancel,
      },
    ],
  },
  {
    name: 'meeting: check-in',
    hash: (d) => `#/meetings/${d.meetingId}/checkin`,
    ready: (ui) => expect(ui.page.getByTestId('checkin-search')).toBeFocused(),
    states: [
      {
        name: 'check-in row menu',
        open: (ui) => button(ui, checkinMenu(ui)),
        shown: (ui) => ui.page.getByRole('menu', { name: checkinMenu(ui) }),
      },
      {
        name: 'check-in inline form',
        open: checkinMenuItem('attendanceStatus.late'),
        shown: (ui) =>
          ui.page.getByRole('form', {
            name: ui.t('common.actionFor', { action: ui.t('attendanceStatus.late'), name: LATE }),
          }),
      },
      {
        name: 'attendance history',
        open: checkinMenuItem('checkin.history'),
      },
      {
        name: 'mark the rest absent confirmation',
        open: (ui) => button(ui, ui.t('checkin.markRestAbsent')),
        close: cancel,
      },
    ],
  },
  {
    name: 'meeting: speaking',
    hash: (d) => `#/meetings/${d.meetingId}/speaking`,
    ready: (ui) => expect(ui.page.getByTestId('current-speaker')).toHaveText('Trần Cẩm Tú'),
    states: [
      { name: 'add a speech', open: (ui) => button(ui, ui.t('speaking.add')) },
      {
        name: 'speech row menu',
        open: (ui) => button(ui, speechMenu(ui)),
        shown: (ui) => ui.page.getByRole('menu', { name: speechMenu(ui) }),
      },
      {
        name: 'remove a speech confirmation',
        open: async (ui) => {
          await button(ui, speechMenu(ui));
          await ui.page
            .getByRole('menu', { name: speechMenu(ui) })
            .getByRole('menuitem', { name: ui.t('speaking.actions.remove') })
            .click();
        },
        close: cancel,
      },
    ],
  },
  {
    name: 'meeting: headcount',
    hash: (d) => `#/meetings/${d.meetingId}/headcount`,
    ready: (ui) => expect(ui.page.getByTestId('headcount-sentence')).toBeVisible(),
  },
  {
    name: 'meeting: history',
    hash: (d) => `#/meetings/${d.meetingId}/history`,
    ready: (ui) => expect(ui.page.getByTestId('attendance-history')).toBeVisible(),
  },
  {
    name: 'meeting: agenda',
    hash: (d) => `#/meetings/${d.meetingId}/agenda`,
    ready: (ui) =>
      expect(ui.page.getByText('Quán triệt Nghị quyết', { exact: true })).toBeVisible(),
  },
  {
    name: 'meeting: notes',
    hash: (d) => `#/meetings/${d.meetingId}/notes`,
    ready: (ui) => expect(ui.page.getByRole('tabpanel')).toBeVisible(),
  },
  {
    name: 'meeting: timeline',
    hash: (d) => `#/meetings/${d.meetingId}/timeline`,
    ready: (ui) => expect(ui.page.getByRole('tabpanel')).toBeVisible(),
  },
  {
    name: 'meeting: report',
    hash: (d) => `#/meetings/${d.meetingId}/report`,
    ready: (ui) => expect(ui.page.getByRole('tabpanel')).toBeVisible(),
  },
  {
    name: 'meeting: documents',
    hash: (d) => `#/meetings/${d.meetingId}/documents`,
    ready: (ui) => expect(ui.page.getByTestId('document')).toBeVisible(),
  },
  {
    name: 'ended meeting',
    hash: (d) => `#/meetings/${d.endedId}`,
    states: [
      {
        name: 'finalize dialog',
        open: (ui) => button(ui, ui.t('meeting.statusAction.finalize')),
        close: cancel,
      },
    ],
  },
  {
    name: 'directory',
    hash: () => '#/directory',
    ready: (ui) => expect(ui.page.getByTestId('directory-total')).toBeVisible(),
    states: [
      {
        name: 'person form, group picker open',
        open: async (ui) => {
          await button(ui, ui.t('directory.add'));
          const group = ui.page
            .getByRole('dialog')
            .getByRole('combobox', { name: ui.t('directory.group') });
          await group.fill('mat tran');
          await expect(ui.page.getByRole('option', { name: /Mặt trận/ })).toBeVisible();
        },
      },
      {
        name: 'person form, refused',
        open: async (ui) => {
          await button(ui, ui.t('directory.add'));
          await ui.page
            .getByRole('dialog')
            .getByRole('button', { name: ui.t('common.save') })
            .click();
          await expect(
            ui.page.getByRole('alert').filter({ hasText: ui.t('errors.title') }),
          ).toBeVisible();
        },
        close: cancel,
      },
      {
        name: 'delete person confirmation',
        open: (ui) => rowButton(ui, 'common.delete', NEVER_INVITED),
        close: cancel,
      },
    ],
  },
  {
    name: 'import',
    hash: () => '#/directory/import',
    states: [
      {
        name: 'import: preview',
        open: async (ui) => {
          const file = path.join(ui.data.dir, `roster-${ui.lang}.xlsx`);
          await writeRosterXlsx(file, ROSTER.slice(ui.lang === 'vi' ? 20 : 32).slice(0, 12));
          await ui.page.getByTestId('import-file').setInputFiles(file);
        },
        shown: (ui) => ui.page.getByTestId('import-rows'),
        // The file input is gone: the focus goes to the step's heading, the file read.
        focus: (ui) => ui.page.getByTestId('import-file-name'),
        close: stay,
      },
      {
        name: 'import: result',
        open: (ui) => button(ui, ui.t('import.commit')),
        shown: (ui) => ui.page.getByTestId('import-result'),
        focus: (ui) => ui.page.getByRole('heading', { name: ui.t('import.result.title') }),
        close: stay,
      },
    ],
  },
  { name: 'groups and rules', hash: () => '#/directory/groups' },
  { name: 'profile', hash: () => '#/profile' },
  {
    name: 'backups',
    hash: () => '#/backups',
    ready: (ui) => expect(ui.page.getByTestId('backups-table')).toBeVisible(),
    states: [
      {
        name: 'notification',
        open: async (ui) => {
          await button(ui, ui.t('backups.takeNow'));
          // Held on screen while it is scanned: a toast under the pointer does not close.
          await toast(ui).hover();
        },
        shown: toast,
        // A notification takes no focus: it stays on the button that asked for the backup.
        focus: (ui) => ui.page.getByRole('button', { name: ui.t('backups.takeNow') }),
        close: (ui, toast) => toast.getByRole('button', { name: ui.t('common.close') }).click(),
      },
      {
        name: 'restore confirmation',
        open: (ui) =>
          ui.page
            .getByRole('button', { name: new RegExp(`^${ui.t('backups.restore')} – `) })
            .first()
            .click(),
        close: cancel,
      },
    ],
  },
  {
    name: 'center',
    hash: () => '#/center',
    ready: (ui) => expect(ui.page.getByTestId('center-url')).toBeVisible(),
  },
  { name: 'search notes', hash: () => '#/search' },
  { name: 'room display', hash: (d) => `#/display/${d.meetingId}` },
  {
    name: 'print page',
    hash: (d) => `#/print/${d.meetingId}/attendance`,
    ready: (ui) => expect(ui.page.locator('body[data-print-ready="true"]')).toHaveCount(1),
  },
  { name: 'page not found', hash: () => '#/no-such-page' },
];

/** The tour's screen called `name`. */
export function screenNamed(name: string): ScreenStop {
  const stop = SCREENS.find((s) => s.name === name);
  if (!stop) throw new Error(`No screen called “${name}” in the tour`);
  return stop;
}

/** 1366×768 at 200% zoom: the CSS pixels a page has, drawn with two device pixels each. */
export const ZOOM_200 = { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 };

/** A page in `lang` (the operator's stored choice), at 1366×768 unless told otherwise. */
export async function openPage(
  browser: Browser,
  lang: Lang,
  screen: { viewport: { width: number; height: number }; deviceScaleFactor?: number } = {
    viewport: { width: 1366, height: 768 },
  },
): Promise<Page> {
  const context = await browser.newContext({
    ...screen,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.addInitScript((l) => window.localStorage.setItem('diemcau.language', l), lang);
  return context.newPage();
}

export function uiFor(page: Page, lang: Lang, data: TourData): Ui {
  return { page, lang, data, t: (key, vars) => tr(lang, key, vars) };
}

/**
 * A screen's own heading: the level-2 title of a screen in the app's shell, or the level-1 title
 * of one shown without it (the first run, a room display); never the shell's "Điểm Cầu".
 */
export const SCREEN_HEADING = 'main h2, h1:not(header h1)';

/**
 * Moves to a screen as a link would (no reload) and waits for it. Loaders gone and the
 * screen's content in: its heading by default.
 */
export async function visit(ui: Ui, stop: ScreenStop): Promise<void> {
  const before = await ui.page.title();
  await ui.page.evaluate((h) => (window.location.hash = h), stop.hash(ui.data));
  if (stop.ready) await stop.ready(ui);
  else {
    // Every screen names the window after itself: a new title says the screen has changed.
    await expect(ui.page).not.toHaveTitle(before);
    await expect(ui.page.locator(SCREEN_HEADING).first()).toBeVisible();
  }
  await expect(ui.page.locator('.mantine-Loader-root')).toHaveCount(0);
}

/** Opens a state, waits until it shows, runs `check` on it, and closes it again. */
export async function throughState(
  ui: Ui,
  state: StateStop,
  check: (shown: Locator) => Promise<unknown>,
): Promise<void> {
  await state.open(ui);
  const shown = state.shown ? state.shown(ui) : ui.page.getByRole('dialog').last();
  await expect(shown).toBeVisible();
  await check(shown);
  if (state.close) return void (await state.close(ui, shown));
  await ui.page.keyboard.press('Escape');
  // A picker open inside the dialog takes the first Escape.
  if (await shown.isVisible()) await ui.page.keyboard.press('Escape');
  await expect(shown).toBeHidden();
}

/** What a sweep checks on each screen, and on each state opened from it. */
export interface SweepChecks {
  screen: () => Promise<unknown>;
  state: (state: StateStop, shown: Locator) => Promise<unknown>;
}

/** Visits a screen and checks it, then opens each of its states in a step of its own. */
export async function throughScreen(ui: Ui, stop: ScreenStop, checks: SweepChecks): Promise<void> {
  await visit(ui, stop);
  await checks.screen();
  for (const state of stop.states ?? []) {
    await test.step(state.name, () =>
      throughState(ui, state, (shown) => checks.state(state, shown)),
    );
  }
}

/** Every screen of the tour, each in a step of its own, through `throughScreen`. */
export async function sweepTour(ui: Ui, checks: (stop: ScreenStop) => SweepChecks): Promise<void> {
  for (const stop of SCREENS) {
    await test.step(stop.name, () => throughScreen(ui, stop, checks(stop)));
  }
}

/**
 * The tour's point for the tests of a file or a describe block: a host started and seeded in
 * beforeAll, stopped and its files removed in afterAll.
 */
export function tourPointForFile(): () => { url: string; data: TourData } {
  const host = hostForFile();
  let data: TourData | undefined;
  test.beforeAll(async () => {
    data = await seedTour(await hostApi(host().url));
  });
  test.afterAll(() => {
    if (data) fs.rmSync(data.dir, { recursive: true, force: true });
  });
  return () => {
    if (!data) throw new Error('The tour is seeded in beforeAll');
    return { url: host().url, data };
  };
}

/**
 * A page in `lang` on the tour's point for the tests of a file or a describe block, opened in
 * beforeAll and closed in afterAll; what `uiFor` makes of it.
 */
export function tourPageForFile(
  point: () => { url: string; data: TourData },
  lang: Lang,
  screen?: Parameters<typeof openPage>[2],
): () => Ui {
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await openPage(browser, lang, screen);
    await page.goto(point().url);
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  return () => {
    if (!page) throw new Error('The page opens in beforeAll');
    return uiFor(page, lang, point().data);
  };
}

/** The tour's point and one page in `lang` on it, for the tests of a file or a describe block. */
export function tourForFile(lang: Lang, screen?: Parameters<typeof openPage>[2]): () => Ui {
  return tourPageForFile(tourPointForFile(), lang, screen);
}

/** Today in the operator's time zone, as the meetings list decides "today". */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const TT = 'grp-thuong-truc-tu';
const UB = 'grp-ubnd';
const SO = 'grp-so-nganh';
const MT = 'grp-mttq';
const PEOPLE = [
  person('Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 1),
  person('Lại Thế Nguyên', 'Phó Bí thư Thường trực Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 2),
  person('Đỗ Minh Tuấn', 'Phó Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa', TT, 3),
  person('Nguyễn Doãn Anh', 'Chủ tịch UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 1),
  person(LATE, 'Phó Chủ tịch Thường trực UBND tỉnh', 'UBND tỉnh Thanh Hóa', UB, 2),
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
  person(NEVER_INVITED, 'Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân tỉnh', MT, 4),
];

/** The speakers' log mid-morning: the center's first speaker on, others and a request waiting. */
async function seedSpeeches(call: HostCall, meetingId: string, requesterId: string) {
  const add = (fields: Record<string, unknown>) =>
    call('speeches.add', { meetingId, fields: { allottedSeconds: 600, ...fields } });
  const typed = (name: string, position: string, origin: Record<string, unknown>) =>
    add({ speaker: { name, position }, origin });
  await typed('Trần Cẩm Tú', 'Thường trực Ban Bí thư', { kind: 'center' });
  await typed('Nguyễn Đình Trung', 'Bí thư Tỉnh ủy', {
    kind: 'point',
    provinceCode: 'dak-lak',
    name: '',
  });
  const request = await add({
    speaker: { inviteeId: requesterId },
    origin: { kind: 'local' },
    topic: 'Kiến nghị về vốn đầu tư công',
  });
  const requestId = (request as { changed: { id: string }[] }).changed[0]!.id;
  await call('speeches.act', { meetingId, action: 'send', speechId: requestId });
  await call('speeches.act', { meetingId, action: 'startNext' });
}

/**
 * A point in the middle of a morning's meeting: 21 leaders invited in every status (a late
 * arrival, an absence with its reason, a substitute, a walk-in, a remark), the agenda, someone
 * speaking with others waiting, an ended meeting waiting to be finalized, and a backup.
 */
export async function seedTour(call: HostCall): Promise<TourData> {
  await setUpPoint(call);
  const ids: string[] = [];
  for (const p of PEOPLE) ids.push((await call<{ id: string }>('people.create', p)).id);
  const invited = ids.filter((_, i) => PEOPLE[i]!.fullName !== NEVER_INVITED);
  const meeting = await call<{ id: string }>('meetings.create', {
    title: MEETING,
    centerHost: 'Đồng chí Tổng Bí thư',
    date: today(),
    startTime: '08:00',
    endTime: '11:30',
    localChairId: ids[0],
    agenda: [
      {
        title: 'Khai mạc hội nghị',
        presenter: 'Đồng chí Chủ trì',
        plannedStart: '08:00',
        durationMinutes: 10,
      },
      {
        title: 'Quán triệt Nghị quyết',
        presenter: 'Báo cáo viên Trung ương',
        plannedStart: '08:10',
        durationMinutes: 120,
      },
    ],
  });
  const meetingId = meeting.id;
  await call('invitees.addPeople', { meetingId, personIds: invited });
  const invitees = await call<{ id: string; fullName: string }[]>('invitees.list', { meetingId });
  const idOf = (name: string) => invitees.find((i) => i.fullName === name)!.id;
  const at = (hhmm: string) => new Date(`${today()}T${hhmm}:00+07:00`).toISOString();
  const set = (name: string, change: Record<string, unknown>) =>
    call('attendance.set', { inviteeId: idOf(name), ...change });
  await set('Đỗ Trọng Hưng', { status: 'present' });
  await set('Lại Thế Nguyên', { status: 'present' });
  await set(LATE, { status: 'late', time: at('08:20') });
  await set('Mai Xuân Liêm', { status: 'absent_excused', reason: 'Đi công tác Trung ương' });
  await set('Lê Đức Giang', { status: 'absent' });
  await set('Hà Văn Trung', {
    status: 'substituted',
    substituteName: 'Đinh Thị Vân',
    substitutePosition: 'Phó Giám đốc Sở Tài chính',
  });
  await set('Bùi Quốc Khánh', { status: 'left_early', time: at('10:05') });
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
  await seedSpeeches(call, meetingId, idOf('Lại Thế Nguyên'));

  const ended = await call<{ id: string }>('meetings.create', {
    title: ENDED,
    date: today(),
    startTime: '14:00',
  });
  await call('invitees.addPeople', { meetingId: ended.id, personIds: ids.slice(0, 4) });
  await call('meetings.setStatus', { id: ended.id, status: 'in_progress' });
  await call('meetings.setStatus', { id: ended.id, status: 'ended' });
  await call('backups.take', {});
  return {
    meetingId,
    endedId: ended.id,
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-tour-')),
  };
}
