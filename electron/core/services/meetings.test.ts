import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/methods';
import type { Meeting } from '../../../shared/api/schemas';
import { localDate } from '../../../shared/time/localDate';
import { MEETING, invite, meeting, person } from '../testing/fixtures';
import { MINUTE, T0, call, counts, fail, rows, start } from '../testing/harness';

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
