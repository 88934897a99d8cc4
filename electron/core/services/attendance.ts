import type { z } from 'zod';
import type { AttendanceChange } from '../../../shared/api/schemas';
import { computeHeadcount } from '../../../shared/attendance/headcount';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { WriteContext } from '../context';
import { attendanceHistory, insertAttendanceEvent } from '../db/queries/attendance';
import type { AttendanceFields } from '../db/queries/invitees';
import {
  listInvitees,
  pendingInviteeIds,
  setAttendance,
  withAttendance,
} from '../db/queries/invitees';
import { requireEditableInvitee, requireEditableMeeting, requireMeeting } from '../domain/guards';
import { defineHandlers } from '../handlerTypes';

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

/** The current state and its history row, always together. */
function record(
  tx: WriteContext,
  meetingId: string,
  inviteeId: string,
  fields: AttendanceFields,
): void {
  setAttendance(tx.db, inviteeId, fields, tx.at);
  insertAttendanceEvent(tx.db, meetingId, inviteeId, fields, tx.at);
}

export const attendanceHandlers = defineHandlers<'attendance.'>({
  // The hot path: one read (the row with its meeting's status), two writes, and the answer is
  // the row read with the change applied rather than read again.
  'attendance.set': (input, tx) => {
    const invitee = requireEditableInvitee(tx.db, input.inviteeId);
    const fields = fieldsOf(input, tx.at);
    record(tx, invitee.meetingId, invitee.id, fields);
    tx.changed('attendance.changed', { meetingId: invitee.meetingId });
    return withAttendance(invitee, fields, tx.at);
  },

  'attendance.markRestAbsent': (input, tx) => {
    requireEditableMeeting(tx.db, input.meetingId);
    const ids = pendingInviteeIds(tx.db, input.meetingId);
    for (const id of ids)
      record(tx, input.meetingId, id, fieldsOf({ inviteeId: id, status: 'absent' }, tx.at));
    tx.changed('attendance.changed', { meetingId: input.meetingId });
    return { count: ids.length };
  },

  'attendance.history': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return attendanceHistory(ctx.db, input.meetingId, input.inviteeId);
  },

  'attendance.headcount': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return computeHeadcount(listInvitees(ctx.db, input.meetingId));
  },
});
