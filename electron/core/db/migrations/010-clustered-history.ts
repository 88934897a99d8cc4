import type Database from 'better-sqlite3';

/**
 * Attendance history stored in meeting order, so that a check-in writes one page for its event
 * instead of two.
 *
 * Before, each event was a row of a rowid table (appended at the end of the file's last page)
 * plus an entry in `attendance_events_by_invitee` (somewhere in the middle of that index): two
 * B-trees, two pages written per check-in besides the invitee's row. Now the events are one
 * WITHOUT ROWID table keyed by (meeting_id, id): a meeting's events sit together in the order
 * they were recorded, the next event goes on the last page of its meeting's run, and a
 * meeting's history (what the screens and the timeline read) is that run read backwards. One
 * invitee's history is the same run filtered: a meeting holds a few thousand events at most.
 *
 * `id` counts within a meeting (the next is the meeting's largest plus one, found at the end
 * of the run the insert writes to anyway); the events already there keep the ids they had, which
 * were unique across the file and increasing, so the order of every meeting's history is kept.
 * The event's meeting is its invitee's: the foreign key on (invitee_id, meeting_id) says so.
 */
export function up(db: Database.Database): void {
  db.exec(`
    CREATE UNIQUE INDEX invitees_with_meeting ON invitees(id, meeting_id);

    CREATE TABLE attendance_events_by_meeting (
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      id INTEGER NOT NULL CHECK (id >= 1),
      invitee_id TEXT NOT NULL,
      status TEXT NOT NULL,
      event_time TEXT,
      reason TEXT NOT NULL DEFAULT '',
      substitute_name TEXT NOT NULL DEFAULT '',
      substitute_position TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (meeting_id, id),
      FOREIGN KEY (invitee_id, meeting_id) REFERENCES invitees(id, meeting_id)
    ) STRICT, WITHOUT ROWID;

    -- LEFT JOIN: an event whose invitee is missing fails the NOT NULL on meeting_id and stops
    -- the migration, rather than being dropped.
    INSERT INTO attendance_events_by_meeting (meeting_id, id, invitee_id, status, event_time,
        reason, substitute_name, substitute_position, recorded_at)
      SELECT i.meeting_id, e.id, e.invitee_id, e.status, e.event_time, e.reason,
          e.substitute_name, e.substitute_position, e.recorded_at
        FROM attendance_events e LEFT JOIN invitees i ON i.id = e.invitee_id
        ORDER BY i.meeting_id, e.id;

    DROP TABLE attendance_events;
    ALTER TABLE attendance_events_by_meeting RENAME TO attendance_events;
  `);
}
