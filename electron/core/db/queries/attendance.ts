import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import type { AttendanceEvent } from '../../../../shared/api/schemas';
import type { AttendanceFields } from './invitees';

export function insertAttendanceEvent(
  db: WritableDB,
  inviteeId: string,
  a: AttendanceFields,
  recordedAt: string,
): void {
  stmt(
    db,
    `INSERT INTO attendance_events (invitee_id, status, event_time, reason, substitute_name,
       substitute_position, recorded_at)
     VALUES (@inviteeId, @status, @eventTime, @reason, @substituteName, @substitutePosition, @recordedAt)`,
  ).run({ ...a, inviteeId, recordedAt });
}

/** Newest first, for the meeting or one invitee. */
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
       WHERE i.meeting_id = @meetingId AND (@inviteeId IS NULL OR e.invitee_id = @inviteeId)
       ORDER BY e.id DESC`,
  ).all({ meetingId, inviteeId: inviteeId ?? null }) as AttendanceEvent[];
}
