import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/api/methods';
import { ATTENDANCE_STATUSES } from '../../../shared/api/schemas';
import { invite, meeting, person } from '../testing/fixtures';
import { MINUTE, T0, call, fail, rows, start } from '../testing/harness';

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

  it('refuses a check-in for an invitee it does not know, naming the invitee, writing nothing', () => {
    const { h } = setup();
    const before = rows(h, 'attendance_events');
    expect(fail(h, 'attendance.set', { inviteeId: 'nobody', status: 'present' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { entity: 'invitee', id: 'nobody' },
    });
    expect(rows(h, 'attendance_events')).toBe(before);
  });

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
