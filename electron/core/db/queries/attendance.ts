import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import type { AttendanceEvent } from '../../../../shared/api/schemas';
import type { AttendanceFields } from './invitees';

/**
 * Appends an event to its meeting's history (migration 10): the id is the meeting's next, read
 * from the last page of the meeting's run, the page the event is written to.
 */
export function insertAttendanceEvent(
  db: WritableDB,
  meetingId: string,
  inviteeId: string,
  a: AttendanceFields,
  recordedAt: string,
): void {
  stmt(
    db,
    `INSERT INTO attendance_events (meeting_id, id, invitee_id, status, event_time, reason,
       substitute_name, substitute_position, recorded_at)
     VALUES (@meetingId,
       (SELECT coalesce(max(id), 0) + 1 FROM attendance_events WHERE meeting_id = @meetingId),
       @inviteeId, @status, @eventTime, @reason, @substituteName, @substitutePosition, @recordedAt)`,
  ).run({ ...a, meetingId, inviteeId, recordedAt });
}

/** Newest first, for the meeting or one invitee: the meeting's run of events, backwards. */
export function attendanceHistory(
  db: ReadableDB,
  meetingId: string,
  inviteeId?: string,
): AttendanceEvent[] {
  return stmt(
    db,
    `SELECT e.id, e.invitee_id AS inviteeId, i.full_name AS fullName, e.status,
         e.event_time AS eventTime, e.reason, e.substitute_name AS substituteName,
         e.substitute_position AS substitutePosition, e.recorded_at AS recordedAt
       FROM attendance_events e JOIN invitees i ON i.id = e.invitee_id
       WHERE e.meeting_id = @meetingId AND (@inviteeId IS NULL OR e.invitee_id = @inviteeId)
       ORDER BY e.id DESC`,
  ).all({ meetingId, inviteeId: inviteeId ?? null }) as AttendanceEvent[];
}
