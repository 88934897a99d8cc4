import { describe, expect, it } from 'vitest';
import { nameSortKey } from '../../../shared/text/collation';
import { invite, meeting, names, person } from '../testing/fixtures';
import { T0, call, counts, fail, rows, start } from '../testing/harness';

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
  it('keeps a remark for this meeting on the invitee, normalised, and refuses it once finalized', () => {
    const h = start();
    const m = meeting(h);
    const [inv] = invite(h, m, person(h, 'Đỗ Trọng Hưng'));
    h.events.length = 0;
    const saved = call(h, 'invitees.setRemark', {
      inviteeId: inv!.id,
      remark: '  Chủ trì  hội nghị ',
    });
    expect(saved.remark).toBe('Chủ trì hội nghị');
    expect(call(h, 'invitees.list', { meetingId: m.id })[0]!.remark).toBe('Chủ trì hội nghị');
    expect(h.events).toEqual([['attendance.changed', { meetingId: m.id }]]);
    // The directory entry does not carry what was said of one meeting.
    expect(call(h, 'people.get', { id: inv!.personId! }).note).toBe('');
    call(h, 'meetings.setStatus', { id: m.id, status: 'finalized' });
    expect(fail(h, 'invitees.setRemark', { inviteeId: inv!.id, remark: '' }).code).toBe(
      'MEETING_LOCKED',
    );
    expect(call(h, 'invitees.list', { meetingId: m.id })[0]!.remark).toBe('Chủ trì hội nghị');
  });
});
