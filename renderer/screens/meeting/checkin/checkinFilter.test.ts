import { describe, expect, it } from 'vitest';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import {
  enterDecision,
  filterInvitees,
  highlightedInvitee,
  matchInvitees,
  moveHighlight,
  soleCandidate,
  toSearchable,
} from './checkinFilter';
import { inviteeFixture } from '../../../../shared/testing/invitee';

const invitee = (
  id: string,
  fullName: string,
  position = '',
  unit = '',
  status: AttendanceStatus = 'pending',
): Invitee => inviteeFixture({ id, fullName, position, unit, status });

const list = toSearchable([
  invitee('1', 'Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy'),
  invitee('2', 'Nguyễn Văn Hùng', 'Giám đốc', 'Sở Tài chính'),
  invitee('3', 'Lê Thị Hoa', 'Phó Chủ tịch', 'UBND tỉnh'),
]);
const ids = (invitees: readonly Invitee[]) => invitees.map((i) => i.id);

describe('check-in filter', () => {
  it('matches names typed without accents, word by word as prefixes', () => {
    expect(ids(filterInvitees(list, 'hung'))).toEqual(['1', '2']);
    expect(ids(filterInvitees(list, 'do trong hung'))).toEqual(['1']);
  });

  it('also matches position and unit, and keeps the protocol order', () => {
    expect(ids(filterInvitees(list, 'so tai'))).toEqual(['2']);
    expect(ids(filterInvitees(list, ''))).toEqual(['1', '2', '3']);
  });

  it('puts name matches before position or unit matches', () => {
    const sameUnit = toSearchable([
      invitee('1', 'Đỗ Trọng Hưng', 'Bí thư', 'Tỉnh ủy Thanh Hóa'),
      invitee('2', 'Nguyễn Văn Hùng', 'Phó Bí thư', 'Tỉnh ủy Thanh Hóa'),
      invitee('3', 'Lê Thị Hoa', 'Ủy viên', 'Tỉnh ủy Thanh Hóa'),
      invitee('4', 'Trần Hòa', 'Ủy viên', 'Tỉnh ủy Thanh Hóa'),
    ]);
    // Name matches in protocol order, then everyone else who matched by unit.
    const matches = matchInvitees(sameUnit, 'hoa');
    expect(ids(matches.invitees)).toEqual(['3', '4', '1', '2']);
    expect(matches.byName).toBe(2);
  });

  it('keeps protocol order when no name matches', () => {
    expect(ids(filterInvitees(list, 'pho chu'))).toEqual(['3']);
    const units = toSearchable([
      invitee('1', 'A', '', 'UBND tỉnh'),
      invitee('2', 'B', '', 'UBND xã'),
    ]);
    expect(ids(filterInvitees(units, 'ubnd'))).toEqual(['1', '2']);
  });

  it('prepares each invitee once, so a check-in re-prepares only the row it changed', () => {
    const a = invitee('1', 'Lê Thị Hoa');
    const b = invitee('2', 'Trần Hòa');
    const first = toSearchable([a, b]);
    const second = toSearchable([a, { ...b, status: 'present' }]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
  });
});

describe('exact accents first', () => {
  // Protocol order: every Nguyễn before the one Nguyên.
  const people = toSearchable([
    invitee('1', 'Nguyễn Văn Hùng', 'Phó Bí thư'),
    invitee('2', 'Nguyễn Thị Lan', 'Giám đốc'),
    invitee('3', 'Trần Nguyên Hải', 'Giám đốc'),
    invitee('4', 'Lê Văn Nguyện', 'Phó Giám đốc'),
    invitee('5', 'Phạm Thu', 'Chánh Văn phòng', 'Nguyên Bình'),
  ]);

  it('lists the names with the typed accents first, then the others, each in protocol order', () => {
    expect(ids(filterInvitees(people, 'Nguyên'))).toEqual(['3', '1', '2', '4', '5']);
    expect(ids(filterInvitees(people, 'nguyễn'))).toEqual(['1', '2', '3', '4', '5']);
    expect(ids(filterInvitees(people, 'Nguyện'))).toEqual(['4', '1', '2', '3', '5']);
  });

  it('is still accent-insensitive: without accents, protocol order only', () => {
    expect(ids(filterInvitees(people, 'nguyen'))).toEqual(['1', '2', '3', '4', '5']);
    expect(ids(filterInvitees(people, 'NGUYEN'))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('asks only the words typed with accents to match exactly', () => {
    // "van" matches "Văn" either way; "Nguyễn" must be exact. Phạm Thu matches by post and
    // unit ("Văn phòng", "Nguyên Bình"), after the names.
    expect(ids(filterInvitees(people, 'Nguyễn van'))).toEqual(['1', '4', '5']);
    expect(ids(filterInvitees(people, 'Nguyện van'))).toEqual(['4', '1', '5']);
  });

  it('orders the position-and-unit matches the same way, after the name matches', () => {
    const units = toSearchable([
      invitee('1', 'A', '', 'Xã Nguyễn Huệ'),
      invitee('2', 'B', '', 'Xã Nguyên Bình'),
      invitee('3', 'Nguyễn C'),
    ]);
    expect(ids(filterInvitees(units, 'Nguyên'))).toEqual(['3', '2', '1']);
  });

  it('reads the tone placement typed the same as the stored one ("Hoà" is "Hòa")', () => {
    const hoa = toSearchable([invitee('1', 'Lê Văn Hóa'), invitee('2', 'Trần Văn Hòa')]);
    expect(ids(filterInvitees(hoa, 'Hoà'))).toEqual(['2', '1']);
  });

  it('takes đ as an accent, and a half-typed word as typed ("Đoà" begins "Đoàn")', () => {
    const d = toSearchable([invitee('1', 'Nguyễn Doãn Anh'), invitee('2', 'Lê Đoàn Minh')]);
    expect(ids(filterInvitees(d, 'Đoà'))).toEqual(['2', '1']);
    expect(ids(filterInvitees(d, 'do'))).toEqual(['1', '2']);
  });
});

describe('highlight', () => {
  it('moves inside the list, and from no highlight starts at the first row', () => {
    expect(moveHighlight(0, -1, 3)).toBe(0);
    expect(moveHighlight(2, 1, 3)).toBe(2);
    expect(moveHighlight(1, 1, 3)).toBe(2);
    expect(moveHighlight(5, 1, 0)).toBe(0);
    expect(moveHighlight(null, 1, 3)).toBe(0);
    expect(moveHighlight(null, -1, 3)).toBe(0);
    expect(moveHighlight(null, 10, 3)).toBe(2);
  });

  it('follows a person moved to on purpose by id, and is nobody once they are gone', () => {
    const all = matchInvitees(list, '');
    const state = { query: '', highlightedId: '3', navigated: true };
    expect(highlightedInvitee(all, state)?.id).toBe('3');
    const narrowed = matchInvitees(list, 'hung');
    // Never "the first one instead": Enter then does nothing rather than mark someone else.
    expect(highlightedInvitee(narrowed, state)).toBeNull();
  });

  it('without a move: nobody for an empty box, the sole candidate for a typed name', () => {
    const state = (query: string) => ({ query, highlightedId: null, navigated: false });
    expect(highlightedInvitee(matchInvitees(list, ''), state(''))).toBeNull();
    expect(highlightedInvitee(matchInvitees(list, 'do trong'), state('do trong'))?.id).toBe('1');
    expect(highlightedInvitee(matchInvitees(list, 'hung'), state('hung'))).toBeNull();
  });

  it('takes the only name match as the candidate, even when units also match', () => {
    const people = toSearchable([
      invitee('1', 'Đỗ Trọng Hưng', '', 'Tỉnh ủy Thanh Hóa'),
      invitee('2', 'Lê Thị Hoa', '', 'Sở Y tế'),
      invitee('3', 'Trần Minh', '', 'UBND tỉnh Thanh Hóa'),
    ]);
    expect(soleCandidate(matchInvitees(people, 'hoa'))?.id).toBe('2');
    expect(soleCandidate(matchInvitees(people, 'thanh hoa'))).toBeNull();
    expect(soleCandidate(matchInvitees(people, 'so y'))?.id).toBe('2');
  });
});

describe('Enter', () => {
  const pending = invitee('1', 'Lê Thị Hoa');
  const late = invitee('2', 'Trần Hòa', '', '', 'late');
  const one = { invitees: [pending], byName: 1 };
  const typed = { locked: false, query: 'hoa' };

  it('records a pending person', () => {
    expect(enterDecision(pending, one, typed)).toEqual({ kind: 'mark', invitee: pending });
  });

  it('never overwrites a recorded status', () => {
    expect(enterDecision(late, one, typed)).toEqual({
      kind: 'alreadyMarked',
      invitee: late,
      status: 'late',
    });
  });

  it('marks nobody when several match and none was chosen, and names the name matches', () => {
    const byUnit = invitee('3', 'Đỗ Trọng Hưng', '', 'Tỉnh ủy Thanh Hóa');
    const several = { invitees: [pending, late, byUnit], byName: 2 };
    expect(enterDecision(null, several, typed)).toEqual({
      kind: 'choose',
      candidates: [pending, late],
    });
    const onlyUnits = { invitees: [byUnit, pending], byName: 0 };
    expect(enterDecision(null, onlyUnits, typed)).toEqual({
      kind: 'choose',
      candidates: [byUnit, pending],
    });
  });

  it('does nothing from an empty box without a highlight, nor when locked', () => {
    const all = { invitees: [pending, late], byName: 2 };
    expect(enterDecision(null, all, { ...typed, query: ' ' }).kind).toBe('ignore');
    expect(enterDecision(pending, all, { ...typed, query: '' }).kind).toBe('mark');
    expect(enterDecision(pending, one, { ...typed, locked: true }).kind).toBe('ignore');
    expect(enterDecision(null, { invitees: [], byName: 0 }, typed).kind).toBe('ignore');
  });

  it('from a typed query: the sole candidate is marked, several are shown (end to end)', () => {
    const state = (query: string) => ({ query, highlightedId: null, navigated: false });
    const run = (query: string) => {
      const matches = matchInvitees(list, query);
      return enterDecision(highlightedInvitee(matches, state(query)), matches, {
        locked: false,
        query,
      });
    };
    expect(run('do trong')).toMatchObject({ kind: 'mark', invitee: { id: '1' } });
    expect(run('hung')).toMatchObject({ kind: 'choose' });
    expect(run('')).toEqual({ kind: 'ignore' });
  });
});
