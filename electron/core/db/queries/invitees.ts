import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import type { AttendanceStatus, Invitee, MeetingStatus } from '../../../../shared/api/schemas';

/**
 * An invitee's row as better-sqlite3's raw mode gives it, an array in `INVITEE_COLUMNS` order:
 * an object with twenty named keys per row cost a check-in more than its UPDATE did.
 */
type InviteeRow = [
  id: string,
  meetingId: string,
  personId: string | null,
  walkIn: number,
  fullName: string,
  position: string,
  unit: string,
  groupId: string | null,
  groupName: string | null,
  groupOrder: number | null,
  rank: number | null,
  sortKey: string,
  status: AttendanceStatus,
  statusAt: string | null,
  eventTime: string | null,
  reason: string,
  substituteName: string,
  substitutePosition: string,
  remark: string,
  updatedAt: string,
];

function toInvitee(r: InviteeRow): Invitee {
  return {
    id: r[0],
    meetingId: r[1],
    personId: r[2],
    walkIn: r[3] === 1,
    fullName: r[4],
    position: r[5],
    unit: r[6],
    groupId: r[7],
    groupName: r[8],
    groupOrder: r[9],
    rank: r[10],
    sortKey: r[11],
    status: r[12],
    statusAt: r[13],
    eventTime: r[14],
    reason: r[15],
    substituteName: r[16],
    substitutePosition: r[17],
    remark: r[18],
    updatedAt: r[19],
  };
}

/**
 * Live group name and order, or the copy taken when the meeting was finalized. The columns are
 * named rather than `i.*`, in `InviteeRow`'s order; statements that read them are raw (arrays),
 * and each is the only user of its SQL text, so the mode never leaks to another query.
 */
const INVITEE_COLUMNS = `i.id, i.meeting_id, i.person_id, i.walk_in, i.full_name,
    i.position, i.unit, i.group_id, coalesce(i.group_name_final, g.name) AS group_name,
    coalesce(i.group_order_final, g.sort_order) AS group_order, i.rank, i.sort_key, i.status,
    i.status_at, i.event_time, i.reason, i.substitute_name, i.substitute_position, i.remark,
    i.updated_at`;
const SELECT_INVITEE = `SELECT ${INVITEE_COLUMNS}
  FROM invitees i LEFT JOIN protocol_groups g ON g.id = i.group_id`;

// Whole statements built once: `stmt` looks its statement up by the SQL text, and a text built
// on every call has to be hashed and compared in full every time, which cost a check-in more
// than the query did.
const LIST_INVITEES = `${SELECT_INVITEE} WHERE i.meeting_id = ? AND i.removed_at IS NULL`;
const GET_INVITEE = `${SELECT_INVITEE} WHERE i.id = ? AND i.removed_at IS NULL`;
const GET_INVITEE_FOR_CHANGE = `SELECT ${INVITEE_COLUMNS}, m.status AS meeting_status
  FROM invitees i LEFT JOIN protocol_groups g ON g.id = i.group_id
    LEFT JOIN meetings m ON m.id = i.meeting_id
  WHERE i.id = ? AND i.removed_at IS NULL`;

export interface InviteeSnapshot {
  id: string;
  meetingId: string;
  personId: string | null;
  walkIn: boolean;
  fullName: string;
  givenName: string;
  position: string;
  unit: string;
  groupId: string | null;
  rank: number | null;
  sortKey: string;
}

export function insertInvitee(db: WritableDB, s: InviteeSnapshot, now: string): void {
  stmt(
    db,
    `INSERT INTO invitees (id, meeting_id, person_id, walk_in, full_name, given_name, position,
       unit, group_id, rank, sort_key, created_at, updated_at)
     VALUES (@id, @meetingId, @personId, @walkIn, @fullName, @givenName, @position, @unit,
       @groupId, @rank, @sortKey, @now, @now)`,
  ).run({ ...s, walkIn: s.walkIn ? 1 : 0, now });
}

/** Active invitees of a meeting (unsorted: the service applies the shared protocol order). */
export function listInvitees(db: ReadableDB, meetingId: string): Invitee[] {
  return (stmt(db, LIST_INVITEES).raw(true).all(meetingId) as InviteeRow[]).map(toInvitee);
}

/** What each active invitee's row copied, for a meeting cloned with its list. */
export function invitationSources(
  db: ReadableDB,
  meetingId: string,
): Omit<InviteeSnapshot, 'id' | 'meetingId'>[] {
  return (
    stmt(
      db,
      `SELECT person_id AS personId, walk_in AS walkIn, full_name AS fullName,
         given_name AS givenName, position, unit, group_id AS groupId, rank, sort_key AS sortKey
       FROM invitees WHERE meeting_id = ? AND removed_at IS NULL ORDER BY created_at, id`,
    ).all(meetingId) as (Omit<InviteeSnapshot, 'id' | 'meetingId' | 'walkIn'> & {
      walkIn: number;
    })[]
  ).map((r) => ({ ...r, walkIn: r.walkIn === 1 }));
}

export function getInvitee(db: ReadableDB, id: string): Invitee | undefined {
  const row = stmt(db, GET_INVITEE).raw(true).get(id) as InviteeRow | undefined;
  return row && toInvitee(row);
}

/**
 * An active invitee and its meeting's status, in one query: what a check-in needs before it
 * writes (the answer is this row with the change applied, see `withAttendance`).
 */
export function getInviteeForChange(
  db: ReadableDB,
  id: string,
): { invitee: Invitee; meetingStatus: MeetingStatus | null } | undefined {
  const row = stmt(db, GET_INVITEE_FOR_CHANGE).raw(true).get(id) as
    [...InviteeRow, MeetingStatus | null] | undefined;
  return row && { invitee: toInvitee(row as unknown as InviteeRow), meetingStatus: row[20] };
}

/** The active invitee a person is on a meeting's list as, if any. */
export function inviteeOfPerson(
  db: ReadableDB,
  meetingId: string,
  personId: string,
): string | undefined {
  const row = stmt(
    db,
    'SELECT id FROM invitees WHERE meeting_id = ? AND person_id = ? AND removed_at IS NULL',
  ).get(meetingId, personId) as { id: string } | undefined;
  return row?.id;
}

export function invitedPersonIds(db: ReadableDB, meetingId: string): Set<string> {
  const rows = stmt(
    db,
    'SELECT person_id FROM invitees WHERE meeting_id = ? AND person_id IS NOT NULL AND removed_at IS NULL',
  ).all(meetingId) as { person_id: string }[];
  return new Set(rows.map((r) => r.person_id));
}

export function setRemark(db: WritableDB, id: string, remark: string, now: string): void {
  stmt(db, 'UPDATE invitees SET remark = ?, updated_at = ? WHERE id = ?').run(remark, now, id);
}

export function markRemoved(db: WritableDB, id: string, now: string): void {
  stmt(db, 'UPDATE invitees SET removed_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

export interface AttendanceFields {
  status: AttendanceStatus;
  eventTime: string | null;
  reason: string;
  substituteName: string;
  substitutePosition: string;
}

export function setAttendance(db: WritableDB, id: string, a: AttendanceFields, now: string): void {
  stmt(
    db,
    `UPDATE invitees SET status = @status, status_at = @now, event_time = @eventTime,
       reason = @reason, substitute_name = @substituteName,
       substitute_position = @substitutePosition, updated_at = @now
     WHERE id = @id`,
  ).run({ ...a, id, now });
}

/** An invitee as `setAttendance` leaves its row, without reading it again. */
export function withAttendance(inv: Invitee, a: AttendanceFields, now: string): Invitee {
  return {
    ...inv,
    status: a.status,
    statusAt: now,
    eventTime: a.eventTime,
    reason: a.reason,
    substituteName: a.substituteName,
    substitutePosition: a.substitutePosition,
    updatedAt: now,
  };
}

export function pendingInviteeIds(db: ReadableDB, meetingId: string): string[] {
  return (
    stmt(
      db,
      "SELECT id FROM invitees WHERE meeting_id = ? AND removed_at IS NULL AND status = 'pending'",
    ).all(meetingId) as { id: string }[]
  ).map((r) => r.id);
}

/**
 * A directory edit reaches the invitee lists of meetings still being planned, where nobody has
 * been checked in; held meetings keep the name and position they were held with.
 */
export function refreshPlannedSnapshots(
  db: WritableDB,
  s: Omit<InviteeSnapshot, 'id' | 'meetingId' | 'walkIn'> & { personId: string },
  now: string,
): void {
  stmt(
    db,
    `UPDATE invitees SET full_name = @fullName, given_name = @givenName, position = @position,
       unit = @unit, group_id = @groupId, rank = @rank, sort_key = @sortKey, updated_at = @now
     WHERE person_id = @personId AND removed_at IS NULL AND status = 'pending'
       AND meeting_id IN (SELECT id FROM meetings WHERE status = 'planned')`,
  ).run({ ...s, now });
}

/** Copies each invitee's group name and order into the row, for a meeting being finalized. */
export function freezeGroups(db: WritableDB, meetingId: string): void {
  stmt(
    db,
    `UPDATE invitees SET
       group_name_final = (SELECT name FROM protocol_groups g WHERE g.id = invitees.group_id),
       group_order_final = (SELECT sort_order FROM protocol_groups g WHERE g.id = invitees.group_id)
     WHERE meeting_id = ?`,
  ).run(meetingId);
}
