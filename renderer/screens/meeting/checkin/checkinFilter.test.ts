import { describe, expect, it } from 'vitest';
import type { Invitee } from '../../../../shared/api/schemas';
import { filterInvitees, moveHighlight, toSearchable } from './checkinFilter';

const invitee = (id: string, fullName: string, position = '', unit = ''): Invitee => ({
  id,
  meetingId: 'm',
  personId: null,
  walkIn: false,
  fullName,
  position,
  unit,
  groupId: null,
  groupName: null,
  groupOrder: null,
  rank: null,
  sortKey: fullName,
  status: 'pending',
  statusAt: null,
  eventTime: null,
  reason: '',
  substituteName: '',
  substitutePosition: '',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

const list = toSearchable([
  invitee('1', 'Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy'),
  invitee('2', 'Nguyễn Văn Hùng', 'Giám đốc', 'Sở Tài chính'),
  invitee('3', 'Lê Thị Hoa', 'Phó Chủ tịch', 'UBND tỉnh'),
]);

describe('check-in filter', () => {
  it('matches names typed without accents, word by word as prefixes', () => {
    expect(filterInvitees(list, 'hung').map((i) => i.id)).toEqual(['1', '2']);
    expect(filterInvitees(list, 'do trong hung').map((i) => i.id)).toEqual(['1']);
  });

  it('also matches position and unit, and keeps the protocol order', () => {
    expect(filterInvitees(list, 'so tai').map((i) => i.id)).toEqual(['2']);
    expect(filterInvitees(list, '').map((i) => i.id)).toEqual(['1', '2', '3']);
  });

  it('keeps the highlight inside the list', () => {
    expect(moveHighlight(0, -1, 3)).toBe(0);
    expect(moveHighlight(2, 1, 3)).toBe(2);
    expect(moveHighlight(1, 1, 3)).toBe(2);
    expect(moveHighlight(5, 1, 0)).toBe(0);
  });
});
