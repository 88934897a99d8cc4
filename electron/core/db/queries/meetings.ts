import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import type {
  AgendaItem,
  CenterChair,
  Meeting,
  MeetingStatus,
  MeetingSummary,
  MeetingWhen,
} from '../../../../shared/api/schemas';

interface MeetingRow {
  id: string;
  title: string;
  center_host: string;
  center_chairs: string;
  local_chair_id: string | null;
  local_chair_name: string | null;
  date: string;
  start_time: string;
  end_time: string | null;
  status: MeetingStatus;
  archived_at: string | null;
  cloned_from_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingFields {
  id: string;
  title: string;
  centerHost: string;
  centerChairs: CenterChair[];
  localChairId: string | null;
  date: string;
  startTime: string;
  endTime: string | null;
  clonedFromId?: string | null;
}

export function insertMeeting(db: WritableDB, m: MeetingFields, now: string): void {
  stmt(
    db,
    `INSERT INTO meetings (id, title, center_host, center_chairs, local_chair_id, date, start_time,
       end_time, cloned_from_id, created_at, updated_at)
     VALUES (@id, @title, @centerHost, @centerChairs, @localChairId, @date, @startTime, @endTime,
       @clonedFromId, @now, @now)`,
  ).run({
    ...m,
    centerChairs: JSON.stringify(m.centerChairs),
    clonedFromId: m.clonedFromId ?? null,
    now,
  });
}

export function updateMeeting(db: WritableDB, m: MeetingFields, now: string): void {
  stmt(
    db,
    `UPDATE meetings SET title = @title, center_host = @centerHost, center_chairs = @centerChairs,
       local_chair_id = @localChairId, date = @date, start_time = @startTime, end_time = @endTime,
       updated_at = @now
     WHERE id = @id`,
  ).run({ ...m, centerChairs: JSON.stringify(m.centerChairs), now });
}

/**
 * Makes the meeting's agenda exactly `items`, in order. Items keep their ids, so the speeches
 * filed under them stay there; a removed item's speeches become unfiled (ON DELETE SET NULL).
 */
export function replaceAgenda(db: WritableDB, meetingId: string, items: AgendaItem[]): void {
  const kept = new Set(items.map((i) => i.id));
  const drop = stmt(db, 'DELETE FROM agenda_items WHERE id = ?');
  for (const old of agendaOf(db, meetingId)) if (!kept.has(old.id)) drop.run(old.id);
  const upsert = stmt(
    db,
    `INSERT INTO agenda_items (id, meeting_id, position, title, presenter, planned_start,
       duration_minutes, speech_minutes)
     VALUES (@id, @meetingId, @position, @title, @presenter, @plannedStart, @durationMinutes,
       @speechMinutes)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title,
       presenter = excluded.presenter, planned_start = excluded.planned_start,
       duration_minutes = excluded.duration_minutes, speech_minutes = excluded.speech_minutes`,
  );
  items.forEach((item, position) => upsert.run({ ...item, meetingId, position }));
}

function agendaOf(db: ReadableDB, meetingId: string): AgendaItem[] {
  return stmt(
    db,
    `SELECT id, title, presenter, planned_start AS plannedStart,
       duration_minutes AS durationMinutes, speech_minutes AS speechMinutes
       FROM agenda_items WHERE meeting_id = ? ORDER BY position`,
  ).all(meetingId) as AgendaItem[];
}

const SELECT_MEETING = `SELECT m.*, coalesce(m.local_chair_name_final, p.full_name) AS local_chair_name
  FROM meetings m LEFT JOIN people p ON p.id = m.local_chair_id`;

/** What a search hit shows of its meeting: no chairs, no agenda. */
export function meetingHeading(
  db: ReadableDB,
  id: string,
): { id: string; title: string; date: string } | undefined {
  return stmt(db, 'SELECT id, title, date FROM meetings WHERE id = ?').get(id) as
    { id: string; title: string; date: string } | undefined;
}

export function getMeeting(db: ReadableDB, id: string): Meeting | undefined {
  const row = stmt(db, `${SELECT_MEETING} WHERE m.id = ?`).get(id) as MeetingRow | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    centerHost: row.center_host,
    centerChairs: JSON.parse(row.center_chairs) as CenterChair[],
    localChairId: row.local_chair_id,
    localChairName: row.local_chair_name,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    agenda: agendaOf(db, row.id),
    status: row.status,
    archivedAt: row.archived_at,
    clonedFromId: row.cloned_from_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function setMeetingStatus(
  db: WritableDB,
  id: string,
  status: MeetingStatus,
  now: string,
): void {
  stmt(db, 'UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function setArchived(
  db: WritableDB,
  id: string,
  archivedAt: string | null,
  now: string,
): void {
  stmt(db, 'UPDATE meetings SET archived_at = ?, updated_at = ? WHERE id = ?').run(
    archivedAt,
    now,
    id,
  );
}

/** Upcoming soonest first; past and archived latest first. */
export function listMeetings(db: ReadableDB, when: MeetingWhen, today: string): MeetingSummary[] {
  const filters: Record<MeetingWhen, string> = {
    upcoming: 'm.archived_at IS NULL AND m.date > @today ORDER BY m.date, m.start_time',
    today: 'm.archived_at IS NULL AND m.date = @today ORDER BY m.start_time',
    past: 'm.archived_at IS NULL AND m.date < @today ORDER BY m.date DESC, m.start_time DESC',
    archived: 'm.archived_at IS NOT NULL ORDER BY m.date DESC, m.start_time DESC',
  };
  return stmt(
    db,
    `SELECT m.id, m.title, m.center_host AS centerHost, m.date, m.start_time AS startTime,
         m.end_time AS endTime, m.status, m.archived_at AS archivedAt,
         (SELECT count(*) FROM invitees i WHERE i.meeting_id = m.id AND i.removed_at IS NULL) AS invitedCount,
         (SELECT count(*) FROM invitees i WHERE i.meeting_id = m.id AND i.removed_at IS NULL
            AND i.status IN ('present', 'late', 'substituted', 'left_early')) AS attendingCount
       FROM meetings m WHERE ${filters[when]}`,
  ).all({ today }) as MeetingSummary[];
}

export function freezeLocalChair(db: WritableDB, id: string): void {
  stmt(
    db,
    `UPDATE meetings SET local_chair_name_final =
       (SELECT full_name FROM people p WHERE p.id = meetings.local_chair_id) WHERE id = ?`,
  ).run(id);
}
