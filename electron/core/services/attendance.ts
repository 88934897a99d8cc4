import type { MethodParsedInput } from '../../../shared/api/methods';
import type { AttendanceChange } from '../../../shared/api/schemas';
import type { z } from 'zod';
import { computeHeadcount } from '../../../shared/attendance/headcount';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { attendanceHistory, insertAttendanceEvent } from '../db/queries/attendance';
import type { AttendanceFields } from '../db/queries/invitees';
import { listInvitees, pendingInviteeIds, setAttendance } from '../db/queries/invitees';
import { requireEditableMeeting, requireMeeting } from './meetings';
import { requireInvitee } from './invitees';

type ParsedChange = z.output<typeof AttendanceChange>;

/** Only the fields that belong to the new status are kept; a stale reason never lingers. */
function fieldsOf(change: ParsedChange, now: string): AttendanceFields {
  const base: AttendanceFields = {
    status: change.status,
    eventTime: null,
    reason: '',
    substituteName: '',
    substitutePosition: '',
  };
  switch (change.status) {
    case 'late':
    case 'left_early':
      return { ...base, eventTime: change.time ? new Date(change.time).toISOString() : now };
    case 'absent_excused':
      return { ...base, reason: normaliseVietnamese(change.reason) };
    case 'substituted':
      return {
        ...base,
        substituteName: normaliseVietnamese(change.substituteName),
        substitutePosition: normaliseVietnamese(change.substitutePosition),
      };
    default:
      return base;
  }
}

function record(ctx: CoreContext, inviteeId: string, fields: AttendanceFields, now: string): void {
  setAttendance(ctx.db, inviteeId, fields, now);
  insertAttendanceEvent(ctx.db, inviteeId, fields, now);
}

export const attendanceHandlers = {
  'attendance.set': (input: MethodParsedInput<'attendance.set'>, ctx: CoreContext) => {
    const result = ctx.db.transaction(() => {
      const inv = requireInvitee(ctx, input.inviteeId);
      requireEditableMeeting(ctx, inv.meetingId);
      const now = nowIso(ctx);
      record(ctx, inv.id, fieldsOf(input, now), now);
      return requireInvitee(ctx, inv.id);
    })();
    ctx.emit('attendance.changed', { meetingId: result.meetingId });
    return result;
  },

  'attendance.markRestAbsent': (
    input: MethodParsedInput<'attendance.markRestAbsent'>,
    ctx: CoreContext,
  ) => {
    const count = ctx.db.transaction(() => {
      requireEditableMeeting(ctx, input.meetingId);
      const now = nowIso(ctx);
      const ids = pendingInviteeIds(ctx.db, input.meetingId);
      for (const id of ids)
        record(ctx, id, fieldsOf({ inviteeId: id, status: 'absent' }, now), now);
      return ids.length;
    })();
    ctx.emit('attendance.changed', { meetingId: input.meetingId });
    return { count };
  },

  'attendance.history': (input: MethodParsedInput<'attendance.history'>, ctx: CoreContext) => {
    requireMeeting(ctx, input.meetingId);
    return attendanceHistory(ctx.db, input.meetingId, input.inviteeId);
  },

  'attendance.headcount': (input: MethodParsedInput<'attendance.headcount'>, ctx: CoreContext) => {
    requireMeeting(ctx, input.meetingId);
    return computeHeadcount(listInvitees(ctx.db, input.meetingId));
  },
};
