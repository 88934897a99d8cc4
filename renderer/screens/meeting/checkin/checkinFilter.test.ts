import { describe, expect, it } from 'vitest';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import {
  enterDecision,
  filterInvitees,
  highlightIndex,
  moveHighlight,
  toSearchable,
} from './checkinFilter';

const invitee = (
  id: string,
  fullName: string,
  position = '',
  unit = '',
  status: AttendanceStatus = 'pending',
): Invitee => ({
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
  status,
  statusAt: null,
  eventTime: null,
  reason: '',
  substituteName: '',
  substitutePosition: '',
  remark: '',
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

  it('puts name matches before position or unit matches', () => {
    const sameUnit = toSearchable([
      invitee('1', 'Đỗ Trọng Hưng', 'Bí thư', 'Tỉnh ủy Thanh Hóa'),
      invitee('2', 'Nguyễn Văn Hùng', 'Phó Bí thư', 'Tỉnh ủy Thanh Hóa'),
      invitee('3', 'Lê Thị Hoa', 'Ủy viên', 'Tỉnh ủy Thanh Hóa'),
      invitee('4', 'Trần Hòa', 'Ủy viên', 'Tỉnh ủy Thanh Hóa'),
    ]);
    // Name matches in protocol order, then everyone else who matched by unit.
    expect(filterInvitees(sameUnit, 'hoa').map((i) => i.id)).toEqual(['3', '4', '1', '2']);
  });

  it('keeps protocol order when no name matches', () => {
    expect(filterInvitees(list, 'pho chu').map((i) => i.id)).toEqual(['3']);
    const units = toSearchable([
      invitee('1', 'A', '', 'UBND tỉnh'),
      invitee('2', 'B', '', 'UBND xã'),
    ]);
    expect(filterInvitees(units, 'ubnd').map((i) => i.id)).toEqual(['1', '2']);
  });

  it('keeps the highlight inside the list', () => {
    expect(moveHighlight(0, -1, 3)).toBe(0);
    expect(moveHighlight(2, 1, 3)).toBe(2);
    expect(moveHighlight(1, 1, 3)).toBe(2);
    expect(moveHighlight(5, 1, 0)).toBe(0);
  });

  it('follows the highlighted person by id, falling back to the first match', () => {
    const matches = filterInvitees(list, '');
    expect(highlightIndex(matches, '3')).toBe(2);
    expect(highlightIndex(matches, null)).toBe(0);
    expect(highlightIndex(matches.slice(0, 2), '3')).toBe(0);
    expect(highlightIndex([], '3')).toBe(0);
  });
});

describe('Enter in the search box', () => {
  const pending = invitee('1', 'Lê Thị Hoa');
  const late = invitee('2', 'Trần Hòa', '', '', 'late');
  const typed = { locked: false, query: 'hoa', navigated: false };

  it('records a pending person', () => {
    expect(enterDecision(pending, typed)).toEqual({ kind: 'mark', invitee: pending });
  });

  it('never overwrites a recorded status', () => {
    expect(enterDecision(late, typed)).toEqual({
      kind: 'alreadyMarked',
      invitee: late,
      status: 'late',
    });
  });

  it('does nothing from an empty box unless the highlight was moved, nor when locked', () => {
    expect(enterDecision(pending, { ...typed, query: ' ' }).kind).toBe('ignore');
    expect(enterDecision(pending, { ...typed, query: '', navigated: true }).kind).toBe('mark');
    expect(enterDecision(pending, { ...typed, locked: true }).kind).toBe('ignore');
    expect(enterDecision(null, typed).kind).toBe('ignore');
  });
});
