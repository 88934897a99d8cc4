import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../shared/api/errors';
import type { EventName, MethodInput, MethodName, MethodOutput } from '../../shared/api/methods';
import type { Invitee, Meeting, Person } from '../../shared/api/schemas';
import { ATTENDANCE_STATUSES } from '../../shared/api/schemas';
import { nameSortKey } from '../../shared/text/collation';
import type { Core } from './core';
import { openCore } from './core';
import { LATEST_VERSION } from './db/migrations';
import { DB_FILE } from './db/open';
import { localDate } from '../../shared/time/localDate';

// ---- harness --------------------------------------------------------------------------------

const tmpDirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-core-'));
  tmpDirs.push(dir);
  return dir;
}

const T0 = '2025-03-10T01:30:00.000Z'; // 08:30 in Hà Nội
const MINUTE = 60_000;

function fixedClock(startIso = T0) {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    iso: () => new Date(t).toISOString(),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

interface Harness {
  core: Core;
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  events: [EventName, unknown][];
}

function start(dataDir = tmpDir(), clock = fixedClock()): Harness {
  const core = openCore({ dataDir, transport: 'http', version: 'test', now: clock.now });
  cores.push(core);
  expect(core.startupError).toBeNull();
  const events: [EventName, unknown][] = [];
  core.onEvent((event, payload) => events.push([event, payload]));
  return { core, dataDir, clock, events };
}

/** Calls a method that must succeed and returns its value. */
function call<M extends MethodName>(h: Harness, method: M, input: MethodInput<M>): MethodOutput<M> {
  const envelope = h.core.dispatch(method, input);
  if (!envelope.ok) {
    throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  }
  return envelope.value as MethodOutput<M>;
}

/** Calls a method that must fail and returns its error. */
function fail(h: Harness, method: string, input: unknown): AppErrorData {
  const envelope = h.core.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} succeeded: ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

/** Row count read through a separate read-only connection: what is really in the file. */
function rows(h: Harness, table: string): number {
  const db = new Database(path.join(h.dataDir, DB_FILE), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function counts(h: Harness) {
  return Object.fromEntries(
    ['profile', 'people', 'meetings', 'agenda_items', 'invitees', 'attendance_events'].map((t) => [
      t,
      rows(h, t),
    ]),
  );
}

function person(h: Harness, fullName: string, extra: Partial<MethodInput<'people.create'>> = {}) {
  return call(h, 'people.create', { fullName, ...extra });
}

const MEETING = {
  title: 'Hội nghị trực tuyến toàn quốc',
  date: '2025-03-12',
  startTime: '08:00',
} as const;

function meeting(h: Harness, extra: Partial<MethodInput<'meetings.create'>> = {}): Meeting {
  return call(h, 'meetings.create', { ...MEETING, ...extra });
}

function invite(h: Harness, m: Meeting, ...people: Person[]): Invitee[] {
  call(h, 'invitees.addPeople', { meetingId: m.id, personIds: people.map((p) => p.id) });
  const list = call(h, 'invitees.list', { meetingId: m.id });
  return people.map((p) => list.find((i) => i.personId === p.id)!);
}

const names = (xs: { fullName: string }[]) => xs.map((x) => x.fullName);
const PROFILE = {
  pointName: 'Điểm cầu Tỉnh ủy Thanh Hoá',
  provinceCode: 'thanh-hoa',
  operatorName: 'Lê Văn Cường',
};

// ---- app and reference ------------------------------------------------------------------------

describe('app.info and reference data', () => {
  it('reports version, schema, folder and transport', () => {
    const h = start();
    expect(call(h, 'app.info', {})).toEqual({
      version: 'test',
      schemaVersion: LATEST_VERSION,
      dataDir: h.dataDir,
      transport: 'http',
    });
  });

  it('lists the 34 current provincial units and the 63 former ones, each former unit mapped to a current one', () => {
    const h = start();
    const units = call(h, 'reference.provinces', {});
    const current = units.filter((u) => u.current);
    const former = units.filter((u) => !u.current);
    expect(current.filter((u) => u.kind === 'city')).toHaveLength(6);
    expect(current).toHaveLength(34);
    expect(former).toHaveLength(63);
    const currentCodes = new Set(current.map((u) => u.code));
    for (const u of former) expect(currentCodes).toContain(u.successor);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
  });

  it('lists the default protocol groups in order', () => {
    const h = start();
    const groups = call(h, 'groups.list', {});
    expect(groups[0]).toEqual({ id: 'grp-trung-uong', name: 'Đại biểu Trung ương', sortOrder: 10 });
    expect(groups.map((g) => g.sortOrder)).toEqual(
      [...groups.map((g) => g.sortOrder)].sort((a, b) => a - b),
    );
  });
});

// ---- profile ----------------------------------------------------------------------------------

describe('profile', () => {
  it('is null before the point is set up', () => {
    expect(call(start(), 'profile.get', {})).toBeNull();
  });

  it('saves a normalised profile stamped with the clock and returns it from get', () => {
    const h = start();
    const saved = call(h, 'profile.save', { ...PROFILE, parentBody: '  Đảng bộ tỉnh  Thanh Hoá ' });
    expect(saved).toEqual({
      pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
      provinceCode: 'thanh-hoa',
      provinceOther: '',
      parentBody: 'Đảng bộ tỉnh Thanh Hóa',
      operatorName: 'Lê Văn Cường',
      updatedAt: T0,
    });
    expect(call(h, 'profile.get', {})).toEqual(saved);
  });

  it('replaces the one profile on a second save', () => {
    const h = start();
    call(h, 'profile.save', PROFILE);
    h.clock.advance(MINUTE);
    call(h, 'profile.save', { ...PROFILE, operatorName: 'Trần Thị Bình' });
    expect(rows(h, 'profile')).toBe(1);
    expect(call(h, 'profile.get', {})).toMatchObject({
      operatorName: 'Trần Thị Bình',
      updatedAt: h.clock.iso(),
    });
  });

  it('rejects an unknown province and saves nothing', () => {
    const h = start();
    expect(fail(h, 'profile.save', { ...PROFILE, provinceCode: 'atlantis' })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['provinceCode'], message: 'unknown_province' }] },
    });
    expect(call(h, 'profile.get', {})).toBeNull();
  });

  it("keeps provinceOther for 'other' and drops it for a listed province", () => {
    const h = start();
    expect(fail(h, 'profile.save', { ...PROFILE, provinceCode: 'other' }).code).toBe('VALIDATION');
    expect(
      call(h, 'profile.save', {
        ...PROFILE,
        provinceCode: 'other',
        provinceOther: 'Bộ Ngoại giao',
      }),
    ).toMatchObject({ provinceCode: 'other', provinceOther: 'Bộ Ngoại giao' });
    expect(call(h, 'profile.save', { ...PROFILE, provinceOther: 'Bộ Ngoại giao' })).toMatchObject({
      provinceCode: 'thanh-hoa',
      provinceOther: '',
    });
  });

  it('accepts a former (pre-2025) province code', () => {
    const h = start();
    expect(call(h, 'profile.save', { ...PROFILE, provinceCode: 'former-hoa-binh' })).toMatchObject({
      provinceCode: 'former-hoa-binh',
    });
  });
});

// ---- people -----------------------------------------------------------------------------------

describe('people', () => {
  it('stores names NFC with the traditional tone placement: "Nguyễn Thị Hoà" → "Nguyễn Thị Hòa"', () => {
    const h = start();
    const p = person(h, '  Nguyễn  Thị Hoà '.normalize('NFD'), {
      position: 'Phó Chủ tịch UBND tỉnh Khánh Hoà',
    });
    expect(p.fullName).toBe('Nguyễn Thị Hòa');
    expect(p.fullName).toBe(p.fullName.normalize('NFC'));
    expect(p.position).toBe('Phó Chủ tịch UBND tỉnh Khánh Hòa');
    expect(p).toMatchObject({
      givenName: 'Hòa',
      givenNameCustom: false,
      sortKey: nameSortKey('Nguyễn Thị Hòa'),
      retiredAt: null,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(call(h, 'people.get', { id: p.id })).toEqual(p);
  });

  it('keeps a two-word given name the operator set, and refuses one that is not the end of the name', () => {
    const h = start();
    const p = person(h, 'Nguyễn Thị Ngọc Anh', { givenName: 'Ngọc Anh' });
    expect(p).toMatchObject({ givenName: 'Ngọc Anh', givenNameCustom: true });
    expect(p.sortKey).toBe(nameSortKey('Nguyễn Thị Ngọc Anh', 'Ngọc Anh'));

    const before = rows(h, 'people');
    expect(
      fail(h, 'people.create', { fullName: 'Nguyễn Thị Ngọc Anh', givenName: 'Thị Anh' }),
    ).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['givenName'], message: 'given_name_not_tail' }] },
    });
    expect(rows(h, 'people')).toBe(before);
  });

  it('refuses an unknown protocol group and writes nothing', () => {
    const h = start();
    expect(fail(h, 'people.create', { fullName: 'Lê Văn An', groupId: 'grp-nope' }).code).toBe(
      'NOT_FOUND',
    );
    expect(rows(h, 'people')).toBe(0);
    expect(rows(h, 'people_fts')).toBe(0);
  });

  it('finds "Nguyễn Thị Hòa" by "hoa", "HOÀ" or "Hoà"', () => {
    const h = start();
    const p = person(h, 'Nguyễn Thị Hoà');
    person(h, 'Lê Văn Hòe');
    for (const query of ['hoa', 'HOÀ', 'Hoà', 'nguyen hoa', 'ng t h']) {
      expect(
        call(h, 'people.search', { query }).items.map((x) => x.id),
        query,
      ).toEqual([p.id]);
    }
  });

  it('finds "Đỗ Trọng Hưng" by "do trong", in any word order, but not by letters inside a word', () => {
    const h = start();
    const p = person(h, 'Đỗ Trọng Hưng', { position: 'Phó Bí thư', phone: '0912 345 678' });
    person(h, 'Đỗ Văn Trường');
    expect(call(h, 'people.search', { query: 'do trong' }).items.map((x) => x.id)).toEqual([p.id]);
    expect(call(h, 'people.search', { query: 'hung do' }).items.map((x) => x.id)).toEqual([p.id]);
    expect(call(h, 'people.search', { query: 'bi thu' }).items.map((x) => x.id)).toEqual([p.id]);
    expect(call(h, 'people.search', { query: '0912' }).items.map((x) => x.id)).toEqual([p.id]);
    expect(call(h, 'people.search', { query: 'rong' }).total).toBe(0);
  });

  it('lists search results in protocol order: group, rank, then given/family/middle name', () => {
    const h = start();
    person(h, 'Lê Văn Bình', { groupId: 'grp-btv', rank: 2 });
    person(h, 'Nguyễn Văn An');
    person(h, 'Trần Văn An', { groupId: 'grp-btv', rank: 2 });
    person(h, 'Lê Thị An', { groupId: 'grp-btv' });
    person(h, 'Đỗ Trọng Hưng', { groupId: 'grp-thuong-truc-tu', rank: 1 });
    person(h, 'Hoàng Văn Cường', { groupId: 'grp-btv', rank: 1 });
    person(h, 'Phạm Thị Yến', { groupId: 'grp-trung-uong' });

    const all = call(h, 'people.search', {});
    expect(all.total).toBe(7);
    expect(names(all.items)).toEqual([
      'Phạm Thị Yến',
      'Đỗ Trọng Hưng',
      'Hoàng Văn Cường',
      'Trần Văn An',
      'Lê Văn Bình',
      'Lê Thị An',
      'Nguyễn Văn An',
    ]);
    // the same order through the full-text path
    expect(names(call(h, 'people.search', { query: 'van' }).items)).toEqual([
      'Hoàng Văn Cường',
      'Trần Văn An',
      'Lê Văn Bình',
      'Nguyễn Văn An',
    ]);
    // pages are slices of that order, with the full total
    const page = call(h, 'people.search', { limit: 2, offset: 2 });
    expect(page.total).toBe(7);
    expect(names(page.items)).toEqual(['Hoàng Văn Cường', 'Trần Văn An']);
    const ftsPage = call(h, 'people.search', { query: 'van', limit: 2, offset: 1 });
    expect(ftsPage.total).toBe(4);
    expect(names(ftsPage.items)).toEqual(['Trần Văn An', 'Lê Văn Bình']);
    // and a group filter keeps the order
    expect(names(call(h, 'people.search', { groupId: 'grp-btv' }).items)).toEqual([
      'Hoàng Văn Cường',
      'Trần Văn An',
      'Lê Văn Bình',
      'Lê Thị An',
    ]);
  });

  it('re-files a person in search order after an update', () => {
    const h = start();
    const a = person(h, 'Lê Văn An');
    person(h, 'Trần Văn Bình');
    call(h, 'people.update', { id: a.id, fullName: 'Lê Văn Yên' });
    expect(names(call(h, 'people.search', {}).items)).toEqual(['Trần Văn Bình', 'Lê Văn Yên']);
    expect(call(h, 'people.search', { query: 'an' }).total).toBe(0);
    expect(call(h, 'people.search', { query: 'yen' }).total).toBe(1);
  });

  it('an update reaches pending invitees of planned meetings only', () => {
    const h = start();
    const p = person(h, 'Lê Văn Bình', { position: 'Phó Giám đốc', unit: 'Sở Tài chính' });
    const plannedPending = meeting(h, { title: 'Planned, pending' });
    const plannedCheckedIn = meeting(h, { title: 'Planned, checked in' });
    const running = meeting(h, { title: 'In progress' });
    const [pending] = invite(h, plannedPending, p);
    const [checkedIn] = invite(h, plannedCheckedIn, p);
    const [inRunning] = invite(h, running, p);
    call(h, 'attendance.set', { inviteeId: checkedIn!.id, status: 'present' });
    call(h, 'meetings.setStatus', { id: running.id, status: 'in_progress' });

    h.clock.advance(MINUTE);
    call(h, 'people.update', {
      id: p.id,
      fullName: 'Lê Quang Bình',
      position: 'Giám đốc',
      unit: 'Sở Tài chính',
      groupId: 'grp-so-nganh',
      rank: 3,
    });

    const after = (m: Meeting) => call(h, 'invitees.list', { meetingId: m.id })[0]!;
    expect(after(plannedPending)).toMatchObject({
      id: pending!.id,
      fullName: 'Lê Quang Bình',
      position: 'Giám đốc',
      groupId: 'grp-so-nganh',
      groupName: 'Lãnh đạo sở, ban, ngành',
      rank: 3,
      sortKey: nameSortKey('Lê Quang Bình'),
      updatedAt: h.clock.iso(),
    });
    expect(after(plannedCheckedIn)).toMatchObject({
      fullName: 'Lê Văn Bình',
      position: 'Phó Giám đốc',
    });
    expect(after(running)).toMatchObject({
      id: inRunning!.id,
      fullName: 'Lê Văn Bình',
      position: 'Phó Giám đốc',
      groupId: null,
    });
  });

  it('refuses to update an unknown person', () => {
    const h = start();
    expect(fail(h, 'people.update', { id: 'nobody', fullName: 'Lê Văn An' }).code).toBe(
      'NOT_FOUND',
    );
    expect(rows(h, 'people')).toBe(0);
  });

  it('retire hides a person from search unless includeRetired; restore brings them back', () => {
    const h = start();
    const p = person(h, 'Đỗ Trọng Hưng');
    h.clock.advance(MINUTE);
    const retired = call(h, 'people.retire', { id: p.id });
    expect(retired.retiredAt).toBe(h.clock.iso());
    expect(call(h, 'people.search', { query: 'hung' }).total).toBe(0);
    expect(call(h, 'people.search', {}).total).toBe(0);
    expect(call(h, 'people.search', { query: 'hung', includeRetired: true }).items).toEqual([
      retired,
    ]);
    expect(call(h, 'people.get', { id: p.id })).toEqual(retired);

    h.clock.advance(MINUTE);
    expect(call(h, 'people.retire', { id: p.id }).retiredAt).toBe(retired.retiredAt);

    expect(call(h, 'people.restore', { id: p.id }).retiredAt).toBeNull();
    expect(call(h, 'people.search', { query: 'hung' }).total).toBe(1);
  });

  it('deletes someone never invited, from the record and from search', () => {
    const h = start();
    const p = person(h, 'Đỗ Trọng Hưng');
    expect(call(h, 'people.delete', { id: p.id })).toEqual({ ok: true });
    expect(fail(h, 'people.get', { id: p.id }).code).toBe('NOT_FOUND');
    expect(call(h, 'people.search', { query: 'hung' }).total).toBe(0);
    expect(rows(h, 'people_fts')).toBe(0);
  });

  it('refuses to delete someone with a meeting record (PERSON_HAS_HISTORY), even after removal from the list', () => {
    const h = start();
    const p = person(h, 'Đỗ Trọng Hưng');
    const chair = person(h, 'Lê Văn Chủ Trì');
    const m = meeting(h, { localChairId: chair.id });
    const [inv] = invite(h, m, p);
    expect(fail(h, 'people.delete', { id: p.id }).code).toBe('PERSON_HAS_HISTORY');
    call(h, 'invitees.remove', { inviteeId: inv!.id });
    expect(fail(h, 'people.delete', { id: p.id }).code).toBe('PERSON_HAS_HISTORY');
    expect(fail(h, 'people.delete', { id: chair.id }).code).toBe('PERSON_HAS_HISTORY');
    expect(call(h, 'people.get', { id: p.id }).id).toBe(p.id);
    expect(fail(h, 'people.delete', { id: 'nobody' }).code).toBe('NOT_FOUND');
  });

  it('announces directory changes', () => {
    const h = start();
    const p = person(h, 'Lê Văn An');
    call(h, 'people.update', { id: p.id, fullName: 'Lê Văn Ân' });
    expect(h.events.filter(([e]) => e === 'directory.changed')).toEqual([
      ['directory.changed', {}],
      ['directory.changed', {}],
    ]);
  });
});

// ---- meetings ---------------------------------------------------------------------------------

describe('meetings', () => {
  it('creates a planned meeting with normalised text, its agenda in order and the local chair named', () => {
    const h = start();
    const chair = person(h, 'Đỗ Trọng Hưng');
    const m = call(h, 'meetings.create', {
      title: '  Hội nghị  quán triệt Nghị quyết về Khánh Hoà ',
      centerHost: 'Ban Tuyên giáo Trung ương',
      centerChairs: [{ name: 'Nguyễn Văn Thuỷ', position: 'Trưởng ban' }],
      localChairId: chair.id,
      date: '2025-03-12',
      startTime: '08:00',
      endTime: '11:30',
      agenda: [
        { title: 'Khai mạc' },
        {
          title: 'Báo cáo chuyên đề',
          presenter: 'Lê Văn Hoà',
          plannedStart: '08:15',
          durationMinutes: 45,
        },
      ],
    });
    expect(m).toMatchObject({
      title: 'Hội nghị quán triệt Nghị quyết về Khánh Hòa',
      centerChairs: [{ name: 'Nguyễn Văn Thủy', position: 'Trưởng ban' }],
      localChairId: chair.id,
      localChairName: 'Đỗ Trọng Hưng',
      date: '2025-03-12',
      startTime: '08:00',
      endTime: '11:30',
      status: 'planned',
      archivedAt: null,
      clonedFromId: null,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(m.agenda).toMatchObject([
      { title: 'Khai mạc', presenter: '', plannedStart: null, durationMinutes: null },
      {
        title: 'Báo cáo chuyên đề',
        presenter: 'Lê Văn Hòa',
        plannedStart: '08:15',
        durationMinutes: 45,
      },
    ]);
    expect(new Set(m.agenda.map((a) => a.id)).size).toBe(2);
    expect(call(h, 'meetings.get', { id: m.id })).toEqual(m);
    expect(h.events).toContainEqual(['meetings.changed', { meetingId: m.id }]);
  });

  it('refuses an end before the start and an unknown local chair, writing nothing', () => {
    const h = start();
    expect(fail(h, 'meetings.create', { ...MEETING, endTime: '07:00' })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['endTime'], message: 'end_before_start' }] },
    });
    expect(fail(h, 'meetings.create', { ...MEETING, localChairId: 'nobody' }).code).toBe(
      'NOT_FOUND',
    );
    expect(fail(h, 'meetings.create', { ...MEETING, date: '2023-02-30' }).code).toBe('VALIDATION');
    expect(rows(h, 'meetings')).toBe(0);
  });

  it('updates the fields and replaces the agenda, keeping createdAt', () => {
    const h = start();
    const m = meeting(h, { agenda: [{ title: 'Một' }, { title: 'Hai' }] });
    h.clock.advance(5 * MINUTE);
    const updated = call(h, 'meetings.update', {
      id: m.id,
      meeting: {
        ...MEETING,
        title: 'Hội nghị sơ kết',
        startTime: '14:00',
        agenda: [{ title: 'Ba' }],
      },
    });
    expect(updated).toMatchObject({
      title: 'Hội nghị sơ kết',
      startTime: '14:00',
      createdAt: T0,
      updatedAt: h.clock.iso(),
    });
    expect(updated.agenda.map((a) => a.title)).toEqual(['Ba']);
    expect(rows(h, 'agenda_items')).toBe(1);
    expect(fail(h, 'meetings.update', { id: 'nope', meeting: MEETING }).code).toBe('NOT_FOUND');
  });

  it('lists upcoming, today, past and archived meetings relative to `today`, each in its order', () => {
    const h = start();
    const mk = (title: string, date: string, startTime: string) =>
      meeting(h, { title, date, startTime });
    mk('past-early', '2025-03-01', '08:00');
    mk('past-late', '2025-03-09', '14:00');
    mk('today-afternoon', '2025-03-10', '14:00');
    mk('today-morning', '2025-03-10', '08:00');
    mk('next-month', '2025-04-02', '08:00');
    mk('tomorrow', '2025-03-11', '08:00');
    const filed = mk('filed', '2025-03-05', '08:00');
    call(h, 'meetings.archive', { id: filed.id });

    const titles = (when: 'upcoming' | 'today' | 'past' | 'archived') =>
      call(h, 'meetings.list', { when, today: '2025-03-10' }).map((m) => m.title);
    expect(titles('upcoming')).toEqual(['tomorrow', 'next-month']);
    expect(titles('today')).toEqual(['today-morning', 'today-afternoon']);
    expect(titles('past')).toEqual(['past-late', 'past-early']);
    expect(titles('archived')).toEqual(['filed']);
  });

  it("takes `today` from the clock's local date when not given", () => {
    const h = start();
    const m = meeting(h, { date: localDate(h.clock.now()) });
    expect(call(h, 'meetings.list', { when: 'today' }).map((x) => x.id)).toEqual([m.id]);
  });

  it('counts invited and attending people in the list', () => {
    const h = start();
    const m = meeting(h, { date: '2025-03-10' });
    const invs = invite(h, m, person(h, 'A A'), person(h, 'B B'), person(h, 'C C'));
    call(h, 'attendance.set', { inviteeId: invs[0]!.id, status: 'present' });
    call(h, 'attendance.set', { inviteeId: invs[1]!.id, status: 'absent' });
    expect(call(h, 'meetings.list', { when: 'today', today: '2025-03-10' })[0]).toMatchObject({
      invitedCount: 3,
      attendingCount: 1,
    });
  });

  it('archives with the clock time, keeps the first archive time, and unarchives', () => {
    const h = start();
    const m = meeting(h, { date: '2025-03-01' });
    h.clock.advance(MINUTE);
    const archived = call(h, 'meetings.archive', { id: m.id });
    expect(archived.archivedAt).toBe(h.clock.iso());
    h.clock.advance(MINUTE);
    expect(call(h, 'meetings.archive', { id: m.id }).archivedAt).toBe(archived.archivedAt);
    expect(call(h, 'meetings.list', { when: 'past', today: '2025-03-10' })).toEqual([]);
    expect(call(h, 'meetings.unarchive', { id: m.id }).archivedAt).toBeNull();
    expect(
      call(h, 'meetings.list', { when: 'past', today: '2025-03-10' }).map((x) => x.id),
    ).toEqual([m.id]);
  });

  it('clones title, chairs and agenda to a new date, with current invitees as pending, leaving out the retired and removed', () => {
    const h = start();
    const chair = person(h, 'Đỗ Trọng Hưng');
    const kept = person(h, 'Lê Văn An', { position: 'Phó Giám đốc' });
    const promoted = person(h, 'Trần Văn Bình', { position: 'Phó Giám đốc' });
    const retired = person(h, 'Phạm Văn Cường');
    const removed = person(h, 'Vũ Văn Dũng');
    const src = meeting(h, {
      centerHost: 'Văn phòng Trung ương',
      centerChairs: [{ name: 'Nguyễn Văn X', position: 'Chánh Văn phòng' }],
      localChairId: chair.id,
      startTime: '08:00',
      endTime: '10:00',
      agenda: [{ title: 'Khai mạc' }, { title: 'Thảo luận', durationMinutes: 60 }],
    });
    const [keptInv, , , removedInv] = invite(h, src, kept, promoted, retired, removed);
    call(h, 'invitees.addWalkIn', { meetingId: src.id, person: { fullName: 'Khách Văn Mời' } });
    call(h, 'attendance.set', { inviteeId: keptInv!.id, status: 'present' });
    call(h, 'invitees.remove', { inviteeId: removedInv!.id });
    call(h, 'meetings.setStatus', { id: src.id, status: 'finalized' });
    call(h, 'people.retire', { id: retired.id });
    call(h, 'people.update', { id: promoted.id, fullName: 'Trần Văn Bình', position: 'Giám đốc' });

    h.clock.advance(MINUTE);
    const copy = call(h, 'meetings.clone', { id: src.id, date: '2025-04-10' });
    expect(copy).toMatchObject({
      title: src.title,
      centerHost: 'Văn phòng Trung ương',
      centerChairs: src.centerChairs,
      localChairId: chair.id,
      date: '2025-04-10',
      startTime: '08:00',
      endTime: '10:00',
      status: 'planned',
      archivedAt: null,
      clonedFromId: src.id,
      createdAt: h.clock.iso(),
    });
    expect(copy.id).not.toBe(src.id);
    expect(copy.agenda.map(({ title, durationMinutes }) => ({ title, durationMinutes }))).toEqual([
      { title: 'Khai mạc', durationMinutes: null },
      { title: 'Thảo luận', durationMinutes: 60 },
    ]);
    expect(copy.agenda.map((a) => a.id)).not.toContain(src.agenda[0]!.id);

    const invs = call(h, 'invitees.list', { meetingId: copy.id });
    expect(invs.map((i) => [i.fullName, i.status, i.statusAt, i.walkIn])).toEqual([
      ['Lê Văn An', 'pending', null, false],
      ['Trần Văn Bình', 'pending', null, false],
      ['Khách Văn Mời', 'pending', null, true],
    ]);
    expect(invs.find((i) => i.personId === promoted.id)!.position).toBe('Giám đốc');
    expect(
      invs.every((i) => i.meetingId === copy.id && !invs.some((j) => j !== i && j.id === i.id)),
    ).toBe(true);

    // the source is untouched
    expect(
      call(h, 'invitees.list', { meetingId: src.id }).map((i) => [i.fullName, i.status]),
    ).toEqual([
      ['Lê Văn An', 'present'],
      ['Trần Văn Bình', 'pending'],
      ['Phạm Văn Cường', 'pending'],
      ['Khách Văn Mời', 'pending'],
    ]);
  });

  it('clones without invitees when asked', () => {
    const h = start();
    const src = meeting(h);
    invite(h, src, person(h, 'Lê Văn An'));
    const copy = call(h, 'meetings.clone', { id: src.id, date: '2025-04-10', withInvitees: false });
    expect(call(h, 'invitees.list', { meetingId: copy.id })).toEqual([]);
  });

  it('moves through planned → in progress → ended → finalized, and refuses going back from ended to planned', () => {
    const h = start();
    const m = meeting(h);
    const to = (status: Meeting['status']) =>
      call(h, 'meetings.setStatus', { id: m.id, status }).status;
    expect(to('in_progress')).toBe('in_progress');
    expect(to('planned')).toBe('planned');
    expect(to('in_progress')).toBe('in_progress');
    expect(to('ended')).toBe('ended');
    expect(to('ended')).toBe('ended'); // same status: no change, no error
    expect(fail(h, 'meetings.setStatus', { id: m.id, status: 'planned' })).toMatchObject({
      code: 'CONFLICT',
      details: { from: 'ended', to: 'planned' },
    });
    expect(to('in_progress')).toBe('in_progress');
    expect(to('finalized')).toBe('finalized');
  });

  it('locks a finalized meeting: every write to it is MEETING_LOCKED and changes nothing', () => {
    const h = start();
    const m = meeting(h);
    const a = person(h, 'Lê Văn An', { groupId: 'grp-btv' });
    const b = person(h, 'Trần Văn Bình');
    const [inv] = invite(h, m, a);
    call(h, 'meetings.setStatus', { id: m.id, status: 'finalized' });
    const before = counts(h);
    const snapshot = call(h, 'invitees.list', { meetingId: m.id });

    const writes: [MethodName, unknown][] = [
      ['meetings.update', { id: m.id, meeting: { ...MEETING, title: 'Đổi tên' } }],
      ['meetings.setStatus', { id: m.id, status: 'ended' }],
      ['meetings.setStatus', { id: m.id, status: 'finalized' }],
      ['invitees.addPeople', { meetingId: m.id, personIds: [b.id] }],
      ['invitees.addGroup', { meetingId: m.id, groupId: 'grp-btv' }],
      [
        'invitees.addWalkIn',
        { meetingId: m.id, person: { fullName: 'Khách Mời' }, saveToDirectory: true },
      ],
      ['invitees.remove', { inviteeId: inv!.id }],
      ['attendance.set', { inviteeId: inv!.id, status: 'present' }],
      ['attendance.markRestAbsent', { meetingId: m.id }],
    ];
    for (const [method, input] of writes) {
      expect(fail(h, method, input).code, method).toBe('MEETING_LOCKED');
    }
    expect(counts(h)).toEqual(before);
    expect(call(h, 'invitees.list', { meetingId: m.id })).toEqual(snapshot);
    expect(call(h, 'meetings.get', { id: m.id })).toMatchObject({
      title: MEETING.title,
      status: 'finalized',
    });
    // reading stays possible
    expect(call(h, 'attendance.headcount', { meetingId: m.id }).total.invited).toBe(1);
    expect(call(h, 'attendance.history', { meetingId: m.id })).toEqual([]);
  });

  it('still lets a finalized meeting be filed away (archive and unarchive do not change its record)', () => {
    const h = start();
    const m = meeting(h);
    call(h, 'meetings.setStatus', { id: m.id, status: 'finalized' });
    expect(call(h, 'meetings.archive', { id: m.id }).archivedAt).not.toBeNull();
    expect(call(h, 'meetings.unarchive', { id: m.id }).status).toBe('finalized');
  });

  it('answers NOT_FOUND for an unknown meeting', () => {
    const h = start();
    for (const [method, input] of [
      ['meetings.get', { id: 'nope' }],
      ['meetings.setStatus', { id: 'nope', status: 'ended' }],
      ['meetings.archive', { id: 'nope' }],
      ['meetings.clone', { id: 'nope', date: '2025-04-10' }],
      ['invitees.list', { meetingId: 'nope' }],
      ['attendance.headcount', { meetingId: 'nope' }],
    ] as const) {
      expect(fail(h, method, input).code, method).toBe('NOT_FOUND');
    }
    expect(rows(h, 'meetings')).toBe(0);
  });
});

// ---- invitees ---------------------------------------------------------------------------------

describe('invitees', () => {
  it('adds people once, counting duplicates and those already invited as alreadyInvited', () => {
    const h = start();
    const m = meeting(h);
    const [a, b, c] = [
      person(h, 'Lê Văn An'),
      person(h, 'Trần Văn Bình'),
      person(h, 'Phạm Văn Cường'),
    ];
    expect(
      call(h, 'invitees.addPeople', { meetingId: m.id, personIds: [a.id, b.id, a.id] }),
    ).toEqual({ added: 2, alreadyInvited: 1 });
    expect(call(h, 'invitees.addPeople', { meetingId: m.id, personIds: [a.id, c.id] })).toEqual({
      added: 1,
      alreadyInvited: 1,
    });
    expect(rows(h, 'invitees')).toBe(3);
    expect(h.events).toContainEqual(['attendance.changed', { meetingId: m.id }]);
  });

  it('snapshots name, position, group and rank, and lists in protocol order', () => {
    const h = start();
    const m = meeting(h);
    const a = person(h, 'Lê Văn Bình', { groupId: 'grp-btv', rank: 2, position: 'Trưởng ban' });
    const b = person(h, 'Nguyễn Văn An');
    const c = person(h, 'Đỗ Trọng Hưng', { groupId: 'grp-thuong-truc-tu', rank: 1 });
    const d = person(h, 'Trần Văn An', { groupId: 'grp-btv', rank: 2 });
    invite(h, m, a, b, c, d);
    const list = call(h, 'invitees.list', { meetingId: m.id });
    expect(names(list)).toEqual(['Đỗ Trọng Hưng', 'Trần Văn An', 'Lê Văn Bình', 'Nguyễn Văn An']);
    expect(list[2]).toMatchObject({
      personId: a.id,
      meetingId: m.id,
      walkIn: false,
      position: 'Trưởng ban',
      groupId: 'grp-btv',
      groupName: 'Ủy viên Ban Thường vụ Tỉnh ủy',
      groupOrder: 30,
      rank: 2,
      sortKey: a.sortKey,
      status: 'pending',
      statusAt: null,
      updatedAt: T0,
    });
  });

  it('adds nobody when one of the people is unknown or retired', () => {
    const h = start();
    const m = meeting(h);
    const a = person(h, 'Lê Văn An');
    const r = person(h, 'Trần Văn Bình');
    call(h, 'people.retire', { id: r.id });
    expect(
      fail(h, 'invitees.addPeople', { meetingId: m.id, personIds: [a.id, 'nobody'] }).code,
    ).toBe('NOT_FOUND');
    expect(
      fail(h, 'invitees.addPeople', { meetingId: m.id, personIds: [a.id, r.id] }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { id: r.id, reason: 'retired' },
    });
    expect(rows(h, 'invitees')).toBe(0);
    expect(fail(h, 'invitees.addPeople', { meetingId: 'nope', personIds: [a.id] }).code).toBe(
      'NOT_FOUND',
    );
  });

  it('adds the active members of a group, skipping the retired and those already invited', () => {
    const h = start();
    const m = meeting(h);
    const a = person(h, 'Lê Văn An', { groupId: 'grp-btv' });
    person(h, 'Trần Văn Bình', { groupId: 'grp-btv' });
    const r = person(h, 'Phạm Văn Cường', { groupId: 'grp-btv' });
    person(h, 'Ngoài Nhóm', { groupId: 'grp-mttq' });
    call(h, 'people.retire', { id: r.id });
    invite(h, m, a);
    expect(call(h, 'invitees.addGroup', { meetingId: m.id, groupId: 'grp-btv' })).toEqual({
      added: 1,
      alreadyInvited: 1,
    });
    expect(names(call(h, 'invitees.list', { meetingId: m.id }))).toEqual([
      'Lê Văn An',
      'Trần Văn Bình',
    ]);
    expect(call(h, 'invitees.addGroup', { meetingId: m.id, groupId: 'grp-btv' })).toEqual({
      added: 0,
      alreadyInvited: 2,
    });
    expect(fail(h, 'invitees.addGroup', { meetingId: m.id, groupId: 'grp-nope' }).code).toBe(
      'NOT_FOUND',
    );
  });

  it('adds a walk-in to the list only, normalised, without touching the directory', () => {
    const h = start();
    const m = meeting(h);
    const inv = call(h, 'invitees.addWalkIn', {
      meetingId: m.id,
      person: { fullName: 'Vũ Thị Thuý', position: 'Phóng viên', unit: 'Báo Thanh Hoá' },
    });
    expect(inv).toMatchObject({
      meetingId: m.id,
      personId: null,
      walkIn: true,
      fullName: 'Vũ Thị Thúy',
      position: 'Phóng viên',
      unit: 'Báo Thanh Hóa',
      sortKey: nameSortKey('Vũ Thị Thúy'),
      status: 'pending',
    });
    expect(rows(h, 'people')).toBe(0);
    expect(call(h, 'invitees.list', { meetingId: m.id })).toEqual([inv]);
  });

  it('adds a walk-in and saves them to the directory when asked', () => {
    const h = start();
    const m = meeting(h);
    const inv = call(h, 'invitees.addWalkIn', {
      meetingId: m.id,
      person: { fullName: 'Vũ Thị Thuý', groupId: 'grp-khach-moi' },
      saveToDirectory: true,
    });
    expect(inv).toMatchObject({ walkIn: true, fullName: 'Vũ Thị Thúy', groupId: 'grp-khach-moi' });
    expect(inv.personId).not.toBeNull();
    expect(call(h, 'people.get', { id: inv.personId! })).toMatchObject({ fullName: 'Vũ Thị Thúy' });
    expect(call(h, 'people.search', { query: 'thuy' }).items.map((p) => p.id)).toEqual([
      inv.personId,
    ]);
    // now in the directory, a second add is recognised
    expect(call(h, 'invitees.addPeople', { meetingId: m.id, personIds: [inv.personId!] })).toEqual({
      added: 0,
      alreadyInvited: 1,
    });
  });

  it('refuses a walk-in with an invalid given name or unknown group and writes nothing', () => {
    const h = start();
    const m = meeting(h);
    expect(
      fail(h, 'invitees.addWalkIn', {
        meetingId: m.id,
        person: { fullName: 'Vũ Thị Thúy', groupId: 'grp-nope' },
        saveToDirectory: true,
      }).code,
    ).toBe('NOT_FOUND');
    expect(
      fail(h, 'invitees.addWalkIn', { meetingId: m.id, person: { fullName: '  ' } }).code,
    ).toBe('VALIDATION');
    expect(counts(h)).toMatchObject({ people: 0, invitees: 0 });
  });

  it('removes softly: off the list and the headcount, history kept, person can be invited again', () => {
    const h = start();
    const m = meeting(h);
    const p = person(h, 'Lê Văn An');
    const [inv] = invite(h, m, p);
    call(h, 'attendance.set', { inviteeId: inv!.id, status: 'present' });
    expect(call(h, 'invitees.remove', { inviteeId: inv!.id })).toEqual({ ok: true });

    expect(call(h, 'invitees.list', { meetingId: m.id })).toEqual([]);
    expect(call(h, 'attendance.headcount', { meetingId: m.id }).total.invited).toBe(0);
    expect(rows(h, 'invitees')).toBe(1);
    expect(call(h, 'attendance.history', { meetingId: m.id }).map((e) => e.inviteeId)).toEqual([
      inv!.id,
    ]);
    expect(fail(h, 'attendance.set', { inviteeId: inv!.id, status: 'absent' }).code).toBe(
      'NOT_FOUND',
    );
    expect(fail(h, 'invitees.remove', { inviteeId: inv!.id }).code).toBe('NOT_FOUND');

    expect(call(h, 'invitees.addPeople', { meetingId: m.id, personIds: [p.id] })).toEqual({
      added: 1,
      alreadyInvited: 0,
    });
    const [again] = call(h, 'invitees.list', { meetingId: m.id });
    expect(again!.id).not.toBe(inv!.id);
    expect(again!.status).toBe('pending');
  });
});

// ---- attendance -------------------------------------------------------------------------------

describe('attendance', () => {
  function setup() {
    const h = start();
    const m = meeting(h, { date: '2025-03-10' });
    const people = ['Lê Văn An', 'Trần Văn Bình', 'Phạm Văn Cường', 'Vũ Văn Dũng'].map((n) =>
      person(h, n),
    );
    const invs = invite(h, m, ...people);
    return { h, m, invs };
  }

  const NONE = { eventTime: null, reason: '', substituteName: '', substitutePosition: '' };

  it.each([
    [{ status: 'present' }, NONE],
    [{ status: 'absent' }, NONE],
    [{ status: 'pending' }, NONE],
    [{ status: 'late' }, { ...NONE, eventTime: T0 }],
    [
      { status: 'late', time: '2025-03-10T08:05:00+07:00' },
      { ...NONE, eventTime: '2025-03-10T01:05:00.000Z' },
    ],
    [{ status: 'left_early' }, { ...NONE, eventTime: T0 }],
    [
      { status: 'left_early', time: '2025-03-10T03:00:00Z' },
      { ...NONE, eventTime: '2025-03-10T03:00:00.000Z' },
    ],
    [
      { status: 'absent_excused', reason: '  Đi công tác  nước ngoài ' },
      { ...NONE, reason: 'Đi công tác nước ngoài' },
    ],
    [
      {
        status: 'substituted',
        substituteName: 'Trần Thị  Thuý',
        substitutePosition: 'Phó Giám đốc Sở Y tế Khánh Hoà',
      },
      {
        ...NONE,
        substituteName: 'Trần Thị Thúy',
        substitutePosition: 'Phó Giám đốc Sở Y tế Khánh Hòa',
      },
    ],
  ] as const)('records %j with its own fields', (change, expected) => {
    const { h, invs } = setup();
    const inv = call(h, 'attendance.set', {
      inviteeId: invs[0]!.id,
      ...change,
    } as MethodInput<'attendance.set'>);
    expect(inv).toMatchObject({ status: change.status, statusAt: T0, updatedAt: T0, ...expected });
    expect(call(h, 'invitees.list', { meetingId: invs[0]!.meetingId })[0]).toEqual(inv);
    const [event] = call(h, 'attendance.history', { meetingId: inv.meetingId });
    expect(event).toMatchObject({
      inviteeId: inv.id,
      fullName: 'Lê Văn An',
      status: change.status,
      recordedAt: T0,
      ...expected,
    });
  });

  it('clears the fields of the previous status', () => {
    const { h, invs } = setup();
    const id = invs[0]!.id;
    call(h, 'attendance.set', { inviteeId: id, status: 'absent_excused', reason: 'Ốm' });
    expect(call(h, 'attendance.set', { inviteeId: id, status: 'present' })).toMatchObject(NONE);
    call(h, 'attendance.set', {
      inviteeId: id,
      status: 'substituted',
      substituteName: 'B',
      substitutePosition: 'C',
    });
    expect(call(h, 'attendance.set', { inviteeId: id, status: 'late' })).toMatchObject({
      ...NONE,
      eventTime: T0,
    });
  });

  it('keeps every change in the history, newest first, stamped by the clock', () => {
    const { h, m, invs } = setup();
    const [a, b] = [invs[0]!.id, invs[1]!.id];
    const stamps: string[] = [];
    const at = (fn: () => void) => {
      h.clock.advance(MINUTE);
      stamps.push(h.clock.iso());
      fn();
    };
    at(() => call(h, 'attendance.set', { inviteeId: a, status: 'present' }));
    at(() => call(h, 'attendance.set', { inviteeId: b, status: 'late' }));
    at(() => call(h, 'attendance.set', { inviteeId: a, status: 'left_early' }));
    at(() => call(h, 'attendance.set', { inviteeId: a, status: 'left_early' }));

    const mine = call(h, 'attendance.history', { meetingId: m.id, inviteeId: a });
    expect(mine.map((e) => [e.status, e.recordedAt])).toEqual([
      ['left_early', stamps[3]],
      ['left_early', stamps[2]],
      ['present', stamps[0]],
    ]);
    const all = call(h, 'attendance.history', { meetingId: m.id });
    expect(all.map((e) => e.recordedAt)).toEqual([...stamps].reverse());
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((x, y) => y - x));
    // history of another meeting stays separate
    const other = meeting(h);
    expect(call(h, 'attendance.history', { meetingId: other.id })).toEqual([]);
  });

  it('marks only the pending as absent', () => {
    const { h, m, invs } = setup();
    call(h, 'attendance.set', { inviteeId: invs[0]!.id, status: 'present' });
    call(h, 'attendance.set', { inviteeId: invs[1]!.id, status: 'absent_excused', reason: 'Ốm' });
    const eventsBefore = rows(h, 'attendance_events');
    h.clock.advance(MINUTE);

    expect(call(h, 'attendance.markRestAbsent', { meetingId: m.id })).toEqual({ count: 2 });

    const byName = Object.fromEntries(
      call(h, 'invitees.list', { meetingId: m.id }).map((i) => [i.fullName, i]),
    );
    expect(byName['Lê Văn An']).toMatchObject({ status: 'present', statusAt: T0 });
    expect(byName['Trần Văn Bình']).toMatchObject({ status: 'absent_excused', reason: 'Ốm' });
    expect(byName['Phạm Văn Cường']).toMatchObject({ status: 'absent', statusAt: h.clock.iso() });
    expect(byName['Vũ Văn Dũng']).toMatchObject({ status: 'absent', statusAt: h.clock.iso() });
    expect(rows(h, 'attendance_events')).toBe(eventsBefore + 2);
    expect(call(h, 'attendance.markRestAbsent', { meetingId: m.id })).toEqual({ count: 0 });
    expect(rows(h, 'attendance_events')).toBe(eventsBefore + 2);
  });

  it('counts the headcount by status and by group, ungrouped last', () => {
    const h = start();
    const m = meeting(h);
    const invs = invite(
      h,
      m,
      person(h, 'A Văn An', { groupId: 'grp-btv' }),
      person(h, 'B Văn Bình', { groupId: 'grp-btv' }),
      person(h, 'C Văn Cường', { groupId: 'grp-trung-uong' }),
      person(h, 'D Văn Dũng'),
      person(h, 'E Văn Em', { groupId: 'grp-trung-uong' }),
    );
    call(h, 'attendance.set', { inviteeId: invs[0]!.id, status: 'present' });
    call(h, 'attendance.set', { inviteeId: invs[1]!.id, status: 'absent_excused', reason: 'Ốm' });
    call(h, 'attendance.set', {
      inviteeId: invs[2]!.id,
      status: 'substituted',
      substituteName: 'X',
      substitutePosition: 'Y',
    });
    call(h, 'attendance.set', { inviteeId: invs[3]!.id, status: 'late' });

    const { total, byGroup } = call(h, 'attendance.headcount', { meetingId: m.id });
    expect(total).toMatchObject({ invited: 5, attending: 3 });
    expect(total.byStatus).toEqual({
      pending: 1,
      present: 1,
      late: 1,
      absent_excused: 1,
      absent: 0,
      substituted: 1,
      left_early: 0,
    });
    expect(byGroup.map((r) => [r.groupId, r.invited, r.attending])).toEqual([
      ['grp-trung-uong', 2, 1],
      ['grp-btv', 2, 1],
      [null, 1, 1],
    ]);
  });

  it('announces attendance changes with the meeting id, and nothing when a change is refused', () => {
    const { h, m, invs } = setup();
    h.events.length = 0;
    call(h, 'attendance.set', { inviteeId: invs[0]!.id, status: 'present' });
    call(h, 'attendance.markRestAbsent', { meetingId: m.id });
    expect(h.events).toEqual([
      ['attendance.changed', { meetingId: m.id }],
      ['attendance.changed', { meetingId: m.id }],
    ]);
    h.events.length = 0;
    fail(h, 'attendance.set', { inviteeId: invs[1]!.id, status: 'absent_excused' });
    fail(h, 'attendance.set', { inviteeId: 'nobody', status: 'present' });
    expect(h.events).toEqual([]);
  });

  it('has a test row for every attendance status', () => {
    // Guards the table above: a new status must come with its own case.
    expect([...ATTENDANCE_STATUSES].sort()).toEqual([
      'absent',
      'absent_excused',
      'late',
      'left_early',
      'pending',
      'present',
      'substituted',
    ]);
  });
});

// ---- invalid input ----------------------------------------------------------------------------

describe('invalid input', () => {
  function setup() {
    const h = start();
    const m = meeting(h);
    const [inv] = invite(h, m, person(h, 'Lê Văn An'));
    call(h, 'attendance.set', { inviteeId: inv!.id, status: 'present' });
    return { h, m, inv: inv! };
  }

  it('answers UNKNOWN_METHOD for a method not in the map, including Object builtins', () => {
    const { h } = setup();
    for (const method of ['people.drop', 'toString', '__proto__', 'constructor', '']) {
      expect(fail(h, method, {}).code, method).toBe('UNKNOWN_METHOD');
    }
  });

  it.each([
    [
      'attendance.set without a reason',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'absent_excused' }),
      'reason_required',
    ],
    [
      'attendance.set with a blank reason',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'absent_excused', reason: ' ' }),
      'reason_required',
    ],
    [
      'attendance.set without a substitute name',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'substituted', substitutePosition: 'P' }),
      'substitute_name_required',
    ],
    [
      'attendance.set without a substitute position',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'substituted', substituteName: 'N' }),
      'substitute_position_required',
    ],
    [
      'attendance.set with an unknown status',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'asleep' }),
      undefined,
    ],
    [
      'attendance.set with a number for an id',
      'attendance.set',
      () => ({ inviteeId: 42, status: 'present' }),
      undefined,
    ],
    [
      'people.create with a number for a name',
      'people.create',
      () => ({ fullName: 42 }),
      undefined,
    ],
    [
      'people.create with an unknown field',
      'people.create',
      () => ({ fullName: 'Lê Văn B', age: 40 }),
      'unknown_field',
    ],
    ['people.create with no input', 'people.create', () => undefined, 'required'],
    [
      'meetings.create with a bad time',
      'meetings.create',
      () => ({ ...MEETING, startTime: '8h' }),
      'invalid_time',
    ],
    [
      'meetings.list with an unknown filter',
      'meetings.list',
      () => ({ when: 'someday' }),
      undefined,
    ],
    [
      'invitees.addPeople with no one',
      'invitees.addPeople',
      () => ({ meetingId: 'm', personIds: [] }),
      undefined,
    ],
  ] as const)('answers VALIDATION for %s and writes nothing', (_name, method, input, message) => {
    const { h, inv } = setup();
    const before = counts(h);
    const listed = call(h, 'invitees.list', { meetingId: inv.meetingId });
    const error = fail(h, method, input(inv.id));
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues?.length).toBeGreaterThan(0);
    if (message) expect(error.details!.issues!.map((i) => i.message)).toContain(message);
    expect(counts(h)).toEqual(before);
    expect(call(h, 'invitees.list', { meetingId: inv.meetingId })).toEqual(listed);
  });

  it('answers NOT_FOUND for unknown ids and writes nothing', () => {
    const { h, m } = setup();
    const before = counts(h);
    expect(fail(h, 'attendance.set', { inviteeId: 'nobody', status: 'present' }).code).toBe(
      'NOT_FOUND',
    );
    expect(fail(h, 'attendance.markRestAbsent', { meetingId: 'nope' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'attendance.history', { meetingId: 'nope' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'people.get', { id: 'nobody' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'people.retire', { id: 'nobody' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'invitees.addPeople', { meetingId: m.id, personIds: ['nobody'] }).code).toBe(
      'NOT_FOUND',
    );
    expect(fail(h, 'invitees.remove', { inviteeId: 'nobody' }).code).toBe('NOT_FOUND');
    expect(counts(h)).toEqual(before);
  });

  it('puts the field path in validation issues', () => {
    const { h, inv } = setup();
    expect(
      fail(h, 'attendance.set', { inviteeId: inv.id, status: 'absent_excused' }).details,
    ).toEqual({
      issues: [{ path: ['reason'], message: 'reason_required' }],
    });
  });

  it('sends envelopes that survive JSON, as both transports carry them', () => {
    const { h, inv } = setup();
    const ok = h.core.dispatch('invitees.list', { meetingId: inv.meetingId });
    const err = h.core.dispatch('attendance.set', { inviteeId: inv.id, status: 'absent_excused' });
    expect(JSON.parse(JSON.stringify(ok))).toEqual(ok);
    expect(JSON.parse(JSON.stringify(err))).toEqual(err);
    expect(err).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.any(String) },
    });
  });
});

// ---- the data folder --------------------------------------------------------------------------

describe('data folder', () => {
  it('keeps everything across close and reopen', () => {
    const dataDir = tmpDir();
    const first = start(dataDir);
    call(first, 'profile.save', PROFILE);
    const p = person(first, 'Đỗ Trọng Hưng', { groupId: 'grp-btv' });
    const m = meeting(first, { agenda: [{ title: 'Khai mạc' }] });
    const [inv] = invite(first, m, p);
    call(first, 'attendance.set', { inviteeId: inv!.id, status: 'late' });
    const state = {
      profile: call(first, 'profile.get', {}),
      person: call(first, 'people.get', { id: p.id }),
      meeting: call(first, 'meetings.get', { id: m.id }),
      invitees: call(first, 'invitees.list', { meetingId: m.id }),
      history: call(first, 'attendance.history', { meetingId: m.id }),
    };
    first.core.close();

    const second = start(dataDir, fixedClock('2025-03-11T00:00:00.000Z'));
    expect({
      profile: call(second, 'profile.get', {}),
      person: call(second, 'people.get', { id: p.id }),
      meeting: call(second, 'meetings.get', { id: m.id }),
      invitees: call(second, 'invitees.list', { meetingId: m.id }),
      history: call(second, 'attendance.history', { meetingId: m.id }),
    }).toEqual(state);
    expect(call(second, 'people.search', { query: 'do trong' }).total).toBe(1);
  });

  it('answers every call with DATA_DIR_LOCKED while another core has the folder open', () => {
    const h = start();
    const second = openCore({ dataDir: h.dataDir, transport: 'http', version: 'test' });
    cores.push(second);
    expect(second.startupError?.code).toBe('DATA_DIR_LOCKED');
    const envelope = second.dispatch('app.info', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'DATA_DIR_LOCKED' } });
    // the first core is unaffected, and closing the refused one does not release its lock
    second.close();
    expect(call(h, 'app.info', {}).schemaVersion).toBe(LATEST_VERSION);
    const third = openCore({ dataDir: h.dataDir, transport: 'http', version: 'test' });
    cores.push(third);
    expect(third.startupError?.code).toBe('DATA_DIR_LOCKED');
  });

  it('answers every call with DB_CORRUPT when the file is not a database, leaving it alone', () => {
    const dataDir = tmpDir();
    const file = path.join(dataDir, DB_FILE);
    fs.writeFileSync(file, 'không phải cơ sở dữ liệu\n'.repeat(100));
    const before = fs.readFileSync(file);
    const core = openCore({ dataDir, transport: 'http', version: 'test' });
    cores.push(core);
    expect(core.startupError?.code).toBe('DB_CORRUPT');
    expect(core.dispatch('profile.get', {})).toMatchObject({
      ok: false,
      error: { code: 'DB_CORRUPT' },
    });
    expect(core.dispatch('no.such.method', {})).toMatchObject({ ok: false });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('directory events and unsearchable text', () => {
  it('announces every directory change so open lists refresh', () => {
    const h = start();
    const p = person(h, 'Phạm Thị Lan');
    const m = meeting(h);
    h.events.length = 0;
    call(h, 'people.retire', { id: p.id });
    call(h, 'people.restore', { id: p.id });
    call(h, 'invitees.addWalkIn', {
      meetingId: m.id,
      person: { fullName: 'Vũ Minh Khang' },
      saveToDirectory: true,
    });
    expect(h.events.filter(([e]) => e === 'directory.changed')).toHaveLength(3);
    const other = person(h, 'Hồ Văn Tư');
    h.events.length = 0;
    call(h, 'people.delete', { id: other.id });
    expect(h.events.filter(([e]) => e === 'directory.changed')).toHaveLength(1);
  });

  it('finds no one for a query with nothing searchable in it', () => {
    const h = start();
    person(h, 'Phạm Thị Lan');
    expect(call(h, 'people.search', { query: '!!!' }).total).toBe(0);
    expect(call(h, 'people.search', { query: '张' }).items).toEqual([]);
    expect(call(h, 'people.search', { query: '' }).total).toBe(1);
  });
});
