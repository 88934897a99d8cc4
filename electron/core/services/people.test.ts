import { describe, expect, it } from 'vitest';
import { nameSortKey } from '../../../shared/text/collation';
import type { Meeting } from '../../../shared/api/schemas';
import { invite, meeting, names, person } from '../testing/fixtures';
import { MINUTE, T0, call, fail, rows, start } from '../testing/harness';

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
  it('refuses text that cannot be stored, and removes what cannot be seen', () => {
    const h = start();
    expect(fail(h, 'people.create', { fullName: 'Lê Văn\u0000 Tám' })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['fullName'], message: 'invalid_characters' }] },
    });
    expect(fail(h, 'people.create', { fullName: 'Lê \uD800Tám' }).details?.issues?.[0]).toEqual({
      path: ['fullName'],
      message: 'invalid_characters',
    });
    expect(fail(h, 'people.create', { fullName: '\u200B\u200D\u3164' }).details?.issues).toEqual([
      { path: ['fullName'], message: 'no_letters_or_digits' },
    ]);
    expect(call(h, 'people.search', {}).total).toBe(0);
    const p = call(h, 'people.create', {
      fullName: '\u202ENguyễn\u200B Văn Hưng\u202C',
      position: 'Giám\u00AD đốc',
    });
    expect([p.fullName, p.position]).toEqual(['Nguyễn Văn Hưng', 'Giám đốc']);
  });
});
