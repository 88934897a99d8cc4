import { describe, expect, it } from 'vitest';
import { call, fail, start } from '../testing/harness';

describe('protocol groups', () => {
  it('lists the default protocol groups in order', () => {
    const h = start();
    const groups = call(h, 'groups.list', {});
    expect(groups[0]).toEqual({ id: 'grp-trung-uong', name: 'Đại biểu Trung ương', sortOrder: 10 });
    expect(groups.map((g) => g.sortOrder)).toEqual(
      [...groups.map((g) => g.sortOrder)].sort((a, b) => a - b),
    );
  });

  it('adds a group at the end and refuses a second group of the same name, however written', () => {
    const h = start();
    const g = call(h, 'groups.create', { name: 'Lãnh đạo các xã, phường' });
    const list = call(h, 'groups.list', {});
    expect(list[list.length - 1]).toEqual(g);
    expect(fail(h, 'groups.create', { name: 'LANH DAO CAC XA, PHUONG' })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'group_name_taken' },
    });
  });

  it('reorders groups and the directory follows the new order at once', () => {
    const h = start();
    const head = call(h, 'people.create', {
      fullName: 'Đỗ Trọng Hưng',
      groupId: 'grp-thuong-truc-tu',
      rank: 1,
    });
    const guest = call(h, 'people.create', {
      fullName: 'An Văn Bình',
      groupId: 'grp-khach-moi',
      rank: 1,
    });
    expect(call(h, 'people.search', {}).items.map((p) => p.id)).toEqual([head.id, guest.id]);
    const ids = call(h, 'groups.list', {}).map((g) => g.id);
    const reordered = ['grp-khach-moi', ...ids.filter((id) => id !== 'grp-khach-moi')];
    call(h, 'groups.reorder', { ids: reordered });
    expect(call(h, 'groups.list', {}).map((g) => g.id)).toEqual(reordered);
    expect(call(h, 'people.search', {}).items.map((p) => p.id)).toEqual([guest.id, head.id]);
  });

  it('refuses an order that misses or repeats a group', () => {
    const h = start();
    const ids = call(h, 'groups.list', {}).map((g) => g.id);
    expect(fail(h, 'groups.reorder', { ids: ids.slice(1) }).code).toBe('VALIDATION');
    expect(fail(h, 'groups.reorder', { ids: [...ids.slice(1), ids[1]!] }).code).toBe('VALIDATION');
  });

  it('deletes an unused group with its rules, and refuses one that still has members', () => {
    const h = start();
    call(h, 'people.create', { fullName: 'Lê Văn Tám', groupId: 'grp-mttq' });
    expect(fail(h, 'groups.delete', { id: 'grp-mttq' })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'group_in_use', people: 1 },
    });
    call(h, 'groups.delete', { id: 'grp-ban-dang' });
    expect(call(h, 'groups.list', {}).some((g) => g.id === 'grp-ban-dang')).toBe(false);
    expect(call(h, 'rules.list', {}).some((r) => r.groupId === 'grp-ban-dang')).toBe(false);
  });

  it('applies the People’s Committee preset: its groups first in its order, nothing duplicated', () => {
    const h = start();
    expect(call(h, 'groups.presets', {}).map((p) => p.id)).toEqual(['party', 'government']);
    const before = call(h, 'rules.list', {}).length;
    const { groups, rules } = call(h, 'groups.applyPreset', { presetId: 'government' });
    expect(groups.slice(0, 4).map((g) => g.id)).toEqual([
      'grp-trung-uong',
      'grp-thuong-truc-tu',
      'grp-hdnd',
      'grp-ubnd',
    ]);
    expect(groups.some((g) => g.id === 'grp-ubnd-xa')).toBe(true);
    expect(rules.length).toBeGreaterThan(before);
    const again = call(h, 'groups.applyPreset', { presetId: 'government' });
    expect(again.rules).toHaveLength(rules.length);
    expect(again.groups).toHaveLength(groups.length);
  });

  it('saves the rule list whole, and refuses a rule for an unknown group without writing', () => {
    const h = start();
    const saved = call(h, 'rules.save', {
      rules: [{ pattern: 'Bí thư Đảng ủy xã', groupId: 'grp-khach-moi', rank: 2 }],
    });
    expect(saved).toMatchObject([
      { pattern: 'Bí thư Đảng ủy xã', groupId: 'grp-khach-moi', rank: 2 },
    ]);
    const err = fail(h, 'rules.save', { rules: [{ pattern: 'X', groupId: 'nope', rank: 1 }] });
    expect(err.details?.issues?.[0]?.path).toEqual(['rules', 0, 'groupId']);
    expect(call(h, 'rules.list', {})).toEqual(saved);
  });
});

describe('directory order', () => {
  it('pages the directory in exactly the shared protocol order', async () => {
    const { sortByProtocolOrder } = await import('../../../shared/order/protocolOrder');
    const h = start();
    const groups = call(h, 'groups.list', {});
    const names = [
      'Nguyễn Văn An',
      'Trần Thị Án',
      'Lê Văn Ân',
      'Đỗ Văn Anh',
      'Phạm Thị Ăn',
      'Hồ Văn Bình',
    ];
    names.forEach((fullName, i) =>
      call(h, 'people.create', {
        fullName,
        groupId: i % 3 === 0 ? null : groups[i % 2]!.id,
        rank: i % 4 === 0 ? null : (i % 2) + 1,
      }),
    );
    const paged = call(h, 'people.search', { limit: 500 }).items;
    const order = new Map(groups.map((g) => [g.id, g.sortOrder]));
    const expected = sortByProtocolOrder(
      paged.map((p) => ({ ...p, groupOrder: p.groupId ? order.get(p.groupId)! : null })),
    ).map((p) => p.id);
    expect(paged.map((p) => p.id)).toEqual(expected);
  });
});

describe('a finalized meeting', () => {
  it('keeps its group names, group order and local chair when the directory changes later', () => {
    const h = start();
    const chair = call(h, 'people.create', {
      fullName: 'Đỗ Trọng Hưng',
      groupId: 'grp-thuong-truc-tu',
      rank: 1,
    });
    const head = call(h, 'people.create', {
      fullName: 'Phạm Văn Đức',
      groupId: 'grp-so-nganh',
      rank: 1,
    });
    const m = call(h, 'meetings.create', {
      title: 'Hội nghị',
      date: '2025-01-10',
      startTime: '08:00',
      localChairId: chair.id,
    });
    call(h, 'invitees.addPeople', { meetingId: m.id, personIds: [chair.id, head.id] });
    const planned = call(h, 'invitees.list', { meetingId: m.id });
    call(h, 'meetings.setStatus', { id: m.id, status: 'finalized' });

    call(h, 'groups.rename', { id: 'grp-so-nganh', name: 'Sở, ngành (tên mới)' });
    const ids = call(h, 'groups.list', {}).map((g) => g.id);
    call(h, 'groups.reorder', {
      ids: ['grp-so-nganh', ...ids.filter((id) => id !== 'grp-so-nganh')],
    });
    call(h, 'people.update', { id: chair.id, fullName: 'Đỗ Trọng Hưng (đã đổi)' });

    const after = call(h, 'invitees.list', { meetingId: m.id });
    expect(after.map((i) => [i.fullName, i.groupName, i.groupOrder])).toEqual(
      planned.map((i) => [i.fullName, i.groupName, i.groupOrder]),
    );
    expect(
      call(h, 'attendance.headcount', { meetingId: m.id }).byGroup.map((g) => g.groupName),
    ).toEqual(['Thường trực Tỉnh ủy', 'Lãnh đạo sở, ban, ngành']);
    expect(call(h, 'meetings.get', { id: m.id }).localChairName).toBe('Đỗ Trọng Hưng');
  });

  it('while still planned, follows the directory', () => {
    const h = start();
    const head = call(h, 'people.create', { fullName: 'Phạm Văn Đức', groupId: 'grp-so-nganh' });
    const m = call(h, 'meetings.create', {
      title: 'Hội nghị',
      date: '2025-01-10',
      startTime: '08:00',
    });
    call(h, 'invitees.addPeople', { meetingId: m.id, personIds: [head.id] });
    call(h, 'groups.rename', { id: 'grp-so-nganh', name: 'Sở, ngành' });
    expect(call(h, 'invitees.list', { meetingId: m.id })[0]!.groupName).toBe('Sở, ngành');
  });
});

describe('directory search, broad and narrow', () => {
  it('gives the same order and totals whether the match is broad (index walk) or narrow', () => {
    const h = start();
    const groups = call(h, 'groups.list', {});
    const given = ['Thảo', 'Thành', 'Thắng', 'Thu', 'Thủy', 'Bình'];
    for (let i = 0; i < 700; i++) {
      call(h, 'people.create', {
        fullName: `Nguyễn Văn ${given[i % given.length]}`,
        unit: `Phòng ${i % 13}`,
        groupId: i % 5 === 0 ? null : groups[i % groups.length]!.id,
        rank: i % 3 === 0 ? null : (i % 7) + 1,
      });
    }
    const retired = call(h, 'people.create', { fullName: 'Trần Thị Thảo' });
    call(h, 'people.retire', { id: retired.id });

    const all = call(h, 'people.search', { limit: 500 }).items.concat(
      call(h, 'people.search', { limit: 500, offset: 500 }).items,
    );
    const expected = (q: (name: string) => boolean) => all.filter((p) => q(p.fullName));

    const broad = call(h, 'people.search', { query: 'th', limit: 50, offset: 100 });
    const thAll = expected((n) => / Th/.test(n));
    expect(broad.total).toBe(thAll.length);
    expect(broad.total).toBeGreaterThan(500);
    expect(broad.items.map((p) => p.id)).toEqual(thAll.slice(100, 150).map((p) => p.id));

    const narrow = call(h, 'people.search', { query: 'thang', limit: 50 });
    const thang = expected((n) => n.endsWith('Thắng'));
    expect(narrow.total).toBe(thang.length);
    expect(narrow.items.map((p) => p.id)).toEqual(thang.slice(0, 50).map((p) => p.id));

    expect(call(h, 'people.search', { query: 'th', includeRetired: true, limit: 1 }).total).toBe(
      thAll.length + 1,
    );
  });
});
