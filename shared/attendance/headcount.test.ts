import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '../api/schemas';
import { ATTENDANCE_STATUSES } from '../api/schemas';
import { ATTENDING_STATUSES, computeHeadcount } from './headcount';

type Group = { id: string; name: string; order: number } | null;

const BTV: Group = { id: 'grp-btv', name: 'Ủy viên Ban Thường vụ', order: 30 };
const TTTU: Group = { id: 'grp-tttu', name: 'Thường trực Tỉnh ủy', order: 20 };
const TW: Group = { id: 'grp-tw', name: 'Đại biểu Trung ương', order: 10 };

function invitee(status: AttendanceStatus, group: Group = null) {
  return {
    status,
    groupId: group?.id ?? null,
    groupName: group?.name ?? null,
    groupOrder: group?.order ?? null,
  };
}

describe('computeHeadcount', () => {
  it('counts each status once', () => {
    const { total } = computeHeadcount(ATTENDANCE_STATUSES.map((s) => invitee(s)));
    expect(total.invited).toBe(7);
    expect(total.byStatus).toEqual({
      pending: 1,
      present: 1,
      late: 1,
      absent_excused: 1,
      absent: 1,
      substituted: 1,
      left_early: 1,
    });
  });

  it('counts as attending exactly present, late, substituted and left early', () => {
    expect([...ATTENDING_STATUSES].sort()).toEqual(
      ['left_early', 'late', 'present', 'substituted'].sort(),
    );
    const list = [
      invitee('present'),
      invitee('present'),
      invitee('late'),
      invitee('substituted'),
      invitee('left_early'),
      invitee('pending'),
      invitee('absent'),
      invitee('absent_excused'),
    ];
    const { total } = computeHeadcount(list);
    expect(total.invited).toBe(8);
    expect(total.attending).toBe(5);
  });

  it('gives per-group rows in group order with the ungrouped last', () => {
    const list = [
      invitee('present'), // ungrouped, seen first
      invitee('absent', BTV),
      invitee('present', TW),
      invitee('late', BTV),
      invitee('pending', TTTU),
      invitee('substituted', TW),
    ];
    const { byGroup } = computeHeadcount(list);
    expect(byGroup.map((r) => r.groupId)).toEqual(['grp-tw', 'grp-tttu', 'grp-btv', null]);
    expect(byGroup.map((r) => r.groupName)).toEqual([
      'Đại biểu Trung ương',
      'Thường trực Tỉnh ủy',
      'Ủy viên Ban Thường vụ',
      null,
    ]);
    expect(byGroup.map((r) => [r.invited, r.attending])).toEqual([
      [2, 2],
      [1, 0],
      [2, 1],
      [1, 1],
    ]);
    expect(byGroup[2]!.byStatus).toMatchObject({ absent: 1, late: 1, present: 0 });
  });

  it('gives zero counts for every status and no group rows for an empty list', () => {
    const { total, byGroup } = computeHeadcount([]);
    expect(total).toEqual({
      groupId: null,
      groupName: null,
      invited: 0,
      attending: 0,
      byStatus: Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, 0])),
    });
    expect(byGroup).toEqual([]);
  });

  it('keeps totals consistent with the status counts and the group rows', () => {
    const anyInvitee = fc
      .tuple(fc.constantFrom(...ATTENDANCE_STATUSES), fc.constantFrom(TW, TTTU, BTV, null))
      .map(([s, g]) => invitee(s, g));
    fc.assert(
      fc.property(fc.array(anyInvitee, { maxLength: 40 }), (list) => {
        const { total, byGroup } = computeHeadcount(list);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(total.invited).toBe(list.length);
        expect(sum(Object.values(total.byStatus))).toBe(list.length);
        expect(total.attending).toBe(
          total.byStatus.present +
            total.byStatus.late +
            total.byStatus.substituted +
            total.byStatus.left_early,
        );
        expect(sum(byGroup.map((r) => r.invited))).toBe(total.invited);
        expect(sum(byGroup.map((r) => r.attending))).toBe(total.attending);
        for (const s of ATTENDANCE_STATUSES) {
          expect(sum(byGroup.map((r) => r.byStatus[s]))).toBe(total.byStatus[s]);
        }
        const orders = byGroup.map((r) =>
          r.groupId === null ? Infinity : [TW, TTTU, BTV].find((g) => g!.id === r.groupId)!.order,
        );
        expect(orders).toEqual([...orders].sort((a, b) => a - b));
        expect(new Set(byGroup.map((r) => r.groupId)).size).toBe(byGroup.length);
      }),
    );
  });
});
